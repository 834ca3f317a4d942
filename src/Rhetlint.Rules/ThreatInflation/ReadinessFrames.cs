using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Intent imputed through an actor's readiness to harm, not through a verb of wanting (issue 16). Two structures carry
/// the move whatever the topic: a waiting frame ("is only waiting for a cold snap to …", "poised to …") and a readiness
/// adjunct on a modal clause ("… will … the minute they can", "at the first opportunity", "given half a chance"). Either
/// holds only when what the actor is ready for is a harm to people — a harm verb whose object is the reader, the
/// writer's side or a plural of people, or a verb of putting people out or preying on them with people as object — or,
/// after a chance or a moment awaited, an attack with no object ("waiting for the right moment to strike"). A harm to a
/// thing ("waiting for the order to knock down the old silo") or an act that harms nobody ("waiting for the signal to
/// go in") is a plain report — except after an unwatched moment (<see cref="FurtiveMoments"/>: "the minute our backs
/// are turned"), where a harm to a group or a public stake carries the bad faith too. The holder is the rule's to find.
/// </summary>
public static class ReadinessFrames
{
    /// <summary>The length of a harm verb at a token and how many of its words precede its object: a purpose verb (1, 1 for "crush") or a phrasal one around its object ("drive … out").</summary>
    public delegate (int VerbWords, int Length)? HarmVerbAt(ImmutableArray<Token> tokens, int verb, int end);

    /// <summary>Adverbs of restriction that make waiting a readiness ("is only waiting for", "are just waiting for").</summary>
    private static readonly FrozenWordSet WaitingAdverbs = new[] { "only", "just", "simply", "merely", "patiently", "quietly" }.ToFrozenWordSet();

    /// <summary>Nouns of an occasion awaited: a chance or a moment (WordNet's opportunity.n.01 and moment.n.01 families), or the order given.</summary>
    private static readonly FrozenWordSet OccasionNouns = new[]
    {
        "moment", "chance", "opportunity", "opening", "time", "day", "hour", "minute", "signal", "order", "word", "go-ahead", "excuse",
    }.ToFrozenWordSet();

    /// <summary>Words after "the" that open a readiness adjunct: "the minute they can", "the moment it gets the chance".</summary>
    internal static readonly FrozenWordSet InstantNouns = new[] { "minute", "moment", "second", "instant" }.ToFrozenWordSet();

    /// <summary>Modals of a disposition: what the actor will or would do.</summary>
    private static readonly FrozenWordSet DispositionModals = new[] { "will", "would", "'ll", "'d", "’ll", "’d" }.ToFrozenWordSet();

    /// <summary>Adverbs that may stand between a modal and its verb ("would happily", "will still").</summary>
    private static readonly FrozenWordSet Interveners = RuleLexicons.Store.Set("hostile_intent_interveners");

    /// <summary>How many words an awaited occasion may run to between "for" and "to" ("for the right moment to", "for a cold snap to").</summary>
    private const int AwaitedWords = 4;

