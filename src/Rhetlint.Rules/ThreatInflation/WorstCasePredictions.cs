using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A worst case stated as fact or forecast. Its forms: a catastrophic outcome governed by a certainty modal ("will
/// annihilate", "is going to collapse", "will be paralysed within hours", "will end in all-out war"); the same outcome
/// in the present progressive ("is poisoning an entire generation", "is being wiped out"); total loss as a negative
/// existential ("there will be no trout left"); irreversible harm ("the damage is permanent"); and a hedged scenario
/// given an imminent deadline ("could shut down the country by Christmas"), which is marked hedged. RH1003 reports the
/// writer's unsourced ones; RH1007 does not report an inevitability cue inside one ("will inevitably tear our society
/// apart" is one worst case, stated as certain).
/// </summary>
internal static class WorstCasePredictions
{
    /// <summary>
    /// A worst case: where the claim starts (its modal or verb), where the outcome starts, where the claim ends, whether it
    /// is hedged, whether it is a forecast (a modal before the outcome), and the negation the outcome is forecast under
    /// ("not", "never", "no longer" in "will not survive the decade", "won't exist in five years"), which a rewrite of
    /// the outcome must keep or it states the opposite.
    /// </summary>
    public readonly record struct Prediction(int Start, int Outcome, int End, bool Hedged, bool Forecast = true, string? Negation = null);

    /// <summary>The word list every cue below is a kind of; read once (fields in textual order: it comes first).</summary>
    internal static readonly TaggedLexicon Cues = TaggedLexicon.Load(RuleLexicons.Store, "worst_case_cues");

    /// <summary>Adverbs between the modal and the outcome; the hedges among them lower the finding.</summary>
    private static readonly FrozenWordSet Adverbs = Cues.Words("adverb", "hedge").ToFrozenWordSet();

    private static readonly FrozenWordSet HedgeAdverbs = Cues.Words("hedge").ToFrozenWordSet();

    /// <summary>Articles and vague premodifiers between a causal verb and its catastrophe noun ("end in an all-out war").</summary>
    private static readonly FrozenWordSet NounPremodifiers = Cues.Words("premodifier").ToFrozenWordSet();

    /// <summary>"within hours": the speed claim that makes the worst case sound imminent belongs to it.</summary>
    private static readonly FrozenWordSet SpeedUnits = Cues.Words("speed-unit").ToFrozenWordSet();

    /// <summary>"by spring", "before Christmas", "by the end of the month": a deadline near enough to make a scenario imminent.</summary>
    private static readonly FrozenWordSet NearTimes = Cues.Words("near-time").ToFrozenWordSet();

    private static readonly FrozenWordSet HarmNouns = Cues.Words("harm").ToFrozenWordSet();

    private static readonly FrozenWordSet Irreversible = Cues.Words("irreversible").ToFrozenWordSet();

    private static readonly FrozenWordSet BenignLeftovers = Cues.Words("left-benign").ToFrozenWordSet();

    private static readonly Lazy<PhraseList> ImminentPredicates = new(() => Cues.Phrases("imminent"));

    private static readonly FrozenSet<string> PortendVerbs = Cues.Words("portend");

    private static readonly FrozenSet<string> DoomNouns = Cues.Words("doom-noun");

    /// <summary>The worst case whose modal, present verb or "there" is at <paramref name="i"/>, or null.</summary>
    public static Prediction? At(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        CertainAt(actors, tokens, sentence, i)
        ?? ImminentScenarioAt(actors, tokens, sentence, i)
        ?? PresentCatastropheAt(actors, tokens, sentence, i)
        ?? PerfectCatastropheAt(actors, tokens, sentence, i)
        ?? GenericHarmAt(actors, tokens, sentence, i)
        ?? TotalLossAt(tokens, sentence, i)
        ?? IrreversibleHarmAt(tokens, sentence, i)
        ?? UndoneHarmAt(tokens, sentence, i)
        ?? NoComingBackAt(tokens, sentence, i)
        ?? CatastropheAtHandAt(actors, tokens, sentence, i)
        ?? DoomSignalAt(actors, tokens, sentence, i)
        ?? VanishingAt(tokens, sentence, i)
        ?? SweepingLossAt(actors, tokens, sentence, i)
        ?? DescentAt(actors, tokens, sentence, i);

    private static readonly FrozenSet<string> DescentVerbs = Cues.Words("descent");

    private static readonly FrozenWordSet DescentNouns = Cues.Words("descent-noun").ToFrozenWordSet();

    private static readonly FrozenWordSet PushedVerbs = Cues.Words("descent-passive").ToFrozenWordSet();

    private static readonly FrozenWordSet BrinkNouns = Cues.Words("brink").ToFrozenWordSet();

    private static readonly FrozenWordSet DescentPaces = Cues.Words("descent-pace").ToFrozenWordSet();

    private static readonly Lazy<PhraseList> DescentStates = new(() => Cues.Phrases("descent-state"));

    /// <summary>
    /// A descent into a catastrophic state, told as under way: "the country is descending into tyranny", "we have slid
    /// into lawlessness", "is being dragged into civil war", "the grid is on the brink of collapse", "our slide into
    /// barbarism". The state is an outcome of the threat model or a <c>descent-state</c>; a general doom ("chaos",
    /// "collapse") needs a large subject, since a meeting or a match also "descends into chaos". A year in the
    /// sentence makes it history ("in 1923 the city descended into hyperinflation"); "will descend into" is a
    /// forecast, read by <see cref="CertainAt"/>.
    /// </summary>
    private static Prediction? DescentAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        // The year test scans the sentence, so it runs only once a descent is found: a long sentence stays linear.
        return DescentFormAt(actors, tokens, sentence, i) is { } descent && !HasYear(tokens, sentence) ? descent : null;
    }

    private static Prediction? DescentFormAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (DescentNouns.Contains(tokens[i])) return NominalDescentAt(actors, tokens, sentence, i);
        var perfect = tokens[i].Norm is "has" or "have" or "'ve";
        if (!perfect && !IsPresentBe(tokens[i])) return null;
        var k = i + 1;
        var hedged = false;
        // "is fast descending", "is steadily sliding": a speed or manner adverb only says how the descent goes.
        while (k < sentence.EndToken && (Adverbs.Contains(tokens[k]) || DescentPaces.Contains(tokens[k])))
        {
            hedged |= HedgeAdverbs.Contains(tokens[k]);
            k++;
        }
        if (k + 1 >= sentence.EndToken || Negation.IsAdverb(tokens[k].Norm, clitic: true)) return null;
        int into;
        if (!perfect && tokens[k].Norm == "being" && PushedVerbs.Contains(tokens[k + 1])) into = k + 2;
        else if (perfect ? DescentVerbs.Contains(tokens[k].Norm) && !tokens[k].Norm.EndsWith("ing", StringComparison.Ordinal)
                 : DescentVerbs.Contains(tokens[k].Norm) && tokens[k].Norm.EndsWith("ing", StringComparison.Ordinal)) into = k + 1;
        else if (!perfect && BrinkAt(tokens, sentence, k) is int of) return BrinkStateAt(actors, tokens, sentence, i, k, of, hedged);
        else return null;
        if (into >= sentence.EndToken || tokens[into].Norm is not ("into" or "towards" or "toward")) return null;
        if (DescentStateEnd(actors, tokens, sentence, into + 1, Catastrophes.SubjectStart(tokens, sentence, i), i) is not int end) return null;
        return new Prediction(i, k, end, hedged, Forecast: false);
    }

    /// <summary>"on the brink of", "teetering on the verge of" at <paramref name="k"/>: the index of the state after "of", or null.</summary>
    private static int? BrinkAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (tokens[k].Norm is "teetering" or "tottering" or "hovering" or "now") k++;
        return k + 3 < sentence.EndToken && tokens[k].Norm == "on" && tokens[k + 1].Norm == "the" && BrinkNouns.Contains(tokens[k + 2])
               && tokens[k + 3].Norm == "of" ? k + 4 : null;
    }

    /// <summary>
    /// "the grid is on the brink of collapse", "the valley is on the verge of famine": a brink is a worst case for a
    /// state of ruin — tyranny, lawlessness, famine, mass death, or the collapse of something large. "On the brink of
    /// war" is the ordinary wording of diplomatic news, and "a firm on the brink of collapse" of business news.
    /// </summary>
    private static Prediction? BrinkStateAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int be, int first, int of, bool hedged)
    {
        var k = SkipPremodifiers(tokens, sentence, of);
        if (ThreatOutcomes.At(tokens, k, sentence.EndToken) is not var (family, length)) return null;
        var large = Catastrophes.HasLargeIn(actors, tokens, Catastrophes.SubjectStart(tokens, sentence, be), be);
        var ruin = family is OutcomeFamily.Tyranny or OutcomeFamily.Crime or OutcomeFamily.Shortage or OutcomeFamily.MassDeath
                   || family is OutcomeFamily.Doom && tokens[k + length - 1].Norm == "collapse" && large;
        return ruin ? new Prediction(be, first, k + length, hedged, Forecast: false) : null;
    }

    /// <summary>"the country's descent into tyranny", "our slide into lawlessness": a descent named as a noun, with its owner.</summary>
    private static Prediction? NominalDescentAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int noun)
    {
        if (noun + 1 >= sentence.EndToken || tokens[noun + 1].Norm is not ("into" or "towards" or "toward") || noun == sentence.FirstToken) return null;
        var owner = tokens[noun - 1];
        if (!FunctionWords.Possessive.Contains(owner) && !FunctionWords.Definite.Contains(owner) && !ModifierSlots.IsPossessiveNoun(owner)) return null;
        if (ImageryContext.SentenceHas(tokens, sentence, PastNarration)) return null;
        var first = ModifierSlots.IsPossessiveNoun(owner) && noun - 2 >= sentence.FirstToken && tokens[noun - 2].Norm is "the" or "this" or "our" ? noun - 2 : noun - 1;
        return DescentStateEnd(actors, tokens, sentence, noun + 2, first, noun) is int end ? new Prediction(first, noun, end, Hedged: false, Forecast: false) : null;
    }

    /// <summary>Past forms that make a named descent a story already told ("the slide into civil war was swift").</summary>
    private static readonly FrozenSet<string> PastNarration = FrozenSet.ToFrozenSet(["was", "were", "had", "began", "ended", "followed", "came"], StringComparer.Ordinal);

    /// <summary>
    /// The end of a catastrophic state at <paramref name="from"/> (after premodifiers): an outcome of the threat model, a
    /// ruin ("a police state", "a failed state") or a <c>descent-state</c> ("barbarism"). A general doom needs something
    /// large in [<paramref name="subjectFrom"/>, <paramref name="subjectEnd"/>).
    /// </summary>
    private static int? DescentStateEnd(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int from, int subjectFrom, int subjectEnd)
    {
        var k = SkipPremodifiers(tokens, sentence, from);
        if (k >= sentence.EndToken) return null;
        if (DescentStates.Value.LongestAt(tokens, k, sentence.EndToken) is var state and > 0) return k + state;
        if (Catastrophes.LongestAt(tokens, k, sentence.EndToken, CatastropheClass.Ruin) is { } ruin) return ruin.End;
        if (ThreatOutcomes.At(tokens, k, sentence.EndToken) is not var (family, length)) return null;
        if (family is OutcomeFamily.Doom or OutcomeFamily.Economic && !Catastrophes.HasLargeIn(actors, tokens, subjectFrom, subjectEnd)) return null;
        return k + length;
    }

    private static int SkipPremodifiers(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        var k = from;
        while (k < sentence.EndToken && k - from < 3 && (NounPremodifiers.Contains(tokens[k])
               || AdjectiveForms.IsAdjective(tokens[k].Norm) && ThreatOutcomes.At(tokens, k, sentence.EndToken) is null && DescentStates.Value.LongestAt(tokens, k, sentence.EndToken) == 0))
            k++;
        return k;
    }

    /// <summary>A year or a decade ("1923", "the 1930s"): the sentence narrates history.</summary>
    private static bool HasYear(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var text = tokens[k].Text.TrimEnd('s');
            if (text.Length == 4 && text.All(char.IsAsciiDigit) && text[0] is '1' or '2') return true;
        }
        return false;
    }

    /// <summary>The first token from <paramref name="k"/> on that is not an adverb ("surely", "now"), and whether one of the adverbs hedges.</summary>
    private static int AfterAdverbs(ImmutableArray<Token> tokens, Sentence sentence, int k, out bool hedged)
    {
        hedged = false;
        while (k < sentence.EndToken && Adverbs.Contains(tokens[k]))
        {
            hedged |= HedgeAdverbs.Contains(tokens[k]);
            k++;
        }
        return k;
    }

    /// <summary>A catastrophe after a certainty modal: "will end in all-out war", "is going to collapse".</summary>
    private static Prediction? CertainAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (ModalEnd(tokens, sentence, i) is not int modalEnd) return null;
        var k = AfterAdverbs(tokens, sentence, modalEnd, out var hedged);
        if (k >= sentence.EndToken || Negation.IsAdverb(tokens[k].Norm, clitic: true)) return null;
        // Any act on the last of a resource is open (OpenComplements): "will take every last fish".
        if ((OutcomeEnd(actors, tokens, sentence, i, k) ?? OpenComplements.ExhaustiveActEnd(tokens, sentence, i, k)) is not int end) return null;
        return new Prediction(i, k, SpeedEnd(tokens, sentence, end), hedged);
    }

    /// <summary>
    /// "could shut down the country by Christmas", "might overwhelm the hospitals within weeks": a possibility is no
    /// worst case until a near deadline makes it sound imminent. Always hedged, so it is reported one level lower.
    /// </summary>
    private static Prediction? ImminentScenarioAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        // "May" the month is capitalised; the modal is not.
        if (tokens[i].Norm is not ("could" or "may" or "might") || tokens[i].IsCapitalized && i > sentence.FirstToken) return null;
        var k = i + 1;
        while (k < sentence.EndToken && (Adverbs.Contains(tokens[k]) || tokens[k].Norm is "well" or "even")) k++;
        if (k >= sentence.EndToken || Negation.IsAdverb(tokens[k].Norm, clitic: true)) return null;
        if (OutcomeEnd(actors, tokens, sentence, i, k) is not int end) return null;
        return NearDeadlineEnd(tokens, sentence, end) is int deadline ? new Prediction(i, k, deadline, Hedged: true) : null;
    }

    /// <summary>
    /// Just past "by spring", "before Christmas", "by the end of the month", "within weeks", "overnight", "in a matter of
    /// days", "any day now" at or right after <paramref name="from"/>. Near is at most months away: a season, a feast,
    /// a month or a weekday, hours to months, or any moment; a year ("by 2030", "within five years") is a projection.
    /// </summary>
    private static int? NearDeadlineEnd(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        string Norm(int k) => sentence.NormAt(tokens, k);
        bool IsNear(int k) => k < sentence.EndToken && (NearTimes.Contains(tokens[k])
            || tokens[k].IsCapitalized && (FunctionWords.Months.Contains(tokens[k]) || FunctionWords.Weekdays.Contains(tokens[k])));
        for (var k = from; k < sentence.EndToken && k - from <= 3 && tokens[k].IsWord; k++)
        {
            if (SpeedEnd(tokens, sentence, k) is var speed && speed > k) return speed;
            // "any day now", "any moment": the deadline is always the next one.
            if (Norm(k) == "any" && Norm(k + 1) is "day" or "moment" or "minute" or "hour" or "week")
                return Norm(k + 2) == "now" ? k + 3 : k + 2;
            // "in a matter of weeks", "in days".
            if (Norm(k) == "in")
            {
                var unit = Norm(k + 1) == "a" && Norm(k + 2) == "matter" && Norm(k + 3) == "of" ? k + 4 : k + 1;
                if (Norm(unit) != "a" && SpeedUnits.Contains(Norm(unit))) return unit + 1;
            }
            if (Norm(k) is not ("by" or "before")) continue;
            if (IsNear(k + 1)) return k + 2;
            if (Norm(k + 1) == "next" && SpeedUnits.Contains(Norm(k + 2) + "s")) return k + 3;
            if (Norm(k + 1) == "the" && Norm(k + 2) == "end" && Norm(k + 3) == "of" && Norm(k + 4) is "the" or "this" && SpeedUnits.Contains(Norm(k + 5) + "s"))
                return k + 6;
        }
        return null;
    }

    /// <summary>
    /// The catastrophe in the present, as under way: "Flicker is poisoning an entire generation", "a whole cohort is
    /// being wiped out", "the grid is collapsing", and after a threat noun, "an epidemic destroying millions of lives".
    /// </summary>
    private static Prediction? PresentCatastropheAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i > sentence.FirstToken && ThreatReferents.IsThreatNoun(tokens[i - 1]) && ProgressiveEnd(actors, tokens, sentence, i, i) is int reduced)
            return new Prediction(i, i, reduced, Hedged: false, Forecast: false);
        if (!IsPresentBe(tokens[i])) return null;
        var k = AfterAdverbs(tokens, sentence, i + 1, out var hedged);
        if (k >= sentence.EndToken || Negation.IsAdverb(tokens[k].Norm, clitic: true)) return null;
        // "We are destroying every obstacle": a pledge or a boast about the speaker's own side, as with "we will".
        if (i > sentence.FirstToken && tokens[i - 1].Norm is "i" or "we") return null;
        // "The virus is killing children", "the gang is killing young people": bodily harm by a disease, a hazard, a crime
        // or a war is medicine or news.
        if (BodilyParticiples.Value.Contains(tokens[k]) && OngoingHarm.HasLiteralHarmer(tokens, Catastrophes.SubjectStart(tokens, sentence, i), i)) return null;
        var end = tokens[k].Norm == "being" ? PassiveStateEnd(actors, tokens, sentence, i, k + 1) ?? PassiveRuinOfCollectiveEnd(tokens, sentence, i, k + 1)
            : ProgressiveEnd(actors, tokens, sentence, i, k);
        return end is int e ? new Prediction(i, k, e, hedged, Forecast: false) : null;
    }

    /// <summary>Every form of the verbs of bodily harm ("killed", "poisoned").</summary>
    private static readonly Lazy<FrozenWordSet> BodilyForms = new(() => Cues.Words("bodily-verb").SelectMany(Inflections.VerbForms).ToFrozenWordSet());

    /// <summary>
    /// Ruin under way in the passive, of a collective or of what the writer's side holds: "the middle class is being
    /// wiped out", "democracy is being hollowed out from within", "our culture is being erased", "our children are being
    /// poisoned". A verb of ruin from the catastrophe lexicon as a past participle after "being", with a subject
    /// headed by a collective victim or a large noun (the middle class, local news, democracy, society) or owned by
    /// "our" or "your". Anything else is a thing being handled ("the old wing is being emptied", "the files are being
    /// destroyed"); bodily harm to a class not owned by the writer's side ("children are being killed in the north") is
    /// the news of a war or a disaster.
    /// </summary>
    private static int? PassiveRuinOfCollectiveEnd(ImmutableArray<Token> tokens, Sentence sentence, int be, int participle)
    {
        if (Catastrophes.PastParticipleAt(tokens, participle, sentence.EndToken, CatastropheClass.Verb, CatastropheClass.VerbObj, CatastropheClass.VerbVictim) is not { } ruin) return null;
        var subject = Catastrophes.SubjectStart(tokens, sentence, be);
        if (subject >= be || Catastrophes.HasBenignIn(tokens, subject, be)) return null;
        if (tokens[subject].Norm is "our" or "your") return ruin.End;
        if (BodilyForms.Value.Contains(tokens[participle])) return null;
        for (var k = subject; k < be; k++)
            if (Catastrophes.LongestAt(tokens, k, be, CatastropheClass.Victim, CatastropheClass.Large) is { } collective && collective.End == be) return ruin.End;
        return null;
    }

    private static readonly FrozenSet<string> LiteralEvents = Cues.Words("literal-event");

    /// <summary>Present participles of the verbs of bodily harm ("killing", "poisoning").</summary>
    private static readonly Lazy<FrozenWordSet> BodilyParticiples = new(() => Cues.Words("bodily-verb")
        .SelectMany(Inflections.VerbForms).Where(form => form.EndsWith("ing", StringComparison.Ordinal)).ToFrozenWordSet());

    /// <summary>
    /// The catastrophe told as done, in the present perfect: "the apps have rewired a generation's brains", "the
    /// levy has gutted the town", "cheap imports have bled every small farm dry", "the village has been wiped out".
    /// The perfect is also how news reports a disaster or a strike ("the fire has destroyed the village"): a literal
    /// event in the sentence makes it news.
    /// </summary>
    private static Prediction? PerfectCatastropheAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("has" or "have" or "'ve") && !tokens[i].Norm.EndsWith("'ve", StringComparison.Ordinal)) return null;
        var k = AfterAdverbs(tokens, sentence, i + 1, out var hedged);
        if (k >= sentence.EndToken || Negation.IsAdverb(tokens[k].Norm, clitic: true)) return null;
        if (i > sentence.FirstToken && tokens[i - 1].Norm is "i" or "we" || tokens[i].Norm.EndsWith("'ve", StringComparison.Ordinal) && tokens[i].Norm is "we've" or "i've") return null;
        var end = tokens[k].Norm == "been" ? PassiveStateEnd(actors, tokens, sentence, i, k + 1) : Catastrophes.PerfectOutcomeAt(actors, tokens, sentence, k);
        if (end is not int e || ImageryContext.SentenceHas(tokens, sentence, LiteralEvents)) return null;
        return new Prediction(i, k, e, hedged, Forecast: false);
    }

    /// <summary>The ruin verbs a generic present claim reads: not those of bodily harm, whose generic present is medicine or nature.</summary>
    private static readonly FrozenWordSet GenericRuinVerbs = Cues.Words("ruin-verb")
        .Except(Cues.Words("bodily-verb")).ToFrozenWordSet();

    private static readonly FrozenWordSet GenericRuinThirdPersons = GenericRuinVerbs.Select(verb => Inflections.VerbForms(verb)[1]).ToFrozenWordSet();

    /// <summary>
    /// A generic harm claim in the simple present, in the writer's voice: "social media destroys childhood", "gambling
    /// apps ruin families", "the new towers wreck the whole valley". A verb of ruin in the present, after a noun
    /// subject, with a collective victim or a listed large noun for object. A tool's or a body's literal harm names
    /// neither ("the shredder destroys every page", "alcohol damages the liver", "the council destroys records after
    /// seven years"); verbs of bodily harm ("malaria kills children") and a disease, a drug or a natural hazard as the
    /// subject state a medical or physical fact, and a count ("wrecks thousands of homes"), a disaster or a year in the
    /// sentence make it news.
    /// </summary>
    private static Prediction? GenericHarmAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var limit = sentence.EndToken;
        // A capitalized verb inside a sentence belongs to a headline or a name ("Students Host Destroy Israel Event").
        if (tokens[i].IsCapitalized) return null;
        var third = GenericRuinThirdPersons.Contains(tokens[i]);
        if (!third && !GenericRuinVerbs.Contains(tokens[i])) return null;
        if (SubjectHeadBefore(tokens, sentence, i) is not int head || !third && !IsPluralNoun(tokens[head])) return null;
        var verb = third
            ? Catastrophes.ThirdPersonAt(tokens, i, limit, CatastropheClass.VerbObj, CatastropheClass.VerbVictim)
            : Catastrophes.LongestAt(tokens, i, limit, CatastropheClass.VerbObj, CatastropheClass.VerbVictim);
        if (verb is not { } v) return null;
        var subject = Catastrophes.SubjectStart(tokens, sentence, head + 1);
        for (var s = subject; s <= head; s++)
            if (tokens[s].Norm is "which" or "who" or "that" || ThreatReferents.DomainOf(tokens[s].Norm) is ThreatDomain.Disease or ThreatDomain.Substance or ThreatDomain.Hazard)
                return null;
        var end = Catastrophes.VictimObjectEnd(tokens, sentence, v) ?? LargeNounObjectEnd(actors, tokens, sentence, v);
        if (end is not int e || HasCount(tokens, v.End, e) || ImageryContext.SentenceHas(tokens, sentence, LiteralEvents) || HasYear(tokens, sentence)) return null;
        return new Prediction(i, i, e, Hedged: false, Forecast: false);
    }

    /// <summary>
    /// The last word of the noun subject before a present verb at <paramref name="verb"/> (past one adverb: "apps
    /// quietly ruin"), or null when none stands there: a pronoun (whose referent the sentence does not name), a
    /// determiner or possessive (the verb is then a noun: "the ruins"), an auxiliary, "to", a question's "do".
    /// </summary>
    private static int? SubjectHeadBefore(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var head = verb - 1;
        if (head > sentence.FirstToken && (Adverbs.Contains(tokens[head]) || tokens[head].Norm.EndsWith("ly", StringComparison.Ordinal))) head--;
        if (head < sentence.FirstToken || !tokens[head].IsWord || tokens[sentence.FirstToken].Norm is "do" or "does" or "did") return null;
        var norm = tokens[head].Norm;
        if (FunctionWords.NounPhraseBreakers.Contains(norm) || FunctionWords.Definite.Contains(norm) || FunctionWords.Possessive.Contains(norm)
            || FunctionWords.IndefiniteSingular.Contains(norm) || FunctionWords.PersonPronouns.Contains(norm) || FunctionWords.AuthorPronouns.Contains(norm)
            || norm is "you" or "everything" or "something" or "nothing" || ModifierSlots.IsPossessiveNoun(tokens[head]))
            return null;
        return head;
    }

    /// <summary>"apps", "towers", "media": a plural noun, the subject of a verb in its base form.</summary>
    private static bool IsPluralNoun(Token token) =>
        token.Norm == "media"
        || token.Norm.Length > 3 && token.Norm.EndsWith('s') && !token.Norm.EndsWith("ss", StringComparison.Ordinal) && !token.Norm.EndsWith("'s", StringComparison.Ordinal)
           && !token.Norm.EndsWith("us", StringComparison.Ordinal) && !AdjectiveForms.IsAdjective(token.Norm) && token.Norm is not ("always" or "sometimes" or "perhaps" or "unless" or "thus");

    /// <summary>"kills millions", "ruins thousands of families": a count is a measure, not a sweep.</summary>
    private static bool HasCount(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].Norm is "millions" or "billions" or "thousands" or "hundreds" || tokens[k].Kind == TokenKind.Number) return true;
        return false;
    }

    /// <summary>Where a verb's object ends when it names something large by a listed noun ("poisons the economy"), not by a quantifier alone.</summary>
    private static int? LargeNounObjectEnd(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, CatastropheMatch verb)
    {
        var gapped = verb.GapEnd > verb.GapStart;
        var from = gapped ? verb.GapStart : verb.End;
        var to = gapped ? verb.GapEnd : Catastrophes.ObjectEnd(tokens, sentence, verb.End);
        if (to == from || !gapped && FunctionWords.Prepositions.Contains(tokens[from])) return null;
        if (!Catastrophes.NamesLargeIn(actors, tokens, from, to) || Catastrophes.HasBenignIn(tokens, from, to)) return null;
        return gapped ? verb.End : Catastrophes.LastWordOfLarge(tokens, from, to);
    }

    /// <summary>"is", "are", "it's", "they're": a present "be" that can carry a progressive.</summary>
    private static bool IsPresentBe(Token token) =>
        token.Norm is "is" or "are" or "it's" or "that's" or "he's" or "she's" || token.Norm.EndsWith("'re", StringComparison.Ordinal);

    private static int? ProgressiveEnd(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int be, int participle) =>
        Catastrophes.ProgressiveOutcomeAt(actors, tokens, sentence, participle)
        ?? (Catastrophes.ProgressiveAt(tokens, participle, sentence.EndToken, CatastropheClass.VerbSubj) is { } collapse
            && Catastrophes.HasLargeIn(actors, tokens, Catastrophes.SubjectStart(tokens, sentence, be), be) ? collapse.End : null);

    /// <summary>"is being wiped out", "are being annihilated": a catastrophic state, for a large subject where the state needs one.</summary>
    private static int? PassiveStateEnd(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int be, int j)
    {
        var end = sentence.EndToken;
        if (Catastrophes.LongestAt(tokens, j, end, CatastropheClass.State) is { } state) return state.End;
        if (Catastrophes.LongestAt(tokens, j, end, CatastropheClass.StateSubj) is not { } subjectState) return null;
        var subject = Catastrophes.SubjectStart(tokens, sentence, be);
        return Catastrophes.HasLargeIn(actors, tokens, subject, be) || ThreatReferents.FindIn(actors, tokens, sentence, subject, be) is not null ? subjectState.End : null;
    }

    /// <summary>
    /// Total loss as a negative existential: "there will be no border left", "there won't be a single trout left",
    /// "there'll be nobody left". Not what a sale runs out of ("no tickets left").
    /// </summary>
    private static Prediction? TotalLossAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var norm = tokens[i].Norm;
        // "you will not find one boat left" is "there will be no boat left".
        // Only for a good the community needs, lost over a long deadline and not to a change someone makes: "you won't
        // find a sourdough loaf left after ten" is a sell-out, "a pothole left once the resurfacing is done" a repair.
        if (ClaimShapes.NegatedFindingObject(tokens, sentence, i) is int found)
            return NoneLeftFrom(tokens, sentence, i, found) is { } none && tokens[none.End - 1].Norm == "left" && ClaimShapes.IsCommunityGood(tokens[none.End - 2])
                && IsLongDated(tokens, sentence) && !ClaimShapes.TellsOfAChange(tokens, sentence) ? none : null;
        if (norm is not ("there" or "there'll")) return null;
        string Norm(int k) => sentence.NormAt(tokens, k);
        var k = i + 1;
        var negated = false;
        if (norm == "there" && Norm(k) is "will" or "shall" or "'ll") k++;
        else if (norm == "there" && Norm(k) == "won't") { k++; negated = true; }
        else if (norm == "there" && Norm(k) is "is" or "'s" && Norm(k + 1) == "going" && Norm(k + 2) == "to") k += 3;
        else if (norm != "there'll") return null;
        if (Negation.IsAdverb(Norm(k), clitic: true)) { k++; negated = true; }
        if (Norm(k) != "be") return null;
        k++;
        if (!negated && Norm(k) is not ("no" or "nobody" or "nothing" or "none" or "not")) return null;
        // A loss credited to a change someone makes is its plan, not a worst case: "as the operator replaces them".
        return ClaimShapes.TellsOfAChange(tokens, sentence) ? null : NoneLeftFrom(tokens, sentence, i, k);
    }

    /// <summary>
    /// What is said to be left at none, from <paramref name="item"/>: "left" within six words, or a dated relative of
    /// ability in its place ("by 2040 there won't be a beach a child can play on"), the set's use denied.
    /// </summary>
    private static Prediction? NoneLeftFrom(ImmutableArray<Token> tokens, Sentence sentence, int i, int item)
    {
        for (var k = item; k < sentence.EndToken && k - item <= 6 && tokens[k].IsWord; k++)
        {
            if (BenignLeftovers.Contains(tokens[k])) return null;
            if (tokens[k].Norm == "left" && k > item) return new Prediction(i, item, k + 1, Hedged: false, Forecast: false);
            // The set's use lost: a community good ("a library a student can study in") or an act a harm takes away
            // ("a river a child can safely swim in"), not a hazard gone or a sale ended ("a pothole a cyclist could
            // fall into", "a new car a driver can buy").
            if (k > item + 1 && ClaimShapes.AbilityRelativeEnd(tokens, sentence, k) is int relative && IsLongDated(tokens, sentence)
                && (ClaimShapes.HasPerilMark(tokens, k, relative) || HasCommunityGood(tokens, item, k)))
                return new Prediction(i, item, relative, Hedged: false, Forecast: false);
        }
        return null;
    }

    /// <summary>Whether a word in [<paramref name="from"/>, <paramref name="to"/>) names a good the community needs.</summary>
    private static bool HasCommunityGood(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (ClaimShapes.IsCommunityGood(tokens[k])) return true;
        return false;
    }

    /// <summary>A long deadline in the sentence ("by 2040", "within a decade"), outside a plan: a notice's date is a closure planned ("by Friday").</summary>
    private static bool IsLongDated(ImmutableArray<Token> tokens, Sentence sentence) =>
        DatedCertainties.DeadlineIn(tokens, sentence) is { } deadline && !DireForecasts.IsNoticeDate(tokens, deadline)
        && DatedHorizons.IsLong(tokens, sentence, deadline) && !DireForecasts.IsUnderPlan(tokens, sentence);

    /// <summary>
    /// Irreversible harm: "the damage is permanent", "whatever harm is done before school age is irreversible", "the
    /// injuries will be lifelong". The harm noun heads the subject in the same clause.
    /// </summary>
    private static Prediction? IrreversibleHarmAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var future = tokens[i].Norm == "be" && i > sentence.FirstToken && tokens[i - 1].Norm is "will" or "'ll";
        if (!future && tokens[i].Norm is not ("is" or "are")) return null;
        var k = AfterAdverbs(tokens, sentence, i + 1, out var hedged);
        if (k >= sentence.EndToken || !Irreversible.Contains(tokens[k])) return null;
        // "The damage is permanent enough to …" or "permanent staff": the predicate must close its clause.
        if (k + 1 < sentence.EndToken && tokens[k + 1].IsWord && tokens[k + 1].Norm is not ("and" or "but")) return null;
        var from = future ? i - 1 : i;
        for (var h = from - 1; h >= sentence.FirstToken && from - h <= 8 && !IsClauseBreak(tokens[h]); h--)
            if (HarmNouns.Contains(tokens[h])) return new Prediction(h, k, k + 1, hedged, Forecast: false);
        return null;
    }

    private static readonly FrozenSet<string> UndoParticiples = Cues.Words("undo");

    /// <summary>
    /// Irreversible harm denied a remedy: "the damage cannot be undone", "the harm to these children can never be
    /// reversed". The harm noun heads the subject in the same clause, and the participle closes it.
    /// </summary>
    private static Prediction? UndoneHarmAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        int k;
        if (Norm(i) is "cannot" or "can't") k = i + 1;
        else if (Norm(i) == "can" && Norm(i + 1) is "never" or "not") k = i + 2;
        else return null;
        if (Norm(k) == "ever") k++;
        if (Norm(k) != "be" || !UndoParticiples.Contains(Norm(k + 1))) return null;
        if (k + 2 < sentence.EndToken && tokens[k + 2].IsWord && tokens[k + 2].Norm is not ("and" or "but")) return null;
        for (var h = i - 1; h >= sentence.FirstToken && i - h <= 8 && !IsClauseBreak(tokens[h]); h--)
            if (HarmNouns.Contains(tokens[h])) return new Prediction(h, i, k + 2, Hedged: false, Forecast: false);
        return null;
    }

    /// <summary>
    /// "There is no coming back from the damage", "there's no coming back from a collapse like this": irreversibility
    /// stated of a harm or a catastrophe named after "from" (a defeat or a break-up is no harm: "from this" alone is
    /// left alone).
    /// </summary>
    private static Prediction? NoComingBackAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        int k;
        if (Norm(i) == "there" && Norm(i + 1) is "is" or "'s") k = i + 2;
        else if (Norm(i) == "there's") k = i + 1;
        else return null;
        if (Norm(k) != "no" || Norm(k + 1) is not ("coming" or "going") || Norm(k + 2) != "back" || Norm(k + 3) != "from") return null;
        for (var h = k + 4; h < sentence.EndToken && h - k <= 10 && tokens[h].IsWord; h++)
            if (HarmNouns.Contains(tokens[h]) || Catastrophes.NounPhraseAt(tokens, h, sentence.EndToken) is not null)
                return new Prediction(i, k, k + 3, Hedged: false, Forecast: false);
        return null;
    }

    /// <summary>
    /// A catastrophe said to be here or about to arrive: "the collapse of free trade is at hand", "a pandemic is upon
    /// us". The subject before the "is" must hold a threat noun or a catastrophe.
    /// </summary>
    private static Prediction? CatastropheAtHandAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!IsPresentBe(tokens[i])) return null;
        var k = i + 1;
        while (k < sentence.EndToken && Adverbs.Contains(tokens[k])) k++;
        var length = ImminentPredicates.Value.LongestAt(tokens, k, sentence.EndToken);
        if (length == 0) return null;
        for (var s = Catastrophes.SubjectStart(tokens, sentence, i); s < i; s++)
            if (ThreatReferents.IsThreatNoun(tokens[s]) || Catastrophes.NounPhraseAt(tokens, s, i) is not null)
                return new Prediction(s, s, k + length, Hedged: false, Forecast: false);
        return null;
    }

    /// <summary>"This ruling heralds the death of Norvania as a free society", "spells the end of the republic": an end announced for something large.</summary>
    private static Prediction? DoomSignalAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        // After a modal or "to" the verb belongs to the forecast or the possibility that governs it.
        if (i > sentence.FirstToken && tokens[i - 1].Norm is "to" or "will" or "would" or "could" or "may" or "might" or "can" or "shall" or "'ll") return null;
        return DoomSignalEnd(actors, tokens, sentence, i) is int end ? new Prediction(i, i, end, Hedged: false, Forecast: false) : null;
    }

    private static int? DoomSignalEnd(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        string Norm(int j) => j < sentence.EndToken ? tokens[j].Norm : "";
        if (!PortendVerbs.Contains(Norm(k)) || Norm(k + 1) != "the" || !DoomNouns.Contains(Norm(k + 2)) || Norm(k + 3) is not ("of" or "for")) return null;
        var objectEnd = Catastrophes.ObjectEnd(tokens, sentence, k + 4);
        return objectEnd > k + 4 && Catastrophes.HasLargeIn(actors, tokens, k + 4, objectEnd) ? Catastrophes.LastWordOfLarge(tokens, k + 4, objectEnd) : null;
    }

    /// <summary>The future auxiliaries that take a separate "not" or "never" in a forecast of vanishing ("will not exist").</summary>
    private static readonly FrozenSet<string> FutureAuxiliaries = FrozenSet.ToFrozenSet(["will", "'ll"], StringComparer.Ordinal);

    /// <summary>
    /// Disappearance forecast within a span: "these firms will not exist in five years", "the high street will cease
    /// to exist within a decade". A dated end ("will no longer exist after April") is a schedule, not a forecast.
    /// </summary>
    private static Prediction? VanishingAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => j < sentence.EndToken ? tokens[j].Norm : "";
        int k;
        string? negation = null;
        if (Norm(i) == "won't") (k, negation) = (i + 1, "not");
        else if (Negation.AfterAuxiliary(tokens, i, sentence.EndToken, FutureAuxiliaries) is int afterNegation) (k, negation) = (afterNegation, Norm(i + 1));
        else if (Norm(i) is "will" or "'ll" && Norm(i + 1) is "no" && Norm(i + 2) == "longer") (k, negation) = (i + 3, "no longer");
        else if (Norm(i) is "will" or "'ll" && Norm(i + 1) == "cease" && Norm(i + 2) == "to") k = i + 3;
        else return null;
        if (Norm(k) != "exist") return null;
        // The outcome of a negated existence is the verb, under its negation; "cease to exist" is its own outcome.
        return SpanEnd(tokens, sentence, k + 1) is int end ? new Prediction(i, negation is null ? i + 1 : k, end, Hedged: false, Negation: negation) : null;
    }

    /// <summary>Just past "in five years", "within a decade", "in the next few months" at <paramref name="k"/>: the span a disappearance is dated by.</summary>
    private static int? SpanEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        string Norm(int j) => j < sentence.EndToken ? tokens[j].Norm : "";
        if (Norm(k) is not ("in" or "within")) return null;
        var j = k + 1;
        if (Norm(j) is "a" or "the" && Norm(j + 1) is "few" or "couple") j += Norm(j + 2) == "of" ? 3 : 2;
        else if (j < sentence.EndToken && (tokens[j].Kind == TokenKind.Number || FunctionWords.IsCardinal(Norm(j)) || Norm(j) is "a")) j++;
        else if (Norm(j) == "next") j++;
        return Norm(j) is "years" or "year" or "decade" or "decades" or "months" or "month" or "generation" ? j + 1 : null;
    }

    private static readonly FrozenSet<string> LossVerbs = Cues.Words("loss-verb");

    private static readonly FrozenSet<string> LossStates = Cues.Words("loss-state");

    /// <summary>
    /// A sweeping loss stated as certain and dated: "every glacier in the Alps will be gone within a decade", "half of
    /// all jobs will vanish in five years", "automation will make half of all jobs vanish within five years". What is
    /// lost is universal or large (the subject, or the object of "make"/"cause"); the loss of one thing ("the old
    /// bridge will be gone within a year") is news, and a dated loss without a span ("by 2030") may be a schedule.
    /// </summary>
    private static Prediction? SweepingLossAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => j < sentence.EndToken ? tokens[j].Norm : "";
        if (Norm(i) is not ("will" or "'ll")) return null;
        var k = i + 1;
        while (k < sentence.EndToken && Adverbs.Contains(Norm(k)) && !HedgeAdverbs.Contains(Norm(k))) k++;
        int lossEnd;
        bool large;
        if (Norm(k) is "make" or "cause")
        {
            var verb = k + 1;
            while (verb < sentence.EndToken && verb - k <= 6 && tokens[verb].IsWord && !LossVerbs.Contains(Norm(verb))) verb++;
            if (verb == k + 1 || !LossVerbs.Contains(Norm(verb))) return null;
            large = Catastrophes.HasLargeIn(actors, tokens, k + 1, verb);
            lossEnd = verb + 1;
        }
        else
        {
            if (LossVerbs.Contains(Norm(k))) lossEnd = k + 1;
            else if (Norm(k) == "be" && LossStates.Contains(Norm(k + 1))) lossEnd = k + 2;
            else return null;
            var subjectStart = Catastrophes.SubjectStart(tokens, sentence, i);
            // "Every infection on the ward will be gone within a month": the loss of a harm is no worst case.
            large = Catastrophes.HasLargeIn(actors, tokens, subjectStart, i) && !Catastrophes.IsHeadedByHarm(tokens, subjectStart, i);
        }
        return large && SpanEnd(tokens, sentence, lossEnd) is int end ? new Prediction(i, k, end, Hedged: false) : null;
    }

    private static bool IsClauseBreak(Token token) => token.Text is "," or ";" or ":" || token.Kind == TokenKind.Dash || token.Norm is "but" or "and" or "while";

    /// <summary>Just past a certainty modal at <paramref name="i"/>: will, shall, 'll, is/are going to, is certain/sure/guaranteed/set to.</summary>
    internal static int? ModalEnd(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var token = tokens[i];
        if (!token.IsWord) return null;
        var norm = token.Norm;
        string Norm(int k) => sentence.NormAt(tokens, k);
        // "at will", "the will to fight", "Will Moss": the noun and the name.
        if (norm is "will" or "shall")
            return i > sentence.FirstToken && (tokens[i - 1].Norm is "at" or "the" or "free" or "good" or "ill" or "political" or "own" || token.IsCapitalized) ? null : i + 1;
        if (norm == "gonna" || EndsInContraction(norm, "ll")) return i + 1;
        var be = norm is "is" or "are" or "am" || EndsInContraction(norm, "s") || EndsInContraction(norm, "re");
        if (!be) return null;
        if (Norm(i + 1) == "going" && Norm(i + 2) == "to") return i + 3;
        return Norm(i + 1) is "certain" or "sure" or "guaranteed" or "set" && Norm(i + 2) == "to" ? i + 3 : null;
    }

    /// <summary>
    /// Whether <paramref name="norm"/> is or ends in an apostrophe and <paramref name="ending"/> ("'ll", "it'll"): the
    /// apostrophe is read first, since <see cref="ModalEnd"/> asks at every token of each of RH1003's readings and
    /// nearly every word has none (issue 18).
    /// </summary>
    private static bool EndsInContraction(string norm, string ending) =>
        norm.Length > ending.Length && norm[norm.Length - ending.Length - 1] == '\'' && norm.AsSpan(norm.Length - ending.Length).SequenceEqual(ending);

    /// <summary>Where the catastrophic outcome that starts at <paramref name="k"/> ends, or null when what follows is no catastrophe.</summary>
    private static int? OutcomeEnd(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int modal, int k)
    {
        var end = sentence.EndToken;
        if (tokens[k].Norm is "be" or "become")
            return StateEnd(actors, tokens, sentence, modal, k + 1);
        if (Catastrophes.LongestAt(tokens, k, end, CatastropheClass.Cause) is { } cause)
        {
            var j = cause.End;
            while (j < end && j - cause.End < 3 && (NounPremodifiers.Contains(tokens[j])
                || AdjectiveForms.IsAdjective(tokens[j].Norm) && Catastrophes.NounPhraseAt(tokens, j, end) is null))
                j++;
            if (Catastrophes.NounPhraseAt(tokens, j, end) is int noun) return noun;
        }
        if (Catastrophes.LongestAt(tokens, k, end, CatastropheClass.VerbSubj) is { } collapse)
            return Catastrophes.HasLargeIn(actors, tokens, Catastrophes.SubjectStart(tokens, sentence, modal), modal) ? collapse.End : null;
        if (tokens[k].Norm == "use") return UseOfWeaponEnd(tokens, sentence, k);
        if (DoomSignalEnd(actors, tokens, sentence, k) is int doom) return doom;
        if (FallOfPlaceEnd(actors, tokens, sentence, modal, k) is int fall) return fall;
        // "We will crush every …" pledges an action; it predicts no catastrophe.
        if (modal > sentence.FirstToken && tokens[modal - 1].Norm is "i" or "we") return null;
        var outcome = Catastrophes.VerbOutcomeAt(actors, tokens, sentence, k);
        // "will ruin families": "ruin" is also a catastrophe noun, so the victim reading may run further.
        return VictimHarmEnd(tokens, sentence, k) is int harm && (outcome is not int o || harm > o) ? harm : outcome;
    }

    /// <summary>Verbs of ruin: with a collective victim for object, a forecast or a generic claim of one is a worst case.</summary>
    private static readonly FrozenWordSet RuinVerbs = Cues.Words("ruin-verb").ToFrozenWordSet();

    /// <summary>
    /// "will destroy family farms", "is set to wipe out the independent cinema", "could wreck our communities by
    /// spring": a verb of ruin, in its base form at <paramref name="k"/>, whose object heads on a collective victim.
    /// Returns its end. A disaster in the sentence makes the harm literal ("the storm will destroy the village").
    /// </summary>
    private static int? VictimHarmEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (!RuinVerbs.Contains(tokens[k]) || Catastrophes.LongestAt(tokens, k, sentence.EndToken, CatastropheClass.VerbObj, CatastropheClass.VerbVictim) is not { } verb) return null;
        return ImageryContext.SentenceHas(tokens, sentence, LiteralEvents) ? null : Catastrophes.VictimObjectEnd(tokens, sentence, verb);
    }

    /// <summary>
    /// "Taiwan will fall by 2027", "Kyiv is going to fall within weeks": a state or a capital that falls is conquered.
    /// "Norvania's exports will fall", "the rate will fall by 2%" and "will fall short" are other falls.
    /// </summary>
    private static int? FallOfPlaceEnd(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int modal, int k)
    {
        if (tokens[k].Norm != "fall" || !EndsInPlace(actors, tokens, sentence, modal)) return null;
        var next = k + 1;
        if (next >= sentence.EndToken || !tokens[next].IsWord || tokens[next].Norm is "and" or "but" or "too" or "first" or "next" or "soon") return next;
        if (tokens[next].Norm == "by" && next + 1 < sentence.EndToken && tokens[next + 1].IsYear) return next + 2;
        if (tokens[next].Norm == "to" && next + 1 < sentence.EndToken && tokens[next + 1].IsCapitalized) return next + 2;
        return NearDeadlineEnd(tokens, sentence, next) is int deadline && tokens[next].Norm is "by" or "before" or "within" or "overnight" ? deadline : null;
    }

    /// <summary>Whether the subject before <paramref name="modal"/> ends in a state or a capital ("Taiwan", "Kyiv").</summary>
    private static bool EndsInPlace(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int modal)
    {
        for (var s = Catastrophes.SubjectStart(tokens, sentence, modal); s < modal; s++)
            if (actors.Match(tokens.AsSpan(0, modal), s) is var (length, cls) && s + length == modal && cls is ActorClass.State or ActorClass.Metonym)
                return true;
        return false;
    }

    /// <summary>"will be paralysed", "will be a Kestrian lake", "will be a wasteland", "will be all-out war".</summary>
    private static int? StateEnd(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int modal, int j)
    {
        var end = sentence.EndToken;
        // "will be the first town wiped off the map" forecasts "will be wiped off the map".
        if (ClaimShapes.RankedReducedRelative(tokens, sentence, j) is int participle && Catastrophes.LongestAt(tokens, participle, end, CatastropheClass.State) is { } ranked)
            return ranked.End;
        if (Catastrophes.LongestAt(tokens, j, end, CatastropheClass.State) is { } state) return state.End;
        if (Catastrophes.LongestAt(tokens, j, end, CatastropheClass.StateSubj) is { } subjectState)
            return Catastrophes.HasLargeIn(actors, tokens, Catastrophes.SubjectStart(tokens, sentence, modal), modal)
                || ThreatReferents.FindIn(actors, tokens, sentence, Catastrophes.SubjectStart(tokens, sentence, modal), modal) is not null ? subjectState.End : null;
        if (j < end && tokens[j].Norm is "a" or "an" or "the") j++;
        var owned = false;
        var k = j;
        // Only modifiers may stand before the noun: "will be considered a key battleground" is a passive, not a state.
        while (k < end && k - j < 3 && tokens[k].IsWord && Catastrophes.LongestAt(tokens, k, end, CatastropheClass.Domain, CatastropheClass.Ruin) is null)
        {
            if (!tokens[k].IsCapitalized && !actors.IsPlaceWord(tokens[k]) && !AdjectiveForms.IsAdjective(tokens[k].Norm)) return Catastrophes.NounPhraseAt(tokens, j, end);
            owned |= tokens[k].IsCapitalized || actors.IsPlaceWord(tokens[k]);
            k++;
        }
        if (Catastrophes.LongestAt(tokens, k, end, CatastropheClass.Domain) is { } domain && owned && !ModifiesNextNoun(tokens, sentence, domain.End)) return domain.End;
        if (Catastrophes.LongestAt(tokens, k, end, CatastropheClass.Ruin) is { } ruin && !ModifiesNextNoun(tokens, sentence, ruin.End)) return ruin.End;
        return Catastrophes.NounPhraseAt(tokens, j, end);
    }

    /// <summary>
    /// "a battleground state", "a lake district": the noun before <paramref name="next"/> modifies another one. A word
    /// that opens a modifier after the head (<see cref="OpensPostModifier"/>) is no such noun: "a ghost town strung with
    /// cables", "a wasteland full of pylons" are still a ghost town and a wasteland.
    /// </summary>
    private static bool ModifiesNextNoun(ImmutableArray<Token> tokens, Sentence sentence, int next) =>
        next < sentence.EndToken && tokens[next].IsWord && !tokens[next].IsCapitalized
        && !FunctionWords.NounPhraseBreakers.Contains(tokens[next]) && !tokens[next].Norm.EndsWith("ly", StringComparison.Ordinal)
        && !OpensPostModifier(tokens, sentence, next);

    /// <summary>
    /// A modifier that follows its head, opening at <paramref name="k"/>: a past participle with a preposition after it
    /// (a reduced relative: "strung with cables", "ruled by three barons") or an adjective with its complement of "of"
    /// or "with" ("full of pylons", "thick with dust"). Other prepositions after an adjective leave a noun reading open
    /// ("a wasteland state in the north": "state" may be the head).
    /// </summary>
    private static bool OpensPostModifier(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var norm = tokens[k].Norm;
        var after = sentence.NormAt(tokens, k + 1);
        var participle = norm.Length > 3 && norm.EndsWith("ed", StringComparison.Ordinal) || Inflections.IsIrregularVerbForm(norm);
        return participle && FunctionWords.Prepositions.Contains(after) || AdjectiveForms.IsAdjective(norm) && after is "of" or "with";
    }

    /// <summary>"will use it on its neighbors", "will use the bomb against us": only in a sentence about weapons.</summary>
    private static int? UseOfWeaponEnd(ImmutableArray<Token> tokens, Sentence sentence, int use)
    {
        for (var k = use + 1; k < sentence.EndToken && k - use <= 4; k++)
        {
            if (tokens[k].Norm is not ("on" or "against")) continue;
            if (!MentionsWeapon(tokens, sentence)) return null;
            var objectEnd = Catastrophes.ObjectEnd(tokens, sentence, k + 1);
            return objectEnd > k + 1 ? Catastrophes.LastWordOfLarge(tokens, k + 1, objectEnd) : null;
        }
        return null;
    }

    private static bool MentionsWeapon(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Norm is "bomb" or "bombs" or "nuclear" or "nukes" or "weapon" or "weapons" or "warhead" or "warheads" or "missile" or "missiles" or "arsenal" or "gas")
                return true;
        return false;
    }

    /// <summary>"will be paralysed within hours", "will collapse overnight".</summary>
    private static int SpeedEnd(ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        if (end < sentence.EndToken && tokens[end].Norm == "overnight") return end + 1;
        if (end + 1 < sentence.EndToken && tokens[end].Norm == "within" && SpeedUnits.Contains(tokens[end + 1]))
            return tokens[end + 1].Norm == "a" && end + 2 < sentence.EndToken ? end + 3 : end + 2;
        return end;
    }
}
