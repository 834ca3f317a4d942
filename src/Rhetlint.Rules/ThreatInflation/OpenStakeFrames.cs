using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Intent frames whose complement is open (issue 16). A frame of limitless or coercive aim carries the move itself, so
/// the state after it is open — a set turned into something else, made to answer to someone, given something it did
/// not ask for, or gone — where a list of states was the gate before (<see cref="UniversalStakeChanges"/>):
/// <list type="bullet">
/// <item>a limit frame ("won't rest until", "won't be satisfied until", "will keep going until") over a universal or
///   in-group set made a thing or a place, made to serve the holder or an owner abroad, given a thing put on it, or
///   gone: "until every ranch is a solar farm", "until every vet in the county answers to a fund abroad", "until every
///   garden has a tower on it", "until there is no police force left" (<see cref="UntilEnd"/>);</item>
/// <item>a want imputed over the reader's or a universal stake whose complement coerces, serves the holder, changes
///   what the set is, subjugates it or is bad for it: "want your kids vaccinated whether you like it or not", "want every
///   family renting from them", "want our village turned into a car park", "want this city lawless", "wants to make
///   parking so dear that you stop coming" (<see cref="WishEnd"/>).</item>
/// </list>
/// What keeps a helper's aim out is the state's class, not its topic: an ability ("can swim"), a state a helper wants
/// (Hu &amp; Liu positive adjectives: "warm", "safe", "ready"), a return or a rescue ("back with its owner", "out of the
/// building"), a plain completion ("until every patient is seen"), a thing given ("until every child has a hot lunch"),
/// a set that is no one's stake (litter, loaves, weeds), a role or a status ("is a priority", "as a customer"), answering
/// to anyone but the holder ("belongs to a union"), a person's passing state ("wants you sore"), a run-down site rescued.
/// RH1004 applies who holds the aim, voice, negation and evidence.
/// </summary>
internal static class OpenStakeFrames
{
    private static readonly TaggedLexicon Lexicon = TaggedLexicon.Load(RuleLexicons.Store, "open_stake_frames");

    private static readonly FrozenWordSet Gains = Lexicon.Words("gain").ToFrozenWordSet();

    private static readonly FrozenWordSet Losses = Lexicon.Words("bad").ToFrozenWordSet();

    /// <summary>Adjectives of want the Hu &amp; Liu list lacks, which name a set by its hardship: "no homeless family left".</summary>
    private static readonly FrozenWordSet Deprived = new[] { "homeless", "hungry", "jobless", "unemployed", "destitute" }.ToFrozenWordSet();

    private static readonly Lazy<PhraseList> Subordination = new(() => Lexicon.Phrases("subordinate"));

    private static readonly Lazy<PhraseList> Subjugation = new(() => Lexicon.Phrases("subjugation"));

    /// <summary>How many words a clause after the frame may run: the state is what the set is made, not a second argument.</summary>
    private const int ClauseWords = 16;

    /// <summary>How many words a set may hold before its head ("every small family bakery").</summary>
    private const int SetWords = 5;

    /// <summary>Words that end a set's head run: the predicate or a relative clause starts.</summary>
    private static readonly FrozenWordSet HeadBreakers = new[] { "who", "that", "which", "left", "remaining", "can", "could" }.ToFrozenWordSet();

    /// <summary>Words of a return or a rescue: "back with its owner", "home", "safe", "accounted for", "rescued".</summary>
    private static readonly FrozenWordSet Returns = new[] { "back", "home", "safe", "accounted", "rescued", "reunited" }.ToFrozenWordSet();

    /// <summary>Words of ability: an aim that the set can do something is a helper's ("until every child can swim").</summary>
    private static readonly FrozenWordSet Abilities = new[] { "can", "could", "able" }.ToFrozenWordSet();

    /// <summary>Irregular past participles a completion takes ("until every patient is seen"); regular ones end in "-ed".</summary>
    private static readonly FrozenSet<string> IrregularParticiples = FrozenSet.ToFrozenSet(
        ["seen", "done", "paid", "built", "made", "found", "met", "kept", "fed", "taught", "heard", "held", "read", "shown", "given", "known", "won", "caught"],
        StringComparer.Ordinal);