    /// <summary>Verbs of attacking (WordNet's attack.v.01, strike.v in the military sense), read with no object.</summary>
    private static readonly Lazy<PhraseList> AttackVerbs = new(() => PhraseList.From(
        LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "attack", Inflections.PartOfSpeech.Verb)));

    /// <summary>Verbs that put people out of their place (WordNet's dismiss, evict, expel, replace: tools/gen_intent_frames.py).</summary>
    private static readonly Lazy<PhraseList> PeopleRemovalVerbs = new(() => PhraseList.From(
        LemmaPhrases.LoadKind(RuleLexicons.Store, "intent_frames_wordnet", "remove", Inflections.PartOfSpeech.Verb)));

    /// <summary>Verbs of razing a building or land (WordNet's raze, demolish: tools/gen_intent_frames.py), read after an unwatched moment.</summary>
    private static readonly Lazy<PhraseList> RazeVerbs = new(() => PhraseList.From(
        LemmaPhrases.LoadKind(RuleLexicons.Store, "intent_frames_wordnet", "raze", Inflections.PartOfSpeech.Verb)));

    /// <summary>Verbs of predation (WordNet's exploit, prey on, victimize: tools/gen_motive_frames.py).</summary>
    private static readonly Lazy<PhraseList> PredationVerbs = new(() => PhraseList.From(
        LemmaPhrases.LoadKind(RuleLexicons.Store, "motive_frames_wordnet", "prey", Inflections.PartOfSpeech.Verb)));

    /// <summary>
    /// A readiness to harm people at <paramref name="i"/>: a waiting frame or a readiness adjunct. Returns the token
    /// before which the holder stands (the predicate), the claim's start when it opens before the holder (a fronted
    /// adjunct), and the claim's end; or null.
    /// </summary>
    public static (int Predicate, int Start, int End)? Find(ImmutableArray<Token> tokens, Sentence sentence, int i, HarmVerbAt harmVerb) =>
        WaitingFrame(tokens, sentence, i, harmVerb) ?? ReadinessAdjunct(tokens, sentence, i, harmVerb);

    /// <summary>
    /// "the funds are only waiting for a bad harvest to bankrupt our growers", "the gangs are waiting for the right
    /// moment to strike", "the developers are poised to bulldoze our playing fields": "waiting for" an occasion and
    /// "to", or "poised to", before a harm to people; an attack with no object only after a chance or a moment awaited.
    /// A participle after a comma takes the clause's subject ("the syndicate is sitting in the harbour, waiting for …").
    /// </summary>
    private static (int Predicate, int Start, int End)? WaitingFrame(ImmutableArray<Token> tokens, Sentence sentence, int i, HarmVerbAt harmVerb)
    {
        var end = sentence.EndToken;
        int complement;
        var occasion = false;
        if (tokens[i].Norm == "poised" && i + 2 < end && tokens[i + 1].Norm == "to") complement = i + 2;
        else if (tokens[i].Norm == "waiting" && i + 3 < end && tokens[i + 1].Norm == "for")
        {
            var to = i + 2;
            while (to < end && to - (i + 2) <= AwaitedWords && tokens[to].IsWord && tokens[to].Norm != "to")
            {
                occasion |= OccasionNouns.Contains(tokens[to]);
                to++;
            }
            if (to == i + 2 || to + 1 >= end || tokens[to].Norm != "to") return null;
            complement = to + 1;
        }
        else return null;
        var harmEnd = HarmToPeopleEnd(tokens, complement, end, harmVerb)
            ?? (occasion && AttackVerbs.Value.LongestAt(tokens, complement, end) is > 0 and var attack && IsObjectless(tokens, complement + attack, end) ? complement + attack : null);
        if (harmEnd is not int claimEnd) return null;
        var predicate = i;
        while (predicate - 1 >= sentence.FirstToken && WaitingAdverbs.Contains(tokens[predicate - 1])) predicate--;
        // "…, waiting for the right moment to strike": the participle's subject is the clause's, before its first auxiliary.
        if (predicate - 1 > sentence.FirstToken && tokens[predicate - 1].Text == ",")
        {
            var auxiliary = sentence.FirstToken;
            while (auxiliary < predicate && !FunctionWords.Auxiliaries.Contains(tokens[auxiliary])) auxiliary++;
            if (auxiliary >= predicate) return null;
            predicate = auxiliary + 1;
        }
        return (predicate, predicate, claimEnd);
    }

    /// <summary>
    /// "the chains will crush our corner shops the minute they can", "given half a chance, the Harlow Party would bankrupt
    /// our allotment societies": a readiness adjunct at <paramref name="i"/> and, in its sentence, a modal ("will",
    /// "would") before a harm to people. The claim runs from the adjunct, when it comes first, to the last of the harm
    /// and the adjunct.
    /// </summary>
    private static (int Predicate, int Start, int End)? ReadinessAdjunct(ImmutableArray<Token> tokens, Sentence sentence, int i, HarmVerbAt harmVerb)
    {
        var end = sentence.EndToken;
        var unwatched = FurtiveMoments.UnwatchedEnd(tokens, i, end);
        var sealedEnd = FurtiveMoments.SealedEnd(tokens, i, end);
        if ((ReadinessAdjunctEnd(tokens, i, end) ?? sealedEnd ?? unwatched) is not int adjunctEnd) return null;
        for (var modal = sentence.FirstToken; modal + 1 < end; modal++)
        {
            if (!DispositionModals.Contains(tokens[modal]) || modal >= i && modal < adjunctEnd) continue;
            var verb = modal + 1;
            if (verb < end && Interveners.Contains(tokens[verb].Norm)) verb++;
            // "the moment the ink is dry" says only how soon: a deal's sequel is harm when it falls on a group ("sack
            // every worker"), not on one post ("sack the manager"). "The minute our backs are turned" is bad faith
            // over a group or a public stake too ("bulldoze the meadow"), not over a fridge or a cake.
            var harmEnd = sealedEnd is not null ? HarmToPeopleEnd(tokens, verb, end, harmVerb, groupOnly: true)
                : HarmToPeopleEnd(tokens, verb, end, harmVerb) ?? (unwatched is not null ? HarmToStakeEnd(tokens, sentence, verb, verb > i ? end : i, harmVerb) ?? RazedEnd(tokens, verb, verb > i ? end : i) : null);
            if (harmEnd is not int claimEnd) continue;
            return (verb, Math.Min(verb, i), Math.Max(claimEnd, adjunctEnd));
        }
        return null;
    }

    /// <summary>
    /// The end of a harm to a group or a public stake at <paramref name="verb"/> before <paramref name="limit"/> (the
    /// adjunct after it, or the sentence's end after a fronted one): the rule's harm verb, then its object, whose head
    /// (after a determiner and up to <see cref="StakeWords"/> words) is a group, a place or a structure by its WordNet
    /// type ("close the maternity ward", "sell off the pier"); not food or a household thing ("raid the fridge").
    /// </summary>
    private static int? HarmToStakeEnd(ImmutableArray<Token> tokens, Sentence sentence, int verb, int limit, HarmVerbAt harmVerb)
    {
        if (verb >= limit || harmVerb(tokens, verb, limit) is not var (verbWords, length)) return null;
        var objectStart = verb + verbWords;
        var first = objectStart < limit && (FunctionWords.Definite.Contains(tokens[objectStart]) || FunctionWords.Possessive.Contains(tokens[objectStart])
            || tokens[objectStart].Norm is "every" or "all" or "each") ? objectStart + 1 : objectStart;
        // A phrasal verb's object sits before its particle ("sell the pier off"); a plain one's runs to the limit.
        var objectEnd = length > verbWords ? verb + length - 1 : limit;
        var head = first;
        while (head + 1 < objectEnd && head + 1 - first < StakeWords && tokens[head + 1].IsWord && !FunctionWords.Prepositions.Contains(tokens[head + 1])
            && !FunctionWords.Definite.Contains(tokens[head + 1]))
            head++;
        if (head >= limit || !tokens[head].IsWord || NounTypes.OfHead(tokens, sentence, head) is not (NounType.Group or NounType.Location or NounType.Structure)) return null;
        return length > verbWords ? verb + length : head + 1;
    }

    /// <summary>
    /// The end of a verb of razing and the first word of its object before <paramref name="limit"/>: "bulldoze it",
    /// "tear down the old mill". What is razed is a building or land, someone's stake even named by a pronoun.
    /// </summary>
    private static int? RazedEnd(ImmutableArray<Token> tokens, int verb, int limit) =>
        verb < limit && RazeVerbs.Value.LongestAt(tokens, verb, limit) is > 0 and var length && verb + length < limit && tokens[verb + length].IsWord
            ? verb + length + 1 : null;

    /// <summary>How many words the object of an unwatched harm may run to after its determiner ("the old maternity ward").</summary>
    private const int StakeWords = 3;

    /// <summary>
    /// The end of a readiness adjunct at <paramref name="i"/>: "the minute/moment/second they can" (also "could", "get
    /// the chance"), "at the first/earliest opportunity/chance", "the first chance they get", "given half a chance",
    /// "given the chance"; or null.
    /// </summary>
    private static int? ReadinessAdjunctEnd(ImmutableArray<Token> tokens, int i, int end)
    {
        string Norm(int k) => k < end ? tokens[k].Norm : "";
        if (Norm(i) == "the" && InstantNouns.Contains(Norm(i + 1)) && Norm(i + 2) is "it" or "they" or "he" or "she")
        {
            if (Norm(i + 3) is "can" or "could") return i + 4;
            if (Norm(i + 3) is "get" or "gets" or "got" && Norm(i + 4) == "the" && Norm(i + 5) is "chance" or "opportunity") return i + 6;
            return null;
        }
        if (Norm(i) == "at" && Norm(i + 1) == "the" && Norm(i + 2) is "first" or "earliest" && Norm(i + 3) is "opportunity" or "chance") return i + 4;
        if (Norm(i) == "the" && Norm(i + 1) == "first" && Norm(i + 2) is "chance" or "opportunity" && Norm(i + 3) is "it" or "they" or "he" or "she"
            && Norm(i + 4) is "get" or "gets" or "got") return i + 5;
        if (Norm(i) == "given" && Norm(i + 1) == "half" && Norm(i + 2) == "a" && Norm(i + 3) == "chance") return i + 4;
        if (Norm(i) == "given" && Norm(i + 1) == "the" && Norm(i + 2) is "chance" or "opportunity") return i + 3;
        return null;
    }

    /// <summary>
    /// The end of a harm to people at <paramref name="verb"/>: the rule's harm verb whose object is the reader, the
    /// writer's side or a plural of people (<see cref="AudienceIntentFrames.AudienceEnd"/>) or every one of a kind of
    /// person; or a verb of putting people out or of preying on them whose object names people. Null otherwise.
    /// </summary>
    private static int? HarmToPeopleEnd(ImmutableArray<Token> tokens, int verb, int end, HarmVerbAt harmVerb, bool groupOnly = false)
    {
        if (verb >= end) return null;
        if (harmVerb(tokens, verb, end) is var (verbWords, length))
        {
            var objectStart = verb + verbWords;
            if ((AudienceIntentFrames.AudienceEnd(tokens, objectStart, end) ?? EveryPersonEnd(tokens, objectStart, end)) is not int objectEnd) return null;
            // A phrasal verb's object sits inside it ("drive our tenants out"); a plain one's follows it.
            return length > verbWords ? verb + length : objectEnd;
        }
        // Putting people out and preying on them harm only people, not "our bins" or "our old logo".
        var person = Math.Max(PeopleRemovalVerbs.Value.LongestAt(tokens, verb, end), PredationVerbs.Value.LongestAt(tokens, verb, end));
        return person > 0 ? PeopleObjectEnd(tokens, verb + person, end, groupOnly) : null;
    }

    /// <summary>
    /// The end of an object that names people at <paramref name="start"/>: "us", "you", every one of a kind of person, or
    /// up to three words ("our", "your", "the" or none, then modifiers) whose head is a person by its WordNet type or a
    /// plural role noun ("our tenants", "the night-shift nurses"); or null.
    /// </summary>
    private static int? PeopleObjectEnd(ImmutableArray<Token> tokens, int start, int end, bool groupOnly)
    {
        if (start >= end) return null;
        if (tokens[start].Norm is "us" or "you") return start + 1;
        if (EveryPersonEnd(tokens, start, end) is int every) return every;
        var first = tokens[start].Norm is "our" or "your" or "the" ? start + 1 : start;
        for (var head = first; head < end && head - first <= 2 && tokens[head].IsWord && !FunctionWords.Prepositions.Contains(tokens[head]); head++)
            if (!tokens[head].IsCapitalized && (Vocabulary.IsPluralRoleNoun(tokens[head]) || NounTypes.Of(tokens[head]) is NounType.Person && !(groupOnly && !NounTypes.IsPlural(tokens[head]))))
                return head + 1;
        return null;
    }

    /// <summary>"every family", "each night nurse": a universal before a person or group noun, the whole class.</summary>
    private static int? EveryPersonEnd(ImmutableArray<Token> tokens, int start, int end)
    {
        if (start >= end || tokens[start].Norm is not ("every" or "each")) return null;
        for (var head = start + 1; head < end && head - start <= 3 && tokens[head].IsWord && !tokens[head].IsCapitalized; head++)
            if (NounTypes.Of(tokens[head]) is NounType.Person or NounType.Group) return head + 1;
        return null;
    }

    /// <summary>Whether the attack verb ends its clause: no object follows ("to strike.", "to strike again", "to strike when …").</summary>
    private static bool IsObjectless(ImmutableArray<Token> tokens, int k, int end) =>
        k >= end || !tokens[k].IsWord || tokens[k].Norm is "again" or "when" or "before" or "while" or "and" or "first";
}
