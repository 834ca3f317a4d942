using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>RH2005 — absolute generalization.</summary>
public sealed class RH2005UniversalClaim : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags the writer's own sweeping claims about a whole group or about all times:
            - a generic group (politicians, the media, voters, "Kestrians", banks) with "always", "never", "invariably",
              "without exception" and a present verb: "Politicians always lie about defense budgets";
            - "all" or "every single" with a generic group and a present verb: "All bankers hate uncertainty";
            - a negative universal with a habitual verb ("Nobody in the region trusts Varn"), over all time before now
              ("Nobody on this island has ever paid the toll") or with a comparison ("Nobody moves better on grass", "No
              harbor does it better", after an object of a determiner and a noun: "No cooperative knows the valley
              better"), also when "alive" or "living" widens it to everyone there is ("Nobody alive paints a
              harbour like Mira Olsen"); a verb of saying with an indefinite object makes a thing rather than reporting a
              view, so it counts as habitual ("Nobody alive writes a lullaby like Tova Brin"); the universal may be
              "nothing", every thing there is ("Nothing has ever matched the roar of a cup final", "nothing else comes
              close"), and the noun "no" quantifies may head a compound ("No wind farm in the county has ever turned a
              profit");
            - a negative universal in the perfect or with a modal when it claims every case: with "ever" ("No airline has
              ever regretted it"), with a minimizer object ("Nobody on the board has lifted a finger"), with a verb of
              rivalry ("No rival can match it", "No other bakery in town is even close") or a comparative ("No bank has
              done less for savers"), or, for people, with an indefinite object over an undated stretch, which does what
              "ever" does ("No one at the ministry has visited a farm in years", "has ridden a bus since school"; "since
              1998" or "since March" dates a record and is left alone);
            - the same negative universal opening a relative clause after a noun, with no "that", when the noun is the
              object its perfect or modal predicate of rivalry or "ever" leaves out: "a palate nobody in the trade can
              match", "a record no rival has ever matched", "a final nobody there will ever forget";
            - a perfect "never" about any subject — a person, a firm, an asset — whose object shrinks to nothing or to
              any flaw or better alternative: "The river lobby has never kept a single promise", "has never made a bad
              film", "Riders have never had a faster way across town"; the minimizer may close the object's own
              complement ("has never answered the question about a single contract");
            - an emphatic perfect "never once", which stresses that not one case in all time breaks the record, about any
              subject: "The water board has never once told tenants the truth", "has never once been candid", also with a
              verb whose participle is its base form ("has never once let its members down", "has never once shut");
            - a perfect "never" with a comparative, a record against every moment before it with no record named: "The
              festival has never looked better", "Public science has never been more trusted";
            - "always"/"never" with a predicate of reliability, about any subject: "Gold always holds its value", "His
              instincts are never wrong";
            - a fronted "never" before its auxiliary, the emphatic inversion that no case in all time matches this one:
              "Never has a council wasted so much on so little", "Never did a ferry line treat its riders worse";
            - an exclusive remedy, "the only" with "ever" or "will"/"can" and a verb of working, rescue or need: "the only
              diet that has ever worked", "the only charter that will rescue us", "the only map you will ever need";
            - an exclusive judgement, "the only" with an adjective of validity or credibility, which finds every
              alternative false or unworkable: "the only credible plan", "Silver is the only true hedge left"; "the only
              survivor", "the only bridge across the river" state a fact, and a phrase that opens its clause ("The only
              sensible question is whether …") frames what follows;
            - "else" with a scope sets the subject against every other member of a field: "Nobody else in Varnish cinema
              films the sea with such patience", "Nothing else on the shelf comes close"; without a degree or a rivalry
              it only names the one member who does something, a fact ("Nobody else in the village grows figs");
            - absolute completion over a sector or group: "the shipping industry has completely abandoned sail power";
            - a present-perfect "never" with a lapse, a spotless record of any subject over all time: "The Kova 3 has never
              dropped a call", "has never let down a client", "has never failed to beat inflation"; so is "been" with a
              predicate of reliability: "Her rainfall forecasts have never been wrong"; failing a test is a grade on a
              checkable record, not a lapse ("The pilot has never failed a fitness test" is left alone);
            - a universal read as one phrase with its restriction — a scope ("in Tarnby", "at the treasury"), a relative
              clause ("who tries it", "that has adopted the scheme") — when it claims the same outcome for every member:
              a comparative after a present verb ("Everybody who sails with her comes back wiser") or an effect in the
              perfect ("Every town that has adopted the scheme has seen rents fall");
            - a negative universal with a verb of comprehension, a whole group's incompetence: "Nobody at the treasury
              understands the levy";
            - a negative universal, with or without a scope, that "will tell you" or "will warn you": a truth every
              member of the group is said to keep from the reader ("the part nobody on the evening bulletins will tell
              you", "No minister will ever tell you this"); "No one will say how much it cost" reports a refusal and is
              left alone;
            - a negative universal with "can" and a comparison of manner with one person, a rivalry like "can match her"
              ("No one can read a room like her"); a participle with its own scope narrows the universal as a relative
              clause does ("Nobody writing in Orsk today can build a chorus the way Tova Brin does");
            - a predicate of efficacy with a universal object: "works for literally everyone", "suits everybody";
            - a universal person narrowed by a scope, with a present verb of feeling or of holding a view (generated from
              WordNet's verb.emotion and the verbs below believe, think, trust, respect, doubt and evaluate, less the
              aims below want, hope, wish and expect: "Everyone in the choir expects to sing in May" states a plan) or
              "is against": "Everybody in Brackley hates the one-way system", "No one in the trade believes the figures",
              "Everybody in Kelmore is against the quarry"; a past scene ("Everyone in the room feared the worst") and
              events of the body, injury or motion ("Nobody in the building was hurt", "Everyone in the room stood") are
              reports, and verbs of knowing and agreeing are RH2006's; the writer's own circle ("everyone in our
              family") and an indefinite object, a truism of preference ("loves a sunny Saturday"), stay quiet; verbs of
              sorrow, gratitude, esteem and care are an organisation's own voice ("Everyone at the club mourns the loss
              of a true gentleman", "Everyone at the hospice appreciates your support"), and a sentence that opens on a
              work of fiction retells its plot ("In the film, everyone in the village fears the stranger").
            """,
        WhyIsThisBad = """
            One counterexample makes a universal claim false, and the reader usually knows one. About people in general
            it is a stereotype; about a rival or a favourite it is hyperbole (SemEval-2023 "exaggeration").
            """,
        NotFlagged = """
            - Records: a past or perfect tense with "never" ("she has never gone past the semifinals", "voters have
              never elected…"): a bounded, checkable fact, not a generalization. So are perfect negative universals
              without "ever", a minimizer or a comparison ("No one has claimed responsibility", "Nobody has been
              charged"), modal rules ("No one can enter the depot after dark"), "could have" ("Nobody could have
              predicted it") and progress ("Nobody is close to a deal"); a passive is a record of what was done to them
              even with "ever" ("No third-party mayor has ever been directly elected", "Nothing has ever been proven
              against the firm"). "Nothing could be further from the truth" is the idiom of flat denial. A comparative
              with a bound ("the jobless rate has never been higher than 6 percent", "has never been more than a
              reserve") is a checkable record; one
              in a sentence that names a threat ("has never been more exposed to hackers") inflates the threat and is
              left to the threat family ([RH1010](RH1010.md), which also supersedes this rule on "has never been more
              dangerous"). After a noun, a universal that states a fact
              or keeps its object ("the night nobody came", "a town no bus serves")
              is left alone, and so is one that is the object ("she knew nobody in the trade").
            - The writer's own sample: "Nobody we spoke to in Ashby could name the contractor", "all the experts I
              interviewed said" — a group bounded by whom the writer asked, unnamed sources the Sourcing family reviews.
            - "Never once" in a bounded or narrated past ("until that night he had never once missed a crossing", "in the
              debate she never once mentioned the deficit"): one stretch of time, a checkable fact. "Nobody alive" with a
              past verb or ignorance ("Nobody alive today saw the flood", "no one living knows where…"), or with a
              verb of saying that reports a view ("nobody writes that the levy is fair").
            - "Never before" ([RH2002](RH2002.md)), "Never again" and "Never have I …" (the writer's own record). "The only"
              with a record or a capability: "the only player who has ever won three titles", "the only drug that works
              against the strain", "the only firm that can fix the pipeline".
            - Counted sets ("all 27 member states", "all three candidates"), rules and schedules ("the museum is never
              open on Mondays", "all passengers are required to…", "all reporters seeking access will have to sign":
              a group narrowed by an -ing participle is read at the clause's verb after the participle's phrase, so
              "all migrants crossing the strait are smugglers" is still flagged), imperatives and advice ("Never sign
              a lease you haven't read").
            - Idioms and softened forms: "as always", "never mind", "almost always", "not always", "nearly nobody";
              negated or hedged claims; questions; "if"/"when" clauses and wishes
              ("we can only hope that no one is hurt").
            - Quoted or reported speech; a strong citation in the sentence or the next one, which may be a kept file its
              keeper can produce closing the sentence or opening it ("…, club records show", "…, its minutes show"; bare
              "records show" names no keeper).
            - A record dated by "since" ("has never once shut since it opened in 1932", "since March").
            - "Nobody knows" or "nobody understands why…" (ignorance, not a claim), "nobody pays me" (the writer's own
              circumstances), a truism of feeling with no scope before an activity ("Nobody enjoys paying a parking
              fine", "no one likes to wait"; "nobody likes a toll road" and "nobody in Harlow likes the new bypass" are
              flagged), "I have never missed a train" and "I have never asked for such a levy" (the writer's own
              record); a first time closed by "before" ("the bell has never been lowered to such a depth
              before"), unless the verb is one of undergoing ("we have never faced such a threat", "Tarnby has never
              seen such chaos before" are flagged); a lapse with a definite object
              ("has never missed the final") is one checkable event.
            - Rules and entitlements with a restricted universal ("Everyone who registers gets a badge"), news negatives
              ("Nobody answered the door"), "everyone is welcome", "every Tuesday"; a rivalry that makes a threat
              unstoppable ("superbugs no vaccine can touch") is the threat family's.
            - Claims of agreement ("all experts agree", "nobody disputes") are RH2006's; "analysts always say" is
              RH3001's. A universal inside the clause of an impersonal attribution ("It is widely accepted that tunnelling
              is the only sensible option") is the view RH3006 reports.
            """,
        Examples = ["[[Politicians always lie]] about defense budgets.", "Chef Renn has a palate [[nobody in the trade can match]]."],
        UseInstead =
        [
            """
            Four of the last five defense budgets understated costs by more than 10%, the audit office found.
            """,
        ],
        Rewrite = "Display-only template that asks for the share of the group, the claim and the source.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH2005",
        "Absolute generalization",
        "'{0}' claims something holds for everyone or at all times; say how many, how often, and according to whom",
        RuleCategories.Superlatives,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A universal claim (always, never, nobody, all of a group) about people in general, in the writer's own voice.",
        helpLinkUri: RuleCategories.HelpUri("RH2005"),
        customTags: [RuleTags.RaisedInNews, RuleTags.LoweredInOpinion, EvidenceWindow.NextSentence.Tag]);

    /// <summary>Present and modal auxiliaries between a subject and "always"/"never": the claim stays habitual.</summary>
    private static readonly HashSet<string> HabitualAuxiliaries = new(StringComparer.Ordinal) { "are", "is", "do", "does", "will", "would", "can" };

    /// <summary>Past and perfect auxiliaries: with them "never" reports a record ("has never won"), not a habit.</summary>
    private static readonly HashSet<string> RecordAuxiliaries = new(StringComparer.Ordinal) { "was", "were", "did", "had", "has", "have" };

    public static readonly RuleOption<bool> FlagComparisons = RuleOption.Bool("RH2005", "flag_comparisons", true,
        "Whether a negative universal with a comparison (\"nobody moves better on clay\", \"no port handles it faster\") is flagged. "
        + "Sports and review desks that accept it as a way of praising set `false`; habitual claims (\"nobody in the region trusts Varn\") are still flagged.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override ImmutableArray<RuleOption> SupportedOptions => [FlagComparisons];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        if (document.IsQuestion(sentence)) return;
        var actors = document.Actors;
        var comparisons = context.Options.Get(FlagComparisons);
        ImpersonalAttributionFrames? impersonalFrames = null;

        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var match = GroupWithAbsolute(actors, tokens, sentence, i) ?? NegativeUniversal(actors, tokens, sentence, i, comparisons) ?? AllOfGroup(actors, tokens, sentence, i)
                ?? AbsoluteCompletion(actors, tokens, sentence, i) ?? NeverWithMinimizer(tokens, sentence, i)
                ?? NeverWithComparative(actors, tokens, sentence, i)
                ?? AbsoluteReliability(tokens, sentence, i) ?? NeverWithLapse(tokens, sentence, i) ?? UniversalOutcome(tokens, sentence, i)
                ?? NobodyGrasps(tokens, sentence, i) ?? EffectForEveryone(tokens, sentence, i)
                ?? InvertedNever(tokens, sentence, i) ?? OnlyRemedy(tokens, sentence, i) ?? OnlyCredible(tokens, sentence, i)
                ?? ScopedStanceUniversals.Match(tokens, sentence, i);
            if (match is not var (start, end, cue)) continue;
            if (!UniversalCues.IsAuthorVoice(document, start, end) || document.IsNegated(start) || document.IsNegated(cue) || document.IsHedged(cue)
                || UniversalCues.IsHypothetical(tokens, sentence, start) || (impersonalFrames ??= new(tokens, sentence)).Covers(start)) continue;
            // "Nobody I spoke to could name the contractor": the writer's own sample, not a whole group.
            if (OwnSampleUniversals.IsWritersSample(tokens, sentence, start)) continue;
            if (context.EvidenceFor(Descriptor, new Claim(ClaimKind.Universal, start, end)).Strength >= EvidenceStrength.Strong) continue;

            var span = document.SpanOf(start, end);
            var rewrite = Rewrite.Template("Say how many and how often", span, "[N]% of [group] [claim] ([source, year])");
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span));
            i = end - 1;
        }
    }

    /// <summary>"Politicians always lie", "the media will never admit", "Kestrian voters, without exception, reward".</summary>
    private static (int, int, int)? GroupWithAbsolute(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int adverb)
    {
        var length = UniversalCues.MatchLength("absolute", tokens, adverb, sentence.EndToken);
        if (length == 0 || IsSoftenedBefore(tokens, sentence, adverb)) return null;

        var k = adverb - 1;
        if (k >= sentence.FirstToken && tokens[k].Text == ",") k--;
        var habitualAuxiliary = k >= sentence.FirstToken && HabitualAuxiliaries.Contains(tokens[k].Norm);
        if (habitualAuxiliary) k--;
        else if (k >= sentence.FirstToken && RecordAuxiliaries.Contains(tokens[k].Norm)) return null;
        if (GroupSubjectEndingAt(actors, tokens, sentence, k) is not int start) return null;

        var verb = adverb + length;
        if (verb < sentence.EndToken && tokens[verb].Text == ",") verb++;
        if (verb >= sentence.EndToken || !tokens[verb].IsWord || tokens[verb].Norm is "to" or "been" or "before" or "again" || UniversalCues.Is("rule", tokens[verb])
            || IsAgreementOrReport(tokens[verb])) return null;
        if (!habitualAuxiliary && (UniversalCues.IsPast(tokens[verb]) || RecordAuxiliaries.Contains(tokens[verb].Norm))) return null;
        return (start, verb + 1, adverb);
    }

    /// <summary>
    /// The start of a generic-group subject whose head is at <paramref name="head"/> or which ends in a short scope
    /// after it ("politicians in Halden"); null when it is not a group, is counted or demonstrative, or is no subject.
    /// </summary>
    private static int? GroupSubjectEndingAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        if (end < sentence.FirstToken) return null;
        var head = end;
        if (!IsGroupHead(actors, tokens, head))
        {
            head = -1;
            for (var p = end - 1; p > sentence.FirstToken && end - p <= 4 && tokens[p].IsWord; p--)
            {
                if (tokens[p].Norm is "in" or "from" or "across" or "at" or "on" && IsGroupHead(actors, tokens, p - 1)) { head = p - 1; break; }
            }
            if (head < 0) return null;
        }
        for (var k = head; k <= end; k++)
            if (tokens[k].Kind == TokenKind.Number || ClaimScope.IsNumberWord(tokens[k])) return null;

        var start = head;
        while (start - 1 >= sentence.FirstToken && head - start < 2 && IsPremodifier(actors, tokens[start - 1])) start--;
        if (start - 1 >= sentence.FirstToken && tokens[start - 1].Norm is "the" or "all" or "our") start--;
        if (start - 1 >= sentence.FirstToken && tokens[start - 1].Norm is "these" or "those" or "some" or "many" or "most" or "few") return null;
        return UniversalCues.OpensClause(tokens, sentence, start) ? start : null;
    }

    private static bool IsGroupHead(ActorGazetteer actors, ImmutableArray<Token> tokens, int i) =>
        i >= 0 && (UniversalCues.IsGenericGroup(actors, tokens, i) || UniversalCues.IsSector(tokens[i]) && i > 0 && tokens[i - 1].IsWord);

    /// <summary>"Kestrian", "young", "pharmaceutical": a word that can modify a group noun without ending its phrase.</summary>
    private static bool IsPremodifier(ActorGazetteer actors, Token token) =>
        token.IsWord && !FunctionWords.NounPhraseBreakers.Contains(token) && !FunctionWords.Definite.Contains(token)
        && !FunctionWords.Possessive.Contains(token) && !FunctionWords.PersonPronouns.Contains(token) && !FunctionWords.AuthorPronouns.Contains(token)
        && !UniversalCues.IsPast(token) && token.Norm is not ("all" or "some" or "many" or "most" or "few" or "these" or "those" or "every" or "no")
        && (!token.IsCapitalized || actors.IsPlaceWord(token) || LooksLikeDemonym(token.Norm));

    /// <summary>"Kestrian", "Varnese", "Norvanish": the shapes of a nationality adjective the gazetteer may not list.</summary>
    private static bool LooksLikeDemonym(string word) =>
        word.Length > 4 && (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal));

    /// <summary>
    /// "Nobody in the region trusts Varn" (a habitual verb) and "Nobody moves better on clay", "No port handles it
    /// faster" (a comparison): a negative universal subject opening its clause.
    /// </summary>
    private static (int, int, int)? NegativeUniversal(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i, bool comparisons)
    {
        var limit = sentence.EndToken;
        int next;
        var personal = true;
        if (tokens[i].Norm == "nobody") next = i + 1;
        else if (tokens[i].Norm == "no" && i + 1 < limit && tokens[i + 1].Norm == "one") next = i + 2;
        else if (tokens[i].Norm == "no" && i + 1 < limit && IsCountNoun(tokens[i + 1]))
        {
            next = i + 2;
            personal = false;
        }
        else if (tokens[i].Norm == "no" && i + 2 < limit && tokens[i + 1].Norm == "other" && IsCountNoun(tokens[i + 2]))
        {
            next = i + 3;
            personal = false;
        }
        // "Nothing has ever matched it", "nothing comes close": every thing there is, as "no N" is every N.
        else if (tokens[i].Norm == "nothing")
        {
            next = i + 1;
            personal = false;
        }
        else return null;
        // "no wind farm", "no energy company": the quantified noun may be the head of a compound.
        if (!personal) next = CompoundHeadEnd(tokens, sentence, next);
        // "Nobody alive writes…", "no one living…": the emphatic widens the set to everyone there is, so it is skipped to reach the verb.
        if (next < limit && tokens[next].Norm is "alive" or "living") next++;
        // "Nobody else in Varnish theatre writes …", "nothing else on the market comes close": "else" sets the subject
        // the sentence is about against every other member of the scope, so it is skipped to reach the scope as well.
        var contrast = next < limit && tokens[next].Norm == "else";
        if (contrast) next++;
        // "Nobody writing in Nashville today", "no one working at the port": a participle with its own scope narrows a
        // universal person as a relative clause does, so it is skipped to reach the scope.
        if (personal && next + 1 < limit && IsReducedRelative(tokens[next]) && FunctionWords.Prepositions.Contains(tokens[next + 1])) next++;
        // "a palate nobody in the trade can match": a universal may open a relative clause with no "that" after a noun.
        var afterNoun = !UniversalCues.OpensClause(tokens, sentence, i);
        if (afterNoun && !IsAfterNounPhrase(tokens, sentence, i) || IsSoftenedBefore(tokens, sentence, i)) return null;

        // "what nobody at the ministry will tell you", "No minister will ever warn you": every member keeps it from the
        // reader. Read before the scope, whose nouns in -s ("news") the verb search below would take for the verb.
        if (WithheldFromReader(tokens, sentence, next) is int withheldEnd) return (i, withheldEnd, i);
        // A short scope ("in the region", "on the tour") may follow; a number in it makes a counted set ("among the 164").
        var verb = next;
        var scoped = verb < limit && FunctionWords.Prepositions.Contains(tokens[verb]);
        if (scoped)
        {
            // A plural after a determiner is a noun of the scope ("in my years"), not the verb.
            for (verb++; verb < limit && verb - next <= 4 && !(IsPresentSingularVerb(tokens[verb]) && !IsDeterminer(tokens[verb - 1])) && !IsEverPerfect(tokens, sentence, verb)
                && !IsPerfectOrModal(tokens[verb]); verb++)
                if (!tokens[verb].IsWord || ClaimScope.IsNumberWord(tokens[verb])) return null;
        }
        // "Nobody has ever consented": everyone, at every time before now. A passive ("no third-party candidate has ever
        // been elected", "nothing has ever been proven") is a record of what was done to them, a checkable fact.
        if (IsEverPerfect(tokens, sentence, verb) && !IsPassiveAfter(tokens, sentence, verb + 2) && (personal || Participles.IsParticiple(tokens[verb + 2].Norm)))
            return !afterNoun || EndsClause(tokens, sentence, verb + 3) ? (i, verb + 3, i) : null;
        // After a noun only a relative clause whose object is the noun qualifies: its perfect or modal predicate of
        // rivalry or "ever" ends the clause ("a palate nobody can match", "a film nobody will ever forget"); "the day
        // nobody came" or "a town no bus serves" state a fact.
        if (afterNoun)
            return verb < limit && IsPerfectOrModal(tokens[verb]) && PerfectOrModalEnd(tokens, sentence, verb) is int gapEnd && EndsClause(tokens, sentence, gapEnd)
                && !UniversalCues.Is("ignorance", tokens[gapEnd - 1]) && !IsAgreementOrReport(tokens[gapEnd - 1])
                && !(UniversalCues.Is("rival", tokens[gapEnd - 1]) && ThreatReferents.InSentence(actors, tokens, sentence)) ? (i, gapEnd, i) : null;
        // "Nobody on the board has lifted a finger", "no one can match her": every person, in every case so far or possible.
        if (verb < limit && IsPerfectOrModal(tokens[verb]))
        {
            // "No bank has done less": a perfect or modal comparison ranks every member of the set.
            var main = verb + 1 < limit && tokens[verb + 1].Norm == "ever" ? verb + 2 : verb + 1;
            if (main < limit && ComparativeAfter(tokens, sentence, main) is int perfectComparativeEnd) return comparisons ? (i, perfectComparativeEnd, i) : null;
            // "Nobody can build a bridge the way Wrenfield does", "no one can sing like her": a comparison of manner with one
            // person ranks every member of the set below that person, as "can match her" does.
            if (tokens[verb].Norm == "can" && MannerComparisonEnd(tokens, sentence, verb + 1) is int mannerEnd) return comparisons ? (i, mannerEnd, i) : null;
            // "Nobody on the board has read a budget in a decade": an undated stretch does what "ever" does.
            if (personal && LongStretchRecords.End(tokens, sentence, verb) is int stretchEnd) return (i, stretchEnd, i);
            if (PerfectOrModalEnd(tokens, sentence, verb) is not int predicateEnd) return null;
            // "superbugs that no vaccine can touch": a rivalry that makes a threat unstoppable inflates the threat, the threat family's move.
            if (UniversalCues.Is("rival", tokens[predicateEnd - 1]) && ThreatReferents.InSentence(actors, tokens, sentence)) return null;
            return UniversalCues.Is("ignorance", tokens[predicateEnd - 1]) || IsAgreementOrReport(tokens[predicateEnd - 1]) ? null : (i, predicateEnd, i);
        }
        if (verb < limit && tokens[verb].Norm is "else" or "really" or "ever") verb++;
        if (verb >= limit || !IsPresentSingularVerb(tokens[verb]) && tokens[verb].Norm != "does") return null;
        // "No other firm is even close", "no rival comes close": every member of the set ranked below the subject.
        if (RivalPredicateEnd(tokens, sentence, verb) is int rivalEnd) return comparisons ? (i, rivalEnd, i) : null;
        // "No action is better than war" weighs an absence; "no port handles it faster" ranks every port.
        if (!personal && tokens[verb].Norm == "is") return null;

        // The universal itself is a negation cue, so negation and hedges are checked from its start, not at the verb.
        if (ComparativeAfter(tokens, sentence, verb) is int comparativeEnd) return comparisons ? (i, comparativeEnd, i) : null;
        // Without a comparison only a person universal makes a habitual claim: "no port handles cargo" is a fact about ports.
        // "Nobody else in Varnish theatre writes about harbours so warmly": set against everyone else in a field, a verb of
        // saying describes what the others make, not a view they report.
        if (!personal || UniversalCues.Is("ignorance", tokens[verb])
            || IsAgreementOrReport(tokens[verb]) && !MakesAnObject(tokens, sentence, verb) && !(contrast && scoped && !UniversalCues.Is("know", tokens[verb]) && !UniversalCues.Is("deny", tokens[verb]) && !UniversalCues.Is("believe", tokens[verb]))) return null;
        // "Nobody else in the field looks ready": a verb of appearance gives how things look now, hedged by the verb itself.
        if (tokens[verb].Norm is "looks" or "seems" or "appears" or "sounds") return null;
        // "Nobody enjoys paying a fine": a truism of feeling, a concession rather than a claim about people.
        if (!contrast && NormativeReadings.IsPreferenceTruism(tokens, sentence, verb, scoped)) return null;
        // "Nobody pays me": the writer's own circumstances, not a claim about people.
        if (verb + 1 < limit && tokens[verb + 1].Norm is "me" or "us" or "my" or "our") return null;
        // "Nobody else in the village grows figs": without a degree the contrast only says the subject is the one member who
        // does it, a fact of a small set; "with such patience", "so warmly", "a cleaner interface" set it above everyone else.
        if (contrast && !HasDegreeAfter(tokens, sentence, verb + 1)) return null;
        return (i, verb + 1, i);
    }

    /// <summary>"writing", "working": a lower-case -ing word that is no preposition ("during") and no noun of things ("nothing").</summary>
    private static bool IsReducedRelative(Token token) =>
        token.IsWord && !token.IsCapitalized && token.Norm.Length > 5 && token.Norm.EndsWith("ing", StringComparison.Ordinal)
        && !FunctionWords.Prepositions.Contains(token) && !token.Norm.EndsWith("thing", StringComparison.Ordinal);

    /// <summary>
    /// The end of "will tell you" right at <paramref name="next"/> or after a scope of up to five words ("at the ministry
    /// will tell you"), or null.
    /// </summary>
    private static int? WithheldFromReader(ImmutableArray<Token> tokens, Sentence sentence, int next)
    {
        if (WithheldFromReaderEnd(tokens, sentence, next) is int end) return end;
        if (next >= sentence.EndToken || !FunctionWords.Prepositions.Contains(tokens[next])) return null;
        for (var k = next + 1; k < sentence.EndToken && k - next <= 5 && tokens[k].IsWord && !ClaimScope.IsNumberWord(tokens[k]); k++)
            if (WithheldFromReaderEnd(tokens, sentence, k) is int scopedEnd) return scopedEnd;
        return null;
    }

    /// <summary>
    /// "will tell you", "would ever warn us", "will inform you": the end of a predicate of telling whose object is
    /// the reader, after "will"/"would" at <paramref name="k"/>; or null.
    /// </summary>
    private static int? WithheldFromReaderEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || tokens[k].Norm is not ("will" or "would")) return null;
        var verb = k + 1 < sentence.EndToken && tokens[k + 1].Norm == "ever" ? k + 2 : k + 1;
        if (verb >= sentence.EndToken || !UniversalCues.Is("inform", tokens[verb])) return null;
        return verb + 1 < sentence.EndToken && tokens[verb + 1].Norm is "you" or "us" ? verb + 2 : null;
    }

    /// <summary>
    /// "build a bridge the way Wrenfield does", "sing like her", "read a room as well as she does": a comparison of
    /// manner with one person (a name or a pronoun) within six words of the main verb at <paramref name="verb"/>. Returns
    /// the end of the verb, or null.
    /// </summary>
    private static int? MannerComparisonEnd(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        if (verb >= sentence.EndToken || !tokens[verb].IsWord || tokens[verb].IsCapitalized || FunctionWords.Auxiliaries.Contains(tokens[verb])) return null;
        static bool IsPerson(Token token) => token.IsWord && (token.IsCapitalized && token.Norm != "i" || token.Norm is "her" or "him" or "she" or "he" or "them" or "they");
        for (var k = verb + 1; k + 1 < sentence.EndToken && k - verb <= 6 && tokens[k].IsWord; k++)
        {
            var person = tokens[k].Norm == "like" ? k + 1
                : tokens[k].Norm == "the" && tokens[k + 1].Norm == "way" ? k + 2
                : tokens[k].Norm == "as" && tokens[k + 1].Norm == "well" && k + 2 < sentence.EndToken && tokens[k + 2].Norm == "as" ? k + 3 : -1;
            if (person > 0) return person < sentence.EndToken && IsPerson(tokens[person]) ? verb + 1 : null;
        }
        return null;
    }

    /// <summary>
    /// A word of degree or a comparative in the clause after <paramref name="from"/>: "so", "such", "this much", "quite
    /// like", "a cleaner interface", "more warmly".
    /// </summary>
    private static bool HasDegreeAfter(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken && tokens[k].Text is not ("," or ";" or ":") && tokens[k].Kind != TokenKind.Dash; k++)
            if (tokens[k].Norm is "so" or "such" or "much" or "like" or "quite" or "more" or "less" || AdjectiveForms.IsComparative(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// Past up to two more nouns of a compound after the noun "no" quantifies ("no wind farm", "no energy company"):
    /// lower-case words that are no function word, verb form or participle, so the verb or scope after the compound is
    /// read as it is after a single noun. A word in -s ("no bank lends") is left to be the verb.
    /// </summary>
    private static int CompoundHeadEnd(ImmutableArray<Token> tokens, Sentence sentence, int next)
    {
        var end = next;
        while (end < sentence.EndToken && end - next < 2 && IsCountNoun(tokens[end]) && !IsComparative(tokens[end]) && !IsPerfectOrModal(tokens[end])
               && !FunctionWords.Auxiliaries.Contains(tokens[end]) && !FunctionWords.Prepositions.Contains(tokens[end]) && !Participles.IsParticiple(tokens[end].Norm)
               && !UniversalCues.IsPast(tokens[end]) && !UniversalCues.Is("rival", tokens[end]) && tokens[end].Norm is not ("alive" or "living" or "else" or "really" or "ever"))
            end++;
        return end;
    }

    /// <summary>
    /// A noun phrase ends right before <paramref name="i"/>: a lower-case content word with a determiner at most three
    /// words back ("a palate", "the finest record") — so "nobody" there opens a relative clause, not an object ("knew nobody").
    /// </summary>
    private static bool IsAfterNounPhrase(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var head = i - 1;
        if (head <= sentence.FirstToken || !tokens[head].IsWord || tokens[head].IsCapitalized || FunctionWords.NounPhraseBreakers.Contains(tokens[head])
            || FunctionWords.Prepositions.Contains(tokens[head]) || FunctionWords.Auxiliaries.Contains(tokens[head]) || FunctionWords.Copulas.Contains(tokens[head]))
            return false;
        for (var k = head - 1; k >= sentence.FirstToken && head - k <= 3; k--)
        {
            if (tokens[k].Norm is "a" or "an" or "the" || FunctionWords.Possessive.Contains(tokens[k])) return true;
            if (!tokens[k].IsWord || FunctionWords.Prepositions.Contains(tokens[k])) return false;
        }
        return false;
    }

    /// <summary>Nothing more of the clause follows <paramref name="k"/>: the sentence ends, or punctuation or a conjunction comes next (a stranded "to" may come first).</summary>
    private static bool EndsClause(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k < sentence.EndToken && tokens[k].Norm is "to" or "with" or "for") k++;
        return k >= sentence.EndToken || !tokens[k].IsWord || tokens[k].Norm is "and" or "but" or "or";
    }

    /// <summary>"moves better on clay", "does it better", "is faster": the end of the comparison and a two-word scope, or null.</summary>
    private static int? ComparativeAfter(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var k = verb + 1;
        if (k < sentence.EndToken && tokens[k].Norm is "it" or "this" or "that" or "them") k++;
        // "knows the land better", "reads this market faster": a determiner and one noun are the object before the
        // comparison. Set against the object's own maker ("understands the levy better than its author") it ranks no one.
        else if (k + 2 < sentence.EndToken && (FunctionWords.Definite.Contains(tokens[k]) || FunctionWords.Possessive.Contains(tokens[k]))
            && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && IsComparative(tokens[k + 2]))
        {
            if (k + 4 < sentence.EndToken && tokens[k + 3].Norm == "than" && tokens[k + 4].Norm is "its" or "their") return null;
            k += 2;
        }
        if (k >= sentence.EndToken || !IsComparative(tokens[k])) return null;
        // "nothing could be further from the truth": a distance from a claim, the idiom of flat denial, ranks nothing.
        if (tokens[k].Norm is "further" or "farther" && k + 1 < sentence.EndToken && tokens[k + 1].Norm == "from") return null;
        var end = k + 1;
        if (end + 1 < sentence.EndToken && FunctionWords.Prepositions.Contains(tokens[end]) && tokens[end + 1].IsWord) end += 2;
        return end;
    }

    /// <summary>"All politicians lie", "every single banker thinks": all of a generic group with a present verb, not a rule.</summary>
    private static (int, int, int)? AllOfGroup(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var limit = sentence.EndToken;
        int k;
        if (tokens[i].Norm == "all") k = i + 1;
        else if (tokens[i].Norm == "every" && i + 1 < limit && tokens[i + 1].Norm == "single") k = i + 2;
        else return null;
        if (!UniversalCues.OpensClause(tokens, sentence, i)) return null;
        if (k < limit && tokens[k].Norm == "the") k++;
        var head = -1;
        for (var m = k; m < limit && m - k <= 2; m++)
        {
            // "all 27 member states", "all three candidates": a counted set, each member checkable.
            if (tokens[m].Kind == TokenKind.Number || ClaimScope.IsNumberWord(tokens[m]) || !tokens[m].IsWord) return null;
            if (UniversalCues.IsGenericGroup(actors, tokens, m) || tokens[i].Norm == "every" && Vocabulary.IsRoleNoun(tokens[m])) { head = m; break; }
            if (!IsPremodifier(actors, tokens[m])) return null;
        }
        var verb = head + 1;
        if (head < 0 || verb >= limit || !tokens[verb].IsWord) return null;
        // "All migrants crossing the border are criminals": past the participle's phrase to the clause's verb.
        if (IsReducedRelative(tokens[verb]))
        {
            if (ParticipleRestriction.ClauseVerbAfter(tokens, sentence, verb) is not int clauseVerb) return null;
            verb = clauseVerb;
        }
        var verbToken = tokens[verb];
        if (IsAgreementOrReport(verbToken) || UniversalCues.Is("rule", verbToken) || UniversalCues.IsPast(verbToken) || verbToken.Norm is "will" or "would" or "can" or "could" or "may" or "might"
            || FunctionWords.NounPhraseBreakers.Contains(verbToken) && verbToken.Norm is not ("are" or "have" or "do")) return null;
        if (verbToken.Norm is "are" or "have" or "do" && verb + 1 < limit && (UniversalCues.Is("rule", tokens[verb + 1]) || UniversalCues.MatchLength("rule", tokens, verb, limit) > 0))
            return null;
        return (i, verb + 1, verb);
    }

    /// <summary>"the pharmaceutical industry has completely abandoned antibiotic research": absolute completion over a sector or group.</summary>
    private static (int, int, int)? AbsoluteCompletion(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var limit = sentence.EndToken;
        if (tokens[i].Norm is not ("has" or "have") || i + 2 >= limit || !UniversalCues.Is("completion", tokens[i + 1])) return null;
        var participle = UniversalCues.MatchLength("abandon", tokens, i + 2, limit);
        if (participle == 0 || i - 1 < sentence.FirstToken || !IsGroupHead(actors, tokens, i - 1)) return null;
        var end = i + 2 + participle;
        for (var words = 0; end < limit && words < 3 && tokens[end].IsWord && !tokens[end].IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(tokens[end]); words++)
            end++;
        return (i, end, i + 1);
    }

    /// <summary>"almost always", "not always", "as always", "nearly nobody".</summary>
    private static bool IsSoftenedBefore(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        if (start - 1 >= sentence.FirstToken && tokens[start - 1].Norm is "as" or "than") return true;
        for (var length = 1; length <= 2; length++)
        {
            var from = start - length;
            if (from >= sentence.FirstToken && UniversalCues.MatchLength("softener", tokens, from, start) == length) return true;
        }
        return false;
    }

    /// <summary>"All experts agree" is RH2006's consensus claim; "analysts always say" is RH3001's vague source.</summary>
    private static bool IsAgreementOrReport(Token token) =>
        UniversalCues.Is("know", token) || UniversalCues.Is("deny", token) || UniversalCues.Is("believe", token) || Vocabulary.IsReportingVerb(token);

    /// <summary>
    /// "Nobody writes a chorus like that", "no one tells a story better": a verb of saying with an indefinite object
    /// makes a thing rather than reporting a view, so it is a habitual claim, not a vague source.
    /// </summary>
    private static bool MakesAnObject(ImmutableArray<Token> tokens, Sentence sentence, int verb) =>
        Vocabulary.IsReportingVerb(tokens[verb]) && !UniversalCues.Is("know", tokens[verb]) && !UniversalCues.Is("believe", tokens[verb])
        && !UniversalCues.Is("deny", tokens[verb]) && verb + 1 < sentence.EndToken && tokens[verb + 1].Norm is "a" or "an";

    private static bool IsDeterminer(Token token) =>
        FunctionWords.Definite.Contains(token) || FunctionWords.Possessive.Contains(token) || FunctionWords.IndefiniteSingular.Contains(token);

    private static bool IsPresentSingularVerb(Token token) =>
        token.IsWord && !token.IsCapitalized && token.Norm.Length > 3 && token.Norm.EndsWith('s') && !token.Norm.EndsWith("ss", StringComparison.Ordinal)
        && !token.Norm.EndsWith("'s", StringComparison.Ordinal) && !FunctionWords.NounPhraseBreakers.Contains(token)
        // "Nobody on this ferry": a determiner ending in s is no verb.
        && !FunctionWords.Definite.Contains(token) && !FunctionWords.Possessive.Contains(token) || token.Norm is "is" or "does";

    /// <summary>
    /// The end of a perfect or modal predicate at <paramref name="k"/> that claims something of every case: "have
    /// ever regretted", "will ever forget", "has lifted a finger" (a minimizer), "can match" (a verb of rivalry). Null
    /// for a record ("no one has claimed responsibility"), a passive ("has been charged"), a rule ("no one can enter
    /// after dark") or possession ("has a plan").
    /// </summary>
    private static int? PerfectOrModalEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken) return null;
        var perfect = tokens[k].Norm is "has" or "have";
        if (!perfect && tokens[k].Norm is not ("can" or "could" or "will")) return null;
        var verb = k + 1;
        var ever = verb < sentence.EndToken && tokens[verb].Norm == "ever";
        if (ever) verb++;
        if (verb >= sentence.EndToken || !tokens[verb].IsWord || tokens[verb].IsCapitalized || FunctionWords.Auxiliaries.Contains(tokens[verb])
            || FunctionWords.NounPhraseBreakers.Contains(tokens[verb])) return null;
        if (perfect && !Participles.IsParticiple(tokens[verb].Norm)) return null;
        if (ever || UniversalCues.Is("rival", tokens[verb])) return verb + 1;
        return perfect && HasMinimizer(tokens, sentence, verb + 1) ? verb + 1 : null;
    }

    /// <summary>
    /// "Gold always holds its value", "His instincts are never wrong", "The plan never fails": "always"/"never" with a
    /// predicate of reliability claims a spotless record of any subject — an asset, a person, an institution — where
    /// the group rule needs a generic group.
    /// </summary>
    private static (int, int, int)? AbsoluteReliability(ImmutableArray<Token> tokens, Sentence sentence, int adverb)
    {
        if (tokens[adverb].Norm is not ("always" or "never") || IsSoftenedBefore(tokens, sentence, adverb)) return null;
        // "Never fail to check the brakes": an imperative gives advice.
        if (adverb == sentence.FirstToken) return null;
        // The span opens on the word before the adverb (the copula or the subject's head), since "never" negates what follows it.
        var start = adverb - 1;
        if (!tokens[start].IsWord || RecordAuxiliaries.Contains(tokens[start].Norm)) return null;
        // "We always lose at chess": the writer's own record, not a claim about the world.
        if (FunctionWords.AuthorPronouns.Contains(tokens[start]) || tokens[start].Norm is "you") return null;
        var predicate = adverb + 1;
        var length = UniversalCues.MatchLength("reliable", tokens, predicate, sentence.EndToken);
        return length > 0 ? (start, predicate + length, adverb) : null;
    }

    /// <summary>
    /// "has never dropped a call", "have never let down a client", "has never missed": a present-perfect "never" with a
    /// lapse claims that not one case in all time went wrong — a spotless record of any subject (a person, a firm, a
    /// product) that the writer has not counted. A definite object ("has never missed the final") names one checkable
    /// event and is left alone, and so is the writer's own record ("I have never missed a train").
    /// </summary>
    private static (int, int, int)? NeverWithLapse(ImmutableArray<Token> tokens, Sentence sentence, int never)
    {
        if (tokens[never].Norm != "never" || never - 1 < sentence.FirstToken || tokens[never - 1].Norm is not ("has" or "have")) return null;
        // "has never once failed since it was electrified in 1951": a dated stretch bounds a checkable record.
        if (DatedPast.SinceDateInClause(tokens, sentence, never)) return null;
        var auxiliary = never - 1;
        if (auxiliary - 1 >= sentence.FirstToken && (FunctionWords.AuthorPronouns.Contains(tokens[auxiliary - 1]) || tokens[auxiliary - 1].Norm == "you")) return null;
        var verb = never + 1;
        if (verb < sentence.EndToken && tokens[verb].Norm == "once") verb++;
        // "have never been wrong": the perfect of a predicate of reliability claims the same spotless record as a lapse.
        if (tokens[verb].Norm == "been" && UniversalCues.MatchLength("reliable", tokens, verb + 1, sentence.EndToken) is > 0 and var reliable)
            return (auxiliary, verb + 1 + reliable, never);
        var length = UniversalCues.MatchLength("lapse", tokens, verb, sentence.EndToken);
        if (length == 0) return null;
        var end = verb + length;
        if (end < sentence.EndToken && tokens[end].IsWord && (FunctionWords.Definite.Contains(tokens[end]) || FunctionWords.Possessive.Contains(tokens[end]))) return null;
        if (tokens[verb].Norm == "failed" && FailsAnEvaluation(tokens, sentence, end)) return null;
        return (auxiliary, end, never);
    }

    /// <summary>
    /// "has never failed a drugs test", "has never failed an exam": failing a test is a grade (WordNet's fail.v.04), a
    /// record of results as checkable as "has never won the title"; "has never failed us" is the lapse. The test noun
    /// heads the object, at most three words in and before any preposition.
    /// </summary>
    private static bool FailsAnEvaluation(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        for (var n = k; n < sentence.EndToken && n - k < 4 && tokens[n].IsWord && !FunctionWords.Prepositions.Contains(tokens[n]); n++)
            if (UniversalCues.Is("evaluation", tokens[n])) return true;
        return false;
    }

    /// <summary>
    /// "Everybody who tries it comes back calmer", "every town that has copied it has seen rents fall": a universal
    /// claims the same outcome for each member — a change named by a comparative after a present verb, or an effect
    /// undergone in the perfect after a relative clause that says what each member did. The writer cannot have
    /// checked every case; a rule or entitlement ("everyone who registers gets a badge") has neither shape.
    /// </summary>
    private static (int, int, int)? UniversalOutcome(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (UniversalPhrase.At(tokens, sentence, i) is not { Negative: false } phrase || !UniversalCues.OpensClause(tokens, sentence, i)
            || IsSoftenedBefore(tokens, sentence, i)) return null;
        var verb = phrase.End;
        var limit = sentence.EndToken;
        if (tokens[verb].Norm is "has" or "have")
        {
            var participle = verb + 1;
            if (participle < limit && tokens[participle].Norm == "all") participle++;
            return phrase.Relative && participle < limit && UniversalCues.Is("outcome", tokens[participle]) ? (i, participle + 1, verb) : null;
        }
        if (FunctionWords.Auxiliaries.Contains(tokens[verb]) || IsAgreementOrReport(tokens[verb]) || UniversalCues.Is("rule", tokens[verb])) return null;
        // Only a relative clause says what each member did that the outcome follows from; "everyone wants better than
        // the bank pays" compares, with a bound, and claims no change.
        var k = verb + 1;
        if (k < limit && UniversalCues.Is("particle", tokens[k])) k++;
        return phrase.Relative && phrase.Personal && k < limit && IsComparative(tokens[k]) && (k + 1 >= limit || tokens[k + 1].Norm != "than") ? (i, k + 1, verb) : null;
    }

    /// <summary>
    /// "Nobody at the treasury understands the levy", "no one in the cabinet grasps it": a negative universal with a
    /// verb of comprehension claims a whole group's incompetence. With a question word after it ("nobody understands
    /// why the dam failed") it states that something is unknown, like "nobody knows", and is left alone.
    /// </summary>
    private static (int, int, int)? NobodyGrasps(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (UniversalPhrase.At(tokens, sentence, i) is not { Negative: true, Personal: true } phrase || !UniversalCues.OpensClause(tokens, sentence, i)
            || IsSoftenedBefore(tokens, sentence, i)) return null;
        var verb = phrase.End;
        if (!UniversalCues.Is("grasp", tokens[verb])) return null;
        var next = verb + 1;
        if (next < sentence.EndToken && tokens[next].Norm is "why" or "how" or "what" or "where" or "when" or "whether" or "if" or "who" or "which") return null;
        // "No one alive understands the levy better than its author" ranks one person first; it claims no ignorance of a group.
        for (var k = next; k < sentence.EndToken && k - next < 5 && tokens[k].IsWord; k++)
            if (IsComparative(tokens[k])) return null;
        var end = next < sentence.EndToken && tokens[next].Norm is "it" or "this" or "that" && (next + 1 >= sentence.EndToken || !tokens[next + 1].IsWord) ? next + 1 : next;
        // The universal itself is a negation cue, so negation and hedges are checked from it, not at the verb.
        return (i, end, i);
    }

    /// <summary>
    /// "works for literally everyone", "suits everybody": a predicate of efficacy with a universal object claims that
    /// it works for every person there is. "Almost everyone" or "not everyone" is a softened claim and is left alone.
    /// </summary>
    private static (int, int, int)? EffectForEveryone(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var length = UniversalCues.MatchLength("effect", tokens, verb, sentence.EndToken);
        // "She works for everyone in the ward": a person's job, not a remedy's reach.
        if (length == 0 || verb > sentence.FirstToken && (FunctionWords.PersonPronouns.Contains(tokens[verb - 1]) && tokens[verb - 1].Norm != "it"
            || FunctionWords.AuthorPronouns.Contains(tokens[verb - 1]) || tokens[verb - 1].Norm == "you")) return null;
        var k = verb + length;
        if (k < sentence.EndToken && tokens[k].Norm is "literally" or "absolutely" or "simply" or "truly") k++;
        if (k >= sentence.EndToken || tokens[k].Norm is not ("everyone" or "everybody" or "anyone" or "anybody") || IsSoftenedBefore(tokens, sentence, k)) return null;
        return (verb, k + 1, verb);
    }

    /// <summary>
    /// "Never has a council wasted so much", "Never have so few owed so much": "never" fronted before its auxiliary is
    /// the emphatic inversion that claims no case in all time matches this one. "Never before" is RH2002's, "Never
    /// again" vows, "Never mind" is an idiom, and "Never have I seen …" is the writer's own record, as "I have never been
    /// more worried" is.
    /// </summary>
    private static (int, int, int)? InvertedNever(ImmutableArray<Token> tokens, Sentence sentence, int never)
    {
        if (tokens[never].Norm != "never" || never + 2 >= sentence.EndToken) return null;
        for (var k = sentence.FirstToken; k < never; k++)
            if (tokens[k].IsWord) return null;
        if (tokens[never + 1].Norm is not ("has" or "have" or "had" or "did" or "does" or "do" or "is" or "are" or "was" or "were")) return null;
        var subject = tokens[never + 2];
        if (!subject.IsWord || FunctionWords.AuthorPronouns.Contains(subject) || subject.Norm is "before" or "again") return null;
        // The span runs to the participle ("Never has a council wasted") or, failing one, over a short subject.
        var end = never + 2;
        while (end < sentence.EndToken && end - never < 6 && tokens[end].IsWord)
            if (Participles.IsParticiple(tokens[end++].Norm)) return (never, end, never);
        return (never, Math.Min(end, never + 5), never);
    }

    /// <summary>
    /// "the only one that has ever worked", "the only thing that will rescue the valley", "the only guide you will ever need": an
    /// exclusive claim that no alternative, in all time or to come, works, rescues or suffices — a universal negative
    /// about every other remedy. It needs "ever" or "will"/"can" with a verb of efficacy, rescue or need
    /// (<c>remedy</c>) that takes no object of its own or only a pronoun. "the only player who has ever won three titles"
    /// (a record), "the only drug that works against the strain" (present, checkable) and "the only firm that can fix
    /// the pipeline" (one capability) are left alone.
    /// </summary>
    private static (int, int, int)? OnlyRemedy(ImmutableArray<Token> tokens, Sentence sentence, int only)
    {
        if (tokens[only].Norm != "only" || only == sentence.FirstToken || tokens[only - 1].Norm != "the") return null;
        var k = only + 1;
        var head = 0;
        while (k < sentence.EndToken && head < 3 && tokens[k].IsWord && !FunctionWords.Auxiliaries.Contains(tokens[k]) && !IsRelativeOpener(tokens[k]))
        {
            k++;
            head++;
        }
        if (head == 0 || k >= sentence.EndToken) return null;
        if (tokens[k].Norm is "that" or "which" or "who") k++;
        // A contact relative's subject: "the only guide you will ever need", "you'll", "we can".
        var modal = false;
        if (k < sentence.EndToken && tokens[k].Norm is "you'll" or "we'll") { modal = true; k++; }
        else if (k < sentence.EndToken && tokens[k].Norm is "you" or "we" or "i") k++;
        var ever = false;
        for (; k < sentence.EndToken && k - only <= 9; k++)
        {
            var norm = tokens[k].Norm;
            if (norm is "will" or "'ll" or "can") modal = true;
            else if (norm == "ever") ever = true;
            else if (norm is not ("has" or "have" or "had")) break;
        }
        if (!ever && !modal || k >= sentence.EndToken || !UniversalCues.Is("remedy", tokens[k])) return null;
        var end = k + 1;
        if (end < sentence.EndToken && tokens[end].Norm is "us" or "you" or "them" or "it" or "me") end++;
        else if (end < sentence.EndToken && tokens[end].IsWord && !FunctionWords.Prepositions.Contains(tokens[end])) return null;
        return (only - 1, end, only);
    }

    /// <summary>
    /// "Silver is the only true store of wealth left", "backs the only credible plan", "the only serious candidate in the
    /// race": "the only" with an adjective of validity or credibility judges every alternative false or unworkable — a
    /// universal negative about all the others. The span runs to the head (up to three words, and "of" with one noun).
    /// "the only survivor", "the only bridge across the river" and "the only woman on the board" state a fact; a phrase
    /// that opens its clause ("The only real question is whether …") frames what follows it and is left alone.
    /// </summary>
    private static (int, int, int)? OnlyCredible(ImmutableArray<Token> tokens, Sentence sentence, int only)
    {
        if (tokens[only].Norm != "only" || only == sentence.FirstToken || tokens[only - 1].Norm != "the" || only + 2 >= sentence.EndToken) return null;
        if (!UniversalCues.Is("credence", tokens[only + 1]) || UniversalCues.OpensClause(tokens, sentence, only - 1)) return null;
        var end = only + 2;
        while (end < sentence.EndToken && end - (only + 2) < 3 && tokens[end].IsWord && !tokens[end].IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(tokens[end])
               && !FunctionWords.Prepositions.Contains(tokens[end]) && !FunctionWords.Auxiliaries.Contains(tokens[end]) && !IsRelativeOpener(tokens[end]))
            end++;
        if (end == only + 2) return null;
        // "the only true store of wealth": a head completed by "of" and one noun.
        if (end + 1 < sentence.EndToken && tokens[end].Norm == "of" && tokens[end + 1].IsWord && !FunctionWords.Definite.Contains(tokens[end + 1])) end += 2;
        return (only - 1, end, only);
    }

    private static bool IsRelativeOpener(Token token) =>
        token.Norm is "that" or "which" or "who" or "you" or "we" or "i" or "you'll" or "we'll" or "ever" or "to";

    /// <summary>
    /// "has never kept a single promise", "have never been treated with such contempt", "has never made a bad film":
    /// a perfect "never" whose object is shrunk to nothing or to any flaw claims a spotless record of every case,
    /// whoever the subject is (a person, a firm, an asset). A plain record ("has never won the title") is left alone.
    /// </summary>
    private static (int, int, int)? NeverWithMinimizer(ImmutableArray<Token> tokens, Sentence sentence, int never)
    {
        if (tokens[never].Norm != "never" || never - 1 < sentence.FirstToken || tokens[never - 1].Norm is not ("has" or "have" or "had")) return null;
        if (PerfectNeverRecords.IsRecord(tokens, sentence, never - 1)) return null;
        var verb = never + 1;
        if (EmphaticPerfectEnd(tokens, sentence, never - 1, verb) is int emphaticEnd) return (never - 1, emphaticEnd, never);
        if (verb < sentence.EndToken && tokens[verb].Norm == "been") verb++;
        if (verb >= sentence.EndToken || !tokens[verb].IsWord || !Participles.IsParticiple(tokens[verb].Norm)) return null;
        // "have never had a faster way", "has never seen a bigger crowd": nothing ever compared, so a superlative.
        if (verb + 2 < sentence.EndToken && tokens[verb + 1].Norm is "a" or "an" && IsComparative(tokens[verb + 2]))
            return (never - 1, verb + 3, never);
        // "has never answered the question about a single contract": the minimizer may close the object's own complement, so the
        // object is read to the end of its clause, five words at most.
        for (var k = verb + 1; k < sentence.EndToken && k - verb <= 5 && tokens[k].IsWord; k++)
        {
            var length = UniversalCues.MatchLength("minimizer", tokens, k, sentence.EndToken);
            if (length > 0) return (never - 1, Math.Min(k + length + 1, sentence.EndToken), never);
        }
        return null;
    }

    /// <summary>
    /// "has never once told", "have never once paid": "once" stresses that no case at all, over all time, breaks the
    /// record — the writer claims every occasion, not one checkable fact. Only the present perfect: "had never once"
    /// narrates a bounded past ("until that night he had never once…").
    /// </summary>
    private static int? EmphaticPerfectEnd(ImmutableArray<Token> tokens, Sentence sentence, int auxiliary, int once)
    {
        if (tokens[auxiliary].Norm is not ("has" or "have") || once + 1 >= sentence.EndToken || tokens[once].Norm != "once") return null;
        var verb = once + 1;
        // "has never once been candid": the complement of "been" may be any adjective.
        if (tokens[verb].Norm == "been") return verb + 1 < sentence.EndToken && tokens[verb + 1].IsWord ? verb + 2 : null;
        return tokens[verb].IsWord && Participles.IsParticiple(tokens[verb].Norm) ? verb + 1 : null;
    }

    /// <summary>
    /// "has never been more isolated", "have never looked better", "had never felt safer": a perfect "never" with a
    /// comparative compares the present with every moment before it, a record claim with no record named. A bound
    /// ("has never been higher than 4 percent", "never been more than two points") is a checkable fact and is left
    /// alone; "than now" or "than today" only restates the record.
    /// </summary>
    private static (int, int, int)? NeverWithComparative(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int never)
    {
        if (tokens[never].Norm != "never" || never - 1 < sentence.FirstToken || tokens[never - 1].Norm is not ("has" or "have" or "had")) return null;
        if (ComparativeRecordEnd(tokens, sentence, never + 1) is not int end) return null;
        // "has never been more exposed to hackers": a record about a threat inflates the threat, the threat family's move.
        return ThreatReferents.InSentence(actors, tokens, sentence) ? null : (never - 1, end, never);
    }

    private static int? ComparativeRecordEnd(ImmutableArray<Token> tokens, Sentence sentence, int linking)
    {
        if (linking + 1 >= sentence.EndToken || tokens[linking].Norm is not ("been" or "looked" or "felt" or "seemed" or "sounded")) return null;
        var comparative = linking + 1;
        var end = tokens[comparative].Norm is "more" or "less" && comparative + 1 < sentence.EndToken && tokens[comparative + 1].IsWord
            && !FunctionWords.NounPhraseBreakers.Contains(tokens[comparative + 1]) ? comparative + 2
            : IsComparative(tokens[comparative]) && tokens[comparative].Norm is not ("more" or "less") ? comparative + 1 : (int?)null;
        if (end is not int claimEnd) return null;
        var bounded = claimEnd + 1 < sentence.EndToken && tokens[claimEnd].Norm == "than" && tokens[claimEnd + 1].Norm is not ("now" or "today" or "ever" or "it" or "they" or "he" or "she");
        return bounded ? null : claimEnd;
    }

    /// <summary>"is (even) close", "comes close", "is remotely comparable", "matches it": the end of a predicate of rivalry, or null.</summary>
    private static int? RivalPredicateEnd(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var k = verb;
        if (tokens[k].Norm is "is" or "comes" or "come") k++;
        if (k < sentence.EndToken && tokens[k].Norm is "even" or "remotely" or "anywhere") k++;
        if (k < sentence.EndToken && tokens[k].Norm == "near") k++;
        // "Nobody is close to a deal" measures progress, not rank.
        if (k + 1 < sentence.EndToken && tokens[k + 1].Norm == "to") return null;
        return k < sentence.EndToken && k > verb && UniversalCues.Is("rival", tokens[k]) ? k + 1
            : UniversalCues.Is("rival", tokens[verb]) ? verb + 1 : null;
    }

    private static bool IsPerfectOrModal(Token token) => token.Norm is "has" or "have" or "can" or "could" or "will";

    /// <summary>"a single", "a finger", "a penny" within three words: the object shrinks to nothing, so the claim covers everything.</summary>
    private static bool HasMinimizer(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken && k - from < 3; k++)
            if (UniversalCues.MatchLength("minimizer", tokens, k, sentence.EndToken) > 0) return true;
        return false;
    }

    /// <summary>"been" at <paramref name="k"/> and a participle after it, perhaps after an adverb ("been directly elected"): a passive.</summary>
    private static bool IsPassiveAfter(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || tokens[k].Norm != "been") return false;
        var participle = k + 1 < sentence.EndToken && tokens[k + 1].Norm.EndsWith("ly", StringComparison.Ordinal) ? k + 2 : k + 1;
        return participle < sentence.EndToken && tokens[participle].IsWord && Participles.IsParticiple(tokens[participle].Norm);
    }

    private static bool IsEverPerfect(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k + 2 < sentence.EndToken && tokens[k].Norm == "has" && tokens[k + 1].Norm == "ever" && tokens[k + 2].IsWord;

    /// <summary>
    /// A lower-case singular noun that "no" can quantify ("no city", "no player"), not a fixed phrase ("no doubt", "no
    /// longer") nor "other", which opens "no other city".
    /// </summary>
    private static bool IsCountNoun(Token token) =>
        token.IsWord && !token.IsCapitalized && !token.Norm.EndsWith('s') && !FunctionWords.NounPhraseBreakers.Contains(token)
        && token.Norm is not ("doubt" or "longer" or "matter" or "wonder" or "less" or "more" or "one" or "way" or "question" or "need" or "sooner" or "evidence" or "sign" or "reason" or "other");

    private static bool IsComparative(Token token) =>
        AdjectiveForms.IsComparative(token) || token.Norm is "better" or "worse" or "more" or "less";
}
