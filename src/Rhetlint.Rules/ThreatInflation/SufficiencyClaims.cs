using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Capability inflated by sufficiency (RH1011): one small act is said to be enough for a catastrophe, so the reader
/// sees the threat as able to do anything with no effort ("one leaked clip is all it takes to bring down a
/// government", "it would only take one careless technician to start the next pandemic"). Two frames, both in the
/// present or a modal future — "all it took" is history:
/// - "all it takes/would take to" + an outcome;
/// - "it (only/just) takes/would take" + "one"/"a single" + up to three words + "to" + an outcome.
/// The outcome is a catastrophe of <see cref="Catastrophes"/>: a verb catastrophic by itself, a destructive verb with a
/// large object ("wipe out the economy") or with a group, an institution or a place as its object ("topple a
/// government", "ruin the town"), or a verb of causing or starting before a catastrophe noun ("spark a war", "start the
/// next pandemic"). "All it takes to make a great loaf is flour", "all it would take to fix the roof", "all it takes to
/// ruin a souffle" name no catastrophe; "all it takes to win the league" neither.
/// </summary>
internal static class SufficiencyClaims
{
    /// <summary>The modals that make "take" a present or future sufficiency ("would take", "will take").</summary>
    private static readonly string[] TakeModals = ["would", "will", "could", "might"];

    /// <summary>
    /// Verbs of starting (WordNet 3.0 begin.v.03 "set in motion, cause to start": start, begin, initiate): before a
    /// catastrophe noun they cause it as the CAUSE verbs of <c>catastrophe_terms.txt</c> do ("start the next pandemic").
    /// </summary>
    private static readonly string[] StartVerbs = ["start", "begin", "initiate"];

    /// <summary>
    /// The noun types of an object that a destructive verb ruins as a whole: a group or institution, a place — a region or
    /// a town (WordNet's noun.location) or a valley, a coast or an island (noun.object).
    /// </summary>
    private static bool IsCollective(NounType? type) => type is NounType.Group or NounType.Location or NounType.Object;

    /// <summary>The sufficiency claim that opens at <paramref name="i"/> ("all" or "it"): its end and whether a modal hedges it.</summary>
    public static (int End, bool Modal)? At(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if ((EnoughAt(actors, tokens, sentence, i) ?? PassiveByOneAt(actors, tokens, sentence, i)) is { } claim) return claim;
        var end = sentence.EndToken;
        var all = tokens[i].Norm == "all";
        if (!all && tokens[i].Norm != "it") return null;
        var k = all ? i + 1 : i;
        if (k >= end || tokens[k].Norm is not ("it" or "that")) return null;
        k++;
        if (TakeEnd(tokens, k, end) is not (int afterTake, bool modal)) return null;
        k = afterTake;
        if (!all)
        {
            // "it only takes one …", "it would take just a single …": the one act is named between "take" and "to".
            while (k < end && tokens[k].Norm is "only" or "just" or "but") k++;
            if (k < end && tokens[k].Norm == "one") k++;
            else if (k + 1 < end && tokens[k].Norm == "a" && tokens[k + 1].Norm == "single") k += 2;
            else return null;
            var to = k;
            while (to < end && to - k < 3 && tokens[to].IsWord && tokens[to].Norm != "to") to++;
            if (to >= end || tokens[to].Norm != "to" || to == k) return null;
            k = to;
        }
        if (k >= end || tokens[k].Norm != "to") return null;
        return OutcomeEnd(actors, tokens, sentence, k + 1) is int outcome ? (outcome, modal) : null;
    }

    /// <summary>Most words that name the one act after "one" or "a single": "one bad trade", "a single failed harvest".</summary>
    private const int MaxTriggerWords = 3;

