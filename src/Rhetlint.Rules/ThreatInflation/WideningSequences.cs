using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Successive targets that widen to the whole (RH1006 domino): three or more targets taken in turn with "then", the
/// last one the whole ("the whole high street", "every depot in the county", "the school itself") or, after an
/// unnamed "they" that takes them, the reader's own ("then the burgers on your plate"). The widening is the claim that
/// nothing stops once the first thing falls, so no frame or threat is needed; the first link must be a loss or a
/// taking, which a schedule, a process or a plan has not:
/// - "first they" (opening the sentence or after a colon) and a present verb of closure or loss
///   (<c>escalation_cues.txt</c> loss) or "come for": "first they close the library, then the swimming pool, then the
///   school itself";
/// - a subject with a present verb of closure or of going ("go", "leave", "follow") and "first" or "next": "the salt
///   shop goes next, then the bakery, then the whole high street"; after a verb of going, a first or last target that
///   is people (a person, an animal or a group) is a queue ("the juniors leave first, then the seniors, then the
///   whole squad", "the bride goes first, then the bridesmaids, then the whole family");
/// - "after X comes Y" twice: "after the newsroom comes the printing plant, and after the printing plant comes the
///   whole paper".
/// A recipe or an instruction opens on a verb ("first whisk the eggs"), a process on a bare target ("first the wings,
/// then the fuselage, then the whole plane"), a plan on "we" or "I", a timetable has a figure, and a story is told in
/// the past: none is read. Nor is a last target bounded by a purpose or a time, or a sequence a record or a reporter gives
/// (<see cref="BoundedSequences"/>).
/// </summary>
internal static class WideningSequences
{
    private static readonly FrozenWordSet LossVerbs = TaggedLexicon.Load(RuleLexicons.Store, "escalation_cues").Words("loss").ToFrozenWordSet();

    private static readonly FrozenWordSet SuccessionVerbs = TaggedLexicon.Load(RuleLexicons.Store, "escalation_cues").Words("succession").ToFrozenWordSet();

    /// <summary>Most words of one target: "the burgers on your plate", "every server in the country".</summary>
    private const int MaxItemWords = 7;

    /// <summary>Returns the range from the first target to the last, or null.</summary>
    public static (int, int)? Find(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var end = sentence.EndToken;
        if (!IsOpenSequence(tokens, sentence)) return null;
        for (var k = sentence.FirstToken; k < end; k++)
        {
            if (k > sentence.FirstToken && (tokens[k - 1].Text != ":" || BoundedSequences.IsReportedFrame(tokens, sentence, k - 1))) continue;
            if (FirstLink(tokens, k, end) is not var (start, itemEnd, agent, going)) continue;
            var items = 1;
            var last = start;
            while (FramedTargetLists.Step(tokens, itemEnd, end) is int next && Item(tokens, next, end) is int nextEnd)
                (last, itemEnd, items) = (next, nextEnd, items + 1);
            if (items >= 3 && Closes(tokens, itemEnd, end) && Widens(tokens, last, itemEnd, agent, going) && !BoundedSequences.EndsOnABound(tokens, last, itemEnd))
                return (start, itemEnd);
        }
        return AfterComes(tokens, sentence);
    }

