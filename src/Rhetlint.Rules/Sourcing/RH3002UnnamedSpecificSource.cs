using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Rules.Sourcing;

/// <summary>RH3002 — indefinite single source.</summary>
public sealed class RH3002UnnamedSpecificSource : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a quote or claim attributed to one unnamed person or document: "one columnist noted", "a leading
            scholar said", "a scout for a Dutch club told me", "an associate of the developer said", a passer-by placed by a participle or a
            preposition of place or path ("“…,” said one woman waiting outside the shelter", "a man living near the quarry said",
            "a retired porter down my street told me"), a lay person named by what they do ("a builder told me") or as the teller of
            a report the writer received ("I understand from someone at the hospital that …"), "a think tank report
            declared", "according to a recent study", "“…,” said a senior diplomat",
            or a source who introduces a quotation without a reporting verb ("a leading scholar put it crisply, “…”"). A
            passive that names the writer as the hearer gives its agent as the source, also for a quote paragraph it
            points back at: "“The dam will hold.” / That was said to me by a retired surveyor.", as does "That was how a
            retired surveyor put it." A clause of manner reports whatever follows "put it": "“…,” as one old picker put it
            to me". The pronoun "one" picking a
            member of a group is one unnamed person: "Dock managers are worried. “The cranes are idle,” said one.", "One
            said the frost had ruined the crop." A line that "one" speaks is a verbatim sentence a crowd cannot say, so the
            finding covers the quotation with its tag ("“The cranes are idle,” said one"), also after a hearer ("“…,” one
            told me last week"). The hearer may be a noun phrase before "that", a colon or a quotation: "Bakers are furious,
            and one told the inquiry that “the levy will close us”", "one told the council: …". Speech with a manner — hushed, halting or blurted (WordNet's troponyms of
            talk and utter: murmur, mumble, stammer, blurt out) — and a disclosure ("let slip", "let on") report a claim
            with "that", also after a hearer: "a retired nurse murmured to me that …", "one broker let slip that …". The
            writer's own unnamed contact telling the writer something is one unnamed person: "my own herbalist told me
            that …", also when one sentence introduces the contact and the next lets them speak: "I've got a friend on the
            port board. She says …", "I have a friend at the ministry. She tells me …" (reported at the introduction).
            A noun that names a person only in a rarer sense (person_senses_wordnet.txt, from WordNet: head, figure,
            voice, hand) is one unnamed person when "a" or "one" determines it and the verb needs a speaker: "a senior
            figure at the ministry admitted to me", "one head in the valley told me" ("a higher figure suggests", "he was a
            leading figure in the group", "in the words of a prayer" keep the usual sense). A relative clause set off by commas may give the anonymity its reason at length: "one
            chemist at the depot, who asked not to be named because the staff had been warned not to talk to reporters,
            said …". So is a source who gave only a
            handle for a name: "a sergeant who gave only his first name, Tomas,
            said …" (the name in apposition is the handle). Anonymity granted in a relative clause after the source does
            not replace the main verb: "“…,” said one senior engineer, who spoke on condition of anonymity" is flagged at
            "said one senior engineer". The writer as the subject of a passive is the hearer, and the agent the source:
            "I am told by a woman who used to work at the depot that …", "we were assured by one trader that …".
            """,
        WhyIsThisBad = """
            The reader cannot check who said it, what they know, or whether they exist. AP asks for the most specific
            identification possible; a document needs its publisher, and ideally its date.
            """,
        NotFlagged = """
            - The person is named, in the phrase or an appositive ("a columnist, Lena Moss,"; "Lena Moss, a columnist
              for …"; "Lena Moss — a columnist and the host of a radio phone-in — wrote"), and so is a body whose
              title-case name joins its words with "of", "the", "for" ("a campaign group, Save the Lower Meadows,").
            - The document names its publisher ("a Harlow Institute report", "a 2024 report by the Harlow Institute", "a
              survey of 900 riders published in May by the Harbour Trust"). A sample size alone ("a survey of 900
              riders") is a method, not a source: who ran the survey is still missing, so it is flagged.
            - A spokesperson ("a spokesperson said", "a ministry spokesman"): they speak on the record for a body the
              story names.
            - A relative or a named contact of the writer ("my mother told me", "my GP, Dr. Ana Lind, told me"), a contact
              who gives an order or names a topic ("my physiotherapist told me to rest", "… told me about the tea"), or one
              inside a relative clause on a thing ("a story my old teacher told me years ago").
            - An unnamed person has a named affiliation ("an engineer at Northline Rail"): the anonymous-source rules
              judge that case.
            - The next sentence of the paragraph names the source and carries the same claim (a delayed-identification
              lede: "According to a Harlow Institute economist, rates will rise. Dr. Mira Solberg, the institute's chief
              economist, said …"). A shared name is not a shared claim: two claims that share only the name of the person
              they are about say different things.
            - The attribution is itself inside a direct quotation.
            - The source asks for something ("a woman asked for a photo") or asks a question ("one reader asked, fairly,
              whether …"): a request or a question passes on no claim.
            - A participle that describes the noun before it, with the noun's own verb after its complement: "a kiln
              fire reported in a pottery journal shows …", "a bakery accused of underpaying its staff has closed" (the
              noun is what was reported or accused, not who reported it). An active report is still flagged: "a crane
              driver reported to police the boom had snapped".
            - A noun phrase after a linking verb, which describes that verb's subject: "Hale is a vocal critic of toll
              roads and wrote the bill", "the dairy is only a small supplier in most counties, where bigger firms claim
              …". A source set off by commas is still read: "the plan is, one harbour pilot told me, far too late".
            - The source acts rather than speaks ("a diplomat pleaded guilty", "a witness recalled the night", "a clerk
              sighed and closed the ledger", "a juror let slip a smile").
            - A generic "one" under a modal ("one could argue the levy is too low") speaks for nobody, and neither does a
              speaker under a condition or after an inverting negative adverb: "if a doctor says you are fine, …",
              "whenever a coach tells you …", "never has a painter told us more with fewer strokes".
            - A document whose issuer is a definite role or body: "according to a statement from the harbourmaster", "a
              letter from the council". "A statement from a source" still hides its issuer.
            - The pronoun "one" acting in a story rather than saying something: no "that", colon, quotation or clause
              follows the verb and its hearer, only a place or an order ("Three men were arrested. One had reported him
              to the police", "one told the others to wait"). "One told me the shift had been cut" is still flagged.

            Puffery in the phrase ("a *leading* scholar") is named in the message.
            """,
        Examples =
        [
            """
            [[One columnist noted]] that Kestria "has never kept a promise."
            """,
        ],
        UseInstead =
        [
            """
            Lena Moss, a columnist for the Harbor Gazette, wrote on 3 May that Kestria "has never kept a promise."
            """,
        ],
        Rewrite = """
            Display-only templates: `[Name], a ROLE at [organization],` for a person and
            `a [year] DOCUMENT by [publisher]` for a document.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3002",
        "Indefinite single source",
        "'{0}' does not identify the source{1}; name who said it, or say why they cannot be named",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A quote or claim is attributed to one unnamed person or document (\"one columnist\", \"a think tank report\").",
        helpLinkUri: RuleCategories.HelpUri("RH3002"));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        // "A new study found …" is a research appeal, with its own citation test, not an unnamed single source.
        var researchVerbs = ResearchAppeals.Find(document, context.Sentence).Select(a => a.Verb).ToHashSet();
        foreach (var frame in document.FramesIn(context.Sentence))
        {
            if (WriterContacts.Introduction(document, frame) is var (first, end))
            {
                if (SourceFrames.IsAuthorAttribution(document, frame) && !SourceFrames.IsActionNotClaim(document, frame)) ReportContact(context, document.SpanOf(first, end));
                continue;
            }
            if (frame.Speaker != SpeakerClass.VagueSingular || !SourceFrames.IsAuthorAttribution(document, frame)) continue;
            if (SourceFrames.IsAnonymousAttack(document, frame) || researchVerbs.Contains(frame.CueToken) || SourceFrames.IsActionNotClaim(document, frame)) continue;
            if (IsNamedNext(document, frame)) continue;

            var span = WithQuotationOfOne(document, frame, SourceFrames.AttributionSpan(document, frame));
            var source = document.SpanOf(frame.SourceStart, frame.SourceHeadEnd);
            var head = document.Tokens[frame.SourceHeadEnd - 1];
            var isDocument = Vocabulary.IsDocumentNoun(head) || Vocabulary.IsOrganizationNoun(head);
            var template = isDocument
                ? $"a [year] {head.Text} by [publisher]"
                : $"[Name], a {head.Text} at [organization],";
            var rewrite = Rewrite.Template(isDocument ? "Name the publisher and date" : "Name the source and their role", source, template);
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span), PufferyNote(document, frame));
        }
    }

    /// <summary>
    /// "“The cranes are idle,” one said." after "Dock managers are worried.": the pronoun "one" names nobody but points into a
    /// crowd, so what goes unsourced is the verbatim line a crowd cannot speak. The finding covers the quotation with its tag,
    /// as one finding for one move.
    /// </summary>
    private static TextSpan WithQuotationOfOne(DocumentModel document, AttributionFrame frame, TextSpan span)
    {
        if (frame.SourceHeadEnd - frame.SourceStart != 1 || document.Tokens[frame.SourceStart].Norm != "one" || frame.QuotationIndex is not int index) return span;
        var quotation = document.Syntax.Quotations[index];
        var sentence = document.Syntax.Sentences[frame.SentenceIndex];
        if (quotation.CloseToken is not int close || quotation.OpenToken < sentence.FirstToken || quotation.Span.End > span.Start) return span;
        // The tag follows the closing mark at once ("…,” one said", "…,” said one"), with at most a comma between.
        var next = close + 1 < document.Tokens.Length && document.Tokens[close + 1].Text == "," ? close + 2 : close + 1;
        return next == Math.Min(frame.SourceStart, frame.CueToken) ? TextSpan.FromBounds(quotation.Span.Start, span.End) : span;
    }

    /// <summary>"I've got a friend on the planning committee. She says …": the writer's contact, introduced a sentence before, speaks.</summary>
    private static void ReportContact(SentenceContext context, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var rewrite = Rewrite.Template("Name the source and their role", span, "[Name], a [role] at [organization],");
        context.Report(Descriptor, span, [rewrite], context.Document.Excerpt(span), "");
    }

    /// <summary>
    /// A delayed-identification lede: "According to a Harlow Institute economist, rates will rise. Dr. Mira Solberg, the
    /// institute's chief economist, said …" names the source in the next sentence of the paragraph.
    /// </summary>
    private static bool IsNamedNext(DocumentModel document, AttributionFrame frame)
    {
        var sentence = document.Syntax.Sentences[frame.SentenceIndex];
        var paragraph = document.Syntax.Paragraphs[sentence.ParagraphIndex];
        if (sentence.Index + 1 >= paragraph.EndSentence) return false;
        foreach (var other in document.FramesIn(document.Syntax.Sentences[sentence.Index + 1]))
            if (other.Speaker is SpeakerClass.NamedPerson or SpeakerClass.NamedOrganization or SpeakerClass.NamedDocument
                && SourceFrames.IsIdentifiedBy(document, frame, other))
                return true;
        return false;
    }

    private static string PufferyNote(DocumentModel document, AttributionFrame frame)
    {
        for (var i = frame.SourceStart; i < frame.SourceHeadEnd; i++)
            if (Vocabulary.IsPufferyAdjective(document.Tokens[i]))
                return $" ('{document.Tokens[i].Text}' praises a source the reader cannot check)";
        return "";
    }
}
