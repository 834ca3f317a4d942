using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// RH1013 — a pattern of threat inflation in one paragraph.
///
/// What it does: reports a paragraph where the writer makes three or more distinct threat-inflation moves (three
/// different RH1 rules), or five or more threat-inflation findings of any kind, or two distinct moves amplified by
/// two supporting signals (boosters, emotive intensifiers, false dilemmas), none of them backed by evidence.
/// The finding sits on the paragraph's first move and lists the others.
///
/// Why is this bad? Kaufmann's mark of threat inflation, as opposed to ordinary caution, is "a consistent pattern
/// of worst-case assertions" across unrelated issues: one alarming line may be an argument, a paragraph of them
/// is a campaign.
///
/// Example: Varn covets our coast, its arsenal is limitless, and time is running out.
/// Use instead: keep the strongest claim, support it with evidence, and cut the rest.
///
/// Options: <c>min_moves</c> (default 3), the number of distinct moves that make a pattern (one fewer with two
/// amplifiers), and <c>min_findings</c> (default 5), the number of threat-inflation findings of any kind that do.
///
/// Not flagged: a paragraph whose threat claims are quoted or reported (the member rules do not fire on them), or
/// whose claims each carry a citation (the members are evidence-gated).
/// </summary>
public sealed class RH1013ThreatPatternDensity : RhetoricAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1013",
        "Pattern of threat inflation in one paragraph",
        "This paragraph stacks {0} threat-inflation moves ({1}); keep the strongest claim, support it with evidence, and cut the rest",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Three or more distinct threat-inflation rules, or five or more threat-inflation findings, in one paragraph with no evidence.",
        helpLinkUri: RuleCategories.HelpUri("RH1013"),
        customTags: EvidenceWindow.NextSentence.Tag);

    public static readonly RuleOption<int> MinMoves = RuleOption.Int("RH1013", "min_moves", 3,
        "Distinct threat-inflation rules in one paragraph that make a pattern (one fewer when two amplifiers back them).", min: 2);

    public static readonly RuleOption<int> MinFindings = RuleOption.Int("RH1013", "min_findings", 5,
        "Threat-inflation findings of any kind in one paragraph that make a pattern.", min: 2);

    private const int AmplifiersNeeded = 2;

    /// <summary>
    /// Supporting signals that amplify a threat claim (certainty boosters, high-arousal words, false dilemmas): two
    /// of them make two distinct threat-inflation moves a pattern.
    /// </summary>
    private static readonly HashSet<string> Amplifiers = ["RH4001", "RH4007", "RH4008"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override ImmutableArray<RuleOption> SupportedOptions => [MinMoves, MinFindings];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(AnalyzeDocument);

    private static void AnalyzeDocument(DocumentContext context)
    {
        var document = context.Document;
        var distinctRules = context.Options.Get(MinMoves);
        var findings = context.Options.Get(MinFindings);
        int ParagraphOf(Finding f) => document.SentenceOf(document.Syntax.TokenIndexAt(f.Span.Start)).ParagraphIndex;
        var amplifiers = context.NodeFindings.Where(f => Amplifiers.Contains(f.Id)).GroupBy(ParagraphOf).ToDictionary(g => g.Key, g => g.ToList());
        var members = context.NodeFindings
            .Where(f => f.Category == RuleCategories.ThreatInflation && f.Id != Descriptor.Id)
            .GroupBy(ParagraphOf);
        foreach (var paragraph in members)
        {
            var moves = paragraph.OrderBy(f => f.Span.Start).ToList();
            var rules = moves.Select(f => f.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var amplifying = amplifiers.GetValueOrDefault(paragraph.Key) ?? [];
            var amplified = rules.Count == distinctRules - 1 && amplifying.Count >= AmplifiersNeeded;
            if (rules.Count < distinctRules && moves.Count < findings && !amplified) continue;
            if (moves.Any(f => HasEvidence(context, f))) continue;

            var first = moves[0];
            var rewrite = Rewrite.Template("Keep the strongest claim and support it", first.Span,
                document.Excerpt(first.Span) + " [evidence: figure, date, named source]");
            var named = amplified ? rules.Concat(amplifying.Select(f => f.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(id => $"amplified by {id}")) : rules;
            context.Report(Descriptor, first.Span, [rewrite], moves.Count, string.Join(", ", named));
        }
    }

    /// <summary>A move with strong evidence for it is argued, not just asserted.</summary>
    private static bool HasEvidence(DocumentContext context, Finding finding)
    {
        var syntax = context.Document.Syntax;
        var first = syntax.TokenIndexAt(finding.Span.Start);
        var last = syntax.TokenIndexAt(finding.Span.End - 1);
        return first >= 0 && last >= first
            && context.EvidenceFor(Descriptor, new Claim(ClaimKind.Assertion, first, last + 1)).Strength >= EvidenceStrength.Strong;
    }
}
