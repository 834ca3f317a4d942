using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>RH3007 — research appeal without citation.</summary>
public sealed class RH3007StudiesShow : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a research noun as the subject of a finding verb when nothing says which research: "studies show",
            "research has proven", "science says", "the evidence suggests", "a new study proves", "polls show", "decades
            of research confirm", "studies from around the world confirm".

            The subject may carry a determiner, a few modifiers ("numerous independent studies", "a recent survey", a side
            named without a source: "outside analyses agree", "external studies"), a quantity ("decades of", "a growing
            body of", whose article agrees with the counting noun) and a short phrase before the verb ("in several countries",
            "published in 2021 by …"). The verb may be in any tense ("has shown", "have consistently found"), or a gerund after a verb of continuing or
            beginning ("studies keep finding", "research has started showing"). A finding of
            association counts with its object and "to" or "with": "studies have linked the sweetener to migraines",
            "research has connected long commutes with higher blood pressure".

            What the research is said to show is its content, read as reported speech like "experts say that …": a
            superlative or a threat inside it is not the writer's, so the appeal is the one finding. An appeal coordinated
            after another source's report ("dentists believe the rinse is useless, and a growing body of research links it
            to stained teeth") is a second attribution the writer adds, and is flagged in its own right.
            """,
        WhyIsThisBad = """
            "Studies show" borrows the authority of science without letting the reader check the studies, their size or
            their quality. Empirical research also does not "prove" things; it finds or estimates them. When the verb is
            *prove*, the message says so.
            """,
        NotFlagged = """
            - The phrase names an author, institution or journal: "a 2022 study by the Harlow Institute", "a study in
              the Journal of Port Economics", "a Harlow Institute study". A year alone is not enough.
            - A link, footnote, parenthetical citation or named source is in the same or next sentence (for a
              paragraph's first sentence, anywhere in the paragraph).
            - The phrase points back to research already introduced: "the study found", "these data show", "our survey
              shows"; "the data show" right after a citation.
            - The claim is negated ("no study has shown"), quoted, or reported from a speaker.
            - A title line or a paragraph of one sentence (news style) over a paragraph whose first sentence names the
              researchers' body, the study's venue or the study: "Study of 9,000 adults finds night shifts raise blood
              pressure" above "Researchers at Halden University have found …"; "For the first time, a poll shows the
              mayor trailing." above "A Harlow Post poll of 900 voters shows …" (a sentence is answered only by research
              of its own kind: a named report does not answer "some analyses suggest"). A named speaker on another
              matter answers nothing.

            "A new study found" is judged here rather than by [RH3002](RH3002.md), so it is reported once.
            """,
        Examples =
        [
            "[[Studies show]] that sanctions never change a regime's behavior.",
            "[[A new study proves]] Varn's troll farms swung the election.",
        ],
        UseInstead =
        [
            """
            A 2021 review of 40 sanctions episodes by the Harlow Institute found that sanctions changed policy in 6 of
            them.
            """,
        ],
        Rewrite = "Display-only template: `A [year] study by [authors/institution], published in [venue], found`.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3007",
        "Research appeal without citation",
        "'{0}' appeals to research without saying which{1}; name the study (authors or institution, venue, year) or link it",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A claim leans on unnamed studies, research, data or polls, with no author, institution, journal, link or citation nearby.",
        helpLinkUri: RuleCategories.HelpUri("RH3007"),
        customTags: new EvidenceWindow(2, 1, OpeningTakesParagraph: true).Tag);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        foreach (var appeal in ResearchAppeals.Find(document, sentence))
        {
            if (!document.Voices[appeal.Start].IsWritersWords() || !document.Voices[appeal.Verb].IsWritersWords()) continue;
            if (document.IsNegated(appeal.Start) || document.IsNegated(appeal.Verb) || SourcingCues.SaysNothing(tokens, sentence, appeal.Verb)) continue;
            if (NamesItsSource(document.Actors, tokens, sentence, appeal) || IsAnsweredByNextParagraph(document, sentence, appeal)) continue;
            // "The data show …" right after cited data refers back to it: the engine reads the definite head as a reference.
            var claim = new Claim(ClaimKind.ResearchAppeal, appeal.Start, appeal.Verb + 1) { Head = appeal.Head };
            if (context.EvidenceFor(Descriptor, claim).Strength >= EvidenceStrength.Strong) continue;

            var span = document.SpanOf(appeal.Start, appeal.Verb + 1);
            var proveNote = ResearchAppeals.VerbLemma(tokens[appeal.Verb]) == "prove"
                ? " (and research does not 'prove' an empirical claim: say what it found)"
                : "";
            var rewrite = Rewrite.Template("Cite the study", span, "A [year] study by [authors/institution], published in [venue], found");
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span), proveNote);
        }
    }

    /// <summary>
    /// "Study of 9,000 adults finds night shifts raise blood pressure" as a title line over a lead that names the researchers
    /// or their body ("Researchers at Halden University have found …") or a named study: a title announces what its article
    /// sources, so the paragraph below answers it. So does a paragraph of one sentence in news style ("For the first time,
    /// a poll shows …" over "A Harlow Post poll of 900 voters shows …"): wire copy gives each sentence its own paragraph,
    /// so the next sentence, which the evidence window reads only inside a paragraph, opens the next one (real news: 5 of
    /// the 40 RH3007 findings on the PolNeAR/SemEval train sample), when it names research of the appeal's kind. A named speaker on another matter ("the prime
    /// minister said …") answers nothing.
    /// </summary>
    private static bool IsAnsweredByNextParagraph(DocumentModel document, Sentence sentence, ResearchAppeals.Appeal appeal)
    {
        var syntax = document.Syntax;
        var paragraph = syntax.Paragraphs[sentence.ParagraphIndex];
        if (paragraph.FirstSentence != sentence.Index || paragraph.EndSentence != sentence.Index + 1 || sentence.ParagraphIndex + 1 >= syntax.Paragraphs.Length) return false;
        // The lead's first sentence: a lead names its research first, and later names are about other things.
        var lead = syntax.Sentences[syntax.Paragraphs[sentence.ParagraphIndex + 1].FirstSentence];
        if (!NamesAnInstitution(document, lead) && !document.FramesIn(lead).Any(frame => frame.Speaker == SpeakerClass.NamedDocument)) return false;
        // A sentence is no title: its next paragraph answers it only by naming the same kind of research ("a poll shows" …
        // "a Harlow Post poll"), not other research on another point ("some analyses suggest" … "a report from …").
        return IsTitle(document, sentence) || MentionsSameResearch(document, lead, document.Tokens[appeal.Head].Norm);
    }

    /// <summary>A line on its own with no full stop is a title, whatever its case.</summary>
    private static bool IsTitle(DocumentModel document, Sentence sentence)
    {
        var last = sentence.EndToken - 1;
        while (last > sentence.FirstToken && document.Tokens[last].Kind == TokenKind.Quote) last--;
        return document.Tokens[last].Text is not ("." or "?" or "!");
    }

    /// <summary>The research noun of the appeal, singular or plural, in the sentence: "poll" for "polls".</summary>
    private static bool MentionsSameResearch(DocumentModel document, Sentence sentence, string head)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var norm = document.Tokens[k].Norm;
            if (norm == head || Inflections.IsRegularPlural(head, norm) || Inflections.IsRegularPlural(norm, head)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Researchers at Halden University", "published in the Journal of Sleep", "by the Harlow Institute": a name after a
    /// preposition that places research in a body or a venue. A dateline ("HALDEN, May 3 —") is no such name.
    /// </summary>
    private static bool NamesAnInstitution(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (var k = sentence.FirstToken; k + 1 < sentence.EndToken; k++)
        {
            // "in the European Union" places anything; "published in" places research.
            if (tokens[k].Norm is not ("at" or "from" or "by") && !(tokens[k].Norm == "in" && k > sentence.FirstToken && tokens[k - 1].Norm == "published")) continue;
            var name = tokens[k + 1].Norm == "the" && k + 2 < sentence.EndToken ? k + 2 : k + 1;
            if (SubjectCues.IsName(document.Actors, tokens, sentence, name)) return true;
        }
        return false;
    }

    /// <summary>A name anywhere in the phrase: an author, institution or journal ("a Harlow Institute study", "research in the Journal of X").</summary>
    private static bool NamesItsSource(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, ResearchAppeals.Appeal appeal)
    {
        for (var k = appeal.Start; k < appeal.Verb; k++)
        {
            // "Decades of research", "Numerous studies": capitalized only because they open the sentence.
            if (k == sentence.FirstToken && ResearchAppeals.IsAppealWord(tokens[k])) continue;
            if (k != appeal.Head && SubjectCues.IsName(actors, tokens, sentence, k)) return true;
        }
        return false;
    }
}
