using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>RH3011 — hearsay marker without an outlet.</summary>
public sealed class RH3011UnverifiedHearsay : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a claim passed on from unnamed reports or rumour:

            - hearsay adverbs: "reportedly", "purportedly", and "allegedly" outside a legal context;
            - raising passives: "is said to", "is rumoured to", "is reported to", "is reputed to", "is alleged to"
              (outside a legal context);
            - "it is rumoured that";
            - unowned reports: "according to (media) reports", "reports suggest", "reports say";
            - a rumour as the source: "whispers in the village suggest", "chatter among traders says", "rumour has it",
              "word is that", "word on the trading floor is that", "the talk in the changing room was that";
            - a crowd's opinion credited to a place or an unnamed group: "the feeling among growers is that", "the
              consensus among forecasters was that", "the mood inside the party is that" (an opinion noun that the
              place or group
              phrase makes hearsay);
            - the writer passing on what reached them: "we heard that", "I hear that", "I hear the clinic will shut", "I hear
              the board signed the lease" (a finite clause without "that", with an auxiliary or a past form), the
              progressive of news arriving ("I'm hearing that", "we've been hearing that"), and the writer as the hearer of a
              passive of informing with no teller: "I am reliably informed that", "we were told the pier would close", "I am told the
              inquiry took a fortnight",
              "the stand, I'm told, will cost twice the estimate";
            - hearsay said only to exist: "there are reports that", "there has been much speculation that", "there were
              persistent rumours that", "there are claims that";
            - a rumour spreading with what it says: "rumours are swirling that", "reports have been circulating that";
            - consensus passed on from nobody: "by all accounts", "by some accounts", "by common consent", "by general
              agreement"; estimates from nobody: "according to some estimates".
            """,
        WhyIsThisBad = """
            "Reportedly" tells the reader that someone, somewhere, said so. It passes on a claim without the writer
            standing behind it or letting the reader find who reported it. NPR's guidance is that saying a detail is
            "reportedly" true is not enough.
            """,
        NotFlagged = """
            - The previous sentence of the paragraph names a source ("The Harbor Gazette reported on Monday that …").
            - A named outlet or source, a link or a citation is in the same or next sentence ("…, the Harbor Gazette
              reported on Sunday, citing two defense officials"), or in the phrase ("according to reports in the Harbor
              Gazette", "by some accounts, including the memoir of his driver Anton Weiss,"). A named speaker that the
              marker itself qualifies ("Brandt reportedly told aides …") does not count: it names who spoke, not who
              reported it.
            - "Allegedly" and "is alleged to" in a sentence, or next to one, about charges, courts, prosecutors or
              police: there they are careful legal wording.
            - The marker is negated, quoted, or in a report from a named speaker ("Brandt said Varn had reportedly …").
            - An opinion noun with no crowd or place ("the feeling is that", the writer's own), or with a named one ("the
              view at the Harlow Institute is that"); a rumour noun not followed by "is that" ("the word is out", "the
              mood in the hall was grim"); "I heard that from the mayor", "we heard the band play" and "I hear the rain on
              the roof" (perception, no finite clause); a teller named
              ("I was told by the harbour master that …", which the source rules judge), an order ("I was told to wait"), a
              topic ("we were informed of the delay") or a plain object ("I was told the news"); news about the writer or the reader ("I hear your
              cousin has moved to Leeds", "I'm told I should book early").
            - "Supposedly" is not flagged: it casts the writer's doubt rather than passing a claim on, which the
              doubt-marker rule, [RH4004](RH4004.md), covers.
            """,
        Examples =
        [
            "Varn has [[reportedly]] tested a new warhead.",
            "The envoy [[is said to]] have threatened the mayor.",
            "[[The feeling among growers is]] that the frost ruined the harvest.",
        ],
        UseInstead =
        [
            """
            Varn tested a new warhead, the Harbor Gazette reported on Sunday, citing two defense officials.
            """,
        ],
        Rewrite = "Display-only template: `[claim], [outlet] reported on [date], citing [source description]`.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3011",
        "Hearsay marker without outlet",
        "'{0}' passes on a claim without saying who reported it; name the outlet or source, or confirm it and drop the marker",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A hearsay marker (\"reportedly\", \"is said to\", \"according to reports\", \"rumours suggest\") with no named outlet, source or citation nearby.",
        helpLinkUri: RuleCategories.HelpUri("RH3011"),
        customTags: EvidenceWindow.NextSentence.Tag);

    private static readonly Lazy<Markers> Lexicon = new(() => new Markers(TaggedLexicon.Load(RuleLexicons.Store, "hearsay_markers")));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var markers = Lexicon.Value;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!tokens[i].IsWord || !document.Voices[i].IsWritersWords()) continue;
            if (MatchAt(document.Actors, tokens, sentence, markers, i) is not { } match) continue;
            if (!document.Voices[match.End - 1].IsWritersWords() || document.IsNegated(match.Start)) continue;
            if (match.Legal && SourcingCues.InLegalContext(document, sentence)) continue;
            if (SourcingCues.HasNamedAgent(document.Actors, tokens, sentence, match.End, match.End + 6)) continue;
            if (context.EvidenceFor(Descriptor, new Claim(ClaimKind.Attribution, match.Start, match.End)).Strength >= EvidenceStrength.Strong) continue;
            if (PreviousSentenceNamesSource(document, sentence)) continue;

            var span = document.SpanOf(match.Start, match.End);
            var rewrite = Rewrite.Template("Name the outlet", span, "[claim], [outlet] reported on [date], citing [source description]");
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span));
            i = match.End - 1;
        }
    }

    /// <summary>"The Harbor Gazette reported on Monday that … The minister reportedly told aides …": the outlet was just named.</summary>
    private static bool PreviousSentenceNamesSource(DocumentModel document, Sentence sentence)
    {
        var paragraph = document.Syntax.Paragraphs[sentence.ParagraphIndex];
        return sentence.Index > paragraph.FirstSentence
            && document.FramesIn(document.Syntax.Sentences[sentence.Index - 1]).Any(f =>
                f.Speaker is SpeakerClass.NamedOrganization or SpeakerClass.NamedDocument && Vocabulary.ReportingVerbLemma(document.Tokens[f.CueToken]) == "report");
    }

    /// <param name="Legal">"allegedly", "is alleged to": ordinary wording in legal reporting.</param>
    private readonly record struct Match(int Start, int End, bool Legal);

    private static Match? MatchAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, Markers markers, int i)
    {
        var norm = tokens[i].Norm;
        if (markers.Adverbs.Contains(norm)) return new Match(i, i + 1, Legal: false);
        if (markers.LegalAdverbs.Contains(norm)) return new Match(i, i + 1, Legal: true);

        var next = i + 1 < sentence.EndToken ? tokens[i + 1].Norm : "";
        var isRaising = markers.Raising.Contains(norm);
        if ((isRaising || markers.LegalRaising.Contains(norm)) && next == "to" && SourcingCues.VerbFollowsTo(tokens, sentence, i + 2)
            && PassiveChain.FiniteStart(tokens, sentence, i) is int aux)
            return new Match(aux, i + 2, Legal: !isRaising);
        if (markers.Impersonal.Contains(norm) && PassiveChain.FiniteStart(tokens, sentence, i) is int itAux
            && SourcingCues.DummySubject(tokens, sentence, itAux) is int subject && SourcingCues.ThatClauseAt(actors, tokens, sentence, i + 1, allowBare: true) is not null)
            return new Match(subject, i + 1, Legal: false);

        if (norm == "according" && next == "to") return AccordingToReports(actors, tokens, sentence, markers, i);
        // "By all accounts, the ferry is a disaster", "by common consent": consensus credited to accounts nobody gives.
        if (norm == "by" && markers.ByQuantifiers.Contains(next) && i + 2 < sentence.EndToken && markers.ByNouns.Contains(tokens[i + 2].Norm)
            && !ExampleNamed(actors, tokens, sentence, i + 3))
            return new Match(i, i + 3, Legal: false);
        if (markers.HasIt.Contains(norm) && next == "has" && i + 2 < sentence.EndToken && tokens[i + 2].Norm == "it"
            && SubjectCues.IsClauseStart(tokens, sentence, i))
            return new Match(i, i + 3, Legal: false);
        // "We heard that the depot will close", "I hear the clinic will shut": what reached the writer from nobody named. "I heard that from Jo Pike" names
        // the source; "We heard the band play" is perception.
        if (markers.Hear.Contains(norm) && WriterHeard.WriterBefore(tokens, sentence, i) is int hearer
            && SubjectCues.IsClauseStart(tokens, sentence, hearer)
            && (i + 2 < sentence.EndToken && next == "that" && tokens[i + 2].IsWord && tokens[i + 2].Norm is not ("from" or "too" or "again" or "before" or "once")
                || WriterHeard.BareClauseAt(actors, tokens, sentence, i + 1))
            && !WriterHeard.IsPersonal(tokens, sentence, i + 1))
            return new Match(hearer, i + 1, Legal: false);
        if (markers.Told.Contains(norm) && WriterToldAt(actors, tokens, sentence, i) is int writer && !WriterHeard.IsPersonal(tokens, sentence, i + 1))
            return new Match(writer, i + 1, Legal: false);
        if (norm == "there") return ExistingHearsay(actors, tokens, sentence, markers, i);
        return CopularRumourOrView(actors, tokens, sentence, markers, i) ?? RumourSubject(actors, tokens, sentence, markers, i);
    }

    /// <summary>
    /// "There are reports that …", "there has been much speculation that …", "there were persistent rumours that …": the
    /// hearsay is only said to exist, so nobody is said to have passed it on. The that-clause is required: "there are
    /// reports on the desk" and "there were claims for damages" pass nothing on.
    /// </summary>
    private static Match? ExistingHearsay(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, Markers markers, int there)
    {
        if (!SubjectCues.IsClauseStart(tokens, sentence, there)) return null;
        var k = there + 1;
        while (k < sentence.EndToken && k - there <= 3 && (FunctionWords.Copulas.Contains(tokens[k]) || tokens[k].Norm is "have" or "has" or "also")) k++;
        if (k == there + 1) return null;
        while (k < sentence.EndToken && k - there <= 6 && markers.Modifiers.Contains(tokens[k].Norm)) k++;
        if (k >= sentence.EndToken) return null;
        var noun = tokens[k].Norm;
        if (!markers.ExistingNouns.Contains(noun) && !markers.RumourNouns.Contains(noun) && !markers.ReportNouns.Contains(noun)) return null;
        return ClauseFromNobody(actors, tokens, sentence, k + 1) && !RelativeClause(tokens, sentence, markers, k + 1)
            ? new Match(there, k + 1, Legal: noun == "allegations") : null;
    }

    /// <summary>Words that may end a clause whose object has moved out: a conjunction or a time adverb ("publishes each month").</summary>
    private static readonly FrozenSet<string> GapFollowers = FrozenSet.ToFrozenSet(
        ["and", "or", "but", "each", "every", "annually", "monthly", "weekly", "daily", "yearly", "today", "now", "later", "soon", "first"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether the "that" after the noun opens a relative clause about the claims or reports as things, not what they
    /// say: the clause starts with its own verb ("claims that have been settled", "reports that must reach the board") or
    /// ends a verb of handling paperwork without its object ("reports that every operator must file with the regulator",
    /// "estimates that the agency publishes each month"). A passive participle ("claims that staff were paid to vote")
    /// has no object to miss.
    /// </summary>
    private static bool RelativeClause(ImmutableArray<Token> tokens, Sentence sentence, Markers markers, int k)
    {
        if (k >= sentence.EndToken || tokens[k].Norm != "that") return false;
        if (k + 1 < sentence.EndToken && FunctionWords.Auxiliaries.Contains(tokens[k + 1])) return true;
        for (var v = k + 2; v < sentence.EndToken && v - k <= 8 && tokens[v].IsWord; v++)
        {
            if (!markers.HandlingVerbs.Contains(tokens[v].Norm)) continue;
            if (FunctionWords.Copulas.Contains(tokens[v - 1])) return false;
            var next = v + 1;
            return next >= sentence.EndToken || !tokens[next].IsWord || FunctionWords.Prepositions.Contains(tokens[next])
                || GapFollowers.Contains(tokens[next].Norm);
        }
        return false;
    }

    /// <summary>
    /// A that-clause follows at <paramref name="k"/>, and no name stands in a place phrase before it: "reports in the Harbor
    /// Gazette that …" say where the reports are.
    /// </summary>
    private static bool ClauseFromNobody(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (SourcingCues.ThatClauseAt(actors, tokens, sentence, k, allowBare: false) is not int that) return false;
        for (var n = k; n < that; n++)
            if (SubjectCues.IsName(actors, tokens, sentence, n)) return false;
        return true;
    }

    /// <summary>
    /// "By some accounts, including the memoir of his aide Petra Lind, …", "by most accounts, among them the club's own
    /// history, …": the accounts are given by example, and an example with a name is a source. A name after the comma
    /// without such a word is the claim's subject ("By all accounts, Lind is a genius").
    /// </summary>
    private static bool ExampleNamed(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k < sentence.EndToken && tokens[k].Text == ",") k++;
        if (k >= sentence.EndToken || tokens[k].Norm is not ("including" or "among" or "notably" or "like" or "such")) return false;
        for (var n = k + 1; n < Math.Min(sentence.EndToken, k + 10) && tokens[n].Text != ","; n++)
            if (SubjectCues.IsName(actors, tokens, sentence, n)) return true;
        return false;
    }

    /// <summary>Where a rumour or a crowd's view is said to be: "in the athletes' village", "among traders", "around the ministry".</summary>
    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
        ["in", "among", "around", "inside", "within", "at", "from", "on", "across"], StringComparer.Ordinal);

    /// <summary>
    /// A rumour or a crowd's opinion as the subject of "is that": "Word is that …", "word on the trading floor is that …",
    /// "the talk in the dressing room was that …", "the feeling among traders is that …". Only "is/was that": "the word
    /// is out" and "the mood in the hall was grim" pass nothing on. An opinion noun needs the crowd or place it is credited
    /// to, unnamed: "the feeling is that" may be the writer's own, and "the view at the Harlow Institute" names a body.
    /// </summary>
    private static Match? CopularRumourOrView(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, Markers markers, int head)
    {
        var norm = tokens[head].Norm;
        var isView = markers.ViewNouns.Contains(norm);
        if (!isView && !markers.WordIs.Contains(norm) && !markers.RumourNouns.Contains(norm)) return null;
        var start = head > sentence.FirstToken && tokens[head - 1].Norm == "the" ? head - 1 : head;
        if (!SubjectCues.IsClauseStart(tokens, sentence, start)) return null;

        var k = head + 1;
        var credited = false;
        if (k < sentence.EndToken && PlacePrepositions.Contains(tokens[k].Norm))
        {
            var phraseEnd = Math.Min(sentence.EndToken, k + 7);
            for (k++; k < phraseEnd && tokens[k].Norm is not ("is" or "was"); k++)
            {
                var inPhrase = tokens[k].IsWord || tokens[k].Kind == TokenKind.Quote && tokens[k].Text is "’" or "'";
                if (!inPhrase || isView && SubjectCues.IsName(actors, tokens, sentence, k)) return null;
            }
            credited = true;
        }
        if (isView && !credited) return null;
        if (k + 1 >= sentence.EndToken || tokens[k].Norm is not ("is" or "was") || tokens[k + 1].Norm != "that") return null;
        return new Match(start, k + 1, Legal: false);
    }

    /// <summary>Forms of "be" that make the writer the hearer of a passive of informing: "I am told", "we were informed", "I've been told".</summary>
    private static readonly FrozenWordSet HearerBeForms = FrozenSet.Create(StringComparer.Ordinal, "am", "'m", "are", "'re", "was", "were", "been").ToFrozenWordSet();

    /// <summary>
    /// "I am reliably informed that …", "we were told the depot would close", "The mayor, I'm told, will stand again": the
    /// writer is the hearer of a passive of informing whose teller is never named, so the claim reached the writer from
    /// nobody the reader can find, as "we heard that" does. An agent ("I was told by a clerk that …") is a source the
    /// attribution rules judge; an order ("I was told to wait"), a topic ("we were informed of the delay") or a plain object
    /// ("I was told the news") passes nothing on. Returns the writer's pronoun, where the span starts.
    /// </summary>
    private static int? WriterToldAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int participle)
    {
        if (participle == sentence.FirstToken) return null;
        var k = participle - 1;
        while (k > sentence.FirstToken && tokens[k].Norm.Length > 4 && tokens[k].Norm.EndsWith("ly", StringComparison.Ordinal)) k--;
        if (HearerBeForms.Contains(tokens[k]))
        {
            if (tokens[k].Norm == "been" && k > sentence.FirstToken && tokens[k - 1].Norm is "have" or "has" or "'ve") k--;
            if (k == sentence.FirstToken) return null;
            k--;
            if (tokens[k].Norm is not ("i" or "we" or "i've" or "we've")) return null;
        }
        else if (tokens[k].Norm is not ("i'm" or "we're")) return null;
        if (!SubjectCues.IsClauseStart(tokens, sentence, k)) return null;

        var after = participle + 1;
        // ", I'm told," and "…, we are told.": a parenthetical hands the whole clause around it to the unnamed teller.
        if (k > sentence.FirstToken && tokens[k - 1].Text == "," && (after >= sentence.EndToken || tokens[after].Text is "," or "." or ";")) return k;
        if (after + 1 >= sentence.EndToken || tokens[after].Norm == "by") return null;
        if (tokens[after].Norm == "that") return tokens[after + 1].IsWord ? k : null;
        // A bare clause needs its own verb soon after its subject: "I'm told the mayor will stand", not "I was told the news".
        if (SourcingCues.ThatClauseAt(actors, tokens, sentence, after, allowBare: true) != after) return null;
        return WriterHeard.HasTensedVerb(tokens, sentence, after + 1) ? k : null;
    }

    /// <summary>"according to reports", "according to unconfirmed media reports"; not "according to reports in the Harbor Gazette".</summary>
    private static Match? AccordingToReports(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, Markers markers, int according)
    {
        var k = according + 2;
        while (k < sentence.EndToken && k - according < 5 && markers.Modifiers.Contains(tokens[k].Norm)) k++;
        if (k >= sentence.EndToken || !(markers.ReportNouns.Contains(tokens[k].Norm) || markers.RumourNouns.Contains(tokens[k].Norm))) return null;
        for (var n = according + 2; n < Math.Min(sentence.EndToken, k + 5); n++)
            if (SubjectCues.IsName(actors, tokens, sentence, n)) return null;
        return new Match(according, k + 1, Legal: false);
    }

    /// <summary>A rumour or unowned report as the subject of a saying verb: "Whispers in the village suggest", "Reports say", "Rumours have it".</summary>
    private static Match? RumourSubject(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, Markers markers, int head)
    {
        var norm = tokens[head].Norm;
        var isRumour = markers.RumourNouns.Contains(norm);
        if (!isRumour && !markers.ReportNouns.Contains(norm)) return null;

        var start = head;
        while (start - 1 >= sentence.FirstToken && head - start < 3 && markers.Modifiers.Contains(tokens[start - 1].Norm)) start--;
        // "the whispers in the village"; but "the reports" points back to reports already named.
        if (isRumour && start - 1 >= sentence.FirstToken && tokens[start - 1].Norm == "the") start--;
        if (!SubjectCues.IsClauseStart(tokens, sentence, start)) return null;

        var k = head + 1;
        // A short place phrase: "in the athletes' village", "among traders", "around the ministry".
        if (k < sentence.EndToken && PlacePrepositions.Contains(tokens[k].Norm))
        {
            var phraseEnd = Math.Min(sentence.EndToken, k + 7);
            for (k++; k < phraseEnd && !markers.Verbs.Contains(tokens[k].Norm) && tokens[k].Norm is not ("have" or "has") && !FunctionWords.Copulas.Contains(tokens[k])
                && !markers.SpreadVerbs.Contains(tokens[k].Norm); k++)
            {
                var inPhrase = tokens[k].IsWord || tokens[k].Kind == TokenKind.Quote && tokens[k].Text is "’" or "'";
                if (!inPhrase || SubjectCues.IsName(actors, tokens, sentence, k) && !isRumour) return null;
            }
        }
        if (k >= sentence.EndToken) return null;
        if (markers.Verbs.Contains(tokens[k].Norm)) return SourcingCues.SaysNothing(tokens, sentence, k) ? null : new Match(start, k + 1, Legal: false);
        // "Rumour has it", "Rumours have it".
        if (isRumour && tokens[k].Norm is "has" or "have" && k + 1 < sentence.EndToken && tokens[k + 1].Norm == "it")
            return new Match(start, k + 2, Legal: false);
        return Spreading(actors, tokens, sentence, markers, start, k);
    }

    /// <summary>
    /// "Rumours are swirling that the coach will quit", "reports have been circulating in the village that …": a rumour
    /// spreading passes its that-clause on as surely as one that "suggests". Without the clause ("rumours are swirling
    /// about the club", "reports are circulating") nothing is passed on.
    /// </summary>
    private static Match? Spreading(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, Markers markers, int start, int k)
    {
        var verb = k;
        while (verb < sentence.EndToken && verb - k < 3 && (FunctionWords.Copulas.Contains(tokens[verb]) || tokens[verb].Norm is "have" or "has")) verb++;
        if (verb >= sentence.EndToken || !markers.SpreadVerbs.Contains(tokens[verb].Norm)) return null;
        return ClauseFromNobody(actors, tokens, sentence, verb + 1) ? new Match(start, verb + 1, Legal: false) : null;
    }

    private sealed class Markers(TaggedLexicon lexicon)
    {
        public FrozenSet<string> Adverbs { get; } = lexicon.Words("adverb");
        public FrozenSet<string> LegalAdverbs { get; } = lexicon.Words("adverb-legal");
        public FrozenSet<string> Raising { get; } = lexicon.Words("raising");
        public FrozenSet<string> LegalRaising { get; } = lexicon.Words("raising-legal");
        public FrozenSet<string> Impersonal { get; } = lexicon.Words("it");
        public FrozenSet<string> RumourNouns { get; } = lexicon.Words("rumour");
        public FrozenSet<string> ReportNouns { get; } = lexicon.Words("reports");
        public FrozenSet<string> Modifiers { get; } = lexicon.Words("modifier");
        public FrozenSet<string> Verbs { get; } = lexicon.Words("verb");
        public FrozenSet<string> HasIt { get; } = lexicon.Words("has-it");
        public FrozenSet<string> WordIs { get; } = lexicon.Words("word-is");
        public FrozenSet<string> ViewNouns { get; } = lexicon.Words("view-is");
        public FrozenSet<string> Hear { get; } = lexicon.Words("hear");
        public FrozenSet<string> Told { get; } = lexicon.Words("told");
        public FrozenSet<string> ByQuantifiers { get; } = lexicon.Words("by-quantifier");
        public FrozenSet<string> ByNouns { get; } = lexicon.Words("by-noun");
        public FrozenSet<string> ExistingNouns { get; } = lexicon.Words("there-are");
        public FrozenSet<string> SpreadVerbs { get; } = lexicon.Words("spread");
        public FrozenSet<string> HandlingVerbs { get; } = lexicon.Words("handle");
    }
}