    /// <summary>
    /// The kinds of head that are no one's stake: a frame over every weed, loaf, slug, stain or case of a disease imputes
    /// no aim at people — a nuisance removed is a helper's work.
    /// </summary>
    private static bool IsNoStake(NounType? type) =>
        type is NounType.Substance or NounType.Food or NounType.Animal or NounType.Plant or NounType.Body or NounType.Drug or NounType.Weapon
            or NounType.Attribute or NounType.Event or NounType.State or NounType.Phenomenon or NounType.Feeling or NounType.Process or NounType.Object;

    /// <summary>The kinds of modifier that make a set people's however its head is typed: "no police force", "every village surgery".</summary>
    private static bool IsPeoplesModifier(NounType? type) => type is NounType.Person or NounType.Group or NounType.Location or NounType.Structure;

    /// <summary>
    /// The clause after a limit frame's "until" starting at <paramref name="start"/>: a universal or in-group set ("every",
    /// "all", "the whole", "the entire", "our") in any state that is no gain, or an elimination ("there is no police force
    /// left", "no family owns its own front door"). Returns the clause's end, or null.
    /// </summary>
    public static int? UntilEnd(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (SportContext.IsAboutSport(tokens, sentence) || HasFigure(tokens, sentence)) return null;
        var end = ClauseEnd(tokens, sentence, start);
        int set;
        var elimination = false;
        if (Norm(start) == "there" && Norm(start + 1) is "is" or "are" or "will" && Norm(start + 2) is "no" or "be")
        {
            set = Norm(start + 2) == "be" ? start + 4 : start + 3;
            if (Norm(set - 1) != "no") return null;
            elimination = true;
        }
        else if (Norm(start) == "no") (set, elimination) = (start + 1, true);
        else if (Norm(start) is "every" or "our") set = start + 1;
        else if (Norm(start) == "all") set = Norm(start + 1) is "the" or "our" ? start + 2 : start + 1;
        else if (UniversalStakeChanges.IsWholeSet(tokens, sentence, start)) set = start + 2;
        else return null;
        if (HeadEnd(tokens, sentence, set, end) is not int head) return null;
        // The complement is open past the lists only for a hostile holder over people or a community (HostileHolders).
        var open = HostileHolders.IsHostileHolder(tokens, sentence, start) && HostileHolders.IsPeopleOrCommunity(tokens, sentence, set, head);
        for (var k = head + 1; k < end; k++)
            if (Abilities.Contains(Norm(k)) || Returns.Contains(Norm(k))) return null;
        if (elimination) return IsElimination(tokens, sentence, set, head + 1, end) ? end : null;
        var predicate = PredicateAt(tokens, sentence, head + 1, end);
        if (predicate is int p)
        {
            if (Norm(p) is "has" or "have") return HasLocativePronoun(tokens, sentence, p + 1, end) ? end : null;
            var state = Norm(p + 1) == "been" ? p + 2 : p + 1;
            // "until our pensioners are no longer poor": a hardship ended, whose valence a state's own words do not give.
            if (Norm(state) is "not" or "never" or "no") return null;
            if (IsCompletion(tokens, sentence, state, end) || IsEvacuation(tokens, sentence, state) || HasGain(tokens, sentence, state, end)) return null;
            // Any other predicate is open unless a kind cue stands in it ("until every keystroke is feeding their models").
            return IsOpenStakeState(tokens, sentence, set, head, state, end) || open && OpenComplements.VerbalPredicateEnd(tokens, sentence, state, end) is not null ? end : null;
        }
        // A lexical verb is open to a helper's aim ("until every child reads at bedtime", "understands their times
        // tables", "belongs to a union"); the set made to serve the holder or an owner abroad is not: "answers to a fund
        // abroad", "pays rent to them".
        for (var k = head + 1; k < end; k++)
            if (ServesHolderAt(tokens, sentence, k, end) is not null) return end;
        // Any other lexical verb is open unless a kind cue stands in it ("carries their logo"); answering to anyone but
        // the holder stays a helper's ("belongs to a union").
        for (var k = head + 1; k < end; k++)
            if (Subordination.Value.LongestAt(tokens, k, end) > 0) return null;
        // Read from the set, since a verb may run into the set's head ("every player knows their role").
        return open && head + 1 < end && OpenComplements.PredicateEnd(tokens, sentence, set, end) is not null ? end : null;
    }

