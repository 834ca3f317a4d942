using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>RH2008 — intensified absolute.</summary>
public sealed class RH2008IntensifiedAbsolute : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a degree word in the writer's voice right before an adjective that has no degrees: "very unique", "the
            most unprecedented", "increasingly inevitable", "quite impossible".
            """,
        WhyIsThisBad = """
            Something is unique or it is not. Grading an absolute inflates it and blurs the claim; the intensifier adds
            emphasis, not information.
            """,
        NotFlagged = """
            - Gradable words: the absolute list is restricted on purpose (unique, unprecedented, inevitable, impossible,
              infinite, irrevocable, unavoidable, unanimous). "A more complete dataset" and "a more perfect union" are
              ordinary English.
            - "more unique visitors": without "the", more/most count the plural noun.
            - Quoted or reported words, negation ("not very unique"), names.

            RH2002 may still report the absolute that remains ("the most unprecedented crisis" → "unprecedented
            crisis").
            """,
        Examples = ["It was a [[very unique]] chance to contain Varn."],
        UseInstead = ["It was a unique chance to contain Varn."],
        UseInsteadNote = "Or say what made it rare.",
        Rewrite = "Unsafe deletion of the intensifier.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH2008",
        "Intensified absolute",
        "'{0}' grades a word that has no degrees; drop '{1}' or say what makes it exceptional",
        RuleCategories.Superlatives,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "An intensifier (very, most, increasingly) before an absolute adjective (unique, inevitable, impossible).",
        helpLinkUri: RuleCategories.HelpUri("RH2008"),
        customTags: [RuleCategories.FixableTag, RuleTags.LoweredInOpinion]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        for (var i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
        {
            var absolute = i + 1;
            if (!Uncomparables.IsIntensifier(tokens[i]) || !Uncomparables.IsAbsolute(tokens[absolute])) continue;
            if (document.Voices[i] != Voice.Author || document.Voices[absolute] != Voice.Author) continue;
            if (ModifierSlots.IsNameOrTitle(tokens, sentence, absolute) || document.IsNegated(i) || CountsTheNoun(tokens, sentence, i)) continue;

            var span = document.SpanOf(i, absolute + 1);
            var rewrite = new Rewrite($"Delete '{tokens[i].Text}'", [ModifierSlots.DeleteWord(document, i)], Applicability.Unsafe);
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span), tokens[i].Text);
        }
    }

    /// <summary>"more unique visitors", "most unique species": without "the", more/most quantify the plural noun, not the adjective.</summary>
    private static bool CountsTheNoun(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("more" or "most")) return false;
        if (i > sentence.FirstToken && (tokens[i - 1].Norm == "the" || ModifierSlots.IsPossessiveNoun(tokens[i - 1]))) return false;
        var noun = i + 2;
        return noun < sentence.EndToken && tokens[noun].IsWord && tokens[noun].Norm.Length > 3
            && tokens[noun].Norm.EndsWith('s') && !tokens[noun].Norm.EndsWith("ss", StringComparison.Ordinal);
    }
}
