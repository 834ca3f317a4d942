using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Config;
using Rhetlint.Core.Fixes;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Text;

namespace Rhetlint.Core.Analysis;

/// <summary>Collects the findings of one document, each with its place in the document's lines.</summary>
/// <param name="supportedIds">Every id an analyzer declared: reporting another is a bug in the analyzer.</param>
/// <param name="activeIds">The ids reported for this run: off-by-default rules are dropped unless enabled.</param>
/// <param name="options">The document's configuration: severities per id and category, and the genre profile.</param>
/// <param name="ruleOptions">The document's rule options, parsed.</param>
/// <param name="acceptedTerms">Where the document uses a term of the accepted vocabulary: a rule's finding inside one is dropped.</param>
internal sealed class FindingSink(string path, SourceText text, IReadOnlySet<string> supportedIds, IReadOnlySet<string> activeIds, DocumentOptions options,
    RuleOptionValues? ruleOptions = null, ImmutableArray<TextSpan> acceptedTerms = default)
{
    private readonly List<Finding> _findings = [];
    private readonly List<Finding> _detected = [];
    private readonly List<(string Rule, Exception Exception)> _failures = [];

    public GenreProfile Profile => options.Profile;

    public RuleOptionValues RuleOptions { get; } = ruleOptions ?? RuleOptionValues.Empty;

    /// <summary>When set, every claim a rule asks evidence for, with the answer (for <c>rhetlint explain</c>).</summary>
    public ICollection<WeighedClaim>? Weighed { get; init; }

    /// <summary>An HTML page's prose, when the document is one: its rewrites are kept to text nodes (<see cref="HtmlRewrites"/>).</summary>
    public ProseText? Html { get; init; }

    public void Add(DiagnosticDescriptor descriptor, TextSpan span, ImmutableArray<Rewrite> rewrites, object?[] args, DiagnosticSeverity? severity)
    {
        if (!supportedIds.Contains(descriptor.Id))
            throw new InvalidOperationException($"Reported diagnostic '{descriptor.Id}' is not in any analyzer's SupportedDiagnostics.");
        if (!acceptedTerms.IsDefaultOrEmpty && descriptor.Category != RuleCategories.Engine && acceptedTerms.Any(term => term.Contains(span))) return;
        if (Html is { } page) rewrites = HtmlRewrites.Confine(page, rewrites);
        var requested = severity ?? descriptor.DefaultSeverity;
        var detected = Create(descriptor, span, requested, rewrites, args);
        _detected.Add(detected);
        if (!activeIds.Contains(descriptor.Id)) return;
        if (options.Apply(descriptor, requested) is not { } effective) return;
        _findings.Add(effective == requested ? detected : Create(descriptor, span, effective, rewrites, args));
    }

    private Finding Create(DiagnosticDescriptor descriptor, TextSpan span, DiagnosticSeverity severity, ImmutableArray<Rewrite> rewrites, object?[] args) =>
        new(descriptor, path, span, LineMap.Of(text), severity, args, rewrites.IsDefault ? [] : rewrites);

    /// <summary>
    /// A rule's action threw; the first failure of each rule on the document is kept, unless a later one is the rule's
    /// time limit, which also stops the rule on this document (<see cref="AnalyzerDriver"/>).
    /// </summary>
    public void AddFailure(string rule, Exception exception)
    {
        var earlier = _failures.FindIndex(f => f.Rule == rule);
        if (earlier < 0) _failures.Add((rule, exception));
        else if (exception is RuleTimeLimitExceededException) _failures[earlier] = (rule, exception);
    }

    public IReadOnlyList<(string Rule, Exception Exception)> Failures => _failures;

    /// <summary>Whether <paramref name="rule"/> ran past its time limit on this document. Asked before every call into a rule: no failure, no search.</summary>
    public bool HasTimedOut(string rule)
    {
        foreach (var (failed, exception) in _failures)
            if (failed == rule && exception is RuleTimeLimitExceededException) return true;
        return false;
    }

    /// <summary>
    /// Everything the rules reported so far, in report order, whatever configuration says (with the severity the rule
    /// asked for): what a pattern rule builds on must not depend on which rules are shown.
    /// </summary>
    public IReadOnlyList<Finding> Detected => _detected;

    /// <summary>The findings configuration lets through, in document order; one per rule and span.</summary>
    public ImmutableArray<Finding> ToImmutable() => InDocumentOrder(_findings.DistinctBy(f => (f.Id, f.Span)));

    /// <summary>By start, then length, then id: the order every report lists findings in.</summary>
    public static ImmutableArray<Finding> InDocumentOrder(IEnumerable<Finding> findings) =>
        [.. findings.OrderBy(f => f.Span.Start).ThenBy(f => f.Span.Length).ThenBy(f => f.Id, StringComparer.Ordinal)];
}
