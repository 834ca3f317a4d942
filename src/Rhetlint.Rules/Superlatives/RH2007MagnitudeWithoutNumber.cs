using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>RH2007 — hyperbolic magnitude, no figure.</summary>
public sealed class RH2007MagnitudeWithoutNumber : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a size or speed word standing in for a figure on a measurable quantity: "staggering losses", "costs
            have skyrocketed", "the overruns were enormous", "spending on consultants has soared", "a tsunami of cheap
            imports", when neither the sentence nor the next one in its paragraph has a number, a percentage, a multiple
            ("tripled", "a billion") or a source.
            """,
        WhyIsThisBad = """
            "Skyrocketed" could mean 5% or 500%. Intensifiers are one of the commonest framing biases in news copy
            (Recasens et al. 2013): the reader gets the writer's alarm instead of the size.
            """,
        NotFlagged = """
            - A figure or source nearby: "The earthquake caused massive damage, destroying 1,200 homes." A date, an age
              or a model number is not a figure for the quantity: "costs have skyrocketed since 1990" is flagged.
            - The word is not about a quantity: "a massive crowd", "the rocket soared"; a compound noun, a bare form after a
              singular noun it cannot agree with ("a death spiral", "its price crater"; "costs spiral" is a verb).
            - Quoted or reported speech; negated, hedged, conditional or forecast claims ("prices could soar", "if the
              strike goes ahead, prices will soar"); questions.
            """,
        Examples = ["The harbor tunnel's [[costs have skyrocketed]]."],
        UseInstead =
        [
            """
            The harbor tunnel's costs rose from 1.2 billion to 2.9 billion crowns between 2019 and 2024, the city
            auditor found.
            """,
        ],
        Rewrite = "Display-only template that asks for the start and end values, the period and the source.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH2007",
        "Hyperbolic magnitude, no figure",
        "'{0}' gives an impression of size instead of the size; give the figure, the period and the source",
        RuleCategories.Superlatives,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A hyperbolic size or speed word on a measurable quantity, with no figure or source in the same or the next sentence.",
        helpLinkUri: RuleCategories.HelpUri("RH2007"),
        customTags: [RuleTags.LoweredInOpinion, new EvidenceWindow(2, 1).Tag]);

    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> Magnitude = new(() =>
        RuleLexicons.Store.Lines("magnitude_words")
            .Select(l => l.Split('\t', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim(), StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.SelectMany(p => p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Token.Normalize).ToFrozenSet(StringComparer.Ordinal),
                StringComparer.Ordinal));

    private static readonly Lazy<FrozenWordSet> Quantities = new(() =>
        LexiconStore.Engine.Lines("quantity_nouns").Select(Token.Normalize).SelectMany(n => new[] { n, Vocabulary.Plural(n) }).ToFrozenWordSet());

    /// <summary>Auxiliaries between a quantity and its verb of change ("costs have skyrocketed", "prices keep soaring").</summary>
    private static readonly FrozenWordSet ChangeAuxiliaries = TaggedLexicon.Load(RuleLexicons.Store, "magnitude_words").Words("between").ToFrozenWordSet();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence, IsCueWord);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        if (document.IsQuestion(sentence)) return;

        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var match = Attributive(tokens, sentence, i) ?? Predicative(tokens, sentence, i) ?? VerbOfChange(tokens, sentence, i) ?? FloodOf(tokens, sentence, i);
            if (match is not var (start, end, quantity)) continue;
            if (!UniversalCues.IsAuthorVoice(document, start, end) || document.IsNegated(i) || document.IsHedged(i) || IsConditionalOrForecast(tokens, sentence, i)) continue;
            // A figure that measures this quantity (here, in a later sentence that refers back to it, or in an earlier
            // one "such a sum" points to), or a source for it.
            var claim = new Claim(ClaimKind.Magnitude, start, end) { Head = quantity, Degree = i };
            if (context.EvidenceFor(Descriptor, claim).Strength >= EvidenceStrength.Medium) continue;

            var span = document.SpanOf(start, end);
            var rewrite = Rewrite.Template("Give the figure", span, "[quantity] rose from [x] to [y] between [year] and [year] ([source])");
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span));
            i = end - 1;
        }
    }

    /// <summary>"a staggering cost", "massive budget deficits", "skyrocketing rents".</summary>
    private static (int, int, int)? Attributive(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!IsKind("adjective", tokens[i])) return null;
        for (var k = i + 1; k < sentence.EndToken && k - i <= 3 && tokens[k].IsWord && !FunctionWords.NounPhraseBreakers.Contains(tokens[k]); k++)
        {
            if (!IsQuantity(tokens[k])) continue;
            var end = k + 1;
            while (end < sentence.EndToken && IsQuantity(tokens[end])) end++;
            return (i, end, end - 1);
        }
        return null;
    }

    /// <summary>"the losses were staggering", "the bill is simply colossal".</summary>
    private static (int, int, int)? Predicative(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!IsKind("adjective", tokens[i])) return null;
        var k = i - 1;
        if (k >= sentence.FirstToken && tokens[k].Norm is "simply" or "truly" or "absolutely" or "just" or "already") k--;
        if (k < sentence.FirstToken || !FunctionWords.Copulas.Contains(tokens[k])) return null;
        return QuantitySubjectBefore(tokens, sentence, k) is int start ? (start, i + 1, start) : null;
    }

    /// <summary>"costs have skyrocketed", "spending on consultants has soared".</summary>
    private static (int, int, int)? VerbOfChange(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!IsKind("verb", tokens[i])) return null;
        var k = i - 1;
        for (var skipped = 0; skipped < 3 && k >= sentence.FirstToken && ChangeAuxiliaries.Contains(tokens[k]); skipped++) k--;
        if (k == i - 1 && IsQuantity(tokens[k]) && IsNounCompound(tokens[k], tokens[i])) return null;
        return QuantitySubjectBefore(tokens, sentence, k + 1) is int start ? (start, i + 1, start) : null;
    }

    /// <summary>
    /// "its death spiral", "a price spiral": a singular quantity noun right before a bare form ("spiral", "balloon",
    /// "crater") cannot be its subject, which would take "spirals"; the pair is a compound noun, and the word names
    /// no change of a quantity. A plural ("costs spiral", "rents in Tarnby spiral") or an inflected form ("the cost
    /// spirals", "spiralled") is a verb.
    /// </summary>
    private static bool IsNounCompound(Token before, Token word) =>
        before.IsWord && !before.Norm.EndsWith('s') && !word.Norm.EndsWith('s')
        && !word.Norm.EndsWith("ed", StringComparison.Ordinal) && !word.Norm.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>"a tsunami of cheap imports", "an avalanche of lawsuits".</summary>
    private static (int, int, int)? FloodOf(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!IsKind("flood", tokens[i]) || i + 2 >= sentence.EndToken || tokens[i + 1].Norm != "of") return null;
        for (var k = i + 2; k < sentence.EndToken && k - i <= 4 && tokens[k].IsWord && !FunctionWords.NounPhraseBreakers.Contains(tokens[k]); k++)
        {
            if (!IsQuantity(tokens[k]) || !tokens[k].Norm.EndsWith('s')) continue;
            var start = i > sentence.FirstToken && FunctionWords.IndefiniteSingular.Contains(tokens[i - 1]) ? i - 1 : i;
            return (start, k + 1, k);
        }
        return null;
    }

    /// <summary>The start of a quantity subject ending just before <paramref name="end"/>, possibly with a short scope ("spending on defense").</summary>
    private static int? QuantitySubjectBefore(ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        for (var k = end - 1; k >= sentence.FirstToken && end - k <= 5 && tokens[k].IsWord; k--)
        {
            if (IsQuantity(tokens[k]) && (k == end - 1 || FunctionWords.Prepositions.Contains(tokens[k + 1]))) return k;
            if (FunctionWords.Auxiliaries.Contains(tokens[k]) || tokens[k].Norm is "and" or "but" or "that" or "which") return null;
        }
        return null;
    }

    /// <summary>"if rates rise, bills will soar": a forecast or a hypothesis, which RH1003 and the hedge rules weigh instead.</summary>
    private static bool IsConditionalOrForecast(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        for (var k = sentence.FirstToken; k < i; k++)
            if (tokens[k].Norm is "if" or "unless" or "will" or "would" or "'ll" || tokens[k].Norm.EndsWith("'ll", StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsKind(string kind, Token token) =>
        token.IsWord && Magnitude.Value.TryGetValue(kind, out var words) && words.Contains(token.Norm);

    /// <summary>
    /// A word of the kinds every reading starts from (<see cref="Attributive"/>, <see cref="Predicative"/>,
    /// <see cref="VerbOfChange"/>, <see cref="FloodOf"/>): a sentence without one holds no claim of this rule.
    /// </summary>
    private static bool IsCueWord(string norm) =>
        Magnitude.Value.TryGetValue("adjective", out var adjectives) && adjectives.Contains(norm)
        || Magnitude.Value.TryGetValue("verb", out var verbs) && verbs.Contains(norm)
        || Magnitude.Value.TryGetValue("flood", out var floods) && floods.Contains(norm);

    private static bool IsQuantity(Token token) => token.IsWord && Quantities.Value.Contains(token);
}