    /// <summary>
    /// The end of a want's opener at <paramref name="i"/>: "want(s/ed)", "would love", "would be glad/happy/delighted to
    /// see", with "to see" after the first two ("wants to see"); what is wanted starts there. Null for no want.
    /// </summary>
    public static int? WantOpenerEnd(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        int k;
        if (Norm(i) is "want" or "wants" or "wanted") k = i + 1;
        else if (Norm(i) == "would" && Norm(i + 1) == "love") k = i + 2;
        else if (Norm(i) == "would" && Norm(i + 1) == "be" && Norm(i + 2) is "glad" or "happy" or "delighted" && Norm(i + 3) == "to" && Norm(i + 4) == "see") k = i + 5;
        else return null;
        return Norm(k) == "to" && Norm(k + 1) == "see" ? k + 2 : k;
    }

    /// <summary>
    /// The end of a want imputed at <paramref name="i"/> ("want", "wants", "wanted", "would love", "would be glad to see")
    /// over the reader's, the writer's side's or a universal stake, whose complement carries the aim: coercion ("whether
    /// you like it or not", "so dear that you …"), the holder served ("renting from them"), the set made into
    /// something else ("turned into", "as a stage set"), subjugated ("on its knees", "answering to"), or a bad state
    /// ("lawless"). Null for a to-infinitive (the stated plan of news copy: "wants every citizen to see the file"), a gain
    /// ("this city ready for the marathon") or a plain state ("your kids in uniform from Monday").
    /// </summary>
    public static int? WishEnd(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (WantOpenerEnd(tokens, sentence, i) is not int k) return null;
        var end = ClauseEnd(tokens, sentence, k);
        if (Norm(k) == "to" && Norm(k + 1) == "make") return CoercedResultEnd(tokens, sentence, k + 2, end);
        // "want British farming on its knees": a posture of defeat needs no universal set.
        if (ObjectHead(tokens, sentence, k, end) is not int head) return SubjugatedStakes.End(tokens, sentence, k, end);
        if (Norm(head + 1) == "to") return null;
        if (CoercionEnd(tokens, sentence, head + 1, end) is int coerced) return coerced;
        if (HasGain(tokens, sentence, head + 1, end) || IsBoundedUse(tokens, sentence, head + 1, end)) return null;
        for (var j = head + 1; j < end; j++)
        {
            // "wants you sick of politics": a bad feeling about something is an attitude, not a state the stake is put in.
            // "want you sore", "want every driver slow": a bad state is a harm only for a place or a body of people, not for a person, whose
            // soreness, tiredness or thrill is what a gym, a film or a brand offers them.
            // The unnamed "they" is no gym or film offering a thrill: "they want you afraid" keeps the reader's bad state.
            if (Losses.Contains(Norm(j)) && Norm(j + 1) is not ("of" or "about" or "with") && (IsPlaceSet(tokens, sentence, k, head) || Norm(i - 1) == "they")) return j + 1;
            if (IsRemaking(tokens, sentence, k, head, j)) return ObjectEnd(tokens, sentence, j + 2, end);
            if (Norm(j) == "as" && j == head + 1 && Norm(j + 1) is "a" or "an" or "its" or "their" && IsThingOrPlace(tokens, j + 2, end)) return ObjectEnd(tokens, sentence, j + 2, end);
            if (Subjugation.Value.LongestAt(tokens, j, end) is > 0 and var posture) return j + posture;
            if (ServesHolderAt(tokens, sentence, j, end) is int served) return served;
        }
        return null;
    }

    /// <summary>
    /// Whether the set running from <paramref name="setStart"/> to its head <paramref name="head"/> is the holder's own,
    /// named in the holder's phrase [<paramref name="holderStart"/>, <paramref name="holderEnd"/>): "the stadium owners
    /// want the whole stadium empty" speaks of their venue, not of a stake of others.
    /// </summary>
    public static bool IsHoldersOwn(ImmutableArray<Token> tokens, int holderStart, int holderEnd, int head)
    {
        for (var k = holderStart; k < holderEnd; k++)
            if (tokens[k].IsWord && tokens[k].Norm == tokens[head].Norm) return true;
        return false;
    }

