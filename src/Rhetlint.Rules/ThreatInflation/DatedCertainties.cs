using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A dated certainty (issue 16): the writer states as certain, with a deadline, that a whole set will change, and leaves
/// the end state open — no verb or end-state list, since the blind sets' misses were gates on such lists ("will bury
/// every local newspaper", "would tear up every right", "every nurse will be an unpaid immigration officer"). The
/// frame carries the move by itself; what separates it from a plan, a schedule or a budget, which news writes in the
/// same shape ("the council will resurface every road within two years", "by 2030 every bus in the fleet will be
/// electric"), is who brings the change about:
/// <list type="bullet">
/// <item>the set as the verb's object, taken by an unnamed force — "they" or a definite plural collective ("within a
///   single term they would sell off every park in the borough", "within a year the gangs will run every estate in
///   Lowther"). A body carrying out its own plan is named in the singular ("the council", "the trust", "Carrow
///   Water"), by the writer ("we") or by its workers ("engineers will inspect every bridge"), puts something at each
///   member ("stop at every station") or names its means ("with LED lamps");</item>
/// <item>the set as subject made to answer to an unnamed force ("by 2030 every newsroom will answer to the cartels").
///   A set remade into a place of new use or handed to an indefinite holder is as often a plan ("every branch will
///   be a community hub", "run by a volunteer committee"), and review49a found no class that tells them apart;</item>
/// <item>a negated universal subject left without the set's members or daring ("by the end of this decade no family in
///   the valley will have a dentist left", "nobody in Fenwick will dare to walk home after dark"), where a pledge
///   denies a harm ("no child will go hungry") or an obligation ("nobody will have to work on Saturdays").</item>
/// </list>
/// Certainty is "will", "shall", "'ll", "is going to", and "would" outside a condition (an "if … would" is a scenario)
/// with a deadline in a term of office (elsewhere it narrates the past). The deadline must be a long one
/// (<see cref="DatedHorizons"/>), from a closed set of time phrases: "by"/"within"/"before" a time, a year included, "before the decade is
/// out", "the moment …", "by the time …", "in our children's lifetime" ("soon" is no deadline: in news it is mostly
/// a timetable). A figure other than the deadline's, a plan the change falls under or a purpose after it ("to offer
/// advice", "so that …") makes it a plan or a measured forecast; a hedge lowers nothing here, it silences. RH1003
/// applies voice, negation, conditions and evidence.
/// </summary>
internal static class DatedCertainties
{
    /// <summary>Quantifiers that make a set whole: the universal determiners and "the whole"/"entire".</summary>
    private static readonly FrozenSet<string> Universals = FrozenSet.ToFrozenSet(["every", "all", "whole", "entire"], StringComparer.Ordinal);

    /// <summary>Negated universal subjects: "nobody", "no one", "no" + noun, "none".</summary>
    private static readonly FrozenSet<string> NegatedUniversals = FrozenSet.ToFrozenSet(["nobody", "no", "none"], StringComparer.Ordinal);

    /// <summary>Lifetimes and eras a deadline may be counted in: "in our children's lifetime", "before the decade is out".</summary>
    private static readonly FrozenSet<string> Eras = FrozenSet.ToFrozenSet(["decade", "century", "year", "parliament", "term", "lifetime", "generation"], StringComparer.Ordinal);

    /// <summary>Spans "within a single …" counts in besides DireForecasts' units: a parliament, a lifetime.</summary>
    private static readonly FrozenSet<string> SingleSpans = FrozenSet.ToFrozenSet(["parliament", "lifetime", "term", "generation", "season", "winter", "summer", "year", "decade"], StringComparer.Ordinal);

    /// <summary>Answering to another (open_stake_frames.txt, subordinate: "answer to", "belong to", "owned by", "run by").</summary>
    private static readonly Lazy<PhraseList> Subordination = new(() => TaggedLexicon.Load(RuleLexicons.Store, "open_stake_frames").Phrases("subordinate"));

    /// <summary>How far back from its modal a subject may run: "every amateur rowing club on the river will …".</summary>
    private const int SubjectWords = 10;

