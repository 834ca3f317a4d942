using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A permanent loss forecast as certain by its grammar rather than by a word of harm (issue 16): the forecast denies a
/// good to a whole population, denies it for ever, or names the last time a shared thing will be. Each construction
/// carries its own totality — "no" over a population, "never again" over time, "the last … ever" over what follows — so
/// it needs no catastrophe noun:
/// <list type="bullet">
/// <item>a universal denial: "no" (or "not a single", "not one") before a noun that names people or a collective, a
///   certainty modal, and a good of an ordinary life (denied_goods_wordnet.txt's good: own, buy, afford, trust, retire)
///   or a telling apart with "from", or living in a place (<see cref="DwellingPlaces"/>), alone or after "be able to",
///   with a deadline of a season or longer, or a year after the emphatic "not a single" or "not one": "by next
///   summer no family in Carrow will be able to afford a flat", "by the next election no voter will know truth from
///   fiction";</item>
/// <item>a good denied for ever: "never again" with a certainty modal, inverted or after the modal, and a good of an
///   ordinary life for a kind of people (a collective, a plural or an indefinite person): "never again will a young
///   nurse buy a flat", "young teachers will never again own a home here";</item>
/// <item>the last one ever: "will be" or "is" "the last" before an occasion or a period, with a clause that holds
///   "ever" or a certainty modal and a verb of carrying weight (denied_goods_wordnet.txt's weigh): "this will be the
///   last season cricket is ever played at Harrow Lane", "this is the last referendum in which your ballot will count".</item>
/// </list>
/// They keep silent: a hedge, a year or a disaster in the sentence (a projection, a schedule, weather news), a rule or a
/// plan the denial follows ("under the new rules": the rule's report), a count ("no
/// family will pay more than 300 pounds"), a notice's date ("by Friday no pupil will be able to buy lunch"), a denial
/// with no deadline ("no voter will ever trust him again" is a verdict on one politician), a person or a pronoun as the
/// one denied ("never again will we buy from them" is a vow), and a last occasion of a person's ("the last time I will
/// ever vote for them", "the last season she will ever play here"), and a last occasion with a calendar date or a count
/// (a timetable). RH1003 applies voice, negation, conditions and
/// evidence as for its other worst cases.
/// </summary>
internal static class PermanentLosses
{
    private static readonly TaggedLexicon Lexicon = TaggedLexicon.Load(RuleLexicons.Store, "denied_goods_wordnet");

    private static readonly FrozenSet<string> Goods = Lexicon.Words("good");

    /// <summary>Telling apart, a good only with "from": "know truth from fiction", not "know the answer".</summary>
    private static readonly FrozenSet<string> Discerning = Lexicon.Words("discern");

    private static readonly FrozenSet<string> Weighing = Lexicon.Words("weigh");

    /// <summary>Living in a place, a good only with its place (<see cref="DwellingPlaces"/>).</summary>
    private static readonly FrozenSet<string> Dwelling = Lexicon.Words("dwell");

