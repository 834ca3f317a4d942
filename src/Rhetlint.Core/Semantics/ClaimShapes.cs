using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// Other sentence shapes of one claim (issue 16), read back to the shape a reading already knows, so that the reading
/// and not the shape decides whether a harm is claimed. The blind sets' misses were gates on shape alone: "you will not
/// find one working boat left" beside "there will be no working boat left", "you won't be able to walk home" beside
/// "nobody will dare to walk home", "a stretch a dog can swim in" beside "a stretch left", "the first town wiped off
/// the map" beside "wiped off the map", "weeks from collapse" beside "weeks away from collapse", and a trailing "one
/// swim at a time" that ran into the object. Each method returns where the canonical shape's next part starts; a
/// reading that takes it still applies its own harm predicate, deadline, plan, voice and evidence tests, which keep
/// "you won't find a better pie in the county", "you won't be able to park there on Saturday" and "weeks from
/// completion" silent.
/// </summary>
public static class ClaimShapes
{
    /// <summary>Verbs of coming upon a thing: "you will not find / see one … left" says there will be none.</summary>
    private static readonly FrozenWordSet FindingVerbs = new[] { "find", "see", "spot" }.ToFrozenWordSet();

    /// <summary>Subjects of an ability relative on a set ("a stretch a dog can swim in"): a person or animal of any kind, or anyone.</summary>
    private static readonly FrozenWordSet GenericPronouns = new[] { "you", "we", "anyone", "anybody", "one", "people", "they" }.ToFrozenWordSet();

    /// <summary>Words that mark a rule's terms after an act: "no one will be able to enter without a pass".</summary>
    private static readonly FrozenWordSet RuleTerms = new[] { "without", "unless", "except", "until", "under" }.ToFrozenWordSet();

    /// <summary>Adverbs of place and manner that close an intransitive act ("walk home", "play outside", "speak freely").</summary>
    private static readonly FrozenWordSet ClosingAdverbs = new[] { "home", "outside", "out", "outdoors", "alone", "there", "here", "again", "anymore", "safely", "freely" }.ToFrozenWordSet();

    /// <summary>Words that rank a noun in a series, before a reduced relative: "the first town wiped off the map".</summary>
    private static readonly FrozenWordSet SeriesRanks = new[] { "first", "next", "last", "latest", "only", "second", "third" }.ToFrozenWordSet();

    /// <summary>How many words a set's noun phrase or a ranked noun phrase may run: "the first market town in the county".</summary>
    private const int PhraseWords = 6;

    /// <summary>
    /// A generic subject's negated finding at <paramref name="i"/>, the same claim as "there will be no": "you will not
    /// find one working boat left", "you won't be able to find a single bakery open", "nobody will see a farm left".
    /// Returns the first word of what is not found, or null.
    /// </summary>
    public static int? NegatedFindingObject(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (GenericNegatedFutureEnd(tokens, sentence, i) is not int k) return null;
        if (AbilityEnd(tokens, sentence, k) is int able) k = able;
        return FindingVerbs.Contains(sentence.NormAt(tokens, k)) && k + 1 < sentence.EndToken && tokens[k + 1].IsWord ? k + 1 : null;
    }

    /// <summary>
    /// A generic subject's negated ability at <paramref name="i"/>, the same claim as "nobody will dare to": "you won't
    /// be able to walk home after dark", "no one will be able to swim in the lake". Returns the act's verb, or null. Only
    /// an act with no object: with one, the shape is how rules and notices are told ("you won't be able to buy a petrol
    /// car", "pay without a card"), and so is an act on a rule's terms ("enter without a pass").
    /// </summary>
    public static int? NegatedAbilityVerb(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        GenericNegatedFutureEnd(tokens, sentence, i) is int k ? AbilityActAt(tokens, sentence, k) : null;

    /// <summary>
    /// The act of "be able to" at <paramref name="k"/> (the "be"), when it takes no object and no rule's terms; null
    /// elsewhere. After a negated subject ("no child will be able to play outside") it is the subject's inability.
    /// </summary>
    public static int? AbilityActAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (AbilityEnd(tokens, sentence, k) is not int verb) return null;
        if (verb >= sentence.EndToken || !tokens[verb].IsWord || FindingVerbs.Contains(tokens[verb]) || !ClosesWithoutObject(tokens, sentence, verb + 1)) return null;
        var end = verb + 1;
        for (; end < sentence.EndToken && tokens[end].IsWord; end++)
            if (RuleTerms.Contains(tokens[end])) return null;
        // An act in a place is how access rules and bans are told ("smoke in any pub garden", "pay in cash at the
        // stadium"): there the act must be one a force or harm takes away ("walk through the park after dark").
        var placed = verb + 1 < sentence.EndToken && FunctionWords.Prepositions.Contains(tokens[verb + 1]) && !ClosingAdverbs.Contains(tokens[verb + 1]);
        return !placed || HasPerilMark(tokens, verb + 1, end) ? verb : null;
    }

