using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.Hedging;

/// <summary>RH4007 — high-arousal affect word.</summary>
public sealed class RH4007EmotiveIntensifier : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags an adjective whose job is to alarm or disgust, in the writer's voice: "horrific", "chilling",
            "sinister", "barbaric", "monstrous",
            "apocalyptic", "heinous", "outrageous", "disgraceful", "catastrophic", and attributive "evil", before a noun
            or as the predicate of a copula. [RH1013](RH1013.md) counts them as amplifiers of threat-inflation moves.

            A supporting signal: like every RH4 rule it looks only at the writer's own words (not quoted, reported or
            mentioned) and skips negated matches.
            """,
        WhyIsThisBad = """
            The word hands the reader a feeling instead of a fact. What happened, to whom and on what scale carries the
            weight on its own and lets the reader judge it.
            """,
        NotFlagged = """
            - Verbs: "Technicians are chilling the samples", "terrifying the residents".
            - Technical senses: "catastrophic failure", "catastrophic flooding", "cataclysmic flood".
            - "evil" as a noun ("good and evil"); names and titles; a hedge right before ("possibly catastrophic").
            - Quoted or reported words (“It was horrific,” said survivor Amal Nasser); negation ("far from horrific").
            - Ordinary evaluation is not in the lexicon: terrible, serious, devastating, brutal, tragic, deadly.
            """,
        Examples = ["Varn's [[sinister]] plan is [[chilling]]."],
        UseInstead = ["Varn's plan would move 40,000 troops to the Kestrian border by March."],
        Rewrite = """
            Before a noun, an unsafe deletion of the word (the article is fixed); always a display-only template asking
            for the specific act and its scale.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH4007",
        "High-arousal affect word",
        "'{0}' asks the reader to feel rather than judge; describe the act and its scale",
        RuleCategories.Hedging,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A high-arousal affect adjective (horrific, chilling, sinister, barbaric, outrageous, heinous) in the writer's voice.",
        helpLinkUri: RuleCategories.HelpUri("RH4007"),
        customTags: RuleCategories.FixableTag);

    private static readonly Lazy<AffectWords> Lexicon = new(() => new AffectWords(TaggedLexicon.Load(RuleLexicons.Store, "emotive_intensifiers")));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence, word => Lexicon.Value.Attributive.Contains(word) || Lexicon.Value.Adjectives.Contains(word));

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var words = Lexicon.Value;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!tokens[i].IsWord || document.Voices[i] != Voice.Author || ModifierSlots.IsNameOrTitle(tokens, sentence, i)) continue;
            if (Use(tokens, sentence, words, i) is not { } attributive) continue;
            if (!HedgingVoice.IsAuthorAssertion(document, i, i + 1)) continue;

            var span = document.SpanOf(i, i + 1);
            var template = Rewrite.Template("Describe the act", span, "[the specific act and its scale]");
            ImmutableArray<Rewrite> rewrites = attributive
                ? [new Rewrite($"Delete '{tokens[i].Text}'", [ModifierSlots.DeleteWord(document, i)], Applicability.Unsafe), template]
                : [template];
            context.Report(Descriptor, span, rewrites, document.Excerpt(span));
        }
    }

    /// <summary>True for a word before its noun, false for a predicate after a copula, null when it is neither or not emotive here.</summary>
    private static bool? Use(ImmutableArray<Token> tokens, Sentence sentence, AffectWords words, int i)
    {
        var norm = tokens[i].Norm;
        var attributiveOnly = words.Attributive.Contains(norm);
        if (!attributiveOnly && !words.Adjectives.Contains(norm)) return null;
        Token? next = i + 1 < sentence.EndToken ? tokens[i + 1] : null;
        if (norm.EndsWith("ing", StringComparison.Ordinal) && IsVerbUse(tokens, sentence, i, next)) return null;
        // "possibly catastrophic": the writer weighs the outcome rather than dramatizing it.
        if (i > sentence.FirstToken && tokens[i - 1].Norm is "possibly" or "potentially" or "perhaps" or "conceivably") return null;
        if (norm is "catastrophic" or "cataclysmic" or "calamitous" && next is not null && words.Technical.Contains(next.Value.Norm)) return null;
        // "evil empire", "axis of evil": RH1005's threat labels.
        if (norm == "evil" && (next?.Norm == "empire" || i - 2 >= sentence.FirstToken && tokens[i - 1].Norm == "of" && tokens[i - 2].Norm == "axis")) return null;

        if (ModifierSlots.IsContentWordAt(tokens, sentence, i + 1)) return true;
        if (attributiveOnly || !ModifierSlots.FollowsCopula(tokens, sentence, i)) return null;
        return ModifierSlots.ClauseEndsAt(tokens, sentence, i + 1) || next?.Norm is "that" or "to" ? false : null;
    }

    /// <summary>"are chilling the samples", "terrifying the residents": an -ing form with an object is a verb.</summary>
    private static bool IsVerbUse(ImmutableArray<Token> tokens, Sentence sentence, int i, Token? next)
    {
        if (next is not { IsWord: true } word) return false;
        if (ModifierSlots.IsDeterminer(word) || FunctionWords.ObjectPronouns.Contains(word) || word.IsCapitalized) return true;
        var before = i - 1 >= sentence.FirstToken ? tokens[i - 1].Norm : "";
        return before is "is" or "are" or "was" or "were" or "be" or "been" or "am" && ModifierSlots.IsContentWordAt(tokens, sentence, i + 1);
    }

    private sealed class AffectWords(TaggedLexicon lexicon)
    {
        public FrozenSet<string> Adjectives { get; } = lexicon.Words("adjective");
        public FrozenSet<string> Attributive { get; } = lexicon.Words("attributive");
        public FrozenSet<string> Technical { get; } = lexicon.Words("technical");
    }
}