    /// <summary>
    /// The sentence may hold a domino: no figure (a timetable), no "we", "I" or "let's" (a plan, an itinerary), and not
    /// told of the past (a past verb and no present or modal one).
    /// </summary>
    private static bool IsOpenSequence(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var past = false;
        var present = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Number || token.Text.Any(char.IsDigit)) return false;
            if (token.Norm is "we" or "i" or "we'll" or "i'll" or "we're" or "i'm" or "let's" or "us") return false;
            past |= UniversalCues.IsPast(token);
            present |= FunctionWords.Auxiliaries.Contains(token) && !UniversalCues.IsPast(token) || LossVerbs.Contains(token) || SuccessionVerbs.Contains(token)
                || token.Norm is "it's" or "they're" or "they'll" or "come";
        }
        return !past || present;
    }

    /// <summary>
    /// The first link at <paramref name="k"/>: the first target's start and end, whether an unnamed "they" takes the
    /// targets, and whether the link is only a going ("goes first"), not a loss.
    /// </summary>
    private static (int Start, int End, bool Agent, bool Going)? FirstLink(ImmutableArray<Token> tokens, int k, int end)
    {
        // A bare "first the wings, then the fuselage, then the whole plane" is a process: the first link must take or close.
        if (tokens[k].Norm is "first" or "next" && k + 2 < end)
        {
            if (tokens[k + 1].Norm != "they") return null;
            var verb = k + 2;
            var after = LossVerbs.Contains(tokens[verb]) ? verb + 1
                : tokens[verb].Norm == "come" && verb + 1 < end && tokens[verb + 1].Norm == "for" ? verb + 2 : -1;
            return after > 0 && Item(tokens, after, end) is int agentEnd ? (after, agentEnd, true, false) : null;
        }
        // "the salt shop goes next", "the data centre closes first": a subject of up to four words and its verb.
        if (!IsDeterminer(tokens[k])) return null;
        for (var v = k + 1; v < end && v - k <= 4 && tokens[v].IsWord; v++)
        {
            var loss = LossVerbs.Contains(tokens[v]);
            if (!loss && !SuccessionVerbs.Contains(tokens[v])) continue;
            // "the juniors leave first": people going in turn are a queue.
            if (!loss && HeadIsPeople(tokens, k, v)) return null;
            return v + 1 < end && tokens[v + 1].Norm is "first" or "next" ? (k, v + 2, false, !loss) : null;
        }
        return null;
    }

    /// <summary>
    /// A target at <paramref name="start"/>: a determiner phrase with no verb of its own, bare or after "it's". Returns its end.
    /// </summary>
    private static int? Item(ImmutableArray<Token> tokens, int start, int end)
    {
        var k = start;
        if (k < end && tokens[k].Norm == "it's") k++;
        else if (k + 1 < end && tokens[k].Norm == "it" && tokens[k + 1].Norm == "is") k += 2;
        if (k >= end || !IsDeterminer(tokens[k])) return null;
        var head = k;
        while (k < end && k - head < MaxItemWords && tokens[k].IsWord)
        {
            if (FunctionWords.Auxiliaries.Contains(tokens[k]) || FunctionWords.Copulas.Contains(tokens[k]) || tokens[k].Norm is "and" or "then") break;
            k++;
        }
        return k > head + 1 ? k : null;
    }

    /// <summary>The list ends its sentence, or hands on after ", and".</summary>
    private static bool Closes(ImmutableArray<Token> tokens, int k, int end) =>
        k >= end || tokens[k].Text is "." or "!" || tokens[k].Text == "," && k + 1 < end && tokens[k + 1].Norm == "and";

    /// <summary>
    /// The last target is the whole — "every", "all", "the whole", "the entire", "the rest of", or a thing stressed by
    /// "itself"/"themselves" — or, after an unnamed "they", the reader's own ("your"). After a verb of going a whole of
    /// people is a queue, not a loss.
    /// </summary>
    private static bool Widens(ImmutableArray<Token> tokens, int start, int end, bool agent, bool going)
    {
        var whole = false;
        for (var k = start; k < end; k++)
        {
            if (agent && tokens[k].Norm == "your") return true;
            whole |= tokens[k].Norm is "every" or "all" or "whole" or "entire" || tokens[k].Norm == "rest" && k + 1 < end && tokens[k + 1].Norm == "of"
                || tokens[k].Norm is "itself" or "themselves" && k == end - 1;
        }
        return whole && !(going && HeadIsPeople(tokens, start, end));
    }

    /// <summary>The target's head — the last word before a preposition or a reflexive — names people, animals or a group.</summary>
    private static bool HeadIsPeople(ImmutableArray<Token> tokens, int start, int end)
    {
        var head = start;
        for (var k = start; k < end && !FunctionWords.Prepositions.Contains(tokens[k]) && tokens[k].Norm is not ("itself" or "themselves"); k++) head = k;
        return NounTypes.Of(tokens[head]) is NounType.Person or NounType.Animal or NounType.Group;
    }

    /// <summary>
    /// "After the newsroom comes the printing plant, and after the printing plant comes the whole paper": two or more
    /// "after … comes" links, the last target the whole. Returns the range from the first "after" to the last target.
    /// </summary>
    private static (int, int)? AfterComes(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var end = sentence.EndToken;
        var links = 0;
        var first = -1;
        var (lastStart, lastEnd) = (-1, -1);
        for (var k = sentence.FirstToken; k < end; k++)
        {
            if (tokens[k].Norm != "after" || k > sentence.FirstToken && tokens[k - 1].Norm != "and" && tokens[k - 1].Text is not ("," or ";")) continue;
            var comes = k + 1;
            while (comes < end && comes - k <= 5 && tokens[comes].IsWord && tokens[comes].Norm is not ("comes" or "come")) comes++;
            if (comes >= end || tokens[comes].Norm is not ("comes" or "come") || comes == k + 1 || Item(tokens, comes + 1, end) is not int itemEnd) continue;
            (links, first, lastStart, lastEnd) = (links + 1, first < 0 ? k : first, comes + 1, itemEnd);
            k = itemEnd - 1;
        }
        return links >= 2 && Closes(tokens, lastEnd, end) && Widens(tokens, lastStart, lastEnd, agent: false, going: false)
               && !BoundedSequences.EndsOnABound(tokens, lastStart, lastEnd) ? (first, lastEnd) : null;
    }

    private static bool IsDeterminer(Token token) => token.Norm is "the" or "our" or "your" or "their" or "its" or "every" or "all" or "a" or "an";
}