    /// <summary>Rules in their noun forms ("rules", "policy", "ban"), read after "under".</summary>
    private static readonly FrozenSet<string> Rules = Lexicon.Words("rule").SelectMany(word => Inflections.NounForms(word)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The recurring periods of public life after "by the next": "by the next election", "by the next census". Each
    /// is years away, so it is a forecast's horizon as "by next summer" is.
    /// </summary>
    private static readonly FrozenSet<string> PublicPeriods = FrozenSet.ToFrozenSet(
        ["election", "elections", "parliament", "census", "generation"], StringComparer.Ordinal);

    /// <summary>The people a last occasion may be a farewell of: "the last season she will ever play here".</summary>
    private static readonly FrozenSet<string> PersonalPronouns = FrozenSet.ToFrozenSet(
        ["i", "me", "we", "us", "you", "he", "him", "she", "her", "his", "they", "them", "it"], StringComparer.Ordinal);

    /// <summary>The permanent loss whose reading starts at <paramref name="i"/>, or null.</summary>
    public static WorstCasePredictions.Prediction? At(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var denial = UniversalDenialAt(document, tokens, sentence, i);
        if ((denial?.Loss ?? NeverAgainAt(document, tokens, sentence, i) ?? LastEverAt(tokens, sentence, i)) is not { } loss)
            return null;
        // "By 2031 not one young family will live in the harbour streets": the emphatic denial dated by a year is its own horizon.
        var dated = denial is { DatedByYear: true };
        if (document.IsHedged(loss.Outcome) || ImageryContext.SentenceHas(tokens, sentence, DireForecasts.LiteralEvents) || !dated && DireForecasts.HasYear(tokens, sentence))
            return null;
        return IsUnderRule(tokens, sentence) ? null : loss;
    }

    /// <summary>
    /// "under the new rules", "under the university's new policy", "under the national plan": a good denied by a rule or
    /// a plan reports what the rule does, as a loss on a plan's timetable is a schedule (<see cref="DireForecasts.IsUnderPlan"/>).
    /// </summary>
    private static bool IsUnderRule(ImmutableArray<Token> tokens, Sentence sentence) =>
        DireForecasts.IsUnderPlan(tokens, sentence) || DireForecasts.IsUnder(tokens, sentence, Rules);

    /// <summary>
    /// "By next summer no family in Carrow will be able to afford a flat": <paramref name="i"/> is the "no" (or the
    /// "not" of "not a single", "not one") that opens the subject.
    /// </summary>
    private static (WorstCasePredictions.Prediction Loss, bool DatedByYear)? UniversalDenialAt(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        var subject = Norm(i) == "no" ? i + 1
            : Norm(i) == "not" && Norm(i + 1) == "a" && Norm(i + 2) == "single" ? i + 3
            : Norm(i) == "not" && Norm(i + 1) == "one" ? i + 2
            : -1;
        if (subject < 0) return null;
        var modal = subject;
        while (modal < sentence.EndToken && modal - subject < 6 && tokens[modal].IsWord && WorstCasePredictions.ModalEnd(tokens, sentence, modal) is null) modal++;
        if (modal == subject || WorstCasePredictions.ModalEnd(tokens, sentence, modal) is not int k) return null;
        if (!IsPeople(document, tokens, sentence, subject, modal) || DireForecasts.HasCount(tokens, subject, modal)) return null;
        var outcome = SkipTimeAdverbs(tokens, sentence, k);
        if (GoodAt(tokens, sentence, outcome) is not int end) return null;
        // "not a single", "not one": the emphatic denial is rhetoric's, not a plan's or a rule's ("by 2030 no new home will
        // burn gas"), so a year is its deadline as a season is the plain one's.
        var year = Norm(i) == "not" ? YearDeadlineIn(tokens, sentence, modal) : null;
        if ((DeadlineIn(tokens, sentence, modal, end) ?? year) is not { } deadline || DireForecasts.IsNoticeDate(tokens, deadline)) return null;
        return (new WorstCasePredictions.Prediction(Math.Min(i, deadline.Start), outcome, Math.Max(end, deadline.End), Hedged: false, Negation: "not"), year is not null);
    }

    /// <summary>"By 2030", "before 2030" in the dozen words before the modal at <paramref name="modal"/>.</summary>
    private static (int Start, int End)? YearDeadlineIn(ImmutableArray<Token> tokens, Sentence sentence, int modal)
    {
        for (var k = Math.Max(sentence.FirstToken, modal - 12); k + 1 < modal; k++)
            if (tokens[k].Norm is "by" or "before" && tokens[k + 1].IsYear) return (k, k + 2);
        return null;
    }

    /// <summary>
    /// "Never again will a young nurse buy a flat" (<paramref name="i"/> is "never"), "young teachers will never again own
    /// a home here" (<paramref name="i"/> is the modal).
    /// </summary>
    private static WorstCasePredictions.Prediction? NeverAgainAt(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        int subject, subjectEnd, verb;
        if (Norm(i) == "never" && Norm(i + 1) == "again" && Norm(i + 2) is "will" or "shall")
        {
            subject = i + 3;
            verb = subject;
            // An age is a number and a word ("a 25-year-old"), so the subject runs over both.
            while (verb < sentence.EndToken && verb - subject < 10 && IsSubjectToken(tokens[verb]) && !Goods.Contains(Norm(verb))) verb++;
            if (verb == subject || !Goods.Contains(Norm(verb))) return null;
            subjectEnd = SubjectEnd(tokens, sentence, subject, verb);
        }
        else if (WorstCasePredictions.ModalEnd(tokens, sentence, i) is int k && Norm(k) == "never" && Norm(k + 1) == "again" && i > sentence.FirstToken)
        {
            subject = Catastrophes.SubjectStart(tokens, sentence, i);
            if (subject == i || GoodAt(tokens, sentence, k + 2) is null) return null;
            verb = Norm(k + 2) == "be" ? k + 5 : k + 2;
            subjectEnd = SubjectEnd(tokens, sentence, subject, i);
        }
        else return null;
        if (!IsKindOfPeople(document, tokens, sentence, subject, subjectEnd)) return null;
        var end = Catastrophes.ObjectEnd(tokens, sentence, verb + 1);
        if (DireForecasts.HasCount(tokens, verb + 1, end)) return null;
        return new WorstCasePredictions.Prediction(i, verb, end, Hedged: false, Negation: "never again");
    }

    /// <summary>
    /// "This will be the last season cricket is ever played at Harrow Lane", "this is the last referendum in which your ballot
    /// will count": <paramref name="i"/> is the modal or the present "is".
    /// </summary>
    private static WorstCasePredictions.Prediction? LastEverAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        int the;
        if (WorstCasePredictions.ModalEnd(tokens, sentence, i) is int k && Norm(k) == "be") the = k + 1;
        else if (Norm(i) == "is" && i > sentence.FirstToken) the = i + 1;
        else return null;
        if (Norm(the) != "the" || Norm(the + 1) != "last") return null;
        var head = the + 2;
        while (head < sentence.EndToken && head - the <= 4 && tokens[head].IsWord && !IsOccasion(tokens[head])) head++;
        if (head >= sentence.EndToken || !IsOccasion(tokens[head])) return null;
        var clause = head + 1;
        if (Norm(clause) is "that" or "where" or "when" or "which") clause++;
        else if (Norm(clause) == "in" && Norm(clause + 1) == "which") clause += 2;
        if (clause >= sentence.EndToken || !tokens[clause].IsWord || tokens[clause].IsCapitalized) return null;
        var end = clause;
        var permanent = false;
        for (; end < sentence.EndToken && end - clause < 10 && tokens[end].IsWord; end++)
        {
            // "the last season she will ever play here", "the last time I will ever vote for them": a person's farewell.
            if (PersonalPronouns.Contains(Norm(end))) return null;
            permanent |= Norm(end) == "ever" || WorstCasePredictions.ModalEnd(tokens, sentence, end) is int m && Weighing.Contains(Norm(m));
        }
        if (!permanent || IsBounded(tokens, sentence, clause, end)) return null;
        return new WorstCasePredictions.Prediction(i, the - 1, end, Hedged: false);
    }