    /// <summary>
    /// A use bounded in time: a month or a weekday ("in July", "on Sundays"), or "for" a span ("for one weekend", "for a
    /// day"). "want our town square as their main stage for one weekend" is a booking, not a taking.
    /// </summary>
    internal static bool IsBoundedUse(ImmutableArray<Token> tokens, Sentence sentence, int from, int end)
    {
        for (var k = from; k < sentence.EndToken; k++)
        {
            // Capitalized, so the modal "may" is no month; "on Sundays" names a weekday too.
            if (tokens[k].IsCapitalized && (FunctionWords.Months.Contains(tokens[k]) || FunctionWords.Weekdays.Contains(tokens[k])
                || tokens[k].Norm.EndsWith('s') && FunctionWords.Weekdays.Contains(tokens[k].Norm[..^1]))) return true;
            if (tokens[k].Norm == "for" && k + 2 < sentence.EndToken && NounTypes.Of(tokens[k + 2]) is NounType.Time) return true;
        }
        return false;
    }

    /// <summary>"to make parking so dear that nobody comes into town": a result forced on the reader or the writer's side.</summary>
    private static int? CoercedResultEnd(ImmutableArray<Token> tokens, Sentence sentence, int from, int end)
    {
        for (var k = from; k + 3 < end && k - from <= SetWords; k++)
            if (tokens[k].Norm == "so" && tokens[k + 2].Norm == "that" && tokens[k + 3].Norm is "you" or "we" or "people" or "everyone" or "nobody")
                return end;
        return null;
    }

    /// <summary>"whether you like it or not", "like it or not": the wish is imposed on the reader. Returns the phrase's end.</summary>
    private static int? CoercionEnd(ImmutableArray<Token> tokens, Sentence sentence, int from, int limit)
    {
        var end = Math.Min(sentence.EndToken, limit + 6);
        for (var k = from; k + 3 < end; k++)
            if (tokens[k].Norm == "like" && tokens[k + 1].Norm == "it" && tokens[k + 2].Norm == "or" && tokens[k + 3].Norm == "not")
                return k + 4;
        return null;
    }

