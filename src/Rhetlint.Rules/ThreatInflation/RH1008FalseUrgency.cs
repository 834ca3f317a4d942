using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>RH1008 — manufactured urgency.</summary>
public sealed class RH1008FalseUrgency : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags an appeal to time in the writer's voice — a cue ("time is
            running out", "the window is closing", "before it's too late", "the clock is ticking", "point of no return",
            "now or never"), "the window to … is closing", or a countdown ("we have two winters left", "we have only ten
            years to save …") — when it sits next to a call to act (must, should, need to, "to stop …", "left to fix …")
            or a threat referent.

            Two kinds of countdown carry no number: a span of time set against a longer one ("we have days, not months",
            "hours, not weeks", "months, not decades", read on a time scale generated from WordNet; "it takes years, not
            months" is a duration and stays quiet), and an opportunity declared unrepeatable, the "last chance" put as a
            negation ("there will never be another chance to stop it", "we will not get a second shot at this"), or as a
            period or an occasion with a purpose clause of action right after it ("we may not get a second winter to
            save the dunes"; "another summer to visit the lake" acts on nothing). Time
            declared used up counts down to zero the same way: none or little of it left ("there is no time left to save
            the harbour", "we have hardly any time remaining to fix the levees"). All are
            found in any domain: a budget, an outbreak, a crime wave, a market, the climate. "To get ready" and "to be
            prepared" after a countdown are a call to act.

            A time or an opportunity said to close ("the window is closing", "the chance to save the mill is slipping
            away", "time is draining away") is a cue; said to close at a rate ("by the hour", "fast", "with every passing
            week") it is the pressure itself and needs no call to act.

            Two charges need no call to act either, and a deadline does not answer them, a figure for the cost does: a
            unit of delay charged as a loss to a victim ("every week the council waits is a week taken from our grandchildren", "each month
            of inaction costs lives"), and a victim's stake gambled with ("landlords who stall are gambling with their
            tenants' safety", "toying with the clinic's future").

            "To get this right" or "to get it right" after a countdown is a call to act on the matter in hand: "we
            have perhaps a decade to get this right"; "to get the costumes right" is a task with its own object.

            A countdown may count occasions as well as time ("we have one vote left to save the park", "two budgets
            left"), and may count down to a harm: a count, a time unit or occasion and "away from" before a threat or a
            catastrophe, said of the present ("we are one winter away from pensioners freezing in their homes", "the
            delta is a single dry summer away from famine"). The harm is its threat: it needs no call to act. A plural
            unit alone is a count too ("the savings scheme is weeks away from total collapse"), a unit of time needs no
            "away" ("the health service is weeks from meltdown"; not a harm word that modifies a place, "three hours
            from the flood zone"), and the countdown may be
            hedged ("could be weeks away from collapse"): the hedge keeps the imminence and lowers the finding to a
            suggestion.

            The present declared the last opportunity all of us have is the urgency claim itself and needs no call to
            act either: "our last chance" or "now or never" after a present copula ("This spending review is our last
            chance.", "It is now or never for the river."), and "the last chance" a community "will get" ("It is the
            last chance this country will get to lead in astronomy."). So is a period or occasion (a time unit, a moment,
            a window) declared after a present copula the last or only one in which we can act, "can" and a verb of
            action, or "to" and a verb of averting a harm with a stake or a threat in the sentence: "This is the final
            decade in which anything can still be saved", "we are the last generation that can stop it", "this budget is the
            final window to rescue our high streets".

            A unit of delay may also be charged with the victim as the subject: "every month the council stalls, another
            patient is lost", "each day we wait, more patients die". A vote or a referendum named in the condition that
            opens the sentence sets the claim off and is no deadline: "once the ballot is counted, there will never be another
            chance to save the meadow".
            """,
        WhyIsThisBad = """
            Urgency without a deadline pressures the reader to skip deliberation. Cramer's "window of vulnerability" is
            the textbook case: the window was asserted, never dated.
            """,
        NotFlagged = """
            - a concrete deadline or mechanism in the same or next sentence: a date, a year, a weekday, a vote, an
              expiry;
            - sports, sales and other literal timing ("time ran out before the final shot", "last chance to buy
              tickets");
            - cues with no call to act and no threat nearby ("there was little time left for questions" is a schedule),
              and time left that modifies people ("tenants with little time left on their leases should …");
            - negated or quoted urgency;
            - a last chance that is a visitor's notice or an individual's ("Sunday is the last chance to see the
              exhibition", "the last chance the orchestra will get to play the old hall") or history ("it was our last
              chance", "1998 was the final summer in which the mill could still turn a profit"); a last period with no action
              ("the final term in which the old timetable is used"), or a window "to" do something with no harm to avert
              ("this is the final week to protect tender plants", "the last month to change your tariff");
            - "the chance of rain is fading" (a probability), an opportunity closing with no rate and no call to act, "a
              gamble with the town's future" (an option weighed, not a charge), "playing with the dog" (no stake), a delay
              whose cost has a figure ("each month of delay costs 30 families their heating"), a victim who suffers
              an object ("each year the fair waits, people suffer the same queues");
            - a countdown of distance ("two miles away from the fire"), to no harm ("one year away from completion",
              "one vote away from passing the budget", "months away from its opening night", "one win away from the
              title"), or in the past ("was two weeks away from collapse"); the vote
              a countdown counts is not a deadline, a vote with a date is ("the council votes on 4 May").

            A question, or a hedge on a countdown to a harm ("could be weeks away from"), lowers the finding to a
            suggestion.
            """,
        Examples =
        [
            "The [[window to stop Kestria is closing fast]], and we must act now.",
            "We have [[days, not months]], to stop the outbreak in Dunmore.",
            "If the levy passes, there will [[never be another chance]] to fix the Harlow pension fund.",
            "This spending review is [[our last chance]].",
            "This is [[the final decade in which anything can still be saved]] in the salt marsh.",
            "[[Each day we wait, more patients die]] on the ward.",
            "The Dunmore delta is [[a single dry summer away from famine]].",
            "Still, the [[window is closing by the day]].",
            "[[Every week the council waits is a week taken from our grandchildren]].",
            "Landlords who delay the repairs are [[gambling with their tenants' safety]].",
        ],
        UseInstead =
        [
            """
            The sanctions waiver expires on 30 June; after that Kestria can import turbine parts freely, according to
            the Treasury notice.
            """,
        ],
        Rewrite = "Display-only template `[action] must happen before [date or event] because [mechanism] ([source])`.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1008",
        "Manufactured urgency",
        "'{0}' presses for action without a deadline; say what must happen by when, and why then",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The writer urges action against a threat with an appeal to time and no concrete deadline or mechanism.",
        helpLinkUri: RuleCategories.HelpUri("RH1008"),
        customTags: RuleTags.LoweredInOpinion);

    private static readonly Lazy<PhraseList> Cues = new(() => PhraseList.Load(RuleLexicons.Store, "urgency_cues"));

    private static readonly FrozenSet<string> Obligations = TaggedLexicon.Load(RuleLexicons.Store, "urgency_context").Words("obligation");

    /// <summary>Verbs of a purpose clause that is itself a call to act ("left to fix this", "the last chance to stop Varn").</summary>
    private static readonly FrozenWordSet ActionVerbs = TaggedLexicon.Load(RuleLexicons.Store, "urgency_context").Words("action").ToFrozenWordSet();

    /// <summary>Words that make a mechanism or a deadline concrete ("before the vote", "the waiver expires").</summary>
    private static readonly FrozenWordSet DeadlineWords = TaggedLexicon.Load(RuleLexicons.Store, "urgency_context").Words("deadline").ToFrozenWordSet();

    /// <summary>Game vocabulary: time running out in a match is the clock, not a threat.</summary>
    private static readonly FrozenWordSet GameWords = TaggedLexicon.Load(RuleLexicons.Store, "urgency_context").Words("game").ToFrozenWordSet();

    private static readonly FrozenWordSet CountWords = TaggedLexicon.Load(RuleLexicons.Store, "urgency_context").Words("count").ToFrozenWordSet();

    private static readonly FrozenWordSet TimeUnits = TaggedLexicon.Load(RuleLexicons.Store, "urgency_context").Words("time-unit").ToFrozenWordSet();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            // A unit of delay charged as a loss to someone, or a victim's stake gambled with, is a charge: it needs no
            // call to act, and a deadline does not answer it, a figure for the cost does.
            var charge = UrgencyFrames.DelayAsLossAt(tokens, sentence, i) ?? UrgencyFrames.GambleWithStakeAt(tokens, sentence, i);
            var length = charge is null ? Cues.Value.LongestAt(tokens, i, sentence.EndToken) : 0;
            // A countdown to a harm names its threat: it needs no call to act beside it.
            var toHarm = charge is null && length == 0 ? CountdownToHarmAt(document.Actors, tokens, sentence, i) : null;
            // The present declared the last period in which we can act names its own call to act.
            var lastWindow = charge is null && length == 0 && toHarm is null ? UrgencyFrames.LastWindowAt(tokens, sentence, i) : null;
            var (start, end) = charge ?? (length > 0 ? (i, i + length)
                : toHarm ?? lastWindow ?? CountdownAt(tokens, sentence, i) ?? ShrinkingCountdownAt(tokens, sentence, i) ?? UrgencyFrames.ClosingOpportunityAt(tokens, sentence, i)
                    ?? NoSecondChanceAt(tokens, sentence, i) ?? NoTimeLeftAt(tokens, sentence, i) ?? (i, i));
            if (end == start) continue;
            if (document.Voices[i] != Voice.Author || document.IsNegated(i)) continue;
            if (IsAboutAGame(tokens, sentence, start, end)) continue;
            if (charge is not null)
            {
                if (HasFigure(tokens, sentence)) continue;
            }
            else
            {
                // "closing by the hour", "running out fast": time said to go at a rate is the pressure itself.
                var rate = UrgencyFrames.RateEnd(tokens, sentence, end);
                end = rate ?? end;
                if (!(toHarm is not null || lastWindow is not null || rate is not null || CallsToActOrThreat(tokens, sentence, end) || IsCollectiveLastChance(tokens, sentence, start, end))) continue;
                if (HasDeadline(document, sentence, start, end)) continue;
            }

            var span = document.SpanOf(start, end);
            var lowered = document.IsQuestion(sentence) || toHarm is not null && document.IsHedged(start);
            var rewrite = Rewrite.Template("Name the deadline and the mechanism", span,
                "[action] must happen before [date or event] because [mechanism] ([source])");
            context.Report(Descriptor, lowered ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span));
            i = end - 1;
        }
    }

    /// <summary>
    /// "We have one budget cycle left", "we have only ten years to save …": a countdown starting with "have" at
    /// <paramref name="i"/> (the subject pronoun before it is included). Returns its token range.
    /// </summary>
    private static (int Start, int End)? CountdownAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var norm = tokens[i].Norm;
        var contracted = norm.EndsWith("'ve", StringComparison.Ordinal);
        if (norm is not ("have" or "has") && !contracted) return null;
        // A countdown addressed to all of us ("we have", "the world has"); "he has 300 days left" is a term of office.
        var collective = contracted ? norm.StartsWith("we", StringComparison.Ordinal) || norm.StartsWith("you", StringComparison.Ordinal)
            : i > sentence.FirstToken && tokens[i - 1].Norm is "we" or "you" or "world" or "planet" or "humanity" or "country" or "nation" or "civilization";
        if (!collective) return null;
        var start = contracted ? i : i - 1;
        var k = i + 1;
        while (k < sentence.EndToken && tokens[k].Norm is "only" or "just" or "barely" or "perhaps" or "maybe" or "at" or "most" or "less" or "fewer" or "than" or "no" or "more")
            k++;
        if (k >= sentence.EndToken || !(tokens[k].Kind == TokenKind.Number || FunctionWords.IsCardinal(tokens[k]) || CountWords.Contains(tokens[k]))) return null;
        var unitStart = k + 1;
        for (var j = unitStart; j < sentence.EndToken && j - unitStart < 4; j++)
        {
            if (!tokens[j].IsWord) return null;
            if (tokens[j].Norm is "left" or "remaining" && j > unitStart && TimeUnits.Contains(tokens[j - 1])) return (start, j + 1);
            // "ten years to save the planet": a time budget for an action.
            if (tokens[j].Norm == "to" && j > unitStart && TimeUnits.Contains(tokens[j - 1]) && j + 1 < sentence.EndToken && ActionVerbs.Contains(tokens[j + 1]))
                return (start, j + 2);
            if (tokens[j].Norm == "to" && j > unitStart && TimeUnits.Contains(tokens[j - 1]) && SuccessIdioms.At(tokens, sentence, j + 1))
                return (start, j + 4);
        }
        return null;
    }

    /// <summary>Cues of a last opportunity ("our last chance", "now or never") that make the urgency claim on their own when the present is said to be it.</summary>
    private static readonly FrozenWordSet LastChanceHeads = TaggedLexicon.Load(RuleLexicons.Store, "urgency_context").Words("last-chance").ToFrozenWordSet();

    /// <summary>Nouns that stand for all of us, the community a last chance is said to belong to ("this country will get").</summary>
    private static readonly FrozenWordSet CollectiveNouns = TaggedLexicon.Load(RuleLexicons.Store, "urgency_context").Words("collective").ToFrozenWordSet();

    /// <summary>
    /// "This spending review is our last chance.", "It is now or never for the valley.", "It is the last chance this
    /// country will get.": the present declared the last opportunity all of us have is the urgency claim itself, with no
    /// call to act after it. The cue must follow a present copula ("is", "'s"), and the chance must be ours ("our last
    /// chance") or the community's ("the last chance this town will get"); "now or never" needs only the copula.
    /// "Sunday is the last chance to see the exhibition" is a visitor's notice, and "it was our last chance" history.
    /// </summary>
    private static bool IsCollectiveLastChance(ImmutableArray<Token> tokens, Sentence sentence, int start, int end)
    {
        var head = -1;
        for (var k = start; k < end && head < 0; k++)
            if (LastChanceHeads.Contains(tokens[k])) head = k;
        if (head < 0 || start == sentence.FirstToken || tokens[start - 1].Norm is not ("is" or "it's" or "that's" or "this's")) return false;
        if (tokens[head].Norm == "now") return true;
        if (tokens[start].Norm == "our") return true;
        // "the last chance this continent will get", "the final chance we will have"
        var k2 = end;
        if (k2 < sentence.EndToken && tokens[k2].Norm is "this" or "the" or "our") k2++;
        if (k2 >= sentence.EndToken || !(CollectiveNouns.Contains(tokens[k2]) || tokens[k2].Norm is "we" or "we'll")) return false;
        k2++;
        if (k2 < sentence.EndToken && tokens[k2].Norm is "will" or "is" or "are" or "may" or "can") k2++;
        if (k2 < sentence.EndToken && tokens[k2].Norm is "ever" or "likely" or "going") k2++;
        return k2 < sentence.EndToken && tokens[k2].Norm is "get" or "have" or "see" or "to";
    }

    /// <summary>Most words between "away from" and the harm it counts down to.</summary>
    private const int HarmReach = 5;

    /// <summary>
    /// "We are one winter away from pensioners freezing in their homes", "the valley is a single dry summer away from
    /// famine": a countdown of time or occasions to a harm, with no date. A count ("one", "a single", "two") and a
    /// time unit or occasion ("winter", "vote", "harvest") before "away from", and a threat or catastrophe after it, in
    /// the present ("was two weeks away from collapse" is history). "The school is two miles away from the fire" counts
    /// distance, not time, and "one win away from the title" is no harm.
    /// </summary>
    private static (int Start, int End)? CountdownToHarmAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        // "weeks away from meltdown": a plural unit with no count is a count too, a small unnamed one.
        var unitAlone = IsPluralUnit(tokens[i]);
        if (!(unitAlone || tokens[i].Kind == TokenKind.Number || FunctionWords.IsCardinal(tokens[i]) || CountWords.Contains(tokens[i]))) return null;
        if (i == sentence.FirstToken || !IsPresentBefore(tokens, sentence, i - 1)) return null;
        var k = unitAlone ? i : i + 1;
        while (k < sentence.EndToken && k - i <= 2 && tokens[k].Norm is "single" or "more" or "bad" or "hard" or "cold" or "dry" or "wet" or "hot" or "few" or "couple" or "of") k++;
        // "weeks from meltdown" is "weeks away from meltdown".
        if (k + 2 >= sentence.EndToken || !TimeUnits.Contains(tokens[k]) || ClaimShapes.NearnessFromEnd(tokens, sentence, k) is not int from) return null;
        for (var j = from; j < sentence.EndToken && j - from < HarmReach; j++)
        {
            if (!tokens[j].IsWord) break;
            // "three hours from the flood zone": a harm word that modifies a place is a distance, not a countdown.
            if (ThreatReferents.IsThreatNoun(tokens[j])) return ClaimShapes.ModifiesPlace(tokens, sentence, j + 1) ? null : (i, j + 1);
            if ((Catastrophes.OutcomeAt(actors, tokens, sentence, j) ?? Catastrophes.ProgressiveOutcomeAt(actors, tokens, sentence, j)) is int end)
                return ClaimShapes.ModifiesPlace(tokens, sentence, end) ? null : (i, end);
            // "pensioners dying", "the taps running dry": a harm that befalls the subject named before it.
            if (j > from && Catastrophes.ProgressiveAt(tokens, j, sentence.EndToken, CatastropheClass.VerbSubj) is { } befalls) return (i, befalls.End);
        }
        return null;
    }

    /// <summary>
    /// The present a countdown is said in: a present copula, a focus adverb after one ("is just", "are only"), or "be"
    /// after a modal of possibility ("could be weeks away from meltdown", "may be one bad quarter away from
    /// collapse"): the hedge keeps the countdown, and the report is lowered for it.
    /// </summary>
    private static bool IsPresentBefore(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        tokens[k].Norm is "is" or "are" or "am" or "we're" or "it's" or "they're" or "just" or "only" or "now" or "perhaps"
        || tokens[k].Norm == "be" && k > sentence.FirstToken && tokens[k - 1].Norm is "could" or "may" or "might";

    private static bool IsPluralUnit(Token token) =>
        token.Norm.EndsWith('s') && TimeUnits.Contains(token) && !CountWords.Contains(token);

    /// <summary>A call to act or a threat noun in the sentence, or a purpose clause right after the cue ("left to fix this").</summary>
    private static bool CallsToActOrThreat(ImmutableArray<Token> tokens, Sentence sentence, int cueEnd)
    {
        // "left to fix this", "running out for the West to confront Varn": a purpose clause soon after the cue.
        for (var k = cueEnd; k + 1 < sentence.EndToken && k - cueEnd <= 6; k++)
            if (tokens[k].Norm == "to" && (ActionVerbs.Contains(tokens[k + 1]) || IsReadiness(tokens, sentence, k + 1) || SuccessIdioms.At(tokens, sentence, k + 1))) return true;
        if (cueEnd > sentence.FirstToken && tokens[cueEnd - 1].Norm is "save" or "stop" or "prevent" or "fix" or "avert") return true;
        // "we have two years to get this right": the countdown ends on its own call to act.
        if (SuccessIdioms.At(tokens, sentence, cueEnd - 3)) return true;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var norm = tokens[k].Norm;
            if (Obligations.Contains(norm) && (norm is not ("need" or "needs" or "ought") || k + 1 < sentence.EndToken && tokens[k + 1].Norm == "to")) return true;
            if (norm.EndsWith("'t", StringComparison.Ordinal) && k + 1 < sentence.EndToken && tokens[k + 1].Norm == "afford") return true;
        }
        // A threat noun, not just an actor: "Obama's last chance to zing Washington" names a capital, not a danger.
        return ThreatReferents.HasThreatNoun(tokens, sentence.FirstToken, sentence.EndToken);
    }

    /// <summary>Adjectives of readiness that "get" or "be" make a call to prepare ("to get ready", "to be prepared").</summary>
    private static readonly FrozenSet<string> Readiness = TaggedLexicon.Load(RuleLexicons.Store, "urgency_context").Words("readiness");

    private static bool IsReadiness(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        sentence.NormAt(tokens, k) is "get" or "be" && Readiness.Contains(sentence.NormAt(tokens, k + 1));

    /// <summary>A figure in the sentence: "each week of delay costs 40 jobs" measures the cost it charges.</summary>
    private static bool HasFigure(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Kind == TokenKind.Number && !tokens[k].IsYear) return true;
        return false;
    }

    /// <summary>Game or sale vocabulary outside the cue itself ("we will not get a second shot" is no match report).</summary>
    private static bool IsAboutAGame(ImmutableArray<Token> tokens, Sentence sentence, int cueStart, int cueEnd)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if ((k < cueStart || k >= cueEnd) && GameWords.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// "We have days, not months", "in weeks, not years": a countdown with no number, a span of time set against a
    /// longer one it is said not to be, on the time scale generated from WordNet (Core's <see cref="TimeScale"/>: "hours,
    /// not days", "months, not decades"). "It takes years, not months" sets a span against a shorter one: a duration.
    /// </summary>
    private static (int Start, int End)? ShrinkingCountdownAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (TimeScale.RankOf(tokens[i]) is null) return null;
        var k = i + 1;
        if (k < sentence.EndToken && tokens[k].Text == ",") k++;
        if (k + 1 >= sentence.EndToken || tokens[k].Norm != "not") return null;
        return TimeScale.IsShorter(tokens[i], tokens[k + 1]) ? (i, k + 2) : null;
    }

    /// <summary>Nouns of an opportunity that "no second …" or "never … another …" says will not come again.</summary>
    private static readonly FrozenWordSet ChanceNouns = TaggedLexicon.Load(RuleLexicons.Store, "urgency_context").Words("chance").ToFrozenWordSet();

    /// <summary>
    /// "There will never be another chance to stop it", "we will not get a second shot at this", "there is no second
    /// chance": the opportunity declared unrepeatable, the "last chance" said with a negation. A period or an occasion
    /// (a time unit: a winter, a decade, an election) is such an opportunity when a purpose clause of action follows it
    /// at once: "we may not get a second winter to save the dunes", "we will never get another decade to save the reef";
    /// "there will not be a second election this year" counts occasions, and "another summer to visit the lake" acts
    /// on nothing. Returns the range from the negation to the noun, or to the action for a period.
    /// </summary>
    private static (int Start, int End)? NoSecondChanceAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        // Narrower than Negation.IsWord(determiner: true): of the n't contractions only the negated modals of a lost chance.
        if (tokens[i].Norm is not ("no" or "never" or "not" or "won't" or "cannot" or "can't")) return null;
        for (var k = i + 1; k + 1 < sentence.EndToken && k - i <= 4 && tokens[k].IsWord; k++)
        {
            if (tokens[k].Norm is not ("second" or "another")) continue;
            if (ChanceNouns.Contains(tokens[k + 1])) return (i, k + 2);
            if (TimeUnits.Contains(tokens[k + 1]) && sentence.NormAt(tokens, k + 2) == "to" && ActionVerbs.Contains(sentence.NormAt(tokens, k + 3))) return (i, k + 4);
        }
        return null;
    }

    /// <summary>
    /// "There is no time left to save the harbour", "we have hardly any time remaining to fix it": the countdown said to
    /// be at zero, a quantity of none or little ("no", "little", "hardly any", "scarcely any", "barely any") before "time"
    /// and "left" or "remaining". "A little time left" says some time is left, not that it is running out, so "little"
    /// counts only without "a". Like every countdown it needs a call to act or a threat beside it: "there was little
    /// time left for questions" is a schedule.
    /// </summary>
    private static (int Start, int End)? NoTimeLeftAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var quantity = tokens[i].Norm is "hardly" or "scarcely" or "barely" && sentence.NormAt(tokens, i + 1) == "any" ? i + 1
            : tokens[i].Norm == "no" || tokens[i].Norm == "little" && sentence.NormAt(tokens, i - 1) != "a" ? i : -1;
        if (quantity < 0 || sentence.NormAt(tokens, quantity + 1) != "time" || sentence.NormAt(tokens, quantity + 2) is not ("left" or "remaining")) return null;
        return IsPersonalHorizon(tokens, sentence, i) ? null : (i, quantity + 3);
    }

    /// <summary>
    /// "Savers with little time left before retirement", "patients with no time remaining": the time left modifies people,
    /// a span of their own lives, not a countdown to a harm.
    /// </summary>
    private static bool IsPersonalHorizon(ImmutableArray<Token> tokens, Sentence sentence, int quantity) =>
        sentence.NormAt(tokens, quantity - 1) == "with" && quantity - 2 >= sentence.FirstToken
        && (Vocabulary.IsPluralRoleNoun(tokens[quantity - 2]) || Vocabulary.IsRoleNoun(tokens[quantity - 2]) || Vocabulary.IsKinNoun(tokens[quantity - 2])
            || IsAgentPlural(tokens[quantity - 2]));

    /// <summary>A plural agent noun the role list lacks ("savers", "borrowers"): ending in "-ers".</summary>
    private static bool IsAgentPlural(Token token) => token.IsWord && token.Norm.Length > 5 && token.Norm.EndsWith("ers", StringComparison.Ordinal);

    /// <summary>
    /// Where a condition that opens the sentence ends, when it ends before the cue ("But if this bill passes, there will
    /// never be another chance"), or the sentence's first token. A vote or an expiry named in the condition is what sets
    /// the claim off, not a time by which to act: "if the vote passes, there is no second chance" still presses. A date
    /// in it still dates the claim.
    /// </summary>
    private static int ConditionEnd(ImmutableArray<Token> tokens, Sentence sentence, int cueStart)
    {
        var k = sentence.FirstToken;
        if (tokens[k].Norm is "but" or "and" or "yet" or "so") k++;
        if (sentence.NormAt(tokens, k) is not ("if" or "once")) return sentence.FirstToken;
        for (var comma = k + 1; comma < cueStart; comma++)
            if (tokens[comma].Text == ",") return comma;
        return sentence.FirstToken;
    }

    /// <summary>
    /// A date, a year, a weekday or a named mechanism (vote, expiry) in the sentence or the next one in the paragraph,
    /// outside the cue: in "we have one vote left" the vote is what is counted down, not a deadline.
    /// </summary>
    private static bool HasDeadline(DocumentModel document, Sentence sentence, int cueStart, int cueEnd)
    {
        var paragraph = document.Syntax.Paragraphs[sentence.ParagraphIndex];
        var last = Math.Min(sentence.Index + 1, paragraph.EndSentence - 1);
        var tokens = document.Tokens;
        var trigger = ConditionEnd(tokens, sentence, cueStart);
        for (var s = sentence.Index; s <= last; s++)
        {
            var current = document.Syntax.Sentences[s];
            for (var k = current.FirstToken; k < current.EndToken; k++)
            {
                if (k >= cueStart && k < cueEnd) continue;
                var token = tokens[k];
                if (token.IsYear || DeadlineWords.Contains(token) && !(s == sentence.Index && k < trigger)) return true;
                if (token.IsCapitalized && (FunctionWords.Months.Contains(token) || FunctionWords.Weekdays.Contains(token)) && (token.Norm != "may" || k > current.FirstToken)) return true;
            }
        }
        return false;
    }
}