    /// <summary>Just past "be able to" at <paramref name="k"/> (the "be"); null elsewhere.</summary>
    private static int? AbilityEnd(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        sentence.NormAt(tokens, k) == "be" && sentence.NormAt(tokens, k + 1) == "able" && sentence.NormAt(tokens, k + 2) == "to" ? k + 3 : null;

    /// <summary>
    /// A relative clause of ability on a set at <paramref name="k"/>, the set's working state told as what someone can do
    /// in it: "a stretch of the river a dog can safely swim in", "no hospital that pensioners can get to", "a library
    /// where a student could study". Returns its end, or null. The subject is a pronoun of anyone or a short indefinite
    /// or bare noun phrase; the act ends the clause (a preposition or a particle may follow it).
    /// </summary>
    public static int? AbilityRelativeEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (Norm(k) is "that" or "which" or "where") k++;
        var subject = k;
        if (GenericPronouns.Contains(Norm(k))) k++;
        else
        {
            if (Norm(k) is "a" or "an" or "any") k++;
            while (k < sentence.EndToken && k - subject < 3 && tokens[k].IsWord && Norm(k) is not ("can" or "could")) k++;
        }
        if (k == subject || Norm(k) is not ("can" or "could")) return null;
        k++;
        while (k < sentence.EndToken && tokens[k].IsWord && tokens[k].Norm.EndsWith("ly", StringComparison.Ordinal)) k++;
        if (k >= sentence.EndToken || !tokens[k].IsWord) return null;
        var end = k + 1;
        if (end < sentence.EndToken && (FunctionWords.Prepositions.Contains(tokens[end]) || ClosingAdverbs.Contains(tokens[end]))) end++;
        if (!(end >= sentence.EndToken || !tokens[end].IsWord || tokens[end].Norm is "and" or "or" or "by" or "within" or "before")) return null;
        // No purpose or plan told after it: ", so the council will fence it off", ", as the ban takes effect".
        return Norm(end) == "," && Norm(end + 1) is "so" or "as" ? null : end;
    }

    /// <summary>
    /// Words that mark an act as threatened by a force or harm: "safely", "after dark", "at night", "without fear", "in
    /// safety", "in peace", "in dignity" (<c>peril_marks_wordnet.txt</c>, generated by tools/gen_peril_marks.py).
    /// </summary>
    private static readonly Lazy<PhraseList> PerilMarks = new(() => PhraseList.Load(LexiconStore.Engine, "peril_marks_wordnet"));

    /// <summary>
    /// Whether [<paramref name="from"/>, <paramref name="to"/>) marks an act as threatened by a force or harm rather
    /// than ruled out (<see cref="PerilMarks"/>).
    /// </summary>
    public static bool HasPerilMark(ImmutableArray<Token> tokens, int from, int to) => PerilMarks.Value.OccursIn(tokens, from, Math.Min(to, tokens.Length));

    /// <summary>
    /// Whether a none-found claim's head at <paramref name="head"/> is a good a community needs — a building or
    /// establishment (WordNet's structures: shops, pubs, libraries, hospitals) — not stock sold out, litter, leaves,
    /// potholes or a fleet's vehicles, whose going is no loss.
    /// </summary>
    public static bool IsCommunityGood(Token head) => NounTypes.Of(head) == NounType.Structure;

