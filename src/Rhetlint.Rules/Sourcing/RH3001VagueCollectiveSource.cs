using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>RH3001 — vague collective attribution.</summary>
public sealed class RH3001VagueCollectiveSource : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a claim attributed to an unnamed group: "critics say", "some strategists warn", "analysts agree",
            "others note", "hydrologists said", "reviewers are already calling it", and a group that keeps or starts
            saying it ("developers keep saying", "commuters went on insisting", "farmers have started warning"). Lay
            people named by what they do are such a group as much as a trade is (agent_nouns.txt, from WordNet's agent nouns
            and the -er agents of its verbs of doing): "installers say", "stallholders insist", "season-ticket holders say"
            ("installers were paid twice" is about them; with a capital inside a sentence, or a surname's or a denomination's
            at its start, the noun is a name: "Coopers said the brewery would double its output", "in the 1780s, Quakers
            argued"). Saying a formula or a short quoted word performs it ("said a final farewell", 'say "morning" to
            everyone'), and a timetable for work told by those doing it is a plan ("builders said work would start in
            June"). A report the writer received names its teller after "from": "I
            hear from friends at the club that …", "we understand from growers in the valley that …" ("I hear from my sister
            every Sunday" passes nothing on). A
            relative clause may describe the group, with a demonstrative in it: "chefs who have cooked in that kitchen
            tell me", "mechanics who've serviced these buses say". An adverb of time may stand before the group's place
            ("reporters still at the paper tell me"), and a day that names when the place meets names nobody ("shoppers at
            the Saturday market say"). A workplace's people named by a bare
            collective noun (staff, personnel, workforce, crew) are such a group when they tell the writer or speak off the
            record: "village staff have told me privately", "staff privately admit" ("hotel staff said the pool was closed"
            speaks for the place the story is about, and "the staff said" and "its crew said" refer back to it). A group named with a quantifier is
            also caught when the verb ascribes a position followed by "to" or "that" ("some admirals want to enlarge the
            fleet"), and so is a belief it holds, with a verb of belief before "that" (belief_verbs.txt, after Hooper's weak
            assertives: feel, suppose, guess, doubt): "many feel that the timetable is unfair", "most people feel that …"
            ("some feel the cold" is a state and is not flagged). Any vague group's fear or suspicion with a clause after it is a
            view too, quantified or not, with a verb of perception (perception_verbs.txt: worry, dread, suspect, imagine): "dock
            workers worry that the crane contract is rigged", "tenants suspect they were overcharged" ("residents worry about
            parking" is a feeling about a topic and claims nothing). A clause without "that" counts for these verbs when its
            subject, a pronoun or a phrase opened by "the" or a possessive, has an auxiliary or modal of its own, and for the
            stance adjectives below that take "that" when the phrase has: "ferry crews suspect the new rota will cut their
            overtime", "many observers doubt they would sell the slipway", "hill farmers are convinced the grazing rules will
            fail" ("crews suspect the rota" has an object, and "observers doubt the figures they were given" a relative on it). A group of experts vouching for a thing makes a claim on its authority, with a verb of endorsement
            (endorsement_verbs.txt: recommend, prescribe, praise, hail, tout …) and a head that names expertise
            (expert_nouns.txt, from WordNet): "doctors are increasingly prescribing it", "security researchers have
            praised the design". A vague group holds a view with an adjective of stance after a form of "be" or of a
            linking verb (seem, appear, remain, become, grow) too, when the view follows it: "hill farmers are increasingly
            keen on wind leases", "ferry crews grew wary of the refit", "dentists are unanimous that fizzy
            drinks rot teeth", "investors are sceptical of the merger" ("the players are keen" says nothing more, "investors
            became eager to sell" is an intention to act, not a view of a claim, while "analysts are eager to argue that
            the merger will fail" puts one forward, and
            "sixty of the 80 farmers surveyed by the union" are counted). A label given to a name is a claim with "the" as with "a": "analysts are already calling
            Veltro the phone of the year". A group's demand is its position too, whatever aspect comes between subject and verb: "sleep
            doctors have long called for a ban", "economists are already calling for a cut". The writer's own unnamed
            circle is a vague group when it tells the writer or speaks off the record: "our suppliers tell us privately",
            "my students tell me" (relatives and named members are not: "my parents told me"), and so are the writer's
            unnamed interviewees, in any tense: "brokers I speak to say", "growers we talked to say", "people I have
            spoken to say", "someone I trust told me", also those the writer deals with ("lawyers we work with say", "growers I
            talked with say", "chefs I have worked with say") and bodies the writer knows ("publishers I know tell me", "firms we
            work with say"); a count does not name them when they told the writer ("two
            teachers in Hull told me", while "ten voters said" is counted and stays quiet). So are the writer's callers,
            brought in by "have" with a verb of getting in touch, when they tell the writer something: "I've had ferry pilots
            call me and tell me the pier is sinking", "we had four bakers ring the programme saying the levy will shut them"
            ("I've had plumbers call round" and "I've had my parents call me" pass nothing on from a group, nor do callers telling
            of themselves: "we've had readers write in saying how much they liked the quiz"); the group is marked, and naming
            its members fixes it. An account given off the record
            ("privately", "anonymously", "confidentially" before describe, characterize or recount) is passed on whatever
            its object: "wardens I know privately describe the reserve as lost" ("officials privately praised the crews" is
            an act). A noun that names a person only in a rarer sense (person_senses_wordnet.txt, from WordNet: figure,
            head, voice) is a group of people when a quantifier or a number determines it, or an adjective of standing
            that only people have (senior, junior, high-ranking, eminent, prominent): "some party figures concluded
            that …", "senior figures in both parties believe …" ("figures show" and "key figures in the report" keep the
            usual sense). Everyone of that circle
            is the circle itself: "every midwife I know says", "all the dockers we interviewed say". A trade that knows
            vouches for what it knows as one that warns does (expert_nouns.txt): "marine biologists have known about the
            die-off for a decade", "cardiologists have long known that …". A relative clause may carry a
            time ("stewards who were at the track that evening say"), and a participle may place the group ("residents living
            near the incinerator say"). A vague pronoun that
            picks unnamed members of a body is a vague group too: "some in the party believe", "others at the central bank
            fear", "a few inside the studio say". So is a bare quantifier that opens a relative clause: "a parking rule
            that some say targets students", "the lighthouse, which many believe was built by smugglers", and a group after a
            relative or complementizer "that", which never determines a plural: "a staffing gap that nurses say puts
            patients at risk", "the trouble is that economists expect the slump to last" ("that nurse says" is one person), or
            one after a relative on a person or an "as" that opens a clause of comment: "Varley, who many say ruined the pier",
            "the levy will fail, as some have argued" ("twice as many say" compares). A rank is a view whoever holds it: a vague group that confers one on an
            object with a verb of ranking, voting, electing, naming or regarding (conferred_ranks_wordnet.txt, from WordNet)
            is flagged, quantified or not, and the rank is left alone: "critics rank the stadium among the worst", "local
            voters elected Brandt the ablest mayor", "engineers regard the bridge as the safest" ("critics at the Halden
            Courier rank …" and "its readers voted it the best" are identifiable, "voters elected Brandt mayor" ranks
            nothing). Without a rank a verb of regard frames nothing: it deliberates ("many considered the offer for a
            week"), perceives ("many viewed the eclipse as it passed") or states the writer's generalisation ("most people
            consider Sunday a day of rest"). A group after another attribution in the same sentence is judged on its own: "According to the
            county audit, the pier is sound, and engineers say the repairs can wait", "the mayor said the tram is safe,
            while critics claim …". A group's hushed speech with a "that" clause is a claim passed on, not a scene: "bond dealers are
            whispering that the Treasury will miss its target", also after a hearer ("vineyard owners muttered to us
            that …", "some parents complained to me that …").
            """,
        WhyIsThisBad = """
            The reader cannot tell who holds the view, how many of them there are, or whether the writer is putting an
            opinion of their own in an anonymous crowd's mouth. Wikipedia lists this as an unsupported attribution;
            NPR's guidance is that "officials say" is not enough.
            """,
        NotFlagged = """
            - Members are named in the phrase ("critics, led by MP Sara Lind,"), or a named source carries the group's
              claim (shares at least two of its content words) in the same or the next sentence. When the sentence opens
              its paragraph, such a named source anywhere later in the paragraph counts (Wikipedia's topic-sentence
              exception). A title line (a paragraph of one sentence with no closing stop) counts such a source in the
              paragraph below it: "Comet will miss Earth, astronomers say" over a lead in which a named observatory says
              the comet will miss Earth.
              A named source on another subject does not name the group, and neither does a place after a
              preposition of place, or a street address after "on": "brokers in Rotterdam say" and "tenants on Mill Lane
              tell us" are flagged, and so is a bare name after "on", a street, a platform or a topic ("tenants on Kessler
              say", "critics on Twitter say"); "critics on the Harlow Council" and "councillors on Halden Borough Council" are
              scoped by a body. One capitalized common word alone after "at the" or "on the" is a local nickname for a
              place or a workplace, not a body: "nurses at the Infirmary say", "traders on the Parade say" are flagged
              ("at the Treasury", "at the Guardian" and "at the Harlow Institute" name bodies).
              A named speaker coordinated with "other(s)" of their kind says it with them: "Mr. Lind and other council
              leaders have said" ("farmers and other critics say" names nobody and is flagged).
              A group said to be split ("analysts were divided on the merger", "economists disagree about the timing")
              announces sides, and any named speaker after it is one of them, as names after "critics" are.
            - A government's ministers as a body ("Ministers insist the grid can cope", "government ministers say"): a
              closed set the reader can look up, giving the government's line on the record, as a named institution does.
              A subset, a scope or an off-the-record remark is still flagged: "some ministers fear", "senior ministers
              say", "ministers privately admit". A party's members, or a people, speak for it the same way ("Democrats
              say", "Norwegians voted"), and a quantifier picks unnamed members as it does of ministers: "some Democrats
              say", "many Tories fear" are flagged ("most of the Senate Republicans said" is a share of a set the story
              defines).
            - The group is scoped by a named organization ("economists at the Harlow Institute", "some at the Harlow
              Institute", "Treasury economists" where "the Treasury" is named), or refers back ("the critics"). A common
              word capitalized elsewhere only in the middle of a longer name names no body when it opens a sentence: after
              "the Harlow Ferry Research Group", "Ferry experts agree" is flagged, and so is a noun that is also a name
              ("Media experts agree" after "the Halden Media Research Group"; "Kestrel analysts" after "Kestrel Partners" is not). A team, club or band whose name ends in a plural is named:
              "Brenhill Rovers said the manager had left".
            - A trade gives its name for a thing it points at ("engineers call this effect “thermal runaway”"): a term of
              art, not a view. A group named for its view, a label with "a"/"an" or a lone adjective is still flagged
              ("critics call this plan “a giveaway”").
            - The sentence carries a citation (a link, a footnote, "(Moss 2021)").
            - The attribution is inside a direct quotation, or inside what someone else reports ("the mayor said critics
              had agreed" is the mayor's claim).
            - A lay group reports a thing that happened to it, with a noun object and no "that", colon, quotation, gerund or
              clause after the verb: "several members reported mildew on the beans", "local cafés reported a busy weekend"
              (an account of its own experience). "Members reported that the council had lied", "tenants reported seeing
              rats", experts reporting a finding ("doctors reported a rise in injuries") and a group reporting someone's
              wrongdoing or violence, or an act it puts to an agent ("voters reported irregularities", "witnesses
              reported gunfire", "residents reported a cover-up by the canal trust"), are flagged.
            - The group asks for something ("when veterans ask for help", "other outlets have asked for copies"): a
              request passes on no claim.
            - The group acts rather than asserts: "voters rejected the levy", "residents praised the crews", "critics
              reaffirmed their opposition" (a verb whose object is a thing reports a claim only with "that", a colon, a
              quotation, or an "as"/"of" complement after it: "critics denounced the plan as reckless" is flagged), or
              voices something at an event
              ("protesters chanted", "delegates murmured their approval"). Lay people vouching for something ("residents
              praised the crews", "parents are increasingly prescribing screen breaks") and experts praising a person
              ("doctors praised him", "critics lauded Lind") act; only experts vouching for a thing appeal to an authority. A crowd's demand at an event is the event itself, not a view held: "protesters called
              for the minister to resign", "marchers demanded an end to the subsidy" (what a crowd claims, "protesters say
              the dam will poison the river", is still flagged). "Called for help" or "for an ambulance" sends for someone; it demands no position.
              A named caller's demand ("Senator Lind called for a ban") is narration, and so is "call for" after another
              verb ("fans continued to call for …"), whose subject the linter cannot bound.
            - The speech is hypothetical ("critics would call it rushed", "some may argue", "readers who want to be heard can
              write to the board": a modal right before the verb is the verb's, after a relative clause too) or a description inside the
              writer's sentence ("residents who say the port is unsafe"), or a bare free relative that names what is
              reported below it, as a heading does ("What virologists said").
            - The group is counted ("ten voters said", "a majority of voters") or is research or documents ("polls show"
              is RH3007's). A count after a preposition counts its object, not the group: "critics in both parties say",
              "critics in both chambers", "economists on both sides of the debate" are flagged (a span of time, "who
              waited for two weeks", keeps its old reading). A round number in the
              plural counts nobody, as "many" does not: "dozens of callers said" is flagged.
            - A state of opinion a survey measured: "divided on", "sceptical of", "optimistic about" said of a group when a
              poll, survey or census stands in the same sentence ("Residents are divided on the parking charges, a county
              survey showed") or gives its percentages in the sentence before ("A Harlow poll found 48 percent back the
              levy and 46 percent oppose it. Voters are divided on the tax."), and so is a fear or belief a survey found
              ("Commuters worry that fares will rise, a transit survey found"): the group is the survey's sample and the
              survey its source. Without one nearby, "voters are divided on the tax" is flagged.
            - A kind of organization, in the plural, advises the reader what to do ("Utilities advise keeping a torch by
              the bed", "banks urge customers to check their statements"): standing public guidance, as the annotation
              guidelines leave normative advice alone. People of a trade advising lean on their authority and are
              flagged ("doctors recommend eight hours of sleep"), and so is what the organizations claim ("insurers say
              premiums will rise").
            - A trade named for forecasting gives its outlook ("Forecasters expect sleet on Sunday"): the routine product of
              the trade, as a weather outlook is. "Analysts expect" is still flagged.
            - A group asks a quoted question ("People ask me, “Is it safe?”"): a question is asked, not claimed.
            - A writer's mailbag: readers who write in, or write to the writer, with no "that", colon, quotation or "to
              say" after it ("several listeners have written in asking why …", "the most common reason viewers wrote to
              me"): letters came, and no claim is passed on. "Readers wrote to me that the mayor lied" is flagged.
            - Everyone of a kind ("every sailor knows") is a claim of consensus for RH2005/RH2006, and so is a circle that
              agrees or says "the same thing" ("every grower we visit tells us the same thing"). Lay people knowing
              ("locals have known about the flooding") and know as acquaintance ("geologists know the valley") appeal to
              no authority.
            - Anonymous sources ("officials", "sources") are judged by RH3009, and a vague group attacking a person by
              RH3010, so each source gets one finding.
            """,
        Examples =
        [
            "[[Critics say]] the treaty hands Kestria a veto over our ports.",
            "[[Some in the orchestra]] believe the conductor should retire.",
        ],
        UseInstead =
        [
            "Critics, led by MP Sara Lind, say the treaty hands Kestria a veto over our ports.",
            "Two violinists, Ana Ruiz and Tom Bell, say the conductor should retire.",
        ],
        Rewrite = """
            Display-only templates: `GROUP, including [Name], [role] at [organization],` and
            `[N] NOUN surveyed by [organization]`.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3001",
        "Vague collective attribution",
        "'{0}' attributes the claim to an unnamed group; say who they are, or make the claim in your own voice with evidence",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A claim is attributed to a vague group (\"critics say\", \"some experts warn\") whose members the reader cannot identify.",
        helpLinkUri: RuleCategories.HelpUri("RH3001"),
        customTags: EvidenceWindow.Sentence.Tag);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var reported = new List<TextSpan>();
        foreach (var frame in document.FramesIn(sentence))
        {
            if (!(frame.Speaker == SpeakerClass.VagueCollective || IsWritersWholeCircle(document, frame)) || !SourceFrames.IsAuthorAttribution(document, frame)) continue;
            if (SourceFrames.IsAnonymousAttack(document, frame) || MembersAreNamed(document, frame) || IsCountedOrDocumentary(document, frame)) continue;
            if (NamedCompanions.LeadTheGroup(document, frame) || IsWorkplaceOnRecord(document, frame)) continue;
            if (SourceFrames.IsActionNotClaim(document, frame) || IsTradeForecast(document, frame) || IsCrowdDemand(document, frame)) continue;
            if (IsTermOfArt(document, frame) || IsMinistersAsABody(document, frame) || IsPollFinding(document, frame)) continue;
            if (IsStandingAdvice(document, frame) || ExperienceReports.IsOwnExperience(document, frame)) continue;
            var claim = new Claim(ClaimKind.Attribution, Math.Min(frame.SourceStart, frame.CueToken), Math.Max(frame.SourceEnd, frame.CueToken + 1));
            if (context.EvidenceFor(Descriptor, claim).HasCitation) continue;

            var span = SourceFrames.AttributionSpan(document, frame);
            var source = document.SpanOf(frame.SourceStart, frame.SourceHeadEnd);
            var rewrites = ImmutableArray.Create(
                Rewrite.Template("Name members of the group", source, $"{document.Excerpt(source)}, including [Name], [role] at [organization],"),
                Rewrite.Template("Count and cite them", source, $"[N] {document.Tokens[frame.SourceHeadEnd - 1].Norm} surveyed by [organization]"));
            context.Report(Descriptor, span, rewrites, document.Excerpt(span));
            reported.Add(span);
        }
        // A counted group that calls ("three growers call the show") has a frame of its own, which judges it first.
        foreach (var (start, end) in WriterCallers.In(document, sentence))
        {
            var callers = document.SpanOf(start, end);
            if (reported.Exists(span => span.OverlapsWith(callers))) continue;
            context.Report(Descriptor, callers, [Rewrite.Template("Name the callers", callers, $"{document.Excerpt(callers)}, including [Name], [role] at [organization],")],
                document.Excerpt(callers));
        }
    }

    /// <summary>
    /// "Every teacher I know says …", "all the growers we spoke to agree", "everyone I've asked thinks": everyone of the
    /// writer's own unnamed circle is that circle, an unnamed group as "growers we talked to" is, not a claim that all of a
    /// kind agree ("every sailor knows" stays the writer's claim of consensus, RH2005). A circle that agrees or says "the
    /// same thing" claims unanimity, which is the superlative family's universal agreement, not a source.
    /// </summary>
    private static bool IsWritersWholeCircle(DocumentModel document, AttributionFrame frame)
    {
        if (frame.Speaker != SpeakerClass.Universal) return false;
        var tokens = document.Tokens;
        if (Vocabulary.ReportingVerbLemma(tokens[frame.CueToken]) is "agree" or "concur") return false;
        for (var k = frame.CueToken + 1; k + 1 < tokens.Length && k - frame.CueToken <= 3; k++)
            if (tokens[k].Norm == "same" && tokens[k - 1].Norm == "the") return false;
        for (var k = frame.SourceHeadEnd; k < frame.SourceEnd; k++)
            if (FunctionWords.AuthorPronouns.Contains(tokens[k]) || tokens[k].Norm is "i've" or "we've" or "i'd" or "we'd") return true;
        return false;
    }

    /// <summary>
    /// "Hotel staff said the pool was closed", "apartment staff notified residents": in news the staff of a place the
    /// story is about speak for it, as its management would (real news, issue 17: both such findings were of that kind).
    /// A bare workforce is the writer's unnamed circle only when it tells the writer or speaks off the record: "village
    /// staff have told me privately", "staff privately admit".
    /// </summary>
    private static bool IsWorkplaceOnRecord(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        if (!WorkforceNouns.IsBare(tokens, document.SentenceOf(frame.SourceStart).FirstToken, frame.SourceStart, frame.SourceHeadEnd)) return false;
        if (SourceFrames.TellsTheWriter(tokens, frame.CueToken)) return false;
        for (var k = frame.SourceEnd; k < tokens.Length && k <= frame.CueToken + 3; k++)
            if (FunctionWords.AnonymityAdverbs.Contains(tokens[k])) return false;
        return true;
    }

    /// <summary>
    /// "Ministers insist the grid can cope", "government ministers say": a government's ministers as a body are a closed set
    /// whose members the reader can look up, and what they say together is the government's line on the record — a named
    /// institution speaking, as the annotation guidelines have it. A subset, a scope or an off-the-record remark is still
    /// a vague group: "some ministers fear", "senior ministers", "ministers in the coalition", "ministers privately admit".
    /// </summary>
    private static bool IsMinistersAsABody(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        if (tokens[frame.SourceHeadEnd - 1].Norm != "ministers" || frame.SourceEnd != frame.SourceHeadEnd) return false;
        var start = frame.SourceStart;
        if (frame.SourceHeadEnd - start == 2 && tokens[start].Norm is "government" or "cabinet") start++;
        if (frame.SourceHeadEnd - start != 1) return false;
        for (var k = frame.SourceEnd; k < frame.CueToken; k++)
            if (FunctionWords.AnonymityAdverbs.Contains(tokens[k])) return false;
        return true;
    }

    /// <summary>
    /// Nouns for a survey of opinion: WordNet's poll.n.01 (poll, opinion poll, canvass) with survey.n.01, the census that
    /// counts everyone, and "polling" as the mass noun for polls.
    /// </summary>
    private static readonly HashSet<string> OpinionSurveyNouns = new(StringComparer.Ordinal)
        { "poll", "polls", "polling", "canvass", "survey", "surveys", "census" };

    /// <summary>
    /// "A Harlow poll found 48 percent back the levy and 46 percent oppose it. Voters are divided on the tax.": a state of
    /// opinion ascribed to a group ("divided on", "sceptical of", "optimistic about"), or a fear or belief ("residents worry
    /// that the tolls will rise, a county survey found"), is what a survey measures, so when a
    /// survey stands in the same sentence ("…, a county survey showed"), or gives its percentages in the sentence before,
    /// the group is its sample and the survey its source. Without a survey, "voters are divided on the tax" is still a
    /// view put in an unnamed crowd's mouth.
    /// </summary>
    private static bool IsPollFinding(DocumentModel document, AttributionFrame frame)
    {
        var cue = document.Tokens[frame.CueToken];
        if (Vocabulary.StanceAdjectiveComplements(cue) is null && !Vocabulary.IsPerceptionVerb(cue) && !Vocabulary.IsBeliefVerb(cue)) return false;
        var sentence = document.Syntax.Sentences[frame.SentenceIndex];
        if (NamesSurvey(document, sentence, frame)) return true;
        if (sentence.Index == 0) return false;
        var before = document.Syntax.Sentences[sentence.Index - 1];
        return before.ParagraphIndex == sentence.ParagraphIndex && NamesSurvey(document, before, frame) && GivesPercentage(document, before);
    }

    /// <summary>A survey noun in <paramref name="sentence"/>, outside the group's own phrase ("most voters in the poll").</summary>
    private static bool NamesSurvey(DocumentModel document, Sentence sentence, AttributionFrame frame)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if ((k < frame.SourceStart || k >= frame.SourceEnd) && OpinionSurveyNouns.Contains(document.Tokens[k].Norm)) return true;
        return false;
    }

    private static bool GivesPercentage(DocumentModel document, Sentence sentence)
    {
        foreach (var item in document.EvidenceIn(sentence.Index))
            if (item is { Kind: EvidenceKind.Figure, Figure: FigureKind.Percentage }) return true;
        return false;
    }

    /// <summary>Verbs of advising what to do (WordNet's advise.v.01 "give advice to", urge.v.01, recommend.v.01, counsel.v.01).</summary>
    private static readonly HashSet<string> AdviceVerbs = new(StringComparer.Ordinal) { "advise", "urge", "recommend", "counsel" };

    /// <summary>How many words a hearer between an advice verb and its "to" may take: "urge all customers to".</summary>
    private const int MaxAdviceHearerWords = 3;

    /// <summary>
    /// "Utilities advise keeping a torch by the bed", "banks urge customers to check their statements": a kind of
    /// organization, in the plural, advising the reader what to do gives the standing public guidance every one of them
    /// publishes, which no single one needs to be named for. The annotation guidelines leave such advice alone ("Be
    /// conservative … normative advice"). People of a trade advising ("doctors recommend eight hours of sleep", "top
    /// dietitians recommend") still lean on an unnamed authority, and what a kind of organization claims ("insurers say
    /// premiums will rise", "banks advise that rates will fall") is still a view put in an unnamed crowd's mouth.
    /// </summary>
    private static bool IsStandingAdvice(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        if (SourceNouns.Of(tokens[frame.SourceHeadEnd - 1]) is not { Kind: SourceNounKind.Organization, IsPlural: true }) return false;
        if (Vocabulary.ReportingVerbLemma(tokens[frame.CueToken]) is not { } lemma || !AdviceVerbs.Contains(lemma) || frame.QuotationIndex is not null) return false;
        var next = frame.CueToken + 1;
        if (next >= tokens.Length) return false;
        if (tokens[next].Norm == "against") next++;
        if (next < tokens.Length && tokens[next].IsWord && tokens[next].Norm.Length > 4 && tokens[next].Norm.EndsWith("ing", StringComparison.Ordinal)) return true;
        var end = document.SentenceOf(frame.CueToken).EndToken;
        // The hearer is the public in lower case ("customers", "their members"), not a person named or singled out.
        for (var k = next + 1; k < end && k - next <= MaxAdviceHearerWords; k++)
        {
            if (!tokens[k - 1].IsWord || tokens[k - 1].IsCapitalized || tokens[k - 1].Norm is "that" or "the") return false;
            if (tokens[k].Norm == "to" && k + 1 < end && tokens[k + 1].IsWord) return true;
        }
        return false;
    }

    /// <summary>Verbs whose agent noun names a trade that issues forecasts: forecaster, predictor, prognosticator.</summary>
    private static readonly HashSet<string> ForecastingVerbs = new(StringComparer.Ordinal) { "forecast", "predict", "prognosticate" };

    /// <summary>Verbs that state an outlook.</summary>
    private static readonly HashSet<string> OutlookVerbs = new(StringComparer.Ordinal) { "expect", "forecast", "predict", "anticipate", "project" };

    /// <summary>
    /// "Forecasters expect heavy rain by the weekend": a group named for the forecasting it does gives its routine outlook,
    /// the product its trade publishes, rather than a view put in a crowd's mouth. "Analysts expect" still counts:
    /// analysing is not forecasting.
    /// </summary>
    private static bool IsTradeForecast(DocumentModel document, AttributionFrame frame)
    {
        if (Vocabulary.ReportingVerbLemma(document.Tokens[frame.CueToken]) is not { } lemma || !OutlookVerbs.Contains(lemma)) return false;
        var head = document.Tokens[frame.SourceHeadEnd - 1].Norm;
        if (!head.EndsWith("ers", StringComparison.Ordinal) && !head.EndsWith("ors", StringComparison.Ordinal)) return false;
        var stem = head[..^3];
        return ForecastingVerbs.Contains(stem) || ForecastingVerbs.Contains(stem + "e");
    }

    private static readonly Lazy<FrozenWordSet> StanceGroups = new(() => RuleLexicons.Store.Set("stance_groups"));

    /// <summary>Words between "call this" and the quoted term: "this effect", "these storms", "this kind of loss".</summary>
    private const int MaxNamedThingWords = 3;

    /// <summary>
    /// "Engineers call this effect “thermal runaway”", "economists call these costs “sunk costs”": a trade's name for a
    /// thing it points at is its vocabulary, a term the writer passes on, not a view. A group defined by its view
    /// ("critics call this plan …") labels rather than names, and so does a label that classifies ("“a giveaway”") or a
    /// lone adjective ("“reckless”").
    /// </summary>
    private static bool IsTermOfArt(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        var cue = frame.CueToken;
        if (tokens[cue].Norm is not ("call" or "calls" or "called" or "calling") || cue + 2 >= tokens.Length
            || tokens[cue + 1].Norm is not ("this" or "that" or "these" or "those") || StanceGroups.Value.Contains(tokens[frame.SourceHeadEnd - 1]))
            return false;
        var open = cue + 2;
        while (open < tokens.Length && open - (cue + 2) < MaxNamedThingWords && tokens[open].IsWord) open++;
        if (open == cue + 2 || open + 1 >= tokens.Length || tokens[open].Kind != TokenKind.Quote || !tokens[open + 1].IsWord) return false;
        if (FunctionWords.IndefiniteSingular.Contains(tokens[open + 1])) return false;
        var singleWord = open + 2 < tokens.Length && tokens[open + 2].Kind == TokenKind.Quote;
        return !(singleWord && AdjectiveForms.IsAdjective(tokens[open + 1].Norm));
    }

    /// <summary>
    /// People who make up a crowd at a public event: WordNet's demonstrator.n.02 ("protester") with its hyponyms
    /// (counterdemonstrator, picket), and marcher.n.02, the protester who marches; the crowd itself.
    /// </summary>
    private static readonly HashSet<string> CrowdNouns = new(StringComparer.Ordinal)
    {
        "protesters", "protestors", "demonstrators", "counterdemonstrators", "counter-demonstrators", "pickets", "marchers", "crowd", "crowds",
    };

    /// <summary>
    /// "Protesters called for the minister to resign", "marchers demanded an end to the subsidy": a crowd's demand is what
    /// happened at the event, the news itself, not a view put in unnamed mouths — as "protesters chanted" is a scene.
    /// What a crowd is said to claim is still a vague source: "protesters say the dam will poison the river".
    /// </summary>
    private static bool IsCrowdDemand(DocumentModel document, AttributionFrame frame)
    {
        if (!CrowdNouns.Contains(document.Tokens[frame.SourceHeadEnd - 1].Norm)) return false;
        // "call" frames only its advocacy sense ("called for"); "demanded" and "urged" are reporting verbs of their own.
        var tokens = document.Tokens;
        var cue = tokens[frame.CueToken];
        return cue.Norm is "call" or "calls" or "called" or "calling" && frame.CueToken + 1 < tokens.Length && tokens[frame.CueToken + 1].Norm == "for"
            || Vocabulary.ReportingVerbLemma(cue) is "demand" or "urge";
    }

    /// <summary>
    /// "Polls show", "leaked documents": research and documents are RH3007's. "Ten voters said": a counted
    /// group is specific enough for this rule, unless it told the writer ("two teachers in Hull told me"): the
    /// writer's own interviewees are unnamed however many there were.
    /// </summary>
    private static bool IsCountedOrDocumentary(DocumentModel document, AttributionFrame frame) =>
        Vocabulary.IsPluralDocumentNoun(document.Tokens[frame.SourceHeadEnd - 1])
        || SourceFrames.IsCounted(document, frame) && !SourceFrames.TellsTheWriter(document.Tokens, frame.CueToken);

    /// <summary>Prepositions of place: a name after one says where the group is, not who is in it.</summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
        { "in", "across", "around", "throughout", "outside", "inside", "near" };

    /// <summary>
    /// Heads of a street address, from WordNet's thoroughfare.n.01 and its hyponyms (street, road, avenue, boulevard, lane,
    /// drive) with the address words British and American usage add to them.
    /// </summary>
    private static readonly HashSet<string> ThoroughfareNouns = new(StringComparer.Ordinal)
        { "street", "road", "avenue", "boulevard", "lane", "drive", "terrace", "crescent", "parade", "place", "square", "row" };

    /// <summary>
    /// The capitalized word at <paramref name="i"/> belongs to a name that a preposition of place introduces ("in West
    /// Yorkshire"), or to a street address after "on" ("tenants on Mill Lane"). "On" introduces bodies too, with their
    /// article or their body noun ("critics on the Harlow Council", "councillors on Halden Borough Council"); a bare name
    /// after it is a street, a platform or a topic ("shop owners on Grant", "critics on Twitter", "experts on Iran").
    /// </summary>
    private static bool NamesPlace(ImmutableArray<Token> tokens, int from, int end, int i)
    {
        var k = i;
        while (k - 1 >= from && tokens[k - 1].IsWord && tokens[k - 1].IsCapitalized) k--;
        if (k - 1 >= from && tokens[k - 1].Norm == "the") k--;
        if (k - 1 < from) return false;
        // "farmers along Hallam Creek", "commuters past Hallam Junction": a preposition of path places the group as "near" does.
        if (PlacePrepositions.Contains(tokens[k - 1].Norm) || PathPrepositions.Placing.Contains(tokens[k - 1])) return true;
        var last = i;
        while (last + 1 < end && tokens[last + 1].IsWord && tokens[last + 1].IsCapitalized) last++;
        var nameStart = tokens[k].Norm == "the" ? k + 1 : k;
        if (tokens[k - 1].Norm != "on") return false;
        return last > nameStart && ThoroughfareNouns.Contains(tokens[last].Norm)
            || tokens[k].Norm != "the" && SourceNouns.Of(tokens[last]) is not { Kind: SourceNounKind.Organization or SourceNounKind.Group }
            && !FunctionWords.Weekdays.Contains(tokens[k]) && !FunctionWords.Months.Contains(tokens[k]);
    }

    /// <summary>
    /// "the Saturday market", "his Friday night show": a day or a month modifying the noun after it says when the place
    /// meets, and names nobody. A day that ends its phrase ("killed on Thursday") is the phrase's own time, left as it was.
    /// </summary>
    private static bool IsDayModifier(ImmutableArray<Token> tokens, int i, int end) =>
        (FunctionWords.Weekdays.Contains(tokens[i]) || FunctionWords.Months.Contains(tokens[i]))
        && i + 1 < end && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized && tokens[i + 1].Norm is not ("and" or "or" or "but");

    /// <summary>
    /// The group is specified: names in its own phrase ("critics, led by MP Sara Lind,"), or a named member who carries
    /// its claim in the same or next sentence, or — for a topic sentence — anywhere later in its paragraph.
    /// </summary>
    private static bool MembersAreNamed(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        // "critics, led by MP Sara Lind,"; not the "I" of "nurses I trust", the place of "traders in Frankfurt", nor the
        // day of "shoppers at the Saturday market".
        for (var i = frame.SourceHeadEnd; i < frame.SourceEnd; i++)
            if (tokens[i].IsWord && tokens[i].IsCapitalized && !FunctionWords.AuthorPronouns.Contains(tokens[i]) && tokens[i].Norm is not ("i've" or "i'd")
                && !IsDayModifier(tokens, i, frame.SourceEnd)
                && !NamesPlace(tokens, frame.SourceHeadEnd, frame.SourceEnd, i) && !PlaceNicknames.IsNicknameAt(tokens, document.Actors, i)) return true;

        var sentence = document.Syntax.Sentences[frame.SentenceIndex];
        var paragraph = document.Syntax.Paragraphs[sentence.ParagraphIndex];
        var last = sentence.Index == paragraph.FirstSentence ? paragraph.EndSentence - 1 : Math.Min(sentence.Index + 1, paragraph.EndSentence - 1);
        // "Asteroid will pass Earth safely, astronomers say" on a line of its own: a title sums up its article, whose
        // first paragraph gives the sources, so a named source there that carries the title's claim names the group.
        if (document.Syntax.IsTitleLine(paragraph) && sentence.ParagraphIndex + 1 < document.Syntax.Paragraphs.Length)
            last = document.Syntax.Paragraphs[sentence.ParagraphIndex + 1].EndSentence - 1;
        for (var s = sentence.Index; s <= last; s++)
            foreach (var other in document.FramesIn(document.Syntax.Sentences[s]))
                if (other != frame && other.Speaker is SpeakerClass.NamedPerson or SpeakerClass.NamedOrganization or SpeakerClass.NamedDocument
                    && SourceFrames.IsIdentifiedBy(document, frame, other))
                    return true;
        return false;
    }
}
