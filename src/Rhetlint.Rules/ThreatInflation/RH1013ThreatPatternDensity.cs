using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>RH1013 — a pattern of threat inflation in one paragraph.</summary>
public sealed class RH1013ThreatPatternDensity : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Reports a paragraph in which the writer makes three or more *distinct* threat-inflation moves (findings of
            three different RH1 rules), or five or more threat-inflation findings of any kind, or two distinct moves
            amplified by two supporting signals (RH4001 certainty boosters, RH4007 emotive intensifiers, RH4008 false
            dilemmas), with no strong evidence beside any of them. The finding sits on the paragraph's first move; its
            message counts the moves and names the rules.

            The moves are counted whether or not this run reports their rules: `--select RH1013`, or a member rule
            turned off, does not change what the paragraph contains.
            """,
        WhyIsThisBad = """
            Kaufmann's mark of threat inflation, as opposed to ordinary caution, is "a consistent pattern of worst-case
            assertions" over logically unrelated issues. One alarming line may be an argument; a paragraph of them is a
            campaign, and an editor should look at the paragraph as a whole.
            """,
        NotFlagged = """
            - The threat claims are quoted, reported from a named source, perceived or rebutted: the member rules do not
              fire on them, so they do not count.
            - Any member claim has strong evidence (a citation, a link, a named source) in its sentence or the next.

            The `opinion` profile does not lower this rule.
            """,
        Examples =
        [
            """
            [[The regime in Varn covets]] our coast, its vast arsenal can strike anywhere on the continent, and time is
            running out.
            """,
        ],
        UseInstead =
        [
            """
            Varn has moved two missile batteries within range of our coast, satellite images published by the Harlow
            Institute show. The waiver that caps its fuel imports expires on 30 June.
            """,
        ],
        UseInsteadNote = """
            Keep the strongest claim, support it with a figure, a date and a named source, and cut the rest.
            """,
        Rewrite = "Display-only template that asks for the evidence behind the first move.",
    };

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
        "How many distinct threat-inflation rules in one paragraph make a pattern; with two amplifiers (RH4001, RH4007, RH4008) one fewer is enough. "
        + "`2` reports any paragraph that makes two different moves.", min: 2);

    public static readonly RuleOption<int> MinFindings = RuleOption.Int("RH1013", "min_findings", 5,
        "How many threat-inflation findings of any kind in one paragraph make a pattern, even when they are all one move.", min: 2);

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
