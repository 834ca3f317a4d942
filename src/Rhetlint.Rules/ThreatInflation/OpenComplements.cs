using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The complement slot of frames that impute hostility by themselves (issue 16): a want over a universal set ("want
/// every family farm in this state gone", "want every teenager gambling on their phones"), a limit frame ("will not
/// stop until every green field carries their logo"), a willingness ("would happily turn the whole valley into a
/// quarry pit"), a drift ("sleepwalking into a dust bowl"). Each frame once checked its complement against a list of
/// ruin; the frame carries the move, so the complement here is any predicate. What keeps a helper's aim silent is a
/// closed class, not a topic (<c>benign_complements_wordnet.txt</c>, tools/gen_benign_complements.py): a verb of
/// benefit or courtesy ("want every nurse trained", "would gladly lend every painting"), a state a helper wants (the
/// Hu &amp; Liu positive adjectives of <c>open_stake_frames.txt</c>: "want every player fit"), an ability, a negation
/// ("until no child is hungry"), a to-infinitive (a stated plan), a success ("sleepwalked into the final"); and a
/// sentence with a figure, a date, a plan or sport, which is a measured plan, a schedule, a history or a game. Voice,
/// quotation, hedges, negation and evidence stay the rules' (RH1004, RH1001).
/// </summary>
internal static class OpenComplements
{
    private static readonly TaggedLexicon Lexicon = TaggedLexicon.Load(RuleLexicons.Store, "benign_complements_wordnet");

    /// <summary>Every form of the verbs of benefit and courtesy: "trained", "housing", "lends".</summary>
    private static readonly Lazy<FrozenWordSet> KindVerbs = new(() => Lexicon.Words("benefit", "courtesy").SelectMany(Inflections.VerbForms).ToFrozenWordSet());

    /// <summary>Every form of the verbs of the mind's own acts: "understands", "knows", "remembering".</summary>
    private static readonly Lazy<FrozenWordSet> MindVerbs = new(() => Lexicon.Words("mind").SelectMany(Inflections.VerbForms).ToFrozenWordSet());

    /// <summary>Nouns of success, a victory or a contest on the way to one, singular and plural.</summary>
    private static readonly Lazy<FrozenWordSet> Successes = new(() => Lexicon.Words("success").SelectMany(Inflections.NounForms).ToFrozenWordSet());

    /// <summary>States a helper wants (Hu &amp; Liu positive adjectives): "safe", "fit", "ready".</summary>
    private static readonly Lazy<FrozenWordSet> Gains = new(() => TaggedLexicon.Load(RuleLexicons.Store, "open_stake_frames").Words("gain").ToFrozenWordSet());

    /// <summary>
    /// Words of ability, denial or the set's own that make the complement a helper's aim: "can swim", "able to", "no
    /// child hungry", "sorts its glass", "under their own steam".
    /// </summary>
    private static readonly FrozenWordSet AbilityOrDenial = new[] { "can", "could", "able", "no", "not", "never", "none", "fewer", "nobody", "its", "own" }.ToFrozenWordSet();

    /// <summary>Words that end a complement: a relative clause or a new clause starts.</summary>
    private static readonly FrozenWordSet ClauseBreakers = new[] { "who", "whom", "whose", "which", "that", "and", "but", "because", "so", "while", "if", "when" }.ToFrozenWordSet();

    /// <summary>Place adverbs that name where the set is, not what becomes of it ("every man out there").</summary>
    private static readonly FrozenWordSet PlaceAdverbs = new[] { "there", "here", "out", "back", "around", "everywhere" }.ToFrozenWordSet();

    /// <summary>Particles of a phrasal verb before its object ("buy up every home", "sell off every field").</summary>
    private static readonly FrozenWordSet Particles = new[] { "up", "out", "off", "down", "away", "over" }.ToFrozenWordSet();

    /// <summary>Subjects of one person: a person drifting into a job or a marriage is their own story.</summary>
    private static readonly FrozenWordSet OnePerson = new[] { "he", "she", "i", "his", "her", "my" }.ToFrozenWordSet();

    /// <summary>
    /// Words that end a drifted-into state's noun phrase beside the prepositions: a role ("into a second career as a
    /// presenter") or a time ("into a deficit before half-time", "by February").
    /// </summary>
    private static readonly FrozenWordSet StateBreakers = new[] { "as", "before", "after", "since", "until", "by" }.ToFrozenWordSet();

    /// <summary>How many words a complement may run before the clause is taken to have moved on.</summary>
    private const int ComplementWords = 12;

    /// <summary>How many words a willing act's object may hold before its head ("every family in Dunmore").</summary>
    private const int ObjectWords = 5;

    /// <summary>
    /// Whether the sentence leaves an open complement to the frame: not about sport, no figure or date (a measured
    /// plan, a schedule, a history: "by 2028", "in 1840", "by March"), no plan it conforms to ("according to its plan").
    /// </summary>
    public static bool Admits(ImmutableArray<Token> tokens, Sentence sentence)
    {
        if (SportContext.IsAboutSport(tokens, sentence) || ScheduledWork.Covers(tokens, sentence)) return false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Kind == TokenKind.Number || tokens[k].IsCapitalized && (FunctionWords.Months.Contains(tokens[k]) || FunctionWords.Weekdays.Contains(tokens[k])))
                return false;
        return true;
    }

    /// <summary>
    /// The end of an open complement from <paramref name="from"/> to a clause break, at most <paramref name="limit"/>:
    /// any predicate with a content word, unless a kind cue stands in it (<see cref="IsKind"/>) or it opens with "to"
    /// (a stated plan); null when it holds only a place adverb or nothing.
    /// </summary>
    public static int? PredicateEnd(ImmutableArray<Token> tokens, Sentence sentence, int from, int limit)
    {
        var end = from;
        var content = false;
        while (end < limit && end < sentence.EndToken && end - from < ComplementWords && tokens[end].IsWord && !ClauseBreakers.Contains(tokens[end]))
        {
            content |= !PlaceAdverbs.Contains(tokens[end]) && !FunctionWords.Prepositions.Contains(tokens[end]) && !FunctionWords.Definite.Contains(tokens[end])
                && !FunctionWords.IndefiniteSingular.Contains(tokens[end]) && !FunctionWords.Possessive.Contains(tokens[end]);
            end++;
        }
        if (!content || sentence.NormAt(tokens, from) == "to") return null;
        return IsKind(tokens, from, end) ? null : end;
    }

    /// <summary>
    /// Whether [<paramref name="from"/>, <paramref name="end"/>) holds a verb of benefit, courtesy or the mind's own act,
    /// a state a helper wants, an ability, a denial or the set's own. A verb of benefit whose object is the holder's ("feeding their models", "serving
    /// them") makes the set serve the holder: no kindness to it.
    /// </summary>
    private static bool IsKind(ImmutableArray<Token> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (KindVerbs.Value.Contains(tokens[k]) && !(k + 1 < tokens.Length && tokens[k + 1].Norm is "them" or "their" or "theirs")
                || MindVerbs.Value.Contains(tokens[k]) || AbilityOrDenial.Contains(tokens[k]) || !tokens[k].IsCapitalized && Gains.Value.Contains(tokens[k])
                // "borrowing books from them", "singing with them": company kept, not service given.
                || tokens[k].Norm is "with" or "from" or "near" && k + 1 < end && tokens[k + 1].Norm == "them") return true;
        return false;
    }

    /// <summary>How many words a place phrase after the set may hold before its predicate ("in this state").</summary>
    private const int PlaceWords = 4;

    /// <summary>
    /// The end of an open complement at <paramref name="from"/> (<see cref="PredicateEnd"/>) that is verbal — a
    /// participle or a gerund ("gone", "folded into", "feeding their models", "running drugs for them") or the set put
    /// under the holder ("under their control") — after a place phrase of the set at most ("in this state gone"). A
    /// noun phrase or a place after a copula is a role, a status or where the set is ("is a member", "is in school").
    /// </summary>
    public static int? VerbalPredicateEnd(ImmutableArray<Token> tokens, Sentence sentence, int from, int limit)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        var k = from;
        if (Norm(k) is "in" or "on" or "at" or "across")
            for (var j = k + 1; j < limit && j - k <= PlaceWords && tokens[j].IsWord; j++)
                if (IsVerbal(tokens[j]) || Norm(j) == "under")
                {
                    k = j;
                    break;
                }
        var verbal = IsVerbal(tokens[k < limit ? k : from]) || Norm(k) == "under" && Norm(k + 1) is "their" or "its";
        return verbal && k < limit ? PredicateEnd(tokens, sentence, k, limit) : null;
    }

    /// <summary>A participle or a gerund ("folded", "gone", "running"), by suffix or WordNet's exceptions.</summary>
    private static bool IsVerbal(Token token) => token.IsWord && (token.Norm == "gone" || Participles.IsParticiple(token.Norm))
        && NounTypes.Of(token) is null or NounType.Act;

    /// <summary>
    /// "want every family farm in this state gone", "want every teenager on the estate running drugs for them": a want
    /// (RH1004's open wish) over a universal set ("every", "all", "the whole") with any complement but a kind one,
    /// asserted (no hedge, no question) and admitted (<see cref="Admits"/>). Not the holder's own ("all their shops"),
    /// not a to-infinitive ("wants every citizen to see the file"), not a use bounded in time. Returns the complement's end.
    /// </summary>
    public static int? WishEnd(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (Norm(i) is not ("want" or "wants" or "wanted")) return null;
        var k = i + 1;
        if (Norm(k) is not ("every" or "all") && !UniversalStakeChanges.IsWholeSet(tokens, sentence, k) || Norm(k) == "all" && Norm(k + 1) is "his" or "her" or "its" or "their") return null;
        if (!Admits(tokens, sentence) || document.IsHedged(i) || document.IsQuestion(sentence)) return null;
        if (OpenStakeFrames.ObjectHead(tokens, sentence, k, sentence.EndToken) is not int head || Norm(head + 1) == "to"
            || OpenStakeFrames.IsBoundedUse(tokens, sentence, head + 1, sentence.EndToken)) return null;
        if (!HostileHolders.IsHostileHolder(tokens, sentence, i) || !HostileHolders.IsPeopleOrCommunity(tokens, sentence, k, head)) return null;
        return VerbalPredicateEnd(tokens, sentence, head + 1, sentence.EndToken);
    }

    /// <summary>
    /// "would happily turn the whole valley into a quarry pit", "would gladly price every family out of cover": a
    /// willingness (after "would happily", <see cref="LoadedFrames"/>) to do any act but one of benefit or courtesy to
    /// a stake — a universal set, the whole of a place, or the writer's side ("us", "our"), of people or a community
    /// (<see cref="HostileHolders"/>), held by a hostile holder — in an admitted
    /// sentence. Not a time ("would happily play every Saturday"), not what is no one's stake (a food, a pest: <see
    /// cref="OpenStakeFrames.HeadEnd"/>), not the holder's own ("all his speeches"). Returns the clause's end.
    /// </summary>
    public static int? WillingActEnd(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        var end = sentence.EndToken;
        if (verb >= end || !tokens[verb].IsWord || KindVerbs.Value.Contains(tokens[verb]) || FunctionWords.Auxiliaries.Contains(tokens[verb])
            || FunctionWords.Copulas.Contains(tokens[verb]) || !Admits(tokens, sentence) || !HostileHolders.IsHostileHolder(tokens, sentence, verb)) return null;
        var k = verb + 1;
        if (k < end && Particles.Contains(tokens[k])) k++;
        int set;
        // "would happily move you to a quieter room", "deliver your order": the reader as a customer is service copy,
        // so of the two sides only the writer's ("us", "our") is a stake here.
        if (Norm(k) == "us") return PredicateEnd(tokens, sentence, k, end) is int usEnd ? usEnd : k + 1;
        if (Norm(k) is "every" or "our") set = k + 1;
        else if (Norm(k) == "all") set = Norm(k + 1) is "the" or "our" ? k + 2 : Norm(k + 1) is "his" or "her" or "its" or "their" or "your" ? -1 : k + 1;
        else if (UniversalStakeChanges.IsWholeSet(tokens, sentence, k)) set = k + 2;
        else return null;
        if (set < 0 || OpenStakeFrames.HeadEnd(tokens, sentence, set, Math.Min(end, set + ObjectWords)) is not int head || NounTypes.Of(tokens[head]) is NounType.Time
            || !HostileHolders.IsPeopleOrCommunity(tokens, sentence, set, head)) return null;
        var after = head + 1;
        while (after < end && tokens[after].IsWord && !ClauseBreakers.Contains(tokens[after]) && after - head < ComplementWords) after++;
        return IsKind(tokens, head + 1, after) ? null : after;
    }

    /// <summary>
    /// "is sleepwalking into a dust bowl", "sleepwalk towards a landfill economy": a drift into any state but a
    /// success ("sleepwalked into the final"), of anything but one person ("he sleepwalked into the job"), in an
    /// admitted sentence. <paramref name="from"/> is the word after "into"; returns the end of the state's head.
    /// </summary>
    public static int? DriftEnd(ImmutableArray<Token> tokens, Sentence sentence, int sleepwalk, int from)
    {
        for (var k = sleepwalk - 1; k >= sentence.FirstToken && sleepwalk - k <= 3; k--)
            if (OnePerson.Contains(tokens[k])) return null;
        if (!Admits(tokens, sentence)) return null;
        var head = -1;
        for (var k = from; k < sentence.EndToken && k - from < ObjectWords && tokens[k].IsWord; k++)
        {
            if (FunctionWords.Prepositions.Contains(tokens[k]) || ClauseBreakers.Contains(tokens[k]) || StateBreakers.Contains(tokens[k])) break;
            head = k;
        }
        // A head that is an article ran past the window: the state is not read.
        if (head < 0 || FunctionWords.IndefiniteSingular.Contains(tokens[head]) || FunctionWords.Definite.Contains(tokens[head])
            || Successes.Value.Contains(tokens[head]) || !IsCondition(NounTypes.Of(tokens[head])) || IsKind(tokens, from, head + 1)) return null;
        // "sleepwalking into a crisis that will make …": the relative clause says what the state is, and the claim is its.
        return head + 1 < sentence.EndToken && tokens[head + 1].Norm is "that" or "which" or "who" ? null : head + 1;
    }

    /// <summary>
    /// Kinds of an abstract condition a community could drift into and suffer: a state, a process, a phenomenon, a
    /// feeling ("dependency", "decline", "a nightmare"), or a word WordNet does not type ("dystopia"). Not a place or a
    /// room (a literal sleepwalker's), a career step (an act), a creative work (a communication), a score or a shortfall
    /// (an attribute or quantity: "sleepwalked into a deficit before half-time"), a person, a group or a time.
    /// </summary>
    private static bool IsCondition(NounType? type) => type is null or NounType.State or NounType.Process or NounType.Phenomenon or NounType.Feeling;

    /// <summary>Kinds of what a force can take to the last of: a resource, a place, a holding, a thing ("every last fish", "every drop of water", "every single tree").</summary>
    private static bool IsResource(NounType? type) =>
        type is NounType.Animal or NounType.Plant or NounType.Substance or NounType.Location or NounType.Structure or NounType.Possession or NounType.Object or NounType.Food;

    /// <summary>
    /// "will take every last fish", "will pump every drop of water out of our aquifer", "would fell every single tree": a
    /// certainty modal at <paramref name="modal"/>, any act at <paramref name="verb"/> but one of benefit or courtesy, on
    /// the last of a resource ("every last", "every single", "every drop of", <see cref="IsResource"/>), said of a force —
    /// "they" or a group or an organisation by its noun type ("the trawler fleets", "the logging firms") — in an admitted
    /// sentence. Exhaustion is the move, so the verb is open where RH1003 read a list of ruin verbs. Not a person or an
    /// animal taking ("the robins will take every last crumb"), nor people as the object, whom helpers contact and
    /// count. Returns the end of the resource's head.
    /// </summary>
    public static int? ExhaustiveActEnd(ImmutableArray<Token> tokens, Sentence sentence, int modal, int verb)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        var end = sentence.EndToken;
        if (Norm(modal) is not ("will" or "would" or "'ll") || modal - 1 < sentence.FirstToken) return null;
        if (Norm(modal - 1) != "they" && NounTypes.Of(tokens[modal - 1]) is not NounType.Group) return null;
        if (verb >= end || !tokens[verb].IsWord || KindVerbs.Value.Contains(tokens[verb]) || FunctionWords.Auxiliaries.Contains(tokens[verb])
            || FunctionWords.Copulas.Contains(tokens[verb]) || !Admits(tokens, sentence)) return null;
        var k = verb + 1;
        if (Particles.Contains(tokens[k < end ? k : verb])) k++;
        if (Norm(k) != "every") return null;
        int set;
        if (Norm(k + 1) == "last" && Norm(k + 2) == "drop" && Norm(k + 3) == "of") set = k + 4;
        else if (Norm(k + 1) is "last" or "single") set = k + 2;
        else if (Norm(k + 1) == "drop" && Norm(k + 2) == "of") set = k + 3;
        // "would take every drop tomorrow": the drop is of what the context holds (water, fuel), a resource by itself.
        else if (Norm(k + 1) == "drop") return k + 2;
        else return null;
        if (Norm(set) is "the" or "our" or "your" or "their") set++;
        var head = -1;
        for (var j = set; j < end && j - set < ObjectWords && tokens[j].IsWord; j++)
        {
            if (FunctionWords.Prepositions.Contains(tokens[j]) || ClauseBreakers.Contains(tokens[j])) break;
            head = j;
        }
        return head >= 0 && IsResource(NounTypes.Of(tokens[head])) ? head + 1 : null;
    }
}