    /// <summary>The head of a wished-on stake at <paramref name="k"/>: "your kids", "you", "our town", "this city", "every family in Quaymont", "all the farms", "the whole valley".</summary>
    internal static int? ObjectHead(ImmutableArray<Token> tokens, Sentence sentence, int k, int end)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (Norm(k) == "you") return k;
        int set;
        if (Norm(k) is "your" or "our" or "this" or "every") set = k + 1;
        else if (Norm(k) == "all") set = Norm(k + 1) is "the" or "our" or "your" ? k + 2 : k + 1;
        else if (UniversalStakeChanges.IsWholeSet(tokens, sentence, k)) set = k + 2;
        else return null;
        if (HeadEnd(tokens, sentence, set, end, wished: true) is not int head) return null;
        // "every family in Quaymont renting from them": the set's place belongs to it.
        var after = head + 1;
        if (after < end && tokens[after].Norm is "in" or "on" or "at" && after + 1 < end && tokens[after + 1].IsCapitalized) after += 2;
        return after - 1;
    }

    /// <summary>
    /// The head of a set starting at <paramref name="set"/>: the last word before a preposition, a verb of the clause or
    /// a relative pronoun, within <see cref="SetWords"/> words; null when the set runs on or is empty.
    /// </summary>
    internal static int? HeadEnd(ImmutableArray<Token> tokens, Sentence sentence, int set, int end, bool wished = false)
    {
        // "our island", "your savings": what the reader or the writer's side holds is a stake whatever its kind.
        var owned = set - 1 >= sentence.FirstToken && tokens[set - 1].Norm is "our" or "your";
        var head = -1;
        for (var k = set; k < end && k - set < SetWords; k++)
        {
            if (!tokens[k].IsWord || FunctionWords.Prepositions.Contains(tokens[k]) || FunctionWords.Auxiliaries.Contains(tokens[k])
                || FunctionWords.Copulas.Contains(tokens[k]) || HeadBreakers.Contains(tokens[k])) break;
            // A wished-on object ends where its complement starts: "your kids vaccinated", "your children craving sugar", "this city lawless".
            if (wished && k > set && (tokens[k].Norm.EndsWith("ing", StringComparison.Ordinal) || tokens[k].Norm.EndsWith("ed", StringComparison.Ordinal) || NounTypes.Of(tokens[k]) is null)) break;
            head = k;
            // A verb ends the run: "every teenager sleeps", "no family owns", "every club answers".
            if (k + 1 < end && IsThirdPersonVerb(tokens, k + 1) && NounTypes.Of(tokens[k]) is not null) break;
        }
        if (head < set) return null;
        if (owned) return head;
        // "every bag of litter": a container's stake is what it holds.
        var held = head + 1 < end && tokens[head + 1].Norm == "of" ? head + 2 : -1;
        if (held > 0 && held < end && FunctionWords.Definite.Contains(tokens[held])) held++;
        var peoples = false;
        for (var k = set; k < head; k++) peoples |= IsPeoplesModifier(NounTypes.Of(tokens[k]));
        return IsNoStake(NounTypes.Of(tokens[head])) && !peoples || held > 0 && held < end && IsNoStake(NounTypes.Of(tokens[held])) ? null : head;
    }

    /// <summary>A word ending in "-s" after a singular noun, not itself a noun the lexicon types: "sleeps", "answers to", "owns".</summary>
    private static bool IsThirdPersonVerb(ImmutableArray<Token> tokens, int k) =>
        tokens[k].IsWord && tokens[k].Norm.EndsWith('s') && !tokens[k].Norm.EndsWith("ss", StringComparison.Ordinal)
        && (NounTypes.Of(tokens[k]) is null || Subordination.Value.LongestAt(tokens, k, tokens.Length) > 0);

    /// <summary>The first finite auxiliary or copula after the set ("is", "has", "have been"), or null for a lexical verb.</summary>
    private static int? PredicateAt(ImmutableArray<Token> tokens, Sentence sentence, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (FunctionWords.Auxiliaries.Contains(tokens[k]) || FunctionWords.Copulas.Contains(tokens[k])) return k;
        return null;
    }

    /// <summary>"until every patient is seen", "until every pothole is filled by the crews": a plain completion done to the set.</summary>
    private static bool IsCompletion(ImmutableArray<Token> tokens, Sentence sentence, int state, int end)
    {
        if (state >= end || !tokens[state].IsWord) return false;
        var norm = tokens[state].Norm;
        if (!norm.EndsWith("ed", StringComparison.Ordinal) && !IrregularParticiples.Contains(norm) || Subordination.Value.LongestAt(tokens, state, end) > 0) return false;
        // "collected from the beach", "seen by a nurse"; not a change into something else ("turned into flats").
        // "reconnected to the grid", "pitched properly"; not "handed to them".
        var next = tokens[state + 1 < end ? state + 1 : state].Norm;
        return state + 1 == end || next.EndsWith("ly", StringComparison.Ordinal)
            || FunctionWords.Prepositions.Contains(tokens[state + 1]) && next != "into" && !(next == "to" && sentence.NormAt(tokens, state + 2) is "them" or "their" or "its");
    }

    /// <summary>
    /// The states a limit frame reads as an aim against the set after its copula at <paramref name="state"/>: a loss
    /// of the old closed list ("under concrete", "gone": <see cref="UniversalStakeChanges.WishedStateEnd"/>), a change
    /// of kind into a thing or a place ("is a block of flats", "is a row of drilling platforms", "is turned into a car
    /// park"), the set made the holder's ("is a franchise of theirs", "is owned by them"), or a bad state of a place
    /// ("is lawless"). A role or a status ("is a priority", "is a member of the library") and a place the set is at
    /// ("is in school every day") are not.
    /// </summary>
    private static bool IsOpenStakeState(ImmutableArray<Token> tokens, Sentence sentence, int set, int head, int state, int end)
    {
        if (UniversalStakeChanges.WishedStateEnd(tokens, sentence, set, state) is not null) return true;
        if (sentence.NormAt(tokens, state) is "a" or "an" or "one" && IsThingOrPlace(tokens, state + 1, end)) return true;
        // "until every newsroom is under their thumb": the set put under the holder.
        if (sentence.NormAt(tokens, state) == "under" && sentence.NormAt(tokens, state + 1) is "their" or "its" && sentence.NormAt(tokens, state + 2) != "own") return true;
        if (Losses.Contains(sentence.NormAt(tokens, state)) && IsPlaceSet(tokens, sentence, set - 1, head)) return true;
        for (var k = state; k < end; k++)
            if (tokens[k].Norm == "theirs" || IsRemaking(tokens, sentence, set - 1, head, k) || ServesHolderAt(tokens, sentence, k, end) is not null) return true;
        return false;
    }

    /// <summary>Noun types of a thing or a place, what a set is remade into ("a car park", "a backdrop", "a row of platforms"); not a person's role or a status.</summary>
    internal static bool IsThingOrPlace(ImmutableArray<Token> tokens, int from, int end)
    {
        var head = PhraseHead(tokens, from, end);
        if (head < 0) return false;
        var type = NounTypes.Of(tokens[head]);
        // A collective or a measure stands for what it is of ("a row of drilling platforms"); a role does not ("a member of the library").
        if (type is NounType.Group or NounType.Quantity or NounType.Shape && head + 2 < end && tokens[head + 1].Norm == "of")
        {
            var held = PhraseHead(tokens, head + 2, end);
            type = held < 0 ? null : NounTypes.Of(tokens[held]);
        }
        return type is NounType.Artifact or NounType.Structure or NounType.Location or NounType.Object or NounType.Possession;
    }

    /// <summary>The head of a noun phrase at <paramref name="from"/>: its last word before a preposition, a conjunction or the clause's end; -1 when empty.</summary>
    private static int PhraseHead(ImmutableArray<Token> tokens, int from, int end)
    {
        var head = -1;
        for (var k = from; k < end && k - from < SetWords; k++)
        {
            if (!tokens[k].IsWord || FunctionWords.Prepositions.Contains(tokens[k]) || tokens[k].Norm is "and" or "or" or "but" or "that" or "which" or "who" or "because" or "so" or "since" or "while" or "if" or "when") break;
            head = k;
        }
        return head;
    }

    /// <summary>Modifiers of a run-down set: "this derelict site made into a park" is a rescue, not a taking.</summary>
    internal static readonly FrozenSet<string> RunDown = FrozenSet.ToFrozenSet(
        ["derelict", "disused", "old", "abandoned", "empty", "vacant", "unused", "neglected", "redundant", "former", "dilapidated", "boarded"], StringComparer.Ordinal);

    /// <summary>"our village turned into a car park": a change of kind at <paramref name="k"/>, unless the set from <paramref name="from"/> to <paramref name="head"/> is run down.</summary>
    private static bool IsRemaking(ImmutableArray<Token> tokens, Sentence sentence, int from, int head, int k)
    {
        if (sentence.NormAt(tokens, k) is not ("turned" or "made" or "converted") || sentence.NormAt(tokens, k + 1) != "into") return false;
        for (var j = from; j <= head; j++)
            if (RunDown.Contains(tokens[j].Norm)) return false;
        return true;
    }

    /// <summary>Whether the set from <paramref name="from"/> to <paramref name="head"/> is a place or a body, not the reader nor a person ("every driver").</summary>
    private static bool IsPlaceSet(ImmutableArray<Token> tokens, Sentence sentence, int from, int head)
    {
        for (var j = from; j <= head; j++)
            if (tokens[j].Norm is "you" or "your" || NounTypes.Of(tokens[j]) is NounType.Person) return false;
        return true;
    }

    /// <summary>Verbs of serving or answering to someone: "paying them", "renting from them", "answering to its inspectors".</summary>
    private static readonly string[] DependenceStems = ["pay", "rent", "owe", "serve", "obey", "answer", "belong", "report", "work", "bow"];

    /// <summary>Words that place an owner abroad: "answers to a fund abroad".</summary>
    private static readonly FrozenWordSet Abroad = new[] { "abroad", "foreign", "overseas", "offshore" }.ToFrozenWordSet();

    private static bool IsDependenceVerb(string norm)
    {
        foreach (var stem in DependenceStems)
            if (norm == stem || norm == stem + "s" || norm == stem + "ing" || norm == stem + "ed" || norm == stem + "d"
                || stem.EndsWith('e') && norm == stem[..^1] + "ing" || stem == "pay" && norm == "paid") return true;
        return false;
    }

    /// <summary>
    /// The set made to serve the holder or an owner abroad at <paramref name="k"/>: an answering phrase ("answers to",
    /// "run by", "answering to") whose object is the holder ("them", "their inspectors", "its inspectors") or abroad
    /// ("a fund abroad"), or "them" as the object of paying, renting or working for ("paying them", "renting from them").
    /// Not "them" after "with", "from" or "near" a plain verb ("singing with them", "borrowing books from them"), nor an
    /// answering to anyone else ("belongs to a union", "answers to a licensing scheme"). Returns the end of the service.
    /// </summary>
    private static int? ServesHolderAt(ImmutableArray<Token> tokens, Sentence sentence, int k, int end)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (Norm(k) == "them")
            return IsDependenceVerb(Norm(k - 1)) || Norm(k - 1) is "to" or "for" or "from" && IsDependenceVerb(Norm(k - 2)) ? k + 1 : null;
        var answering = Subordination.Value.LongestAt(tokens, k, end);
        if (answering == 0 && IsDependenceVerb(Norm(k)) && Norm(k + 1) is "to" or "for" or "from") answering = 2;
        if (answering == 0) return null;
        var obj = k + answering;
        var objEnd = ObjectEnd(tokens, sentence, obj, end);
        if (Norm(obj) is "them" or "theirs" || Norm(obj) is "their" or "its" && Norm(obj + 1) != "own") return objEnd;
        for (var j = obj; j < objEnd; j++)
            if (Abroad.Contains(Norm(j))) return objEnd;
        return null;
    }

    /// <summary>"until every resident is out of the building": an evacuation from a place named by an article, not out of their homes.</summary>
    private static bool IsEvacuation(ImmutableArray<Token> tokens, Sentence sentence, int state) =>
        sentence.NormAt(tokens, state) == "out" && sentence.NormAt(tokens, state + 1) == "of" && sentence.NormAt(tokens, state + 2) is "the" or "a" or "danger" or "harm's";

    /// <summary>A state a helper wants, a positive adjective after the set: "warm and dry", "ready for the marathon".</summary>
    private static bool HasGain(ImmutableArray<Token> tokens, Sentence sentence, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && Gains.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>"has a dealer on it", "have a camera outside them": a thing put on the set, not given to it ("has a hot lunch").</summary>
    private static bool HasLocativePronoun(ImmutableArray<Token> tokens, Sentence sentence, int from, int end)
    {
        for (var k = from + 1; k < end; k++)
            if (tokens[k].Norm is "it" or "them" && FunctionWords.Prepositions.Contains(tokens[k - 1]) || tokens[k].Norm is "outside" && k + 1 < end && tokens[k + 1].Norm is "it" or "them")
                return true;
        return false;
    }

    /// <summary>
    /// An elimination after "no" + set: "left" or "remaining" ("no police force left in Ashtabel"), or a possession
    /// denied ("no family owns its own front door"), unless what is denied is bad ("until no child has a cold bedroom").
    /// </summary>
    private static bool IsElimination(ImmutableArray<Token> tokens, Sentence sentence, int set, int from, int end)
    {
        // "no rough sleepers left", "no homeless family left": a set named by its hardship is ended, not taken.
        for (var k = set; k < from; k++)
            if (Losses.Contains(tokens[k]) || Deprived.Contains(tokens[k])) return false;
        for (var k = from; k < end; k++)
        {
            var norm = tokens[k].Norm;
            // "no child left behind": the idiom of a help that reaches all, not a set closed.
            if (norm is "left" or "remaining") return sentence.NormAt(tokens, k + 1) != "behind";
            if (norm is "owns" or "own" or "has" or "have" && sentence.NormAt(tokens, k + 1) != "to")
            {
                for (var j = k + 1; j < end; j++)
                    if (Losses.Contains(tokens[j])) return false;
                return true;
            }
        }
        return false;
    }

    /// <summary>The end of a short noun phrase at <paramref name="k"/>, to the clause's end at most: "a car park for the ring road".</summary>
    private static int ObjectEnd(ImmutableArray<Token> tokens, Sentence sentence, int k, int end)
    {
        var j = k;
        while (j < end && j - k < 6 && tokens[j].IsWord && tokens[j].Norm is not ("and" or "but" or "because" or "so" or "which" or "who")) j++;
        return Math.Max(j, Math.Min(k + 1, end));
    }

    /// <summary>The end of the clause from <paramref name="start"/>: the next punctuation mark, or <see cref="ClauseWords"/> words on.</summary>
    private static int ClauseEnd(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var k = start;
        while (k < sentence.EndToken && k - start < ClauseWords && (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number || tokens[k].Text is "'" or "’")) k++;
        return k;
    }

    /// <summary>A number or a year in the sentence: a measured plan or forecast.</summary>
    private static bool HasFigure(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Kind == TokenKind.Number) return true;
        return false;
    }
}