    /// <summary>
    /// Whether the sentence credits the loss to a change someone makes: "thanks to the new gardeners", "as the operator
    /// replaces them", "which is exactly what the climate plan intends".
    /// </summary>
    public static bool TellsOfAChange(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var norm = tokens[k].Norm;
            if (norm == "thanks" && sentence.NormAt(tokens, k + 1) == "to" || norm.StartsWith("replac", StringComparison.Ordinal)
                || norm is "intend" or "intends" or "intended" or "plan" or "plans") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the harm word that ends at <paramref name="end"/> modifies a place noun after it ("three hours from the
    /// flood zone", "a day from the disaster area"): a distance to a place, not a countdown to the harm.
    /// </summary>
    public static bool ModifiesPlace(ImmutableArray<Token> tokens, Sentence sentence, int end) =>
        end < sentence.EndToken && tokens[end].IsWord && NounTypes.Of(tokens[end]) == NounType.Location;

    /// <summary>
    /// The participle of a reduced relative on a ranked noun after a copula at <paramref name="j"/>: "will be the first
    /// town in the county wiped off the map", "will be the next club swept away". Returns the participle, so the reading
    /// sees the state it would see after the copula itself; null elsewhere.
    /// </summary>
    public static int? RankedReducedRelative(ImmutableArray<Token> tokens, Sentence sentence, int j)
    {
        if (sentence.NormAt(tokens, j) is not ("the" or "a" or "an") || !SeriesRanks.Contains(sentence.NormAt(tokens, j + 1))) return null;
        for (var k = j + 3; k < sentence.EndToken && k - j <= PhraseWords + 1 && tokens[k].IsWord; k++)
        {
            var norm = tokens[k].Norm;
            if (norm.Length > 3 && norm.EndsWith("ed", StringComparison.Ordinal) || Inflections.IsIrregularVerbForm(norm)) return k;
        }
        return null;
    }

    /// <summary>
    /// Just past "away from" or a bare "from" after the time unit at <paramref name="unit"/>: "weeks away from collapse",
    /// "weeks from collapse", "a single winter from famine". Only a unit of time takes the bare "from" ("two miles from
    /// the fire" is a distance, "one vote from passing" an occasion). Null elsewhere.
    /// </summary>
    public static int? NearnessFromEnd(ImmutableArray<Token> tokens, Sentence sentence, int unit)
    {
        if (sentence.NormAt(tokens, unit + 1) == "away" && sentence.NormAt(tokens, unit + 2) == "from") return unit + 3;
        return sentence.NormAt(tokens, unit + 1) == "from" && TimeScale.IsUnit(tokens[unit].Norm) ? unit + 2 : null;
    }

    /// <summary>
    /// The first word of a trailing distributive adverbial in [<paramref name="from"/>, <paramref name="to"/>): "one
    /// swim at a time", "street by street", "bit by bit". It tells the pace of what the clause says and ends the object
    /// before it ("poisoning our children one swim at a time" poisons our children). Null when there is none.
    /// </summary>
    public static int? DistributiveStart(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (!tokens[k].IsWord) return null;
            if (k + 4 < tokens.Length && tokens[k].Norm == "one" && tokens[k + 2].Norm == "at" && tokens[k + 3].Norm == "a" && tokens[k + 4].Norm == "time") return k;
            if (k + 2 < tokens.Length && tokens[k + 1].Norm == "by" && tokens[k + 2].Norm == tokens[k].Norm) return k;
        }
        return null;
    }

    /// <summary>"you" or "you'll" before a negated future, or "nobody"/"no one" before a future: just past the future.</summary>
    private static int? GenericNegatedFutureEnd(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        var k = i + 1;
        switch (Norm(i))
        {
            case "you" when Norm(k) == "won't":
                k++;
                break;
            case "you" when Norm(k) is "will" or "shall" && Norm(k + 1) is "not" or "never":
                k += 2;
                break;
            case "you'll" or "you’ll" when Norm(k) is "not" or "never":
                k++;
                break;
            case "nobody" when Norm(k) is "will" or "shall":
                k++;
                break;
            case "no" when Norm(k) == "one" && Norm(k + 1) is "will" or "shall":
                k += 2;
                break;
            default:
                return null;
        }
        if (Norm(k) == "ever") k++;
        return k < sentence.EndToken ? k : null;
    }

    /// <summary>Whether the act ends without an object at <paramref name="k"/>: the clause ends, or a preposition or an adverb follows.</summary>
    private static bool ClosesWithoutObject(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k >= sentence.EndToken || !tokens[k].IsWord || FunctionWords.Prepositions.Contains(tokens[k]) || ClosingAdverbs.Contains(tokens[k])
        || tokens[k].Norm.EndsWith("ly", StringComparison.Ordinal);
}
