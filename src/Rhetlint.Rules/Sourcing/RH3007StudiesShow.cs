using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// RH3007 — research appeal without citation.
///
/// What it does: flags a research noun as the subject of a finding verb — "studies show", "research has proven",
/// "science says", "the evidence suggests", "a new study proves", "polls show", "decades of research confirm",
/// "studies from around the world confirm" — when nothing says which research: no name in the phrase (author,
/// institution, journal) and no link, footnote, parenthetical citation or named source in the same or next sentence.
///
/// Why is this bad? "Studies show" borrows the authority of science without letting the reader check the studies,
/// their size or their quality. Empirical research also does not "prove" things; it finds or estimates them.
///
/// Example: Studies show that sanctions never change a regime's behavior.
/// Use instead: A 2021 review of 40 sanctions episodes by the Harlow Institute found that sanctions changed policy in 6 of them (harlow.example/sanctions).
///
/// Not flagged: a named study, author, institution or journal in the phrase ("a 2022 study by the Harlow Institute",
/// "research published in the Journal of Port Economics"); a citation or named source in the window; anaphoric
/// phrases that point back to research already cited ("the study found", "these data show", "our survey shows");
/// negated claims ("no study has shown"); quoted or reported speech. A year alone does not identify a study.
/// </summary>
public sealed class RH3007StudiesShow : RhetoricAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3007",
        "Research appeal without citation",
        "'{0}' appeals to research without saying which{1}; name the study (authors or institution, venue, year) or link it",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A claim leans on unnamed studies, research, data or polls, with no author, institution, journal, link or citation nearby.",
        helpLinkUri: RuleCategories.HelpUri("RH3007"));

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
            if (NamesItsSource(document.Actors, tokens, sentence, appeal)) continue;
            if (SourcingCues.EvidenceWindow(document, sentence, appeal.Start, appeal.Verb + 1, wholeParagraphIfFirst: true) >= EvidenceStrength.Strong) continue;
            // "The data show …" right after cited data refers back to it.
            if (appeal.Definite && document.EvidenceAround(sentence, 2, 0) >= EvidenceStrength.Strong) continue;

            var span = document.SpanOf(appeal.Start, appeal.Verb + 1);
            var proveNote = ResearchAppeals.VerbLemma(tokens[appeal.Verb]) == "prove"
                ? " (and research does not 'prove' an empirical claim: say what it found)"
                : "";
            var rewrite = Rewrite.Template("Cite the study", span, "A [year] study by [authors/institution], published in [venue], found");
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span), proveNote);
        }
    }

    /// <summary>A name anywhere in the phrase: an author, institution or journal ("a Harlow Institute study", "research in the Journal of X").</summary>
    private static bool NamesItsSource(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, ResearchAppeals.Appeal appeal)
    {
        for (var k = appeal.Start; k < appeal.Verb; k++)
        {
            // "Decades of research", "Numerous studies": capitalized only because they open the sentence.
            if (k == sentence.FirstToken && ResearchAppeals.IsAppealWord(tokens[k])) continue;
            if (k != appeal.Head && SourcingCues.IsName(actors, tokens, sentence, k)) return true;
        }
        return false;
    }
}
