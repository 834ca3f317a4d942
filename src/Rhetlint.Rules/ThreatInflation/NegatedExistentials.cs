using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Total loss told as a negative existential whose state is open (issue 16): the forecast says that not one member of a
/// set will be in its working state, or can be reached at all, so the set is lost whole with no word of harm. Each
/// construction carries its own totality — "a single", "one", "no", "not one" under a negated future — and a working
/// state the set is denied (working_states_wordnet.txt: open, safe, affordable, habitable, usable):
/// <list type="bullet">
/// <item>the existential: "there won't be a single amateur gym open in Carrowmore", "there will not be one bookshop
///   open in the county";</item>
/// <item>the universal subject: "no routine operation will be safe", "not one maternity ward in the valley will be
///   open";</item>
/// <item>a negated ability over "a single" place, group or person: "you won't be able to find a single repair shop in
///   Marlow".</item>
/// </list>
/// A deadline of a season or longer dates each one: measured on the writer's own sentences, an undated one is as often
/// a moment's hyperbole ("there won't be a single dry eye in the house") or a crowd's ("you won't be able to hear a
/// single word"), and a notice's date ("by Friday", "within a week") is a closure already planned. A bound after the
/// state ("open on Sundays", "safe until April", "open to lorries"), a figure or a year (a measured forecast or a plan)
/// and a hedge keep it silent; RH1003 applies voice, negation, conditions and evidence.
/// </summary>
internal static class NegatedExistentials
{
    private static readonly FrozenWordSet WorkingStates = TaggedLexicon.Load(RuleLexicons.Store, "working_states_wordnet").Words("good").ToFrozenWordSet();

    /// <summary>Words after the state that bound it to a period, a purpose or a group ("open for the summer", "open to lorries").</summary>
    private static readonly FrozenWordSet Bounds = new[] { "for", "over", "until", "till", "during", "while", "to", "between" }.ToFrozenWordSet();

    /// <summary>How many words a set's noun phrase may run before its state: "a single amateur boxing gym".</summary>
    private const int SetWords = 6;

    /// <summary>How many words a universal subject may run before its modal: "not one rural maternity ward in the Lessing valley".</summary>
    private const int SubjectWords = 9;

    /// <summary>The negated existential whose reading starts at <paramref name="i"/>, or null.</summary>
    public static WorstCasePredictions.Prediction? At(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var reading = ExistentialAt(tokens, sentence, i) ?? UniversalSubjectAt(tokens, sentence, i) ?? NoAccessAt(tokens, sentence, i);
        if (reading is not var (outcome, end)) return null;
        if (document.IsHedged(outcome) || HasFigure(tokens, sentence) || DireForecasts.IsUnderPlan(tokens, sentence)) return null;
        if (ExistentialLimits.AnyAfter(tokens, sentence, i, end)) return null;
        if (DireForecasts.DeadlineIn(tokens, sentence, i, end) is not { } deadline || DireForecasts.IsNoticeDate(tokens, deadline)) return null;
        return new WorstCasePredictions.Prediction(Math.Min(i, deadline.Start), outcome, Math.Max(end, deadline.End), Hedged: false, Negation: "not");
    }