    /// <summary>RH1003's reading at <paramref name="i"/> (the modal, or the "no"/"nobody" of a negated subject), or null.</summary>
    public static WorstCasePredictions.Prediction? At(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!tokens[i].IsWord) return null;
        // "you won't be able to walk home" is "nobody will dare to walk home".
        if (tokens[i].Norm is "you" or "you'll" or "you’ll" && ClaimShapes.NegatedAbilityVerb(tokens, sentence, i) is int act && !document.IsHedged(i))
            return Dated(tokens, sentence, i, act, ClauseEnd(tokens, sentence, act), act + 1, would: false) is { } unable ? unable with { Negation = "not" } : null;
        if (NegatedUniversals.Contains(tokens[i].Norm)) return NegatedSubjectAt(document, tokens, sentence, i);
        if (CertainModalEnd(tokens, sentence, i) is not int k || document.IsHedged(i)) return null;
        // "they'll" is its own subject and modal.
        var contracted = tokens[i].Norm is "they'll" or "they’ll";
        var subject = contracted ? i : SubjectStart(tokens, sentence, i);
        if (subject == i && !contracted) return null;
        var end = ClauseEnd(tokens, sentence, k);
        int start;
        if ((UniversalIn(tokens, k, end) ?? StatedSets.TakenSetIn(tokens, sentence, k, end)) is int set && IsObject(tokens, k, set) && !HasInstrument(tokens, sentence, set, end)
            && (contracted || IsUnnamedForce(tokens, sentence, subject, i))) start = subject;
        else if (UniversalIn(tokens, subject, i) is int own && !DireForecasts.HasCount(tokens, own, i) && ChangeOfHandsEnd(tokens, sentence, k, end) is int changed)
        {
            start = own;
            end = changed;
        }
        else return null;
        return Dated(tokens, sentence, start, k, end, k, tokens[i].Norm == "would");
    }

    /// <summary>"no family in the valley will have a dentist left", "nobody in Fenwick will dare to walk home": <paramref name="i"/> is the "no".</summary>
    private static WorstCasePredictions.Prediction? NegatedSubjectAt(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        // "no one", "no family": a subject, not a reply or "no longer".
        if (Norm(i) == "no" && (i + 1 >= sentence.EndToken || !tokens[i + 1].IsWord || Norm(i + 1) is "longer" or "more" or "less" or "doubt")) return null;
        var modal = i + 1;
        while (modal < sentence.EndToken && modal - i <= SubjectWords && tokens[modal].IsWord && CertainModalEnd(tokens, sentence, modal) is null) modal++;
        if (CertainModalEnd(tokens, sentence, modal) is not int k || document.IsHedged(modal) || DireForecasts.HasCount(tokens, i, modal)) return null;
        if (Norm(k) == "ever") k++;
        var end = ClauseEnd(tokens, sentence, k);
        // Left without its members ("will have a dentist left") or without the daring to act ("will dare to walk").
        var bereft = Norm(k) == "have" && end - 1 > k && Norm(end - 1) == "left";
        var daunted = Norm(k) == "dare";
        // "will be able to walk home" after a negated subject is the same claim as "will dare to walk home".
        var unable = ClaimShapes.AbilityActAt(tokens, sentence, k) is not null;
        // "dare to walk home": the infinitive is the dared act, not a purpose.
        return bereft || daunted || unable ? Dated(tokens, sentence, i, k, end, daunted ? k + 3 : unable ? k + 4 : k, tokens[modal].Norm == "would") : null;
    }

    /// <summary>The prediction when a deadline dates the clause and no figure, plan or purpose makes it a schedule.</summary>
    private static WorstCasePredictions.Prediction? Dated(ImmutableArray<Token> tokens, Sentence sentence, int start, int outcome, int end, int purposeFrom, bool would)
    {
        if (DeadlineIn(tokens, sentence) is not { } deadline || DireForecasts.IsNoticeDate(tokens, deadline) || !DatedHorizons.IsLong(tokens, sentence, deadline)) return null;
        if (would && !DatedHorizons.IsTermOfOffice(tokens, sentence, deadline)) return null;
        if (HasFigureOutside(tokens, sentence, deadline) || DireForecasts.IsUnderPlan(tokens, sentence) || HasPurpose(tokens, sentence, purposeFrom)) return null;
        if (ImageryContext.SentenceHas(tokens, sentence, DireForecasts.LiteralEvents)) return null;
        var from = Math.Min(start, deadline.Start);
        // A deadline after the clause closes the finding: "… every independent cinema in the north by the end of this decade".
        var to = deadline.Start >= end && deadline.Start - end <= 1 ? deadline.End : end;
        return new WorstCasePredictions.Prediction(from, outcome, to, Hedged: false);
    }

    /// <summary>
    /// Just past a certainty modal at <paramref name="i"/>, and past adverbs that do not hedge it: RH1003's modals, and
    /// "would" outside a condition — a sentence with "if", "unless" or "otherwise" tells a scenario, and "would have"
    /// a counterfactual.
    /// </summary>
    private static int? CertainModalEnd(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        int? k = WorstCasePredictions.ModalEnd(tokens, sentence, i);
        if (k is null && tokens[i].Norm == "would" && !HasCondition(tokens, sentence) && sentence.NormAt(tokens, i + 1) != "have") k = i + 1;
        if (k is not int next) return null;
        while (next < sentence.EndToken && DireForecasts.Adverbs.Contains(tokens[next]) && !DireForecasts.Hedges.Contains(tokens[next])) next++;
        return next < sentence.EndToken && tokens[next].IsWord ? next : null;
    }

    private static bool HasCondition(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Norm is "if" or "unless" or "otherwise" or "suppose" or "imagine") return true;
        return false;
    }

    /// <summary>The modal's subject: back to punctuation or a clause opener, past a deadline that opens the clause, at most <see cref="SubjectWords"/> words.</summary>
    private static int SubjectStart(ImmutableArray<Token> tokens, Sentence sentence, int modal)
    {
        var k = modal;
        while (k - 1 >= sentence.FirstToken && modal - k < SubjectWords && tokens[k - 1].IsWord
               && tokens[k - 1].Norm is not ("and" or "but" or "that" or "when" or "once" or "then" or "so"))
            k--;
        // "Within ten years a fund abroad will …": the deadline is no part of the subject.
        if (DeadlineAt(tokens, sentence, k) is int after && after < modal) k = after;
        return k;
    }

    /// <summary>The end of the modal's clause after <paramref name="k"/>: the next comma, semicolon, dash or sentence end.</summary>
    private static int ClauseEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = k;
        while (end < sentence.EndToken && (tokens[end].IsWord || tokens[end].Kind == TokenKind.Number || tokens[end].Text is "'" or "’" or "-")) end++;
        return end;
    }

    /// <summary>The first universal quantifier in [<paramref name="from"/>, <paramref name="to"/>): "every", "all", "the whole", "entire".</summary>
    private static int? UniversalIn(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].IsWord && Universals.Contains(tokens[k].Norm) && IsSet(tokens, k, to)) return k;
        return null;
    }

    /// <summary>
    /// Whether the quantifier at <paramref name="k"/> opens a set, not a frequency or an idiom: "every day", "all the
    /// time", "at all", "after all", "every one of".
    /// </summary>
    private static bool IsSet(ImmutableArray<Token> tokens, int k, int to)
    {
        if (k + 1 >= to || !tokens[k + 1].IsWord || k > 0 && tokens[k - 1].Norm is "at" or "after" or "above" or "once") return false;
        var next = tokens[k + 1].Norm is "the" or "of" && k + 2 < to ? tokens[k + 2] : tokens[k + 1];
        return NounTypes.Of(next) is not NounType.Time && next.Norm is not ("one" or "but" or "along" or "over" or "too" or "that");
    }

    /// <summary>
    /// Whether the noun phrase from <paramref name="from"/> to <paramref name="to"/> is an unnamed force: "they", or a
    /// definite plural of a collective or of an unknown kind ("the gangs", "the drug firms", "the chatbots"). Not
    /// people (WordNet's person: "the inspectors"), a name, a singular definite, a possessive or a demonstrative ("the
    /// council", "this government"), the writer ("we"), nor things in the plural ("the solar panels"), the tools of
    /// someone's plan. A bare or an indefinite agent is as often a plan's ("electric trains will serve every station",
    /// "a new operator will run every bus route"), so it is left out.
    /// </summary>
    private static bool IsUnnamedForce(ImmutableArray<Token> tokens, Sentence sentence, int from, int to)
    {
        if (to - from == 1 && tokens[from].Norm == "they") return true;
        if (tokens[from].Norm != "the") return false;
        var head = DireForecasts.SubjectHead(tokens, from, to);
        if (head == from || !tokens[head].IsWord || SourceNouns.Of(tokens[head]) is { Kind: SourceNounKind.Person }) return false;
        for (var k = from + 1; k <= head; k++)
            if (tokens[k].IsCapitalized || !tokens[k].IsWord) return false;
        var norm = tokens[head].Norm;
        return norm.EndsWith('s') && !norm.EndsWith("ss", StringComparison.Ordinal) && NounTypes.Of(tokens[head]) is null or NounType.Group;
    }

    /// <summary>
    /// The end of the whole set's change at <paramref name="k"/>, after its certainty modal: the set made to answer to an
    /// unnamed force ("will be owned by the drug firms", "will answer to the cartels"). A set remade into a thing or a
    /// place ("will be a community hub") or handed to an indefinite holder ("will be run by a volunteer committee") is as
    /// often a plan in news, with no class that tells them apart (review49a), so neither is read. Null otherwise.
    /// </summary>
    private static int? ChangeOfHandsEnd(ImmutableArray<Token> tokens, Sentence sentence, int k, int end)
    {
        var from = sentence.NormAt(tokens, k) == "be" ? k + 1 : k;
        if (Subordination.Value.LongestAt(tokens, from, end) is var length and > 0 && from + length < end && IsUnnamedForce(tokens, sentence, from + length, end))
            return end;
        return null;
    }

    /// <summary>
    /// Whether the set at <paramref name="set"/> is the verb's object: no preposition between the outcome at
    /// <paramref name="k"/> and the set, so "will stop at every station" and "would build a chapel in every parish" put
    /// something at each member rather than change the set.
    /// </summary>
    private static bool IsObject(ImmutableArray<Token> tokens, int k, int set)
    {
        for (var j = k; j < set; j++)
            if (FunctionWords.Prepositions.Contains(tokens[j]) && tokens[j].Norm is not ("over" or "into") || FunctionWords.IndefiniteSingular.Contains(tokens[j])) return false;
        return true;
    }

    /// <summary>An instrument after the set, a plan's means: "will replace every streetlight in the borough with LED lamps" (a thing after "with", not people).</summary>
    private static bool HasInstrument(ImmutableArray<Token> tokens, Sentence sentence, int set, int end)
    {
        for (var j = set + 1; j + 1 < end; j++)
            if (tokens[j].Norm == "with" && NounTypes.OfHead(tokens, sentence, DireForecasts.SubjectHead(tokens, j + 1, end)) is not (NounType.Person or NounType.Group)) return true;
        return false;
    }

    /// <summary>A purpose or a reason after the outcome, a plan's mark: "to offer advice", "so that …", "in order to", "as part of", "because …", "while …".</summary>
    private static bool HasPurpose(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        for (var k = from; k < sentence.EndToken; k++)
        {
            if (Norm(k) == "so" && Norm(k + 1) == "that" || Norm(k) == "in" && Norm(k + 1) == "order" || Norm(k) == "as" && Norm(k + 1) == "part" || Norm(k) is "because" or "while") return true;
            // "to offer advice": "to" before a verb, not before a noun phrase ("to the police").
            if (Norm(k) == "to" && k > from && k + 1 < sentence.EndToken && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized
                && NounTypes.Of(tokens[k + 1]) is null && !FunctionWords.Definite.Contains(tokens[k + 1]) && !FunctionWords.Possessive.Contains(tokens[k + 1])
                && !FunctionWords.IndefiniteSingular.Contains(tokens[k + 1]) && !Universals.Contains(Norm(k + 1)) && !FunctionWords.ObjectPronouns.Contains(tokens[k + 1])) return true;
        }
        return false;
    }

    /// <summary>A figure in the sentence outside the deadline: a count or an amount is a measured forecast or a plan.</summary>
    private static bool HasFigureOutside(ImmutableArray<Token> tokens, Sentence sentence, (int Start, int End) deadline) =>
        StatedSets.HasCount(tokens, sentence, sentence.FirstToken, deadline.Start) || StatedSets.HasCount(tokens, sentence, deadline.End, sentence.EndToken)
        || ContainsAtLeast(tokens, sentence);

    private static bool ContainsAtLeast(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k + 1 < sentence.EndToken; k++)
            if (tokens[k].Norm is "at" && tokens[k + 1].Norm is "least" or "most") return true;
        return false;
    }

    /// <summary>The first deadline in the sentence: DireForecasts' spans and near points, or one of the dated frames here.</summary>
    internal static (int Start, int End)? DeadlineIn(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (DeadlineAt(tokens, sentence, k) is int end) return (k, end);
        return null;
    }

    /// <summary>
    /// The end of a deadline starting at <paramref name="k"/>: DireForecasts' and DeadlineReader's ("within two years", "by
    /// Christmas", "by the end of this decade", "by the time …"), a year ("by 2028"), "within a single parliament", "before the decade is out",
    /// "the moment …", "in our children's lifetime".
    /// </summary>
    private static int? DeadlineAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (DireForecasts.DeadlineIn(tokens, sentence, k + 12, k) is { } known && known.Start == k) return known.End;
        switch (Norm(k))
        {
            case "by" or "before" when k + 1 < sentence.EndToken && tokens[k + 1].IsYear:
                return k + 2;
            case "within" when Norm(k + 1) == "a" && Norm(k + 2) == "single" && SingleSpans.Contains(Norm(k + 3)):
                return k + 4;
            case "before" when Norm(k + 1) == "the" && Eras.Contains(Norm(k + 2)) && Norm(k + 3) == "is" && Norm(k + 4) == "out":
                return k + 5;
            case "the" when Norm(k + 1) is "moment" or "minute" && (k == sentence.FirstToken || tokens[k - 1].Text == ","):
                return ClauseEnd(tokens, sentence, k + 2);
            case "in" when FunctionWords.Possessive.Contains(Norm(k + 1)) && Norm(k + 1) is "our" or "your" or "their":
                // "in our lifetime", "in our children's lifetime" (the possessive may be its own token).
                for (var j = k + 2; j < sentence.EndToken && j <= k + 4; j++)
                    if (Norm(j) == "lifetime") return j + 1;
                return null;
            default:
                return null;
        }
    }
}
