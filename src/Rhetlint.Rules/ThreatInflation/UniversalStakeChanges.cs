using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A whole set changed for the worse, for certain (issue 16): a universal or in-group set ("every", "all", "the
/// whole", "entire", "our") put into a state where it has lost its normal working — closed, dark, empty, boarded up,
/// replaced (people only), out of work or out of their homes, off the land, under water, without a single midwife
/// (stake_changes.txt). The reading is valence-free about the topic: no harm word is needed, since what is lost is the
/// set's ordinary state, which no list of a topic's harms holds ("every driver will be out of a job", "every plant lab
/// will be dark"). Two rules read it:
/// <list type="bullet">
/// <item>RH1003 (<see cref="At"/>): the set heads the subject of a certainty modal, the state follows "be", "have
///   been" or "go", and a deadline of a season or longer dates it: "within a year every family bakery in Marlow will be
///   out of business", "by spring every community theatre in the borough will be dark";</item>
/// <item>RH1004 (<see cref="WishedStateEnd"/>): the same change as what an actor wants: "want the whole valley under
///   water". What an actor will not rest until is read with its state open (<see cref="OpenStakeFrames.UntilEnd"/>).</item>
/// </list>
/// A bounded closure is a timetable, not a loss: a purpose or a period after the state ("closed for reseeding", "dark on
/// Mondays", "closed over the Christmas break", "closed until April"); a figure or a year in the sentence is a measured
/// forecast or a plan; a hedge is no certainty. RH1003 and RH1004 apply voice, negation, conditions and evidence.
/// </summary>
internal static class UniversalStakeChanges
{
    private static readonly TaggedLexicon Lexicon = TaggedLexicon.Load(RuleLexicons.Store, "stake_changes");

    private static readonly FrozenSet<string> PersonStates = Lexicon.Words("person");

    private static readonly Lazy<PhraseList> Livelihoods = new(() => Lexicon.Phrases("livelihood"));

    /// <summary>The words besides a universal (<see cref="SubjectClauses.UniversalAt"/>) that make a set whole or the writer's own: "the whole", "entire", "our".</summary>
    private static readonly FrozenSet<string> Wholes = FrozenSet.ToFrozenSet(["whole", "entire", "our"], StringComparer.Ordinal);

    /// <summary>Words after the state that bound it to a purpose or a period: "closed for reseeding", "over the break", "until April".</summary>
    private static readonly FrozenSet<string> Bounds = FrozenSet.ToFrozenSet(["for", "on", "over", "until", "till", "during", "while", "at"], StringComparer.Ordinal);

    /// <summary>RH1003's reading at the modal <paramref name="i"/>: the whole set's change of state with its deadline, or null.</summary>
    public static WorstCasePredictions.Prediction? At(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (i == sentence.FirstToken || WorstCasePredictions.ModalEnd(tokens, sentence, i) is not int k || document.IsHedged(i)) return null;
        if (Norm(k) is "all" or "soon" or "simply" or "just" or "surely") k++;
        if (Norm(k) == "have" && Norm(k + 1) == "been") k += 2;
        else if (Norm(k) is "be" or "go") k++;
        else return null;
        var subjectStart = SubjectClauses.Start(tokens, sentence, i);
        // The set runs from its universal to the modal; a deadline before it ("Within five years every …") is no count of it.
        var set = SubjectClauses.UniversalAt(tokens, sentence, subjectStart, i, Wholes);
        if (set == i && StatedSets.CoveringIn(tokens, sentence, subjectStart, i) is { } stated && (stated.How != SetStatement.DefinitePlural || IsAbandonedState(tokens, sentence, k))) set = stated.Start;
        if (set == i || StatedSets.HasCount(tokens, sentence, set, i)) return null;
        if (StateEnd(tokens, sentence, k, IsPeople(tokens, sentence, set, i)) is not int end) return null;
        // The deadline may open a long subject's clause: "By the end of next season every amateur rowing club on the river will …".
        var deadline = DireForecasts.DeadlineIn(tokens, sentence, set, end);
        if (deadline is not { } near || DireForecasts.IsNoticeDate(tokens, near)) return null;
        // "By the holidays every toy in the shop will be gone": gone by a season of the feasts is a sell-out or a term's end.
        if (EndStateReader.StateAt(tokens, sentence, k) is { Kind: EndStateKind.Gone } && DeadlineReader.NamesSeason(tokens, near)) return null;
        // An end state is weighed as the dire forecasts weigh it: a thing's, a notice's, a plan's, or a harm's end is news.
        if (EndStateReader.IsNotice(tokens, sentence, DireForecasts.SubjectHead(tokens, set, i), end, near, anyRange: false)
            || DireForecasts.IsUnderPlan(tokens, sentence) || Catastrophes.IsHeadedByHarm(tokens, set, i)) return null;
        if (HasFigure(tokens, sentence) || ImageryContext.SentenceHas(tokens, sentence, DireForecasts.LiteralEvents)) return null;
        return new WorstCasePredictions.Prediction(Math.Min(i, near.Start), k, Math.Max(end, near.End), Hedged: false);
    }

    /// <summary>
    /// Whether the state at <paramref name="k"/> is one a plain definite plural can be left in, a state rather than an
    /// act or a departure: "the village schools will be empty" is a loss, while "the temporary stalls will be gone by
    /// spring" is a site cleared and "the old huts will be destroyed" a demolition.
    /// </summary>
    private static bool IsAbandonedState(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        EndStateReader.StateAt(tokens, sentence, k) is { Kind: not EndStateKind.Gone } && !Participles.IsParticiple(tokens[k].Norm);

    /// <summary>RH1004's wished state at <paramref name="k"/> after "want" and the set starting at <paramref name="set"/>: the end of the state, or null.</summary>
    public static int? WishedStateEnd(ImmutableArray<Token> tokens, Sentence sentence, int set, int k) =>
        HasFigure(tokens, sentence) ? null : StateEnd(tokens, sentence, k, IsPeople(tokens, sentence, set, k), IsServingPlace(tokens, set, k));

    /// <summary>Whether "the whole" or "the entire" opens a wished-on set at <paramref name="k"/>.</summary>
    public static bool IsWholeSet(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        sentence.NormAt(tokens, k) == "the" && sentence.NormAt(tokens, k + 1) is "whole" or "entire";

    /// <summary>
    /// The end of a change of state at <paramref name="k"/>: a cessation ("closed", "boarded up", "an empty office"), a
    /// person's place taken when <paramref name="person"/>, or a removal — "out of" a livelihood or a place, "off" a
    /// place, "under" a bare mass ("under water", "under concrete"), "without" a single one. Null when a bound follows.
    /// </summary>
    private static int? StateEnd(ImmutableArray<Token> tokens, Sentence sentence, int k, bool person, bool cessation = true)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (k >= sentence.EndToken) return null;
        int? end = null;
        var article = Norm(k) is "a" or "an" ? 1 : 0;
        // People gone or dead are a death or a departure, which the dire forecasts weigh (a player "gone by the summer").
        if (cessation && EndStateReader.StateAt(tokens, sentence, k + article) is { } state && !(person && state.Kind is EndStateKind.Gone or EndStateKind.Dead))
            end = article == 1 ? Catastrophes.ObjectEnd(tokens, sentence, k + 1) : state.End;
        else if (person && PersonStates.Contains(Norm(k))) end = k + 1;
        else if (Norm(k) == "out" && Norm(k + 1) == "of")
            end = Livelihoods.Value.LongestAt(tokens, k + 2, sentence.EndToken) is var livelihood and > 0 ? k + 2 + livelihood : DwellingPlaces.EndAt(tokens, sentence, k + 2);
        else if (Norm(k) == "off" && (FunctionWords.Definite.Contains(Norm(k + 1)) || FunctionWords.Possessive.Contains(Norm(k + 1))))
            end = DwellingPlaces.EndAt(tokens, sentence, k + 1);
        else if (Norm(k) == "under" && k + 1 < sentence.EndToken && tokens[k + 1].IsWord && NounTypes.Of(tokens[k + 1]) is NounType.Substance)
            end = k + 2;
        else if (Norm(k) == "without" && Norm(k + 1) is "a" or "any" && (Norm(k + 2) == "single" ? k + 3 : k + 2) is var noun && noun < sentence.EndToken && NounTypes.Of(tokens[noun]) is not null)
            end = noun + 1;
        if (end is not int e || e <= k) return null;
        if (Norm(k) is "out" or "off" && RelocationPlans.IsMove(tokens, sentence, k, e) || RelocationPlans.NextStepAfter(tokens, sentence, e)) return null;
        if (GivesAReason(tokens, sentence, e)) return null;
        if (DireForecasts.DurationEnd(tokens, sentence, e) is int lasting) return lasting;
        return Bounds.Contains(Norm(e)) || e < sentence.EndToken && tokens[e].Kind == TokenKind.Number ? null : e;
    }

    /// <summary>Words after the state that give it a reason, a plan or a destination: "so that the roof can be mended", "as the firm moves", "which is to become a library", "under the climate plan".</summary>
    private static readonly FrozenSet<string> Sequels = FrozenSet.ToFrozenSet(["so", "as", "since", "which", "to", "under"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the rest of the sentence after the state at <paramref name="from"/> says why the set changes or what
    /// goes on — a subordinate reason, a relative clause, a plan it falls under, a destination ("out of the old office
    /// and in the new wing"). A loss told as the whole point of its clause has no such sequel: "… will be dark by next
    /// harvest." A successor alone is no reason: "shut and its boathouse turned into flats" is still the loss.
    /// The reading stops at a second clause (", and …").
    /// </summary>
    public static bool GivesAReason(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken; k++)
        {
            var norm = tokens[k].Norm;
            // ", and they have found ...", "and its building sold off": a second clause or subject says something else.
            if (tokens[k].Text == ";" || tokens[k].Text == "," && k + 1 < sentence.EndToken && tokens[k + 1].Norm is "and" or "but"
                || norm == "and" && k + 1 < sentence.EndToken && (FunctionWords.Definite.Contains(tokens[k + 1]) || FunctionWords.Possessive.Contains(tokens[k + 1]))) return false;
            if (Sequels.Contains(norm) || FunctionWords.Subordinators.Contains(tokens[k])) return true;
            if ((norm == "and" || tokens[k].Text == ",") && k + 1 < sentence.EndToken
                && FunctionWords.Prepositions.Contains(tokens[k + 1])) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the set from <paramref name="from"/> to <paramref name="to"/> is an institution or a building people use
    /// (WordNet's group and structure: a clinic, a club, a shop, a theatre), whose closing an aim can be to harm. A
    /// pothole, a loophole or a border is closed to mend or to guard it, so a wish or a drive to close one imputes no harm.
    /// </summary>
    private static bool IsServingPlace(ImmutableArray<Token> tokens, int from, int to) =>
        from < to && NounTypes.Of(tokens[DireForecasts.SubjectHead(tokens, from, to)]) is NounType.Group or NounType.Structure;

    /// <summary>Whether the set from <paramref name="from"/> to <paramref name="to"/> is of people: its head, before any preposition, is a person noun or a role.</summary>
    private static bool IsPeople(ImmutableArray<Token> tokens, Sentence sentence, int from, int to)
    {
        if (from >= to) return false;
        var head = tokens[DireForecasts.SubjectHead(tokens, from, to)];
        return NounTypes.Of(head) is NounType.Person || SourceNouns.Of(head) is { Kind: SourceNounKind.Person };
    }

    /// <summary>A number or a year anywhere in the sentence: a measured forecast, a plan or a clock time.</summary>
    private static bool HasFigure(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Kind == TokenKind.Number) return true;
        return false;
    }
}