    /// <summary>
    /// "there won't be a single gym open", "there will not be one bookshop open": <paramref name="i"/> is "there".
    /// Returns the "be" and the end of the state.
    /// </summary>
    private static (int Outcome, int End)? ExistentialAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        int be;
        // "you will not find one bookshop open" is "there will not be one bookshop open".
        if (ClaimShapes.NegatedFindingObject(tokens, sentence, i) is int found) be = found - 1;
        else if (tokens[i].Norm != "there" || NegatedFutureEnd(tokens, sentence, i + 1) is not int after || sentence.NormAt(tokens, after) != "be") return null;
        else be = after;
        if (EmphaticEnd(tokens, sentence, be + 1) is not int set) return null;
        for (var k = set + 1; k < sentence.EndToken && k - set <= SetWords && tokens[k].IsWord; k++)
            if (WorkingStates.Contains(tokens[k])) return StateEnd(tokens, sentence, k) is int end ? (be, end) : null;
        return null;
    }

    /// <summary>
    /// "no routine operation will be safe", "not one maternity ward in the valley will be open": <paramref name="i"/> is
    /// the "no" or the "not" of "not one", "not a single". Returns the "be" and the end of the state.
    /// </summary>
    private static (int Outcome, int End)? UniversalSubjectAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        var subject = Norm(i) == "no" ? i + 1 : Norm(i) == "not" ? EmphaticEnd(tokens, sentence, i + 1) : null;
        if (subject is not int from) return null;
        var modal = from;
        while (modal < sentence.EndToken && modal - from < SubjectWords && tokens[modal].IsWord && WorstCasePredictions.ModalEnd(tokens, sentence, modal) is null) modal++;
        if (modal == from || WorstCasePredictions.ModalEnd(tokens, sentence, modal) is not int be || DireForecasts.HasCount(tokens, from, modal)) return null;
        if (Norm(be) == "ever") be++;
        if (Norm(be) != "be" || !WorkingStates.Contains(Norm(be + 1))) return null;
        return StateEnd(tokens, sentence, be + 1) is int end ? (be, end) : null;
    }

    /// <summary>
    /// "you won't be able to find a single repair shop in Marlow": a negated ability whose object, within a few words,
    /// is "a single" place, group or person. <paramref name="i"/> is the subject's last word, before the modal. Returns
    /// the "be" and the end of the object.
    /// </summary>
    private static (int Outcome, int End)? NoAccessAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (!tokens[i].IsWord || i + 1 >= sentence.EndToken || NegatedFutureEnd(tokens, sentence, i + 1) is not int be) return null;
        if (Norm(be) != "be" || Norm(be + 1) != "able" || Norm(be + 2) != "to") return null;
        for (var k = be + 4; k + 2 < sentence.EndToken && k - be <= 10 && tokens[k].IsWord; k++)
        {
            if (Norm(k) != "a" || Norm(k + 1) != "single") continue;
            var head = k + 2;
            while (head + 1 < sentence.EndToken && tokens[head + 1].IsWord && !FunctionWords.Prepositions.Contains(tokens[head + 1]) && head - k < SetWords) head++;
            return NounTypes.Of(tokens[head]) is NounType.Person or NounType.Group or NounType.Structure or NounType.Location ? (be, head + 1) : null;
        }
        return null;
    }

    /// <summary>Just past a negated future at <paramref name="k"/>: "won't", "will not", "will never", "shall not", "'ll not".</summary>
    private static int? NegatedFutureEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (sentence.NormAt(tokens, k) == "won't") return k + 1;
        if (WorstCasePredictions.ModalEnd(tokens, sentence, k) is not int next) return null;
        return sentence.NormAt(tokens, next) is "not" or "never" ? next + 1 : null;
    }

    /// <summary>Just past an emphatic "a single" or "one" at <paramref name="k"/> (no plain "a": "there won't be a bus open"), or null.</summary>
    private static int? EmphaticEnd(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        sentence.NormAt(tokens, k) == "a" && sentence.NormAt(tokens, k + 1) == "single" ? k + 2
        : sentence.NormAt(tokens, k) == "one" ? k + 1
        : null;

    /// <summary>
    /// The end of the working state at <paramref name="k"/>, or null when a bound follows it: a period or a purpose
    /// ("open until April", "open to lorries"), or "on" or "at" a time ("open on Sundays", "safe at night"), though not
    /// a place ("open on Fourth Street", "safe at the station").
    /// </summary>
    private static int? StateEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k + 1 >= sentence.EndToken) return k + 1;
        if (Bounds.Contains(tokens[k + 1])) return null;
        return tokens[k + 1].Norm is "on" or "at" && k + 2 < sentence.EndToken && IsTime(tokens[k + 2]) ? null : k + 1;
    }

    /// <summary>A weekday, alone or plural ("Sundays"), or a unit of time ("night", "weekends").</summary>
    public static bool IsTime(Token token) =>
        FunctionWords.Weekdays.Contains(token.Norm) || FunctionWords.Weekdays.Contains(token.Norm.TrimEnd('s')) || TimeScale.IsUnit(token.Norm) || TimeScale.IsUnit(token.Norm.TrimEnd('s'));

    /// <summary>A number or a year anywhere in the sentence: a measured forecast or a plan.</summary>
    private static bool HasFigure(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Kind == TokenKind.Number) return true;
        return false;
    }
}