    /// <summary>
    /// "a single failed harvest would be enough to bankrupt every farm in the county", "one leaked file is enough to
    /// bring down the government": the one act at <paramref name="i"/> ("one", "a single", "just one", "only one"), up to
    /// three words naming it, then "is", "would be" or "will be" "enough" or "sufficient" "to" and a catastrophe. "Was
    /// enough" is history; "a single dose is enough to protect you" names no catastrophe.
    /// </summary>
    private static (int End, bool Modal)? EnoughAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (OneActEnd(tokens, i, end) is not int k || k >= end) return null;
        var modal = TakeModals.Contains(tokens[k].Norm);
        if (modal && k + 1 < end && tokens[k + 1].Norm == "be") k += 2;
        else if (tokens[k].Norm is "is" or "'s") k++;
        else return null;
        if (k + 1 >= end || tokens[k].Norm is not ("enough" or "sufficient") || tokens[k + 1].Norm != "to") return null;
        return OutcomeEnd(actors, tokens, sentence, k + 2) is int outcome ? (outcome, modal) : null;
    }

    /// <summary>
    /// "the entire pension fund can be wiped out by one bad trade", "the town could be ruined by a single storm": a
    /// modal at <paramref name="i"/>, "be" and the past participle of a destructive verb, then "by" and the one act. The
    /// subject must be large or collective as a destructive verb's object must ("the file can be destroyed by a single
    /// keystroke" is a tool's reach), and a collective owned by no community is a set of things ("the entire season's
    /// data"). Returns the end of the one act.
    /// </summary>
    private static (int End, bool Modal)? PassiveByOneAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (tokens[i].Norm is not ("can" or "could" or "will" or "would" or "might") || i + 2 >= end || tokens[i + 1].Norm != "be" || i == sentence.FirstToken) return null;
        if (Catastrophes.PastParticipleAt(tokens, i + 2, end, CatastropheClass.Verb, CatastropheClass.VerbObj) is not { } harm || harm.GapEnd > harm.GapStart) return null;
        if (harm.End + 1 >= end || tokens[harm.End].Norm != "by" || OneActEnd(tokens, harm.End + 1, end) is not int act) return null;
        var subject = Catastrophes.SubjectStart(tokens, sentence, i);
        if (subject == i || Catastrophes.HasBenignIn(tokens, subject, i)) return null;
        if (!Catastrophes.NamesLargeIn(actors, tokens, subject, i)
            && !(tokens[i - 1].IsWord && IsCollective(NounTypes.Of(tokens[i - 1])) && !HasOwnerOfNoCommunity(tokens, subject, i - 1))) return null;
        return (act, tokens[i].Norm is "could" or "would" or "might");
    }

    /// <summary>
    /// A possessive in [<paramref name="from"/>, <paramref name="head"/>) whose owner is no community — neither people nor a
    /// group nor a place: "the entire season's data" is a set of records, however whole; "the whole village's savings" is a
    /// community's.
    /// </summary>
    private static bool HasOwnerOfNoCommunity(ImmutableArray<Token> tokens, int from, int head)
    {
        for (var k = from; k < head; k++)
            if (tokens[k].Norm.EndsWith("'s", StringComparison.Ordinal) && NounTypes.OfWord(tokens[k].Norm[..^2]) is { } owner
                && owner is not NounType.Person && !IsCollective(owner))
                return true;
        return false;
    }

    /// <summary>"one", "a single", "just one" or "only one" at <paramref name="k"/> and up to three words naming the act, ending before a verb; the end, or null.</summary>
    private static int? OneActEnd(ImmutableArray<Token> tokens, int k, int end)
    {
        if (k < end && tokens[k].Norm is "just" or "only") k++;
        if (k < end && tokens[k].Norm == "one") k++;
        else if (k + 1 < end && tokens[k].Norm == "a" && tokens[k + 1].Norm == "single") k += 2;
        else return null;
        var start = k;
        while (k < end && k - start < MaxTriggerWords && tokens[k].IsWord && !FunctionWords.Prepositions.Contains(tokens[k])
               && !FunctionWords.Copulas.Contains(tokens[k]) && !TakeModals.Contains(tokens[k].Norm) && tokens[k].Norm is not ("is" or "'s" or "and" or "or"))
            k++;
        return k > start ? k : null;
    }

    /// <summary>After "it"/"that": "takes", or a modal (with "only"/"just") and "take"; the index after it, or null. "took" is history.</summary>
    private static (int After, bool Modal)? TakeEnd(ImmutableArray<Token> tokens, int k, int end)
    {
        if (k < end && tokens[k].Norm is "only" or "just") k++;
        if (k < end && tokens[k].Norm == "takes") return (k + 1, false);
        if (k >= end || !TakeModals.Contains(tokens[k].Norm)) return null;
        k++;
        if (k < end && tokens[k].Norm is "only" or "just") k++;
        return k < end && tokens[k].Norm == "take" ? (k + 1, true) : null;
    }

    /// <summary>
    /// The end of a catastrophic outcome in a verb's place at <paramref name="verb"/>, or null. A destructive verb needs an
    /// object that names something large ("the economy") or a group or a place ("a government", "the whole town"); a
    /// universal quantifier alone is a machine's reach ("one pull of the cord is all it takes to shut down the whole conveyor").
    /// </summary>
    private static int? OutcomeEnd(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var end = sentence.EndToken;
        if (verb >= end) return null;
        if (Catastrophes.LongestAt(tokens, verb, end, CatastropheClass.Verb, CatastropheClass.State) is { } catastrophic) return catastrophic.End;
        // "bring" causes ("bring ruin") and, with "down", destroys ("bring down the council"): a cause without its noun reads on.
        if (Catastrophes.LongestAt(tokens, verb, end, CatastropheClass.Cause) is { } cause && cause.GapEnd == cause.GapStart
            && CaughtNounEnd(tokens, cause.End, end) is int caused)
            return caused;
        if (StartVerbs.Contains(tokens[verb].Norm)) return CaughtNounEnd(tokens, verb + 1, end);
        if (Catastrophes.LongestAt(tokens, verb, end, CatastropheClass.VerbObj) is not { } destructive) return null;
        var gap = destructive.GapEnd > destructive.GapStart;
        var (from, to) = gap ? (destructive.GapStart, destructive.GapEnd) : (destructive.End, Catastrophes.ObjectEnd(tokens, sentence, destructive.End));
        if (to == from || Catastrophes.HasBenignIn(tokens, from, to) || Catastrophes.IsHeadedByHarm(tokens, from, to)) return null;
        if (Catastrophes.NamesLargeIn(actors, tokens, from, to)) return gap ? destructive.End : Catastrophes.LastWordOfLarge(tokens, from, to);
        var head = ObjectHead(tokens, from, to);
        return head is int h && IsCollective(NounTypes.Of(tokens[h])) ? (gap ? destructive.End : h + 1) : null;
    }

    /// <summary>A catastrophe noun phrase after a determiner ("a war", "the next pandemic", "another crash"), or null.</summary>
    private static int? CaughtNounEnd(ImmutableArray<Token> tokens, int k, int end)
    {
        if (k < end && tokens[k].Norm is "a" or "an" or "the" or "another") k++;
        if (k < end && tokens[k].Norm is "next" or "new") k++;
        return Catastrophes.NounPhraseAt(tokens, k, end);
    }

    /// <summary>
    /// The head of the object [<paramref name="from"/>, <paramref name="to"/>): its first noun after determiners and
    /// modifiers, or the noun it modifies ("a government overnight" → government, "the town council" → council).
    /// </summary>
    private static int? ObjectHead(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to && tokens[k].IsWord; k++)
        {
            if (FunctionWords.Prepositions.Contains(tokens[k])) return null;
            // Determiners, names and adjectives before a word modify the head ("the whole Harlen valley").
            if (NounTypes.Of(tokens[k]) is null || tokens[k].IsCapitalized || AdjectiveForms.IsAdjective(tokens[k].Norm) && k + 1 < to && tokens[k + 1].IsWord) continue;
            return k + 1 < to && IsCollective(NounTypes.Of(tokens[k + 1])) ? k + 1 : k;
        }
        return null;
    }
}