    /// <summary>
    /// Whether a last occasion is bounded, so not for ever: a calendar date in the sentence ("as the new bridge opens in
    /// March") puts it on a timetable, and a count in or just after its clause ("ever seen from Earth for 75 years")
    /// measures the wait. A date inside a condition ("if the league does not act by March, …") is the deadline of the
    /// alarm, not a timetable.
    /// </summary>
    private static bool IsBounded(ImmutableArray<Token> tokens, Sentence sentence, int clause, int end)
    {
        if (DireForecasts.HasCount(tokens, clause, Math.Min(sentence.EndToken, end + 2))) return true;
        var condition = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].Norm is "if" or "unless") condition = true;
            else if (tokens[k].Text == ",") condition = false;
            else if (!condition && k > sentence.FirstToken && tokens[k].IsCapitalized
                     && (FunctionWords.Months.Contains(tokens[k]) || FunctionWords.Weekdays.Contains(tokens[k]))) return true;
        }
        return false;
    }

    /// <summary>An occasion or a period a last time can fall in: a noun of time, an event or an act ("season", "election"), or a generation.</summary>
    private static bool IsOccasion(Token token) =>
        token.Norm is "generation" || NounTypes.Of(token) is NounType.Time or NounType.Event or NounType.Act;

    /// <summary>The predicate's first token after a certainty modal at <paramref name="k"/> and "ever" or "again" ("will ever be able to").</summary>
    private static int SkipTimeAdverbs(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var j = k;
        while (sentence.NormAt(tokens, j) is "ever" or "again") j++;
        return j;
    }

    /// <summary>
    /// A good of an ordinary life at <paramref name="k"/>, alone or after "be able to": "afford a flat", "be able to
    /// trust a single clip", "know truth from fiction" (telling apart needs its "from"). Returns the end of its object.
    /// </summary>
    private static int? GoodAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        var verb = Norm(k) == "be" && Norm(k + 1) == "able" && Norm(k + 2) == "to" ? k + 3 : k;
        if (verb >= sentence.EndToken || !tokens[verb].IsWord) return null;
        var end = Catastrophes.ObjectEnd(tokens, sentence, verb + 1);
        if (DireForecasts.HasCount(tokens, verb + 1, end)) return null;
        if (Goods.Contains(Norm(verb))) return end;
        if (Dwelling.Contains(Norm(verb))) return DwellingPlaces.EndAt(tokens, sentence, verb + 1);
        if (!Discerning.Contains(Norm(verb))) return null;
        for (var j = verb + 2; j < end; j++)
            if (Norm(j) == "from") return end;
        return null;
    }

    /// <summary>
    /// A deadline of <see cref="DireForecasts.DeadlineIn"/>, or the next of a recurring period of public life: "by the
    /// next general election", "before the next census".
    /// </summary>
    private static (int Start, int End)? DeadlineIn(ImmutableArray<Token> tokens, Sentence sentence, int modal, int to)
    {
        if (DireForecasts.DeadlineIn(tokens, sentence, modal, to) is { } deadline) return deadline;
        for (var k = Math.Max(sentence.FirstToken, modal - 12); k < modal; k++)
        {
            if (tokens[k].Norm is not ("by" or "before") || sentence.NormAt(tokens, k + 1) != "the" || sentence.NormAt(tokens, k + 2) != "next") continue;
            for (var j = k + 3; j < modal && j - k <= 5 && tokens[j].IsWord; j++)
                if (PublicPeriods.Contains(tokens[j].Norm)) return (k, j + 1);
        }
        return null;
    }

    /// <summary>The subject's words before its first preposition or relative pronoun: "family" in "family on a nurse's wage".</summary>
    private static int SubjectEnd(ImmutableArray<Token> tokens, Sentence sentence, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (FunctionWords.Prepositions.Contains(tokens[k]) || tokens[k].Norm is "who" or "that" or "whose") return k;
        return to;
    }

    /// <summary>
    /// People or a collective as the subject a universal denies: a person noun ("voter", "parent") or a collective
    /// ("family", "household") heading it. "No one" and "nobody" are as often a figure of speech ("no one will
    /// mistake this film for a documentary"), so a pronoun-like "one" is no head.
    /// </summary>
    private static bool IsPeople(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int from, int to)
    {
        var end = SubjectEnd(tokens, sentence, from, to);
        var head = end - 1;
        if (tokens[head].Norm is "one" or "body") return false;
        return IsPersonHead(tokens, sentence, head) || DireForecasts.HasVictim(document, tokens, from, end);
    }

    /// <summary>
    /// A kind of people, not one person nor the speaker's side: a collective ("families"), a plural person noun ("young
    /// teachers") or an indefinite one ("a young nurse", "a 25-year-old").
    /// </summary>
    private static bool IsKindOfPeople(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int from, int to)
    {
        if (to <= from || PersonalPronouns.Contains(tokens[from].Norm)) return false;
        if (DireForecasts.HasVictim(document, tokens, from, to)) return true;
        var head = to - 1;
        var indefinite = tokens[from].Norm is "a" or "an";
        var plural = tokens[head].Norm.EndsWith('s') && !tokens[head].Norm.EndsWith("ss", StringComparison.Ordinal);
        return (indefinite || plural) && IsPersonHead(tokens, sentence, head);
    }

    private static bool IsSubjectToken(Token token) => token.IsWord || token.Kind == TokenKind.Number || token.Text == "-";

    /// <summary>A noun that names people by WordNet ("voter", "nurses"), or an age named as a person ("a 25-year-old").</summary>
    private static bool IsPersonHead(ImmutableArray<Token> tokens, Sentence sentence, int head) =>
        tokens[head].Norm.EndsWith("year-old", StringComparison.Ordinal) || tokens[head].Norm.EndsWith("year-olds", StringComparison.Ordinal)
        || !tokens[head].IsCapitalized && NounTypes.Of(tokens[head]) is NounType.Person;
}
