using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// Superlatives that rank within a set the text has just given: the members of a set it counted, or the happenings of
/// an event it reports. They place one member within that set, a relative description as "the cheapest of the three
/// quotes" is, and claim no rank in the world.
/// </summary>
internal static class ContextSets
{
    /// <summary>Words that may open a clause before its subject: "But the sharpest exchange came …", "One of the loudest cheers came …".</summary>
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(["but", "and", "yet", "perhaps", "one", "two", "some", "of", ","]);

    /// <summary>What "came" locates inside an event: a moment, a topic, a source or a place in its order.</summary>
    private static readonly FrozenSet<string> LocatingWords = FrozenSet.ToFrozenSet(
        ["when", "as", "after", "before", "during", "over", "from", "in", "on", "at", "with", "early", "late", "last", "first", "near"]);

    /// <summary>Heads that name a happening (WordNet act, event, communication, phenomenon, feeling, process): an exchange, a cheer, a report.</summary>
    private static readonly FrozenSet<NounType> Happenings = FrozenSet.ToFrozenSet(
        [NounType.Act, NounType.Event, NounType.Communication, NounType.Phenomenon, NounType.Feeling, NounType.Process]);

    /// <summary>After a headless superlative these words compare with a wider set: "the most famous in the state", "the best ever".</summary>
    private static readonly FrozenSet<string> WiderScopes = FrozenSet.ToFrozenSet(["ever", "yet", "anywhere", "around", "alive", "possible"]);

    /// <summary>Words that may stand before a count which opens a set rather than counts a verb's object.</summary>
    private static readonly FrozenSet<string> SetOpeners = FrozenSet.ToFrozenSet(["but", "the", "all", "when", "while", "and", ",", ":", ";", "(", "—", "–"]);

    /// <summary>Subjects that do not name a member: a pronoun may stand for the counter of the set ("she won 12 titles; she is the greatest").</summary>
    private static readonly FrozenSet<string> NoMember = FrozenSet.ToFrozenSet(["and", "or", "but", "who", "which", "that", "this", "it", "there", "you", "i", "we", "he", "she", "they", "also", "still", "now", "then"]);

    /// <summary>
    /// "Three villages vote at midnight: Hart, Millford and the most famous, Dixon Notch", "Brenn lost in all but three of
    /// the contests, and the Varn primary proved the most damaging": a superlative without a head noun takes its head from
    /// a set the text counted just before, in its sentence or the one before in its paragraph, when the phrase is the last
    /// member of a list or the predicate of a copula whose subject names a member (a noun or a name). The count must open
    /// the set, after a preposition or a conjunction or at the start of a clause; a count that is a verb's object ("she
    /// has won 12 titles and is the greatest") is what the subject did, not the set it ranks in, and a pronoun or an
    /// elided subject may be the counter itself. A scope after the phrase ("the most famous in the state", "of all",
    /// "ever") compares with a wider set and keeps the rank.
    /// </summary>
    public static bool IsEllipsisOfCountedSet(DocumentModel document, Sentence sentence, int start, int end)
    {
        var tokens = document.Tokens;
        if (tokens[start].Norm != "the" || start - 2 < sentence.FirstToken) return false;
        if (end < sentence.EndToken && (FunctionWords.Prepositions.Contains(tokens[end]) || WiderScopes.Contains(tokens[end].Norm))) return false;
        if (!IsLastListMember(tokens, sentence, start) && !IsPredicateOfMember(tokens, start)) return false;
        var sentences = document.Syntax.Sentences;
        var from = sentence.Index > 0 && sentences[sentence.Index - 1].ParagraphIndex == sentence.ParagraphIndex ? sentences[sentence.Index - 1].FirstToken : sentence.FirstToken;
        for (var k = from; k < start; k++)
            if ((k == from || k == sentence.FirstToken || OpensSet(tokens, k)) && IsCountedSet(tokens, k, start) && !IsCountOfAnotherKind(tokens, k, start))
                return true;
        return false;
    }

