using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The end of a stake forecast as certain in words that no schedule uses (issue 16), read as a dire forecast's end is
/// (<see cref="DireForecasts"/>), with a stake and the marks that sharpen it:
/// <list type="bullet">
/// <item>a death told as a simile, "as dead as", "as extinct as" (dire_forecasts.txt's dead and gone states between
///   two "as"): "by 2031 the high street will be as dead as the dodo". A figure is no timetable, so, like a state of
///   ruin, it needs no deadline and a year leaves it standing; "extinct" is said only of a kind, so a kind of people
///   is a stake for it ("the session musician will be as extinct as the dodo");</item>
/// <item>"a thing of the past", an end weighed like a loss: it needs a deadline of a season or longer, a totality or
///   a duration besides the stake ("within a decade the village bus will be a thing of the past" is not enough: a bus
///   is no stake; "within a decade local radio will be a thing of the past" is);</item>
/// <item>any end state of dire_forecasts.txt (dead, gone, over, finished …) or of <see cref="EndStateReader"/>
///   (boarded up, derelict, gone under …) said of a stake the writer's community
///   names by its memory of it — a relative clause of "we" or "I" with a verb of knowing, loving, remembering or
///   growing up, or "as we know it": "the Tarnside we grew up with will be finished within a decade", "village
///   cricket as we know it will be finished within a decade". The memory makes even a club or a town the readers'
///   own; it still needs a second mark.</item>
/// </list>
/// The stake is a collective, a practice a society holds, a place or a group (<see cref="DireForecasts"/>'s tests);
/// a thing ("paper tickets will be a thing of the past"), a possession ("cash"), a harm ("measles will be a thing of
/// the past" is hope), a count and a notice's date keep it silent, and so do a hedge, a disaster in the sentence and,
/// except for the simile, a year.
/// </summary>
internal static class EndedStakes
{
    /// <summary>One-word states of death or loss ("dead", "extinct", "gone"), the simile's middle.</summary>
    private static readonly FrozenSet<string> DeathStates = OneWordStates("dead", "gone");

    /// <summary>One-word states of death, loss or ending ("dead", "gone", "over", "finished"), said of a remembered stake.</summary>
    private static readonly FrozenSet<string> EndStates = OneWordStates("dead", "gone", "end");

    /// <summary>The verbs of a community's memory of a place or a practice, in the forms a relative clause takes them.</summary>
    private static readonly FrozenSet<string> MemoryVerbs = FrozenSet.ToFrozenSet(
        ["know", "knew", "known", "grew", "grown", "love", "loved", "remember", "remembered", "cherish", "cherished"], StringComparer.Ordinal);

    private enum State { Simile, Past, Plain }

    /// <summary>The end of a stake forecast by the modal at <paramref name="i"/>, or null.</summary>
    public static WorstCasePredictions.Prediction? At(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (i == sentence.FirstToken || WorstCasePredictions.ModalEnd(tokens, sentence, i) is not int k || Norm(k) is not ("be" or "become") || document.IsHedged(i)) return null;
        var (state, end) = Norm(k + 1) == "as" && DeathStates.Contains(Norm(k + 2)) && Norm(k + 3) == "as" ? (State.Simile, Catastrophes.ObjectEnd(tokens, sentence, k + 4))
            : Norm(k + 1) == "a" && Norm(k + 2) == "thing" && Norm(k + 3) == "of" && Norm(k + 4) == "the" && Norm(k + 5) == "past" ? (State.Past, k + 6)
            : EndStates.Contains(Norm(k + 1)) ? (State.Plain, k + 2)
            : EndStateReader.StateAt(tokens, sentence, k + 1) is { Lasting: true } ending ? (State.Plain, ending.End)
            : (State.Plain, -1);
        if (end < 0) return null;
        var duration = DireForecasts.DurationEnd(tokens, sentence, end);
        end = Math.Max(end, duration ?? end);
        var deadline = DireForecasts.DeadlineIn(tokens, sentence, i, end);
        var subjectStart = Math.Max(Catastrophes.SubjectStart(tokens, sentence, i), deadline is { } d && d.End <= i ? d.End : 0);
        if (subjectStart == i || DireForecasts.HasCount(tokens, subjectStart, i) || Catastrophes.IsHeadedByHarm(tokens, subjectStart, i)) return null;
        var remembered = MemoryAt(tokens, subjectStart, i);
        if (state == State.Plain && remembered is null) return null;
        var stakeEnd = remembered ?? i;
        // "As extinct as the dodo" is said only of a kind, so it takes a kind of people too ("the middle-class musician").
        var kind = state == State.Simile && Norm(k + 2) == "extinct" && NounTypes.Of(tokens[i - 1]) is NounType.Person;
        if (remembered is null && !kind && !IsStake(document, tokens, sentence, subjectStart, stakeEnd)) return null;
        var dated = deadline is { } near && !DireForecasts.IsNoticeDate(tokens, near);
        var total = duration is not null || DireForecasts.HasTotal(tokens, subjectStart, stakeEnd);
        // The simile is a death and its figure at once; the other ends are weighed like a loss and need a mark besides the stake.
        if (state != State.Simile && !dated && !total) return null;
        if (ImageryContext.SentenceHas(tokens, sentence, DireForecasts.LiteralEvents) || state != State.Simile && DireForecasts.HasYear(tokens, sentence)) return null;
        var start = deadline is { } span ? Math.Min(i, span.Start) : i;
        return new WorstCasePredictions.Prediction(start, k, deadline is { } after ? Math.Max(end, after.End) : end, Hedged: false);
    }

    /// <summary>
    /// A stake an end can fall on: a collective, a practice a society holds, or a place or a group by WordNet ("the
    /// estuary towns", "local radio", "the parish council"); not a thing, a possession or one firm.
    /// </summary>
    private static bool IsStake(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int from, int to) =>
        DireForecasts.HasSubjectVictim(document, tokens, from, to) || DireForecasts.IsPractice(document, tokens, sentence, from, to)
        || NounTypes.OfHead(tokens, sentence, DireForecasts.SubjectHead(tokens, from, to)) is NounType.Location or NounType.Group;

    /// <summary>
    /// Where a memory clause starts in the subject [<paramref name="from"/>, <paramref name="to"/>): "we grew up with"
    /// in "the Tarnside we grew up with", "as we know it", "that I remember". Null when the subject has none, or when
    /// nothing names the stake before it.
    /// </summary>
    private static int? MemoryAt(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from + 1; k + 1 < to; k++)
        {
            if (tokens[k].Norm is not ("we" or "i") || !MemoryVerbs.Contains(tokens[k + 1].Norm)) continue;
            var clause = tokens[k - 1].Norm is "as" or "that" ? k - 1 : k;
            return clause > from ? clause : null;
        }
        return null;
    }

    private static FrozenSet<string> OneWordStates(params string[] tags) =>
        tags.SelectMany(DireForecasts.Lexicon.Entries).Where(words => words.Length == 1).Select(words => words[0]).ToFrozenSet(StringComparer.Ordinal);
}
