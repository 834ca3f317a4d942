using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A dire forecast: an unhedged forecast whose outcome is a death, a destruction or a loss ("people will die in
/// ambulances", "within three years the town paper will be dead", "you will have lost them by fourteen"), read as a score
/// rather than a phrase. The outcome comes from WordNet by sense (<c>dire_forecasts.txt</c>); what makes it a worst case
/// stated as certain is a marker of certainty or scale around it. Each of these counts one point:
/// <list type="bullet">
/// <item>an outcome that is a death or a destruction by itself (die, kill, destroy); a loss, a disappearance or a
///   state of death (lose, vanish, "be gone", "be dead") is ordinary news until something else sharpens it, since a
///   battery is also dead by tonight and a bridge gone within a year;</item>
/// <item>a deadline: a span ("within a year", "in five years", "within a generation", "within three seasons") or a near
///   point ("by September", "by Christmas", "by fourteen", "this winter", "by the summer");</item>
/// <item>totality in the subject, the object or after the outcome ("all", "every", "everything", "forever");</item>
/// <item>a collective victim: the catastrophe lexicon's victims and large nouns, or a human collective ("people");</item>
/// <item>the future perfect, which states the loss as already complete ("will have lost them");</item>
/// <item>the conditional conjunction, which makes the loss follow as surely as "and" ("Lose this vote, and we lose
///   everything");</item>
/// <item>a condition of inaction or of letting a harm go on, with a collective (<see cref="InactionConditions"/>:
///   "if we do nothing, the village schools will vanish"): the loss is the price of not obeying.</item>
/// </list>
/// Two points make a dire forecast (<see cref="Threshold"/>, calibrated on the train and topic sets for precision):
/// a death of a collective, a death with a deadline, a loss with a deadline and totality or a collective. These keep
/// it silent: a hedge; a disaster in the sentence (weather or war news); a year (a projection or a schedule: "by
/// 2030"), unless the outcome is a death of people or a destruction of a collective and no plan or aim is named
/// ("by 2030 people in the valley will die in their homes" is a forecast; a loss or an end by a year is a timetable); a count, a comparison or a part ("300 people", "more than cancer", "some patients": an estimate); a contest
/// lost (sport and elections); a pledge of the speaker's own side. RH1003 applies voice, negation, conditions and
/// evidence as for its other worst cases.
/// <para>
/// The outcome may also be an end: a state of ending after "will be" ("over", "finished", "too late for" a victim),
/// weighed like a loss, since a schedule ends too; a place made unfit to live in, weighed like a destruction for a
/// community or a named place; a negated survival of what is held in common, with the era it fails to outlast ("will
/// not survive the decade"); a recovery that will never come for the same ("the mining towns will never recover"); and no other one for a collective ("there will never be another free press in this
/// state"). A duration ("for good", "for a generation") counts as totality. A state of ruin of a stake ("the pension
/// fund will be worthless", "our market towns will be ghost towns") counts like a destruction, and its stake as the
/// collective, so it needs no deadline.
/// </para>
/// <para>
/// The outcome may also be an inability, weighed like a loss: a collective or an institution unable to act ("within a year
/// the treasury will be unable to meet its debts"); a large collective made unable, named with a relative clause of
/// inability ("we will have raised a generation that cannot swim"); and a kind of person, a collective or a practice
/// forecast out of existence by a deadline ("within a decade there will be no such thing as a local reporter"); and
/// total loss as what a collective or a place will have left by a deadline ("within a decade the county will have no
/// dairy farms left").
/// </para>
/// </summary>
internal static class DireForecasts
{
    /// <summary>Points a forecast needs: one sharpening marker on a death or a ruin, two on a loss.</summary>
    private const int Threshold = 2;

    /// <summary>The lexicon and the cues below are also read by <see cref="OngoingHarm"/>, the present twin of this reading.</summary>
    internal static readonly TaggedLexicon Lexicon = TaggedLexicon.Load(RuleLexicons.Store, "dire_forecasts");

    /// <summary>
    /// What the forecast says comes: a death, a ruin, a loss, a state of death, loss or ending, a place unfit to live in,
    /// or a state of ruin (<see cref="Outcome.Wreck"/>: "worthless", "derelict", "a ghost town"), which falls on a stake.
    /// </summary>
    private enum Outcome { Die, Ruin, Loss, Dead, Gone, End, Unlivable, Wreck }

    /// <summary>An outcome phrase: its kind and its words after the first; the first word is matched in its forms.</summary>
    private readonly record struct Entry(Outcome Kind, string[] Rest);

    /// <summary>Base forms of the verbs ("die", "wipe"), for a modal's verb and the present of a conditional conjunction.</summary>
    private static readonly Lazy<FrozenDictionary<string, Entry[]>> BaseForms = new(() => VerbForms((form, lemma) => form == lemma || form == Inflections.VerbForms(lemma)[1]));

    /// <summary>Past participles (and the simple past with them) of the verbs: after "have" and in the passive.</summary>
    private static readonly Lazy<FrozenDictionary<string, Entry[]>> Participles = new(() => VerbForms((form, lemma) =>
        form != lemma && form != Inflections.VerbForms(lemma)[1] && !form.EndsWith("ing", StringComparison.Ordinal)));

    private static readonly Lazy<FrozenDictionary<string, Entry[]>> States = new(() => Group(Outcome.Dead, "dead").Concat(Group(Outcome.Gone, "gone"))
        .Concat(Group(Outcome.End, "end")).Concat(Group(Outcome.Unlivable, "unlivable")).Concat(Group(Outcome.Wreck, "wreck")).Concat(NounStates(Outcome.Wreck, "wreck-noun"))
        .GroupBy(e => e.First, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Entry).ToArray(), StringComparer.Ordinal));

    private static readonly FrozenWordSet Total = Lexicon.Words("total").ToFrozenWordSet();

    /// <summary>Totality in time after the outcome: "for good", "for a generation".</summary>
    private static readonly Lazy<PhraseList> Durations = new(() => Lexicon.Phrases("duration"));

    /// <summary>Base forms of the verbs of going on ("survive", "last", "outlast"), read only negated.</summary>
    private static readonly Lazy<FrozenDictionary<string, Entry[]>> Survivals = new(() => Group(Outcome.Die, "survive")
        .GroupBy(e => e.First, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Entry).ToArray(), StringComparer.Ordinal));

    /// <summary>The eras a negated survival fails to outlast: "will not survive the decade".</summary>
    private static readonly FrozenSet<string> SurvivedSpans = Lexicon.Words("survived");

    private static readonly Lazy<PhraseList> Collectives = new(() => Lexicon.Phrases("collective"));

    internal static readonly FrozenWordSet Contests = Lexicon.Words("contest").ToFrozenWordSet();

    internal static readonly FrozenWordSet Adverbs = WorstCasePredictions.Cues.Words("adverb", "hedge").ToFrozenWordSet();

    internal static readonly FrozenWordSet Hedges = WorstCasePredictions.Cues.Words("hedge").ToFrozenWordSet();

    private static readonly FrozenSet<string> NearTimes = WorstCasePredictions.Cues.Words("near-time");

    internal static readonly FrozenSet<string> LiteralEvents = WorstCasePredictions.Cues.Words("literal-event");

    /// <summary>
    /// Units of a deadline span ("within a year", "in five years", "within a generation"), and the recurring spans a year
    /// is counted in by those who live by them — a season of sport or farming, a school or a parliament's term, the
    /// seasons themselves (WordNet's season.n.01, season.n.02, term.n.04): "within three seasons", "within two winters".
    /// </summary>
    private static readonly FrozenSet<string> SpanUnits = FrozenSet.ToFrozenSet(
        ["hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "generation",
         "season", "seasons", "term", "terms", "summer", "summers", "winter", "winters"], StringComparer.Ordinal);

    /// <summary>Who is lost in "you will have lost them": a person, not a thing.</summary>
    private static readonly FrozenSet<string> PersonalObjects = FrozenSet.ToFrozenSet(["them", "us", "you", "him", "her"], StringComparer.Ordinal);

    /// <summary>Singular subjects whose death is a private prognosis, not a worst case ("he will die within weeks").</summary>
    private static readonly FrozenSet<string> SingularSubjects = FrozenSet.ToFrozenSet(["he", "she", "it", "i", "this", "that"], StringComparer.Ordinal);

    /// <summary>The dire forecast whose modal (or, in a conditional conjunction, whose "and") is at <paramref name="i"/>, or null.</summary>
    public static WorstCasePredictions.Prediction? At(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var era = EraOfDeathAt(document, tokens, sentence, i);
        var reading = era ?? ForecastAt(document, tokens, sentence, i) ?? NegatedSurvivalAt(document, tokens, sentence, i) ?? NeverRecoveryAt(document, tokens, sentence, i)
            ?? InabilityAt(document, tokens, sentence, i) ?? InabilityRelativeAt(document, tokens, sentence, i) ?? LostGenerationAt(document, tokens, sentence, i)
            ?? NoOtherAt(document, tokens, sentence, i) ?? NoSuchThingAt(document, tokens, sentence, i) ?? NoneLeftAt(document, tokens, sentence, i)
            ?? ConditionalConjunctionAt(tokens, sentence, i);
        if (reading is not { } r || r.Points < Threshold) return null;
        // A disaster in the sentence makes the forecast weather or war news; a year makes it a projection or a schedule,
        // unless the year is the era the forecast names for the end ("2031 will be the year local radio dies").
        // A state of ruin is no schedule's ("our schools will be empty shells by 2030"), so a year leaves it a forecast; so
        // is a death of people or a destruction of a collective ("by 2030 the bypass will destroy the village") unless a
        // plan or an aim is named with it ("under the plan", "the county expects").
        if (ImageryContext.SentenceHas(tokens, sentence, LiteralEvents)
            || era is null && !r.Wreck && !(r.Harm && !IsUnderPlan(tokens, sentence) && !PlannedForecasts.HasPlanCue(tokens, sentence)) && HasYear(tokens, sentence)) return null;
        return new WorstCasePredictions.Prediction(r.Start, r.Outcome, r.End, Hedged: false, Negation: r.Negation);
    }

    /// <summary>
    /// A scored reading: the claim [<see cref="Start"/>, <see cref="End"/>), with its deadline, where the outcome starts,
    /// and the negation it is forecast under ("not" in "won't last the century"), which is no part of the outcome's words.
    /// </summary>
    /// <see cref="Wreck"/> marks a state of ruin, which no schedule reaches, so a year in the sentence leaves it a forecast;
    /// <see cref="Harm"/> a death or a destruction of a collective, which a year leaves a forecast unless a plan is named.
    private readonly record struct Reading(int Start, int Outcome, int End, int Points, string? Negation = null, bool Wreck = false, bool Harm = false);

    /// <summary>"will die", "will be dead", "will have lost", "is going to be wiped out": a modal's forecast, scored.</summary>
    private static Reading? ForecastAt(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (WorstCasePredictions.ModalEnd(tokens, sentence, i) is not int modalEnd) return null;
        var points = 0;
        var k = modalEnd;
        for (; k < sentence.EndToken && Adverbs.Contains(tokens[k]); k++)
        {
            if (Hedges.Contains(tokens[k])) return null;
            if (Total.Contains(tokens[k])) points++;
        }
        if (document.IsHedged(i) || k >= sentence.EndToken) return null;
        var outcomeStart = k;
        var perfect = tokens[k].Norm == "have";
        var passive = tokens[k].Norm == "be";
        // "will become a ghost town": a state reached, read like "will be".
        var becoming = tokens[k].Norm == "become";
        if (perfect || passive)
        {
            k++;
            // "will all be gone": a totality that floats after "be".
            if (k < sentence.EndToken && Total.Contains(tokens[k])) { points++; k++; }
        }
        if (becoming) k++;
        var outcome = perfect ? Match(Participles.Value, tokens, sentence, k)
            : becoming ? Match(States.Value, tokens, sentence, k)
            : passive ? Match(States.Value, tokens, sentence, k) ?? Match(Participles.Value, tokens, sentence, k) ?? WorthAt(tokens, sentence, k)
            : Match(BaseForms.Value, tokens, sentence, k);
        // "will freeze to death", "will have starved to death": a death said through its manner.
        if (outcome is null && !passive && !becoming && MannerDeaths.EndAt(tokens, sentence, k) is int mannerEnd) outcome = (Outcome.Die, mannerEnd);
        var ending = outcome is null ? EndStateAt(tokens, sentence, k, perfect, passive || becoming) : null;
        outcome ??= ending?.Outcome;
        if (outcome is not var (kind, outcomeEnd)) return null;
        // "will be over the border", "over the moon": "over" before a noun phrase is a preposition, not an ending.
        if (kind == Outcome.End && outcomeEnd < sentence.EndToken && (FunctionWords.Definite.Contains(tokens[outcomeEnd])
            || FunctionWords.Possessive.Contains(tokens[outcomeEnd]) || FunctionWords.IndefiniteSingular.Contains(tokens[outcomeEnd]))) return null;
        if (perfect) points++;

        var active = !passive && kind is Outcome.Ruin or Outcome.Loss && !IsIntransitiveLoss(tokens[k].Norm);
        // The object stops at its first preposition: "lose them by fourteen" loses "them".
        var objectEnd = active ? Catastrophes.LastWordOfLarge(tokens, outcomeEnd, Catastrophes.ObjectEnd(tokens, sentence, outcomeEnd)) : outcomeEnd;
        var deadline = DeadlineIn(tokens, sentence, i, objectEnd);
        // A deadline before the subject is no part of it: "within three years every post office" counts no "three".
        // A universal further back opens a long subject: "every public science lab in the county will be derelict".
        var window = Catastrophes.SubjectStart(tokens, sentence, i);
        var subjectStart = Math.Max(SubjectClauses.UniversalAt(tokens, sentence, SubjectClauses.Start(tokens, sentence, i), window), deadline is { } d && d.End <= i ? d.End : 0);
        if (StatedSets.HasCount(tokens, sentence, subjectStart, i) || HasCount(tokens, outcomeEnd, objectEnd) || IsComparison(tokens, sentence, outcomeEnd)) return null;
        // "Every phone will be dead", "every ticket will be gone within two hours": an end state of a thing, a notice or a sale.
        if ((ending is not null || (passive || becoming) && kind is not (Outcome.Die or Outcome.Loss))
            && EndStateReader.IsNotice(tokens, sentence, SubjectHead(tokens, subjectStart, i), outcomeEnd, deadline, kind is Outcome.Dead or Outcome.Wreck or Outcome.Ruin && ending is not { Passable: true })) return null;
        // "By the holidays every seat at the pantomime will be gone", "the little cinema will be gone by the holidays": gone
        // by a season of the feasts is a sell-out, a term's end or one venue's news, not a stake's loss.
        if (kind == Outcome.Gone && deadline is { } season && DeadlineReader.NamesSeason(tokens, season)) return null;
        // "Some patients will die within days": a part is a prognosis with its own odds, not a worst case.
        if (HasPartial(tokens, subjectStart, i)) return null;
        if (active && !ObjectIsDire(document, tokens, outcomeEnd, objectEnd, kind)) return null;
        // "Every infection will be gone within a year", "the war will be over for good": the end of a harm is good news.
        if (subjectStart < i && Catastrophes.IsHeadedByHarm(tokens, subjectStart, i)) return null;
        // "The old bridge will be destroyed by Friday" is a demolition: a passive ruin needs a collective or a totality for patient.
        if (passive && kind == Outcome.Ruin && !HasTotal(tokens, subjectStart, i) && !StatedSets.Covers(tokens, sentence, subjectStart, i, plainPlural: false, departs: false) && !HasVictim(document, tokens, subjectStart, i)) return null;
        // "We will destroy them", "I will kill the bill": the speaker's own act is a pledge, not a forecast.
        if (active && kind == Outcome.Ruin && subjectStart < i && tokens[i - 1].Norm is "i" or "we") return null;
        // "He will die within weeks", "Rossi will die": one person's prognosis. A capital at the sentence's start is no name.
        if (kind == Outcome.Die && subjectStart < i && (SingularSubjects.Contains(tokens[i - 1].Norm) || i - subjectStart == 1 && i - 1 > sentence.FirstToken && tokens[i - 1].IsCapitalized)) return null;

        // "The flat will be uninhabitable": a place destroyed for living in must be a community, a region, a named place
        // ("the Southwest", "the Carrow delta") or all of a place; a home is one household's loss.
        if (kind == Outcome.Unlivable && !HasTotal(tokens, subjectStart, i) && !HasSubjectVictim(document, tokens, subjectStart, i)
            && NounTypes.OfHead(tokens, sentence, SubjectHead(tokens, subjectStart, i)) is not NounType.Location && !HasName(tokens, sentence, subjectStart, i)) return null;

        // "too late for a whole generation": an end whose victim follows "for"; a span after "for" is a duration instead.
        var duration = DurationEnd(tokens, sentence, outcomeEnd);
        var beneficiary = kind == Outcome.End && duration is null && outcomeEnd < sentence.EndToken && tokens[outcomeEnd].Norm == "for"
            ? Catastrophes.ObjectEnd(tokens, sentence, outcomeEnd + 1) : outcomeEnd;
        // "The old mill will be derelict": a state of ruin must fall on a stake, not on one building or one firm.
        if (kind == Outcome.Wreck && !IsStake(document, tokens, sentence, subjectStart, i)) return null;
        // "The beaches will be deserted by Sunday", "the arcade will be deserted over the holidays": a state for an occasion.
        if (kind == Outcome.Wreck && (deadline is { } near && IsNoticeDate(tokens, near) || IsForAnOccasion(tokens, sentence, outcomeEnd))) return null;
        // "Half the town will be gone to the coast for the bank holiday": a set gone somewhere is on a trip.
        if (kind == Outcome.Gone && Departures.IsTrip(tokens, sentence, outcomeEnd)) return null;
        // "Within five years every lead pipe will be gone under the replacement programme": a loss on a plan's timetable.
        if ((kind is Outcome.Loss or Outcome.Gone or Outcome.Dead or Outcome.End || ending is { Passable: true }) && IsUnderPlan(tokens, sentence)) return null;
        // "Our high street will be dead": the death of a stake that never lived is its ruin, weighed as a state of ruin is.
        var deadStake = kind == Outcome.Dead && IsDeadStake(document, tokens, sentence, subjectStart, i, outcomeEnd, deadline);
        points += kind is Outcome.Die or Outcome.Ruin or Outcome.Unlivable or Outcome.Wreck || deadStake ? 1 : 0;
        var total = HasUniversalSubject(tokens, sentence, subjectStart, i) || StatedSets.Covers(tokens, sentence, subjectStart, i, plainPlural: kind is Outcome.Dead or Outcome.Wreck or Outcome.Unlivable, departs: kind == Outcome.Gone) || HasTotal(tokens, outcomeEnd, Math.Min(sentence.EndToken, Math.Max(objectEnd, beneficiary) + 2)) || duration is not null;
        // "Within three years public broadcasting will be dead": the death of a practice a society holds is a collective's loss;
        // "the deal will be dead by Friday" is one instance's, which news reports.
        // A state of ruin has passed the stake gate above, so its subject is the collective that bears it.
        var collective = kind == Outcome.Wreck || deadStake || HasSubjectVictim(document, tokens, subjectStart, i) || kind == Outcome.Dead && IsPractice(document, tokens, sentence, subjectStart, i)
            || active && HasVictim(document, tokens, outcomeEnd, objectEnd)
            || beneficiary > outcomeEnd && HasSubjectVictim(document, tokens, outcomeEnd + 1, beneficiary);
        points += (total ? 1 : 0) + (collective ? 1 : 0);
        var start = i;
        var end = Math.Max(objectEnd, duration ?? beneficiary);
        // "If we do nothing, the village schools will vanish": a loss of a collective stated as the price of inaction is the
        // fear appeal's threat, not a forecast. Only with a collective: a deadline and a condition are procedure ("if the
        // form is not sent by Friday, the grant will be lost"), and a totality alone is a sales pitch ("if you don't hurry,
        // the tickets will all be gone").
        if (collective && InactionConditions.Governs(tokens, sentence, i, end)) points++;
        if (deadline is { } dated)
        {
            points++;
            // The deadline belongs to the finding ("within three years the town paper will be dead", "will be dead within a
            // generation"), so the figure in it is the claim's own wording, not evidence for it.
            start = Math.Min(start, dated.Start);
            end = Math.Max(end, dated.End);
        }
        return new Reading(start, outcomeStart, end, points, Wreck: kind == Outcome.Wreck && ending is not { Passable: true },
            Harm: kind is Outcome.Die or Outcome.Ruin && collective);
    }

    /// <summary>
    /// An end state of <see cref="EndStateReader"/> where no outcome of this lexicon stands: a ruin or a closure weighed
    /// as a state of ruin (it needs a stake), a death or an absence as its own kind. A closure or an emptying can be
    /// undone, so it is <c>Passable</c>: it must last ("shut for good", "shuttered and derelict"), and a plan or a year makes it a schedule.
    /// </summary>
    private static ((Outcome Kind, int End) Outcome, bool Passable)? EndStateAt(ImmutableArray<Token> tokens, Sentence sentence, int k, bool perfect, bool state)
    {
        if ((state ? EndStateReader.StateAt(tokens, sentence, k) : EndStateReader.EventAt(tokens, sentence, k, perfect)) is not { Lasting: true } ending) return null;
        var kind = ending.Kind switch { EndStateKind.Dead => Outcome.Dead, EndStateKind.Gone => Outcome.Gone, _ => Outcome.Wreck };
        return ((kind, ending.End), ending.Kind is EndStateKind.Closed or EndStateKind.Empty);
    }

    /// <summary>Heads of a business or a side (dire_forecasts.txt's firm), in their forms.</summary>
    private static readonly Lazy<FrozenWordSet> Firms = new(() => NounFormsOf("firm").ToFrozenWordSet());

    /// <summary>Whether <paramref name="norm"/> is a business or a side (firm), as a possessive owner is read.</summary>
    internal static bool IsFirmWord(string norm) => Firms.Value.Contains(norm);

    /// <summary>Heads of a plan or a programme (dire_forecasts.txt's plan), in their forms.</summary>
    private static readonly Lazy<FrozenSet<string>> Plans = new(() => NounFormsOf("plan"));

    private static FrozenSet<string> NounFormsOf(string tag) =>
        Lexicon.Entries(tag).Where(words => words.Length == 1).SelectMany(words => Inflections.NounForms(words[0])).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A stake a state of ruin can fall on (issue 16): a collective or all of something (<see cref="HasSubjectVictim"/>,
    /// <see cref="HasTotal"/>), a practice a society holds (<see cref="IsPractice"/>), or a head WordNet files as a
    /// location, a natural object, a group or a possession — a place, a coast or a reef, a community, an institution, an
    /// industry, an asset ("the estuary towns", "the Sallow reefs", "the parish council", "the pension fund"). A state
    /// for an occasion or a while is a notice (<see cref="IsForAnOccasion"/>, a notice's date). A business or a side (firm: "the company will be bankrupt by
    /// March", "the squad will be finished") is one owner's news, and a building or a thing ("the old mill will be
    /// derelict") is a literal state.
    /// </summary>
    private static bool IsStake(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int from, int to)
    {
        if (from >= to) return false;
        var head = SubjectHead(tokens, from, to);
        if (Firms.Value.Contains(tokens[head])) return false;
        return HasUniversalSubject(tokens, sentence, from, to) || HasSubjectVictim(document, tokens, from, to) || IsPractice(document, tokens, sentence, from, to)
               || CommunityFacilities.Has(tokens, sentence, from, to, head)
               || NounTypes.OfHead(tokens, sentence, head) is NounType.Location or NounType.Object or NounType.Group or NounType.Possession;
    }

    /// <summary>
    /// A state of death (dead, defunct, extinct) said of a stake that never lived — a collective that is no people
    /// ("patients will be dead" is a death, scored as one), a place or a natural object: "our high street
    /// will be dead", "local radio in the valley will be defunct". The state must close its phrase ("dead money", "dead
    /// last" are other words), and, as a state of ruin, not be said of an occasion or by a notice's date ("the town
    /// centre will be dead at night", "by Sunday").
    /// </summary>
    private static bool IsDeadStake(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int from, int to, int end, (int Start, int End)? deadline)
    {
        if (end < sentence.EndToken && tokens[end].IsWord && !FunctionWords.Prepositions.Contains(tokens[end]) && !IsClauseEnd(tokens[end].Norm)) return false;
        if (deadline is { } near && IsNoticeDate(tokens, near) || IsForAnOccasion(tokens, sentence, end)) return false;
        // A group by its first sense is as often a thing or an evening ("the phone line will be dead", "the party will be
        // dead by midnight"), so a death needs a collective or a place. A practice keeps its two marks: "university
        // mathematics will be dead" is as often one department's news.
        var head = SubjectHead(tokens, from, to);
        if (from >= to || Firms.Value.Contains(tokens[head]) || NounTypes.OfHead(tokens, sentence, head) is NounType.Person) return false;
        return HasSubjectVictim(document, tokens, from, to) || NounTypes.OfHead(tokens, sentence, head) is NounType.Location or NounType.Object;
    }

    /// <summary>Conjunctions that end the clause of a state: "dead and buried", "dead if the levy stays".</summary>
    private static bool IsClauseEnd(string norm) => norm is "and" or "but" or "or" or "if" or "unless" or "once" or "when" or "because" or "as";

    /// <summary>The words that, right after a state, tie it to an occasion or a while: "on Christmas Day", "over the holidays", "until a tenant is found", "tonight".</summary>
    private static readonly FrozenSet<string> OccasionWords = FrozenSet.ToFrozenSet(["on", "over", "during", "at", "until", "till", "tonight", "tomorrow"], StringComparer.Ordinal);

    /// <summary>
    /// A state of ruin said of an occasion or a while, which passes: "the town centre will be deserted on Christmas Day",
    /// "the ground floor will be derelict until the council finds a tenant". A word of <see cref="OccasionWords"/> right
    /// after the state at <paramref name="end"/>.
    /// </summary>
    private static bool IsForAnOccasion(ImmutableArray<Token> tokens, Sentence sentence, int end) =>
        end < sentence.EndToken && (OccasionWords.Contains(tokens[end].Norm) || IsRecurringTime(tokens, sentence, end));

    /// <summary>Parts of the day (WordNet's time_of_day.n.01 and the parts of day.n.04), which come round every day.</summary>
    internal static readonly FrozenSet<string> PartsOfDay = FrozenSet.ToFrozenSet(
        ["morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "nightfall", "dusk", "dawn", "daybreak", "sunset", "sundown", "midnight", "noon"],
        StringComparer.Ordinal);


    /// <summary>
    /// A state that comes round with the day or the year, which passes as an occasion does: "the beach will be deserted
    /// in winter", "in the evenings", "the village will be deserted by nightfall" (the evacuation's day, not a
    /// horizon). "By" takes only a part of the day: "by next summer" is a forecast's horizon.
    /// </summary>
    private static bool IsRecurringTime(ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        if (tokens[end].Norm is not ("in" or "by")) return false;
        var k = end + 1;
        if (k < sentence.EndToken && tokens[k].Norm == "the") k++;
        if (k >= sentence.EndToken) return false;
        return PartsOfDay.Contains(tokens[k].Norm) || tokens[end].Norm == "in" && FunctionWords.Seasons.Contains(tokens[k].Norm);
    }

    /// <summary>
    /// "under the redevelopment plan", "under the replacement programme": "under" and, within a few words, a plan
    /// (dire_forecasts.txt's plan). A loss or an end on a plan's timetable is a schedule, not a forecast.
    /// </summary>
    internal static bool IsUnderPlan(ImmutableArray<Token> tokens, Sentence sentence) => IsUnder(tokens, sentence, Plans.Value);

    /// <summary>"under" and, within a few words, one of <paramref name="heads"/>.</summary>
    internal static bool IsUnder(ImmutableArray<Token> tokens, Sentence sentence, FrozenSet<string> heads)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].Norm != "under") continue;
            for (var j = k + 1; j < sentence.EndToken && j - k <= 4 && tokens[j].IsWord; j++)
                if (heads.Contains(tokens[j].Norm)) return true;
        }
        return false;
    }

    /// <summary>Just past "for good", "for a generation" within two words of <paramref name="from"/>, or null.</summary>
    internal static int? DurationEnd(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken && k - from <= 2 && tokens[k].IsWord; k++)
            if (Durations.Value.LongestAt(tokens, k, sentence.EndToken) is var length and > 0) return k + length;
        return null;
    }

    /// <summary>
    /// "Shared trust will not survive the decade", "the Welsh language won't last the century": the end of something
    /// held in common, forecast as a failure to go on, with the era it fails to outlast or a deadline. The verbs of going
    /// on count as a death; what fails must be a collective or an abstraction a society holds (a language, a freedom,
    /// an idea), since a person, a plant, a building or a team failing to last the winter is a prognosis or sport.
    /// </summary>
    private static Reading? NegatedSurvivalAt(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        int k;
        string negation;
        if (tokens[i].Norm == "won't") (k, negation) = (i + 1, "not");
        else if (WorstCasePredictions.ModalEnd(tokens, sentence, i) is int modalEnd && Negation.IsAdverb(sentence.NormAt(tokens, modalEnd))) (k, negation) = (modalEnd + 1, sentence.NormAt(tokens, modalEnd));
        else return null;
        if (document.IsHedged(i) || Match(Survivals.Value, tokens, sentence, k) is not var (_, verbEnd)) return null;
        var subjectStart = Catastrophes.SubjectStart(tokens, sentence, i);
        if (subjectStart == i || HasCount(tokens, subjectStart, i) || HasPartial(tokens, subjectStart, i)) return null;
        var head = SubjectHead(tokens, subjectStart, i);
        if (!HasTotal(tokens, subjectStart, i) && !HasSubjectVictim(document, tokens, subjectStart, i)
            && NounTypes.OfHead(tokens, sentence, head) is not (NounType.Cognition or NounType.Communication or NounType.Act or NounType.State
                or NounType.Attribute or NounType.Possession or NounType.Relation)) return null;
        // "will not survive the decade": the era is the deadline; otherwise a span or a near point in the clause.
        (int Start, int End)? deadline = sentence.NormAt(tokens, verbEnd) == "the" && SurvivedSpans.Contains(sentence.NormAt(tokens, verbEnd + 1))
            ? (verbEnd, verbEnd + 2) : DeadlineIn(tokens, sentence, i, verbEnd);
        if (deadline is not { } d) return null;
        // Two points: a death, and its deadline.
        return new Reading(Math.Min(i, d.Start), k, Math.Max(verbEnd, d.End), Points: 2, negation);
    }

    /// <summary>Base forms of the verbs of getting over a loss ("recover", "recuperate"), read only after "never".</summary>
    private static readonly Lazy<FrozenDictionary<string, Entry[]>> Recoveries = new(() => Group(Outcome.Die, "recover")
        .GroupBy(e => e.First, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Entry).ToArray(), StringComparer.Ordinal));

    /// <summary>
    /// "The valley's towns will never recover", "our high streets will never recover from this": a loss of what a
    /// collective holds forecast as permanent. Only "never" makes it so: "won't recover by the weekend" is a timetable.
    /// What fails to recover passes the gate of a negated survival: a collective, all of something, or an abstraction a
    /// society holds; one person ("he will never recover") is a prognosis, and a counted or partial subject an estimate.
    /// It counts as a death and a totality in time, so it needs no deadline.
    /// </summary>
    private static Reading? NeverRecoveryAt(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (WorstCasePredictions.ModalEnd(tokens, sentence, i) is not int modalEnd || sentence.NormAt(tokens, modalEnd) != "never") return null;
        if (document.IsHedged(i) || Match(Recoveries.Value, tokens, sentence, modalEnd + 1) is not var (_, verbEnd)) return null;
        var subjectStart = Catastrophes.SubjectStart(tokens, sentence, i);
        if (subjectStart == i || HasCount(tokens, subjectStart, i) || HasPartial(tokens, subjectStart, i) || SingularSubjects.Contains(tokens[i - 1].Norm)) return null;
        if (!HasTotal(tokens, subjectStart, i) && !HasSubjectVictim(document, tokens, subjectStart, i)
            && NounTypes.OfHead(tokens, sentence, SubjectHead(tokens, subjectStart, i)) is not (NounType.Cognition or NounType.Communication or NounType.Act
                or NounType.State or NounType.Attribute or NounType.Possession or NounType.Relation)) return null;
        return new Reading(i, modalEnd + 1, verbEnd, Points: 2, "never");
    }

    /// <summary>The adjectives of inability after "be" ("unable"), read with "to" and a verb; "able" is read negated.</summary>
    private static readonly FrozenSet<string> Unable = Lexicon.Words("unable");

    /// <summary>
    /// Just past a modal that opens a forecast at <paramref name="i"/> ("will", "won't", "is going to") and the negation
    /// adverb after it: the predicate's first token and the negation ("not" for "won't", "never"), or null when no
    /// modal opens there.
    /// </summary>
    private static (int Next, string? Negation)? AfterModal(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm == "won't") return (i + 1, "not");
        if (WorstCasePredictions.ModalEnd(tokens, sentence, i) is not int k) return null;
        var norm = sentence.NormAt(tokens, k);
        return Negation.IsAdverb(norm) ? (k + 1, norm) : (k, null);
    }

    /// <summary>
    /// "within a year the treasury will be unable to meet its debts", "by winter the county council will no
    /// longer be able to run its buses": a collective or an institution forecast unable to act. Inability is weighed
    /// like a loss (a club is also unable to play on Saturday), so it needs two marks: a deadline, totality in the
    /// subject, a collective heading it, or with a collective a condition of inaction. One person's inability is news
    /// ("the minister will be unable to attend"), and so is a counted one ("300 families will be unable to …": an
    /// estimate to be sourced).
    /// </summary>
    private static Reading? InabilityAt(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (AfterModal(tokens, sentence, i) is not var (k, negation)) return null;
        if (negation is null && Norm(k) == "no" && Norm(k + 1) == "longer") (k, negation) = (k + 2, "no longer");
        var outcomeStart = k;
        if (Norm(k) != "be" || document.IsHedged(i)) return null;
        var unable = negation is null ? Unable.Contains(Norm(k + 1)) : Norm(k + 1) == "able";
        if (!unable || Norm(k + 2) != "to" || k + 3 >= sentence.EndToken || !tokens[k + 3].IsWord) return null;
        if (HasWorksUnderWay(tokens, sentence, k + 4)) return null;
        var end = Catastrophes.ObjectEnd(tokens, sentence, k + 4);
        var deadline = DeadlineIn(tokens, sentence, i, end);
        // A deadline before the subject is no part of it: "within two years the treasury" counts no "two".
        // A universal further back opens a long subject: "every public science lab in the county will be derelict".
        var window = Catastrophes.SubjectStart(tokens, sentence, i);
        var subjectStart = Math.Max(SubjectClauses.UniversalAt(tokens, sentence, SubjectClauses.Start(tokens, sentence, i), window), deadline is { } d && d.End <= i ? d.End : 0);
        if (subjectStart == i || HasCount(tokens, subjectStart, i) || HasPartial(tokens, subjectStart, i)) return null;
        var head = SubjectHead(tokens, subjectStart, i);
        var headType = NounTypes.OfHead(tokens, sentence, head);
        if (SingularSubjects.Contains(tokens[i - 1].Norm) || headType is NounType.Person) return null;
        // An institution is a collective here: a group noun ("the council", "the health board") or a name after "the"
        // ("the Treasury"), whose inability to act falls on everyone it serves.
        var institution = headType is NounType.Group
            || FunctionWords.Definite.Contains(tokens[subjectStart]) && HasName(tokens, sentence, subjectStart + 1, head + 1);
        var collective = institution || HasSubjectVictim(document, tokens, subjectStart, i);
        var points = (HasTotal(tokens, subjectStart, i) ? 1 : 0) + (collective ? 1 : 0);
        if (collective && InactionConditions.Governs(tokens, sentence, i, end)) points++;
        var start = i;
        if (deadline is { } dated)
        {
            // "By Monday the clinic will be unable to take new patients": a notice's date marks no forecast.
            if (!IsNoticeDate(tokens, dated)) points++;
            start = Math.Min(start, dated.Start);
            end = Math.Max(end, dated.End);
        }
        return new Reading(start, outcomeStart, end, points, negation);
    }

    /// <summary>The conjunctions that bound or explain an inability by what goes on meanwhile: "while", "until", "because".</summary>
    private static readonly FrozenSet<string> WhileOrBecause = FrozenSet.ToFrozenSet(["while", "whilst", "until", "till", "because", "as"], StringComparer.Ordinal);

    /// <summary>Every form of the verbs of building work ("relaid" is read as "re-" and "laid", below).</summary>
    private static readonly Lazy<FrozenSet<string>> WorksForms = new(() =>
        Lexicon.Words("works").Where(w => !w.Contains(' ')).SelectMany(Inflections.VerbForms).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>
    /// "… unable to play home games at Tarn Meadow while the pitch is relaid", "until the stand is rebuilt", "because the
    /// roof is being repaired": an inability that lasts as long as building work under way or pending is a notice of
    /// works, not a forecast. The work is a verb of repair or building (dire_forecasts.txt's works, or "re-" and one of
    /// them: "relaid", "repaved") in the passive or the progressive after "be" — work that is done to the place or is
    /// going on — within the clause that "while", "until" or "because" opens after the inability's verb. A cause that
    /// is no work ("because the grant is cut") or work already done ("because it has built a stadium") leaves the forecast.
    /// </summary>
    private static bool HasWorksUnderWay(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken; k++)
        {
            if (!WhileOrBecause.Contains(tokens[k].Norm)) continue;
            for (var w = k + 2; w < sentence.EndToken && w - k <= 7 && tokens[w].IsWord; w++)
            {
                // "is relaid", "is being relaid", "are repairing".
                var be = tokens[w - 1].Norm == "being" ? w - 2 : w - 1;
                if (be > k && IsWorksForm(tokens[w].Norm) && FunctionWords.Copulas.Contains(tokens[be])) return true;
            }
        }
        return false;
    }

    /// <summary>A form of a verb of building work, or "re-" before one ("relaid", "repaved": the work done again).</summary>
    private static bool IsWorksForm(string norm) =>
        WorksForms.Value.Contains(norm) || norm.StartsWith("re", StringComparison.Ordinal) && WorksForms.Value.Contains(norm[2..]);

    /// <summary>
    /// A word of a date too near to be a forecast's horizon: a time unit shorter than a month (<see cref="TimeScale"/>:
    /// hours, days, weeks), one month ("within a month"; "within months" is a horizon), a weekend, tomorrow, tonight.
    /// </summary>
    private static bool IsNoticeWord(Token token) =>
        token.Norm is "month" or "weekend" or "tomorrow" or "tonight" || TimeScale.RankOf(token) < TimeScale.RankOf("month");

    /// <summary>
    /// "By Friday", "within a week", "by next week", "by the end of the month", "by September": the date a service notice
    /// gives for a closure or a change of staff ("by Thursday the court will be unable to hear the case", "within a week
    /// there will be no such thing as a ticket inspector on the line"). An inability or an absence that near is news of
    /// a plan already made, not a forecast's horizon, which is a season, months or years ("by next summer", "within
    /// eighteen months"). Read only for the outcomes weighed like a loss; a death or a ruin by Friday is dire at any range.
    /// </summary>
    internal static bool IsNoticeDate(ImmutableArray<Token> tokens, (int Start, int End) deadline)
    {
        for (var k = deadline.Start; k < deadline.End; k++)
            if (IsNoticeWord(tokens[k])
                || tokens[k].IsCapitalized && (FunctionWords.Months.Contains(tokens[k]) || FunctionWords.Weekdays.Contains(tokens[k]))) return true;
        return false;
    }

    /// <summary>Age cohorts (dire_forecasts.txt's cohort: "generation"), in their forms.</summary>
    private static readonly Lazy<FrozenSet<string>> Cohorts = new(() => NounFormsOf("cohort"));

    /// <summary>The goods of an ordinary life a cohort may be forecast never to reach (attain: "own", "read", "retire").</summary>
    private static readonly FrozenSet<string> Attainments = Lexicon.Words("attain");

    /// <summary>
    /// "A generation of young nurses will never own a flat", "Carrow is raising a generation that will never read a
    /// novel": a lost generation, an age cohort forecast never to reach an ordinary good of life (ownership, literacy, a
    /// skill, retirement), as the forecast's subject or in a relative clause on it. The cohort is the collective and
    /// "never" a totality in time, so it needs no deadline. Only an indefinite cohort ("a", "an entire") or the first
    /// to lose the good ("we are the first generation that will never retire"): "my generation will never own a flat"
    /// is the writer's own complaint. Only "never" and the verbs of a good: "won't read it by
    /// Friday" is a timetable, and "a generation that will never forget" or "… never know war" is memory or good fortune.
    /// </summary>
    private static Reading? LostGenerationAt(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (AfterModal(tokens, sentence, i) is not (var verb, "never") || document.IsHedged(i) || i == sentence.FirstToken) return null;
        if (verb >= sentence.EndToken || !Attainments.Contains(Norm(verb))) return null;
        // The cohort heads the subject ("a generation of young nurses will") or the relative clause's antecedent ("a generation that will").
        var last = RelativePronouns.Contains(Norm(i - 1)) ? i - 2 : i - 1;
        var head = last;
        while (head > sentence.FirstToken && i - head <= 6 && !Cohorts.Value.Contains(Norm(head))) head--;
        if (head <= sentence.FirstToken || !Cohorts.Value.Contains(Norm(head))) return null;
        // "a generation of young nurses": people after "of"; "a generation of tablets that will never read old cards" is a product line.
        if (head < last && (Norm(head + 1) != "of" || NounTypes.OfHead(tokens, sentence, last) is not NounType.Person)) return null;
        var article = Total.Contains(Norm(head - 1)) ? head - 2 : head - 1;
        // "we are the first generation that will never retire": the first cohort to lose the good is a lost one told as
        // unprecedented, the writer's own included.
        var firstToLose = article - 1 >= sentence.FirstToken && Norm(article) == "first" && Norm(article - 1) == "the";
        if (firstToLose) article--;
        if (article < sentence.FirstToken || !firstToLose && Norm(article) is not ("a" or "an") || HasCount(tokens, article, i)) return null;
        return new Reading(article, verb, Catastrophes.ObjectEnd(tokens, sentence, verb + 1), Points: 2, "never");
    }

    /// <summary>Words that open a relative clause of inability after a collective: "a generation that cannot swim".</summary>
    private static readonly FrozenSet<string> RelativePronouns = FrozenSet.ToFrozenSet(["who", "that"], StringComparer.Ordinal);

    /// <summary>
    /// "We will have raised a generation that cannot swim", "within five years we will have a nation of adults
    /// who cannot hold a job": a forecast whose outcome is a whole people made unable, named as a large collective
    /// ("a generation", "a country", "a nation of …") with a relative clause of inability. The collective is one mark;
    /// a deadline, the future perfect or a condition of inaction is the second. Only a large collective or a totality:
    /// "the school will have a class of pupils who cannot swim" is a timetable; and only an active inability: "a
    /// generation that cannot be fooled" is praise.
    /// </summary>
    private static Reading? InabilityRelativeAt(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (WorstCasePredictions.ModalEnd(tokens, sentence, i) is not int k || document.IsHedged(i)) return null;
        var outcomeStart = k;
        var perfect = Norm(k) == "have" && k + 1 < sentence.EndToken && tokens[k + 1].IsWord && !FunctionWords.IndefiniteSingular.Contains(Norm(k + 1));
        // The verb that brings the collective about: "have", "have raised", "raise", "leave".
        var article = k + 1;
        for (; article < sentence.EndToken && article - k <= 2 && !FunctionWords.IndefiniteSingular.Contains(Norm(article)); article++)
            if (!tokens[article].IsWord || FunctionWords.Prepositions.Contains(Norm(article))) return null;
        if (article >= sentence.EndToken || Norm(article) is not ("a" or "an")) return null;
        var relative = article + 1;
        while (relative < sentence.EndToken && relative - article <= 6 && tokens[relative].IsWord && !RelativePronouns.Contains(Norm(relative))) relative++;
        if (!RelativePronouns.Contains(Norm(relative))) return null;
        var verb = Norm(relative + 1) is "cannot" or "can't" ? relative + 2 : Norm(relative + 1) == "can" && Norm(relative + 2) == "not" ? relative + 3 : -1;
        if (verb < 0 || verb >= sentence.EndToken || !tokens[verb].IsWord || Norm(verb) == "be") return null;
        if (!HasTotal(tokens, article, relative) && !Catastrophes.NamesLargeIn(document.Actors, tokens, article, relative)) return null;
        if (HasCount(tokens, article, relative)) return null;
        var end = Catastrophes.ObjectEnd(tokens, sentence, verb + 1);
        var points = 1 + (perfect ? 1 : 0) + (InactionConditions.Governs(tokens, sentence, i, end) ? 1 : 0);
        var start = i;
        if (DeadlineIn(tokens, sentence, i, end) is { } deadline)
        {
            points++;
            start = Math.Min(start, deadline.Start);
            end = Math.Max(end, deadline.End);
        }
        return new Reading(start, outcomeStart, end, points);
    }

    /// <summary>
    /// "There will never be another free press in this province", "there won't be another local paper in the county":
    /// total loss as a negative existential of the next one, for a collective or what a society holds in common. Praise
    /// compares a person or a thing with the last ("another player like her", "another summer quite as good"), and a
    /// person is no shared good.
    /// </summary>
    private static Reading? NoOtherAt(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (Norm(i) is not ("there" or "there'll")) return null;
        var k = i + 1;
        if (Norm(i) == "there" && Norm(k) is "will" or "shall" or "'ll" or "won't") k++;
        var negation = Negation.IsAdverb(Norm(k)) ? Norm(k) : "not";
        if (Negation.IsAdverb(Norm(k))) k++;
        else if (Norm(k - 1) != "won't") return null;
        if (Norm(k) != "be" || Norm(k + 1) != "another" || document.IsHedged(i)) return null;
        var from = k + 2;
        var to = Catastrophes.ObjectEnd(tokens, sentence, from);
        if (to == from) return null;
        for (var j = from; j < to; j++)
            if (tokens[j].Norm is "like" or "as" or "quite") return null;
        var head = SubjectHead(tokens, from, to);
        if (NounTypes.OfHead(tokens, sentence, head) is NounType.Person or NounType.Name || HasCount(tokens, from, to)) return null;
        // Two points: the totality of "never another", and the collective it falls on.
        // The outcome is "be another …" under its negation: "there might never be another free election".
        return HasSubjectVictim(document, tokens, from, to) ? new Reading(i, k, to, Points: 2, negation) : null;
    }

    /// <summary>
    /// "Within a decade there will be no such thing as a village doctor", "by spring there will be no such thing as
    /// local news": the whole of a kind forecast out of existence, with a deadline. The negated existence is the
    /// totality, the deadline the second mark. The kind must be a role people hold, a collective or what a society holds
    /// (a practice named as a kind, with a modifier: "collective bargaining"; a bare head is as often a disease, "no such
    /// thing as malaria"): the end of a thing is a sale or an upgrade ("no such thing as a paper ticket"), and the end of
    /// a harm is hope. Without a deadline the same words are as often a pledge ("under this law there
    /// will be no such thing as a second-class citizen").
    /// </summary>
    private static Reading? NoSuchThingAt(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (Norm(i) is not ("there" or "there'll")) return null;
        var k = i + 1;
        if (Norm(i) == "there" && Norm(k) is "will" or "shall" or "'ll") k++;
        else if (Norm(i) == "there") return null;
        if (Norm(k) != "be" || Norm(k + 1) != "no" || Norm(k + 2) != "such" || Norm(k + 3) != "thing" || Norm(k + 4) != "as" || document.IsHedged(i)) return null;
        var from = k + 5;
        var to = Catastrophes.ObjectEnd(tokens, sentence, from);
        var head = to == from ? from : SubjectHead(tokens, from, to);
        if (to == from || HasCount(tokens, from, to) || Catastrophes.IsHeadedByHarm(tokens, from, head + 1)) return null;
        var role = NounTypes.OfHead(tokens, sentence, head) is NounType.Person;
        if (!role && !HasSubjectVictim(document, tokens, from, to) && !IsPractice(document, tokens, sentence, from, to)) return null;
        if (DeadlineIn(tokens, sentence, i, to) is not { } deadline || IsNoticeDate(tokens, deadline)) return null;
        return new Reading(Math.Min(i, deadline.Start), k, Math.Max(to, deadline.End), Points: 2);
    }

    /// <summary>What a shop or a booking runs out of ("no tickets left"): the same words as the negative existential's.</summary>
    private static readonly FrozenSet<string> BenignLeftovers = WorstCasePredictions.Cues.Words("left-benign");

    /// <summary>
    /// "In five years the county will not have a single bank branch left", "by spring the valley will have no farms
    /// left": total loss told as what a collective will have left, the possessive twin of "there will be no trout left".
    /// The subject must be a collective or a place (a state, a community, a region: <see cref="HasSubjectVictim"/>);
    /// the negated "have" with "a single", "any", "no" or "none" before "left" is its totality, and a deadline of a
    /// season or longer its second mark. A shop, a team or a household running out is a notice or sport ("the bakery
    /// will have no bread left by noon", "the club will have no fit strikers left by Saturday"), and so is what a
    /// booking runs out of ("no seats left").
    /// </summary>
    private static Reading? NoneLeftAt(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (AfterModal(tokens, sentence, i) is not var (k, negation)) return null;
        if (Norm(k) != "have" || document.IsHedged(i)) return null;
        var item = k + 1;
        var none = negation is null ? Norm(item) is "no" or "none" or "nothing" : Norm(item) is "a" && Norm(item + 1) == "single" || Norm(item) is "any";
        if (!none) return null;
        var left = item + 1;
        for (; left < sentence.EndToken && left - item <= 5 && tokens[left].IsWord && Norm(left) != "left"; left++)
            if (BenignLeftovers.Contains(Norm(left))) return null;
        if (Norm(left) != "left" || HasCount(tokens, item, left) || IsUnderPlan(tokens, sentence)) return null;
        if (DeadlineIn(tokens, sentence, i, left + 1) is not { } deadline || IsNoticeDate(tokens, deadline)) return null;
        var subjectStart = Math.Max(Catastrophes.SubjectStart(tokens, sentence, i), deadline.End <= i ? deadline.End : 0);
        if (subjectStart == i || HasCount(tokens, subjectStart, i) || HasPartial(tokens, subjectStart, i)) return null;
        var place = NounTypes.OfHead(tokens, sentence, SubjectHead(tokens, subjectStart, i)) is NounType.Location;
        if (!place && !HasSubjectVictim(document, tokens, subjectStart, i)) return null;
        // Two points: the totality of none left, and its deadline.
        return new Reading(Math.Min(i, deadline.Start), k, Math.Max(left + 1, deadline.End), Points: 2, negation);
    }

    /// <summary>A capitalized word in the range that does not open the sentence: a name.</summary>
    private static bool HasName(ImmutableArray<Token> tokens, Sentence sentence, int from, int to)
    {
        for (var k = Math.Max(from, sentence.FirstToken + 1); k < to; k++)
            if (tokens[k].IsWord && tokens[k].IsCapitalized) return true;
        return false;
    }

    /// <summary>
    /// The head of a noun phrase: its last word before its first preposition ("democracy in Westmarch") or before a
    /// comparison that names its kind ("towns like ours" is towns). A comparison with one person ("players like him",
    /// "people like my grandmother") names people of a kind, not a collective, so the head is the person's.
    /// </summary>
    internal static int SubjectHead(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (FunctionWords.Prepositions.Contains(tokens[k])) return k - 1;
            if (tokens[k].Norm == "like" && !IsOnePerson(tokens, k + 1, to)) return k - 1;
        }
        return to - 1;
    }

    /// <summary>"him", "her", "me", "my grandmother", "a nurse": one person as the standard of a comparison.</summary>
    private static bool IsOnePerson(ImmutableArray<Token> tokens, int k, int to)
    {
        if (k < to && tokens[k].Norm is "him" or "her" or "me") return true;
        if (k < to && (FunctionWords.Possessive.Contains(tokens[k]) || FunctionWords.Definite.Contains(tokens[k])
                       || FunctionWords.IndefiniteSingular.Contains(tokens[k]))) k++;
        return k < to && !tokens[k].IsCapitalized && NounTypes.Of(tokens[k]) == NounType.Person && !tokens[k].Norm.EndsWith('s');
    }

    /// <summary>
    /// The eras a forecast can name as the time of an end: "the year", "the decade". A day, a week or a season is a
    /// fixture's time ("Friday will be the day interest disappears from the tie", "the week summer dies"), not an era.
    /// </summary>
    private static readonly FrozenSet<string> Eras = FrozenSet.ToFrozenSet(["year", "decade", "century", "generation"], StringComparer.Ordinal);

    /// <summary>
    /// "2031 will be the year local radio dies", "this will be the decade the family farm dies": an era named as the
    /// time of a death, which states the end as fixed as a date. Two points: a death, and the certainty of its era. What
    /// dies must be held in common — a practice, a collective or a large stake — and no person ("the year my uncle dies"
    /// is a family's grief) nor a harm ("the year the virus dies" is hope).
    /// </summary>
    private static Reading? EraOfDeathAt(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (WorstCasePredictions.ModalEnd(tokens, sentence, i) is not int k || Norm(k) != "be" || Norm(k + 1) != "the" || !Eras.Contains(Norm(k + 2))
            || document.IsHedged(i)) return null;
        var from = k + 3;
        if (Norm(from) is "that" or "when") from++;
        else if (Norm(from) == "in" && Norm(from + 1) == "which") from += 2;
        for (var verb = from + 1; verb < sentence.EndToken && verb - from <= 5 && tokens[verb].IsWord; verb++)
        {
            if (Match(BaseForms.Value, tokens, sentence, verb) is not var (kind, verbEnd)) continue;
            if (kind != Outcome.Die && !(kind == Outcome.Loss && IsIntransitiveLoss(tokens[verb].Norm))) return null;
            if (NounTypes.OfHead(tokens, sentence, SubjectHead(tokens, from, verb)) is NounType.Person or NounType.Name
                || Catastrophes.IsHeadedByHarm(tokens, from, verb) || HasCount(tokens, from, verb)) return null;
            // The era already names the end as a society's, so a bare abstraction needs no modifier here ("the year privacy dies").
            if (!IsPractice(document, tokens, sentence, from, verb, bareHead: true) && !HasSubjectVictim(document, tokens, from, verb)) return null;
            // The era's subject belongs to the claim: "2031", "next year", "this".
            var subjectStart = i > sentence.FirstToken && tokens[i - 1].IsYear ? i - 1 : Catastrophes.SubjectStart(tokens, sentence, i);
            return new Reading(subjectStart, k, verbEnd, Points: 2);
        }
        return null;
    }

    /// <summary>
    /// "Public broadcasting", "collective bargaining", "trial by jury": a bare singular noun phrase headed by an
    /// abstraction (a practice, a right, an institution, an idea) and named as a kind by a modifier before its head,
    /// or by "of" or "by" and a bare noun after it (<see cref="IsNamedByKind"/>), names what a society holds, not one
    /// instance of it ("the deal", "a bill"); a discipline in -ics is singular ("university mathematics"). A bare plural
    /// is left out: "talks will be dead by Friday" is news of one negotiation; so is a bare head, which is as often a
    /// mood or the state of one contest ("by spring interest will be dead", "conversation will be dead at the summit"), unless <paramref name="bareHead"/> says the frame around it
    /// already makes the end a society's (an era named for it: "2031 will be the year privacy dies"). A name's possessive
    /// before it is its owner (<see cref="IsPlaceOwner"/>): a place's practice is still a society's ("Europe's
    /// mathematics"), anyone else's is one owner's ("Verhoeven's career will be dead by Friday").
    /// </summary>
    internal static bool IsPractice(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int from, int to, bool bareHead = false)
    {
        if (from >= to || !tokens[from].IsWord) return false;
        var named = tokens[from].IsCapitalized && tokens[from].HasPossessiveEnding;
        if (named && !IsPlaceOwner(document, tokens, from)) return false;
        if (HasName(tokens, sentence, named ? from + 1 : from, to)) return false;
        var first = tokens[from].Norm;
        if (FunctionWords.Definite.Contains(first) || FunctionWords.Possessive.Contains(first) || FunctionWords.IndefiniteSingular.Contains(first)
            || FunctionWords.PersonPronouns.Contains(first) || FunctionWords.AuthorPronouns.Contains(first)) return false;
        var headIndex = SubjectHead(tokens, from, to);
        if (headIndex == from && !bareHead && !IsNamedByKind(tokens, sentence, headIndex, to)) return false;
        var head = tokens[headIndex].Norm;
        var type = NounTypes.OfHead(tokens, sentence, headIndex);
        // "physics", "economics": a discipline in -ics is a singular mass noun, not a bare plural.
        var discipline = type is NounType.Cognition && head.EndsWith("ics", StringComparison.Ordinal);
        if (head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && !discipline) return false;
        return type is NounType.Cognition or NounType.Communication or NounType.Act
            or NounType.State or NounType.Attribute or NounType.Possession or NounType.Relation;
    }

    /// <summary>
    /// "Europe's", "Kent's", "Britain's": a place named as an owner, by the actor gazetteer (a state, a capital, a
    /// demonym) or by WordNet (a location, or a natural object such as a continent or an island). A name neither knows
    /// is read as a person's ("Verhoeven's"): one owner's practice is news of that owner.
    /// </summary>
    private static bool IsPlaceOwner(DocumentModel document, ImmutableArray<Token> tokens, int owner) =>
        document.Actors.PossessorAt(tokens.AsSpan(), owner) is ActorClass.State or ActorClass.Metonym or ActorClass.Demonym
        || NounTypes.OfWord(tokens[owner].NormWithoutPossessive) is NounType.Location or NounType.Object;

    /// <summary>
    /// "trial by jury", "freedom of speech": a bare head with "of" or "by" and a bare noun after it names a kind as a
    /// modifier before the head does; "competition at the top" (a determiner) is one place's.
    /// </summary>
    private static bool IsNamedByKind(ImmutableArray<Token> tokens, Sentence sentence, int head, int to)
    {
        if (head + 2 >= to || tokens[head + 1].Norm is not ("of" or "by")) return false;
        var kind = tokens[head + 2];
        return kind.IsWord && !kind.IsCapitalized && NounTypes.OfHead(tokens, sentence, head + 2) is not null
               && !FunctionWords.Definite.Contains(kind) && !FunctionWords.Possessive.Contains(kind) && !FunctionWords.IndefiniteSingular.Contains(kind);
    }

    /// <summary>A collective heading the noun phrase, or the phrase before its first preposition ("democracy in Westmarch").</summary>
    internal static bool HasSubjectVictim(DocumentModel document, ImmutableArray<Token> tokens, int from, int to) =>
        from < to && (HasVictim(document, tokens, from, to) || HasVictim(document, tokens, from, SubjectHead(tokens, from, to) + 1));

    /// <summary>
    /// "Lose this vote, and we lose everything", "One more winter like this and the valley's farms die": a first clause
    /// that names a single step (an imperative or "one …") joined by "and" to a present outcome, which follows from it
    /// as certainly as the conjunction says. <paramref name="i"/> is the "and".
    /// </summary>
    private static Reading? ConditionalConjunctionAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm != "and" || i - sentence.FirstToken is < 2 or > 7) return null;
        if (!OpensWithSingleStep(tokens, sentence)) return null;
        var subjectStart = i + 1;
        var verb = subjectStart;
        // The second clause is in the present ("we lose everything"); a modal there is a forecast, read as one.
        while (verb < sentence.EndToken && verb - subjectStart < 4 && tokens[verb].IsWord && Match(BaseForms.Value, tokens, sentence, verb) is null)
        {
            if (WorstCasePredictions.ModalEnd(tokens, sentence, verb) is not null || FunctionWords.Auxiliaries.Contains(tokens[verb])) return null;
            verb++;
        }
        if (verb == subjectStart || Match(BaseForms.Value, tokens, sentence, verb) is not var (kind, outcomeEnd)) return null;
        var objectEnd = Catastrophes.ObjectEnd(tokens, sentence, outcomeEnd);
        var points = 1 + (kind is Outcome.Die or Outcome.Ruin ? 1 : 0);
        if (HasTotal(tokens, subjectStart, verb) || HasTotal(tokens, outcomeEnd, objectEnd)) points++;
        if (kind is Outcome.Ruin or Outcome.Loss && !IsIntransitiveLoss(tokens[verb].Norm) && objectEnd == outcomeEnd) return null;
        return new Reading(subjectStart, verb, objectEnd, points);
    }

    /// <summary>
    /// "One faulty valve", "another winter like this", "Sign this treaty": the first clause names a single step, by "one"
    /// or "another", or as an imperative — a word that is no function word, then a determiner ("Lose this vote").
    /// </summary>
    private static bool OpensWithSingleStep(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var first = tokens[sentence.FirstToken];
        if (first.Norm is "one" or "another") return true;
        var second = sentence.NormAt(tokens, sentence.FirstToken + 1);
        return first.IsWord && !FunctionWords.Prepositions.Contains(first) && !FunctionWords.Definite.Contains(first)
               && !FunctionWords.Possessive.Contains(first) && !FunctionWords.PersonPronouns.Contains(first) && !FunctionWords.AuthorPronouns.Contains(first)
               && !first.Norm.EndsWith("ly", StringComparison.Ordinal)
               && (FunctionWords.Definite.Contains(second) || FunctionWords.Possessive.Contains(second) || FunctionWords.IndefiniteSingular.Contains(second));
    }

    /// <summary>What a loss or a ruin must fall on: all of something, a collective, or a person ("lose them"); not a contest or a thing.</summary>
    private static bool ObjectIsDire(DocumentModel document, ImmutableArray<Token> tokens, int from, int to, Outcome kind)
    {
        if (to == from || FunctionWords.Prepositions.Contains(tokens[from]) || Catastrophes.HasBenignIn(tokens, from, to)) return false;
        for (var k = from; k < to; k++)
            if (Contests.Contains(tokens[k])) return false;
        if (Catastrophes.IsHeadedByHarm(tokens, from, to)) return false;
        return HasTotal(tokens, from, to) || HasVictim(document, tokens, from, to) || kind == Outcome.Loss && PersonalObjects.Contains(tokens[from].Norm);
    }

    /// <summary>"vanish", "disappear", "die out": losses that take no object, in every form.</summary>
    private static readonly Lazy<FrozenSet<string>> IntransitiveLosses = new(() =>
        new[] { "disappear", "vanish", "die" }.SelectMany(Inflections.VerbForms).ToFrozenSet(StringComparer.Ordinal));

    private static bool IsIntransitiveLoss(string norm) => IntransitiveLosses.Value.Contains(norm);

    /// <summary>Most words of the subject before the verb of a death clause ("a child on the estate").</summary>
    private const int DeathSubjectWords = 5;

    /// <summary>
    /// A death of people told in the present of a clause that a time frame takes as coming: "before a child dies",
    /// "until someone is killed", "before patients get killed". The verb is a death verb of the lexicon (die.v.01 and
    /// hyponyms, in its base or third-person form) or "be"/"get" and a killing verb's participle; its subject, at most
    /// a few words from <paramref name="start"/>, is people: a victim or collective (<see cref="HasVictim"/>), or a head
    /// that names people (<see cref="IsPersonHead"/>). A thing's death ("before the battery dies") is no threat. Returns the
    /// end of the verb.
    /// </summary>
    internal static int? DeathClauseAt(DocumentModel document, Sentence sentence, int start)
    {
        var tokens = document.Tokens;
        for (var verb = start + 1; verb < sentence.EndToken && verb - start <= DeathSubjectWords; verb++)
        {
            if (!tokens[verb].IsWord) return null;
            int? end = Match(BaseForms.Value, tokens, sentence, verb) is (Outcome.Die, var dies) ? dies
                : tokens[verb].Norm is "is" or "are" or "gets" or "get" && Match(Participles.Value, tokens, sentence, verb + 1) is (Outcome.Ruin, var killed) ? killed
                : null;
            if (end is null) continue;
            return HasVictim(document, tokens, start, verb) || IsPersonHead(tokens[verb - 1]) ? end : null;
        }
        return null;
    }

    /// <summary>A subject head that names people: an indefinite person, or a person or group noun of WordNet ("cyclist", "crowd").</summary>
    private static bool IsPersonHead(Token head) =>
        head.Norm is "someone" or "somebody" or "anyone" or "anybody"
        || SourceNouns.Of(head) is { Kind: SourceNounKind.Person or SourceNounKind.Group };

    /// <summary>A totality in the subject [<paramref name="from"/>, <paramref name="to"/>): a word of totality, or the universal that opens its set ("each public science lab", <see cref="SubjectClauses"/>).</summary>
    private static bool HasUniversalSubject(ImmutableArray<Token> tokens, Sentence sentence, int from, int to) =>
        HasTotal(tokens, from, to) || SubjectClauses.UniversalAt(tokens, sentence, from, to) < to;

    internal static bool HasTotal(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].IsWord && Total.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// Whether a collective heads the phrase [<paramref name="from"/>, <paramref name="to"/>): a victim, a human
    /// collective, a large noun or a state ("mothers", "the village", "Europe's", "millions"). It must end the phrase or
    /// own its head ("the village fete" is a fete), and a totality word ("everything") is counted once, as totality.
    /// </summary>
    internal static bool HasVictim(DocumentModel document, ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!tokens[k].IsWord || Total.Contains(tokens[k])) continue;
            int? end = Catastrophes.LongestAt(tokens, k, to, CatastropheClass.Victim, CatastropheClass.Large)?.End;
            if (end is null && Collectives.Value.LongestAt(tokens, k, to) is var collective and > 0) end = k + collective;
            if (end is null && document.Actors.Match(tokens.AsSpan(0, to), k) is var (length, cls) && cls.FieldsForces()) end = k + length;
            if (end is int e && (e == to || ModifierSlots.IsPossessiveNoun(tokens[e - 1]))) return true;
        }
        return false;
    }

    /// <summary>A figure in the range: "will kill 300 people" is an estimate to be sourced, not a worst case.</summary>
    internal static bool HasCount(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].Kind == TokenKind.Number || FunctionWords.IsCardinal(tokens[k]) && tokens[k].Norm is not "one") return true;
        return false;
    }

    private static bool HasPartial(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].Norm is "some" or "several" or "few") return true;
        return false;
    }

    /// <summary>"will kill more people than cancer": a comparison is an estimate to be sourced, not a worst case.</summary>
    private static bool IsComparison(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken && k - from < 6; k++)
            if (tokens[k].Norm is "than" or "more" or "fewer") return true;
        return false;
    }

    /// <summary>A year in the sentence ("by 2050", "in 2019"): a projection, a schedule or history.</summary>
    internal static bool HasYear(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].IsYear) return true;
        return false;
    }

    /// <summary>
    /// A deadline in the clause around the modal at <paramref name="modal"/>: from a dozen words before it to a few words
    /// past the outcome ending at <paramref name="to"/>. A span ("within two years", "in a decade"), a near point ("by September", "by
    /// Christmas", "by fourteen", "before the end of the year"), "this winter", or an event or a period
    /// (<see cref="DeadlineReader"/>: "before the next election"). A year is a schedule, not a deadline.
    /// </summary>
    internal static (int Start, int End)? DeadlineIn(ImmutableArray<Token> tokens, Sentence sentence, int modal, int to)
    {
        var limit = Math.Min(sentence.EndToken, to + 4);
        for (var k = Math.Max(sentence.FirstToken, modal - 12); k < limit; k++)
            if ((DeadlineEnd(tokens, sentence, k) ?? DeadlineReader.EndAt(tokens, sentence, k)) is int end) return (k, end);
        return null;
    }

    private static int? DeadlineEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        switch (Norm(k))
        {
            case "within" or "in":
                var j = k + 1;
                if (Norm(j) is "the" && Norm(j + 1) is "next") j += 2;
                if (Norm(j) is "a" or "an" && Norm(j + 1) is "few" or "couple") j += Norm(j + 2) == "of" ? 3 : 2;
                else if (Norm(j) is "a" or "an" || j < sentence.EndToken && (tokens[j].Kind == TokenKind.Number && !tokens[j].IsYear || FunctionWords.IsCardinal(Norm(j)))) j++;
                else if (Norm(k) == "in") return null;
                return SpanUnits.Contains(Norm(j)) ? j + 1 : null;
            case "by" or "before":
                var n = k + 1;
                if (n >= sentence.EndToken) return null;
                if (NearTimes.Contains(Norm(n)) || tokens[n].IsCapitalized && (FunctionWords.Months.Contains(Norm(n)) || FunctionWords.Weekdays.Contains(Norm(n)))) return n + 1;
                // "by fourteen": an age, a small cardinal word; a year in digits is a schedule.
                if (tokens[n].IsWord && FunctionWords.IsCardinal(Norm(n))) return n + 1;
                if (Norm(n) is "the" && Norm(n + 1) is "end" && Norm(n + 2) is "of") return n + 5 <= sentence.EndToken ? n + 5 : null;
                if (Norm(n) is "next" && SpanUnits.Contains(Norm(n + 1) + "s")) return n + 2;
                // "by next spring", "before this winter".
                if (Norm(n) is "next" or "this" && NearTimes.Contains(Norm(n + 1))) return n + 2;
                // "by the summer", "before the winter": a season with its article is the coming one, as "by summer" is.
                if (Norm(n) is "the" && FunctionWords.Seasons.Contains(Norm(n + 1))) return n + 2;
                return null;
            case "this" or "next":
                return k + 1 < sentence.EndToken && NearTimes.Contains(Norm(k + 1)) && Norm(k + 1) is "spring" or "summer" or "autumn" or "winter" ? k + 2 : null;
            default:
                return null;
        }
    }

    /// <summary>"worth half what it is today", "worth nothing": a state of ruin by degree (<see cref="FractionalWorth"/>).</summary>
    private static (Outcome Kind, int End)? WorthAt(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        FractionalWorth.EndAt(tokens, sentence, k) is int end ? (Outcome.Wreck, end) : null;

    /// <summary>The outcome at <paramref name="k"/> in one of the form tables: its kind and where it ends.</summary>
    private static (Outcome Kind, int End)? Match(FrozenDictionary<string, Entry[]> forms, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || !tokens[k].IsWord || !forms.TryGetValue(tokens[k].Norm, out var entries)) return null;
        (Outcome, int)? best = null;
        foreach (var entry in entries)
        {
            if (k + 1 + entry.Rest.Length > sentence.EndToken) continue;
            var matches = true;
            for (var p = 0; p < entry.Rest.Length && matches; p++) matches = tokens[k + 1 + p].Norm == entry.Rest[p];
            if (matches && (best is not var (_, end) || k + 1 + entry.Rest.Length > end)) best = (entry.Kind, k + 1 + entry.Rest.Length);
        }
        return best;
    }

    private static IEnumerable<(string First, Entry Entry)> Group(Outcome kind, string tag) =>
        Lexicon.Entries(tag).Select(words => (words[0], new Entry(kind, words[1..])));

    /// <summary>
    /// A noun of a state after "be", in the forms a predicate takes it: with its article ("a ghost town", "a wreck"), in
    /// the plural ("ghost towns"), after "in" ("in ruins") or bare, as a mass noun is ("rubble").
    /// </summary>
    private static IEnumerable<(string First, Entry Entry)> NounStates(Outcome kind, string tag) =>
        Lexicon.Entries(tag).SelectMany(words => Inflections.NounForms(words[^1]).Skip(1).SelectMany(plural => new[] { words[..^1].Append(plural).ToArray(), ["in", .. words[..^1], plural] })
                .Append(words).Append([words[0][0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a", .. words]))
            .Select(forms => (forms[0], new Entry(kind, forms[1..])));

    private static FrozenDictionary<string, Entry[]> VerbForms(Func<string, string, bool> isWanted) =>
        Group(Outcome.Die, "die").Concat(Group(Outcome.Ruin, "ruin")).Concat(Group(Outcome.Loss, "loss"))
            .SelectMany(e => Inflections.VerbForms(e.First).Where(form => isWanted(form, e.First)).Select(form => (Form: form, e.Entry)))
            .GroupBy(e => e.Form, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Entry).Distinct().ToArray(), StringComparer.Ordinal);
}