    /// <summary>
    /// "In two weeks, the plan proved the most popular", "For two decades, the Varn mill was the busiest": a count of time
    /// units is a span, not a set of rivals. "With two elections looming, the levy is the most important": a count in a
    /// "with" absolute, whose noun a participle follows, sets a circumstance, not the set the subject belongs to.
    /// </summary>
    private static bool IsCountOfAnotherKind(ImmutableArray<Token> tokens, int k, int end)
    {
        for (var n = k + 1; n < end && n - k <= 3 && tokens[n].IsWord; n++)
        {
            if (TimeScale.RankOf(tokens[n]) is not null) return true;
            if (k > 0 && tokens[k - 1].Norm == "with" && n > k + 1 && IsParticiple(tokens[n].Norm)) return true;
        }
        return false;
    }

    private static bool IsParticiple(string norm) => norm.Length > 4 && (norm.EndsWith("ing", StringComparison.Ordinal) || norm.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>"Hart, Millford and the most famous": the phrase closes a list with commas in it.</summary>
    private static bool IsLastListMember(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        if (tokens[start - 1].Norm is not ("and" or "or")) return false;
        for (var k = start - 2; k >= sentence.FirstToken && k >= start - 8; k--)
            if (tokens[k].Norm == ",") return true;
        return false;
    }

    /// <summary>"the Varn primary proved the most damaging": a copula whose subject ends in a noun or a name.</summary>
    private static bool IsPredicateOfMember(ImmutableArray<Token> tokens, int start)
    {
        var copula = tokens[start - 1];
        var subject = tokens[start - 2];
        return copula.IsWord && FunctionWords.Copulas.Contains(copula) && !copula.Norm.Contains('\'')
            && subject.IsWord && !NoMember.Contains(subject.Norm) && !subject.Norm.EndsWith("ly", StringComparison.Ordinal)
            && !FunctionWords.Auxiliaries.Contains(subject) && !FunctionWords.Copulas.Contains(subject);
    }

    /// <summary>Whether the count at <paramref name="k"/> follows a preposition, a conjunction or a determiner.</summary>
    private static bool OpensSet(ImmutableArray<Token> tokens, int k) =>
        SetOpeners.Contains(tokens[k - 1].Norm) || FunctionWords.Prepositions.Contains(tokens[k - 1]);

    /// <summary>"three tiny villages", also partitive: "three of the spring contests".</summary>
    private static bool IsCountedSet(ImmutableArray<Token> tokens, int k, int end) =>
        SuperlativeReadings.IsCountOfPlural(tokens, k, end)
        || k + 3 < end && tokens[k + 1].Norm == "of" && tokens[k + 2].Norm == "the" && SuperlativeReadings.IsCountOfPlural(tokens, k, end, k + 2);

    /// <summary>
    /// "The sharpest exchange came over the levy", "One of the loudest cheers came when Brandt named the winner", "The
    /// strangest report came from the north": a happening ranked as the subject of "came" and a word that locates it
    /// (when, over, from, last …) is the high point of the event the text is reporting, ranked among that event's own
    /// exchanges, cheers or reports; it claims no rank in the world. The phrase must open its clause and its head must
    /// name a happening: "The greatest writer came from Dublin" (a person, an origin) and "the closest race came down to
    /// 40 votes" still rank. The phrase reader may have run on into the verb, so "came" is looked for right after any
    /// word of the head.
    /// </summary>
    public static bool IsHighlightOfEvent(ImmutableArray<Token> tokens, Sentence sentence, int start, int adjectiveEnd, int end)
    {
        for (var k = sentence.FirstToken; k < start; k++)
            if (!ClauseOpeners.Contains(tokens[k].Norm)) return false;
        for (var verb = adjectiveEnd + 1; verb <= end && verb + 1 < sentence.EndToken; verb++)
        {
            if (tokens[verb].Norm is not ("came" or "comes" or "come")) continue;
            return LocatingWords.Contains(tokens[verb + 1].Norm) && NounTypes.Of(tokens[verb - 1]) is NounType type && Happenings.Contains(type);
        }
        return false;
    }
}
