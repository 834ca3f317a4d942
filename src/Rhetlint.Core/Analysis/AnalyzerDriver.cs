using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// Runs a fixed set of analyzers over document models. Registration happens once, here; analysis of a
/// document walks its paragraphs, sentences and quotations once and calls every registered action.
/// </summary>
public sealed class AnalyzerDriver
{
    private readonly AnalysisContext _registrations = new();
    private readonly HashSet<string> _supportedIds;
    private readonly HashSet<string> _activeIds;
    private readonly RulePrecedence _precedence;

    /// <param name="enable">Ids of rules that are off by default (house-style rules such as RH3004) to report as well.</param>
    /// <param name="profile">The genre's severity policy; <see cref="GenreProfile.News"/> when null.</param>
    public AnalyzerDriver(IEnumerable<RhetoricAnalyzer> analyzers, IEnumerable<string>? enable = null, GenreProfile? profile = null)
    {
        Profile = profile ?? GenreProfile.News;
        var descriptors = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        descriptors.Add(EngineDescriptors.UnreadableInput);
        descriptors.Add(EngineDescriptors.UnbalancedQuote);
        descriptors.Add(EngineDescriptors.UnusedSuppression);
        descriptors.Add(EngineDescriptors.BadDirective);
        descriptors.Add(EngineDescriptors.RuleFailed);
        var options = ImmutableArray.CreateBuilder<RuleOption>();
        foreach (var analyzer in analyzers)
        {
            descriptors.AddRange(analyzer.SupportedDiagnostics);
            foreach (var option in analyzer.SupportedOptions)
            {
                if (!analyzer.SupportedDiagnostics.Any(d => d.Id == option.RuleId))
                    throw new ArgumentException($"Option {option.Key} is for {option.RuleId}, which {analyzer.GetType().Name} does not report.", nameof(analyzers));
                options.Add(option);
            }
            var own = new AnalysisContext();
            analyzer.Initialize(own);
            var rule = string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id));
            _registrations.SentenceActions.AddRange(own.SentenceActions.Select(a => Guarded(a, rule)));
            _registrations.SentenceCues.AddRange(own.SentenceCues);
            _registrations.QuotationActions.AddRange(own.QuotationActions.Select(a => Guarded(a, rule)));
            _registrations.ParagraphActions.AddRange(own.ParagraphActions.Select(a => Guarded(a, rule)));
            _registrations.DocumentActions.AddRange(own.DocumentActions.Select(a => Guarded(a, rule)));
        }
        var duplicate = options.GroupBy(o => o.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Option {duplicate.Key} is declared twice.", nameof(analyzers));
        Options = [.. options.OrderBy(o => o.Key, StringComparer.Ordinal)];
        Descriptors = [.. descriptors.OrderBy(d => d.Id, StringComparer.Ordinal)];
        var enabled = enable?.ToHashSet(StringComparer.Ordinal) ?? [];
        var unknown = enabled.Where(id => !Descriptors.Any(d => d.Id == id)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"unknown rule id: {string.Join(", ", unknown)}", nameof(enable));
        _supportedIds = [.. Descriptors.Select(d => d.Id)];
        _activeIds = [.. Descriptors.Where(d => d.IsEnabledByDefault || enabled.Contains(d.Id)).Select(d => d.Id)];
        _precedence = new RulePrecedence(Descriptors);
        var cues = ImmutableArray.CreateBuilder<Func<string, bool>>();
        _sentenceActionBits = new ulong[_registrations.SentenceCues.Count];
        for (var a = 0; a < _sentenceActionBits.Length; a++)
        {
            if (_registrations.SentenceCues[a] is not { } cue) continue;
            _sentenceActionBits[a] = SentenceCueIndex.Bit(cues.Count);
            cues.Add(cue);
        }
        _sentenceCues = cues.ToImmutable();
    }

    /// <summary>The sentence cues, in registration order: the index of each is its bit (<see cref="SentenceCueIndex.Bit"/>).</summary>
    private readonly ImmutableArray<Func<string, bool>> _sentenceCues;

    /// <summary>The cue bit each sentence action needs in a sentence, at its index in the registrations; 0 for an action that runs on every sentence.</summary>
    private readonly ulong[] _sentenceActionBits;

    public GenreProfile Profile { get; }

    /// <summary>Every id the driver's rules and the engine report: what a suppression comment may name.</summary>
    internal IReadOnlySet<string> SupportedIds => _supportedIds;

    /// <summary>A sink for the engine's own findings on a document analyzed in parts (<see cref="SectionedLinter"/>): suppression problems, rule failures.</summary>
    internal FindingSink MetaSink(string path, SourceText text, DocumentOptions options) => new(path, text, _supportedIds, _activeIds, options);

    /// <summary>
    /// An action whose exception costs only its rule on this document, as Roslyn's AD0001 does: a user's C# rule (or a
    /// bug in a built-in one) must not take the run down. The failure is reported once per rule and document (RH0005).
    /// </summary>
    /// A rule that ran past its time limit (<see cref="RuleGuard"/>) is not called again on the document: one slow call
    /// per document is the most it costs. Only a cancellation of the run itself passes through: a rule's own (a lookup
    /// that timed out, TaskCanceledException) is its failure like any other exception.
    private static Action<T> Guarded<T>(Action<T> action, string rule) where T : NodeContext => context =>
    {
        if (context.Sink.HasTimedOut(rule)) return;
        try
        {
            using var timing = RuleGuard.Start();
            action(context);
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            context.Sink.AddFailure(rule, e);
        }
    };

    /// <summary>The RH0005 message for a rule that failed on a document.</summary>
    private static string FailureMessage(string rule, Exception exception) => exception switch
    {
        RuleTimeLimitExceededException timeout =>
            $"rule {rule} exceeded its time limit of {timeout.Limit.TotalSeconds:0} s on this document and was stopped; its findings here are incomplete",
        System.Text.RegularExpressions.RegexMatchTimeoutException regex =>
            $"rule {rule}'s regular expression ran past its {regex.MatchTimeout.TotalSeconds:0} s limit on a sentence, which went unchecked; its findings here are incomplete",
        InsufficientExecutionStackException =>
            $"rule {rule} recursed too deeply on this document and was stopped before the stack ran out; its findings here are incomplete",
        _ => $"rule {rule} threw {exception.GetType().Name} on this document ({exception.Message}); its findings here are incomplete",
    };

    /// <summary>Every descriptor the driver can report, engine ones included, ordered by id.</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>
    /// The severity a finding of <paramref name="descriptor"/> at the rule's default severity gets in a document with
    /// <paramref name="options"/>, or null when the rule reports nothing there (off by default and not enabled, or
    /// turned off by a setting, the profile, --select or --ignore): the decision <see cref="FindingSink.Add"/> makes,
    /// for <c>rhetlint rules FILE</c>.
    /// </summary>
    public DiagnosticSeverity? EffectiveSeverity(DiagnosticDescriptor descriptor, DocumentOptions options) =>
        _activeIds.Contains(descriptor.Id) ? options.Apply(descriptor, descriptor.DefaultSeverity) : null;

    /// <summary>Every option the driver's rules declare, ordered by key.</summary>
    public ImmutableArray<RuleOption> Options { get; }

    /// <summary>
    /// The rule options of <paramref name="options"/>, checked against the ones the driver's rules declare; and the
    /// built-in (<c>RH</c>) ids its severity keys name, checked against the driver's rules, so a typo is an error rather
    /// than a setting that silently does nothing (Ruff's rule for unknown rule codes). Other ids may be rules of a pack
    /// that a narrower section names for other drafts, and are left alone, as rule options are.
    /// </summary>
    /// <exception cref="ConfigException">No rule of this driver has such an RH id or option, or the value has the wrong type.</exception>
    public RuleOptionValues OptionValues(DocumentOptions options)
    {
        foreach (var id in options.SeverityRuleIds)
            if (RuleOptionValues.IsReservedId(id) && !_supportedIds.Any(known => known.Equals(id, StringComparison.OrdinalIgnoreCase)))
                throw new ConfigException($"rhetlint_diagnostic.{id}.severity: unknown rule id '{id}' (RH ids are the built-in rules'); `rhetlint rules` lists the ids");
        return RuleOptionValues.Read(options.RuleOptions, Options, _supportedIds);
    }

    public ImmutableArray<Finding> Analyze(DocumentModel document, CancellationToken cancellationToken = default) =>
        Analyze(document, DocumentOptions.ForProfile(Profile), cancellationToken);

    /// <summary>
    /// An accepted term with the article before it: a rule that flags "the greatest story company" flags the article
    /// with the name, and the name is what the newsroom accepted.
    /// </summary>
    private static TextSpan AcceptedSpan(DocumentModel document, int first, int end)
    {
        var start = first > 0 && document.Tokens[first - 1].Norm is "the" or "a" or "an" ? first - 1 : first;
        return document.SpanOf(start, end);
    }

    /// <param name="options">The document's configuration (from its .editorconfig files); it carries its own profile.</param>
    public ImmutableArray<Finding> Analyze(DocumentModel document, DocumentOptions options, CancellationToken cancellationToken = default) =>
        [.. AnalyzeIncludingSuppressed(document, options, cancellationToken).Where(f => f.Suppression is null)];

    /// <summary>
    /// The reported findings and, marked with their <see cref="Finding.Suppression"/>, those a suppression comment
    /// silenced, in document order, each with its <see cref="Finding.Fingerprint"/>. For reports that list
    /// suppressed findings as such (SARIF); everything else wants <see cref="Analyze(DocumentModel, DocumentOptions, CancellationToken)"/>.
    /// </summary>
    /// <exception cref="ConfigException">A rule option in <paramref name="options"/> is not one the rule has, or has the wrong type.</exception>
    public ImmutableArray<Finding> AnalyzeIncludingSuppressed(DocumentModel document, DocumentOptions options, CancellationToken cancellationToken = default) =>
        AnalyzeIncludingSuperseded(document, options, null, fingerprint: true, cancellationToken).Findings;

    /// <summary>
    /// The reported findings, as <see cref="Analyze(DocumentModel, DocumentOptions, CancellationToken)"/>, and in
    /// <paramref name="weighed"/> every claim a rule asked evidence for with the evidence linked to it, in the order
    /// the rules asked: what <c>rhetlint explain</c> shows per claim.
    /// </summary>
    public ImmutableArray<Finding> Analyze(DocumentModel document, DocumentOptions options, ICollection<WeighedClaim> weighed, CancellationToken cancellationToken = default) =>
        [.. AnalyzeIncludingSuperseded(document, options, weighed, fingerprint: true, cancellationToken).Findings.Where(f => f.Suppression is null)];

    /// <summary>
    /// What <see cref="AnalyzeIncludingSuppressed"/> returns, and the findings rule precedence dropped because a rule
    /// that supersedes theirs reported the same move (<see cref="RulePrecedence"/>), with their fingerprints.
    /// </summary>
    /// <exception cref="ConfigException">A rule option in <paramref name="options"/> is not one the rule has, or has the wrong type.</exception>
    public AnalysisResult AnalyzeIncludingSuperseded(DocumentModel document, DocumentOptions options, CancellationToken cancellationToken = default) =>
        AnalyzeIncludingSuperseded(document, options, null, fingerprint: true, cancellationToken);

    /// <summary>
    /// What <see cref="AnalyzeIncludingSuperseded(DocumentModel, DocumentOptions, CancellationToken)"/> returns, without
    /// fingerprints: a section's findings are fingerprinted once more on the whole document (<see cref="SectionedLinter"/>),
    /// so the section's own were computed only to be dropped.
    /// </summary>
    internal AnalysisResult AnalyzeSection(DocumentModel document, DocumentOptions options, CancellationToken cancellationToken) =>
        AnalyzeIncludingSuperseded(document, options, null, fingerprint: false, cancellationToken);

    private AnalysisResult AnalyzeIncludingSuperseded(DocumentModel document, DocumentOptions options, ICollection<WeighedClaim>? weighed, bool fingerprint,
        CancellationToken cancellationToken)
    {
        ImmutableArray<TextSpan> accepted = [.. options.Lexicons.AcceptedTerms.Occurrences(document.Tokens).Select(o => AcceptedSpan(document, o.First, o.End))];
        var sink = new FindingSink(document.Path, document.Source, _supportedIds, _activeIds, options, OptionValues(options), accepted)
        {
            Weighed = weighed,
            Html = document.Syntax.Prose.Format == DocumentFormat.Html ? document.Syntax.Prose : null,
        };
        // An issue says one of a few things: the findings of one message share its arguments (a quote storm has 700,000).
        var issueArgs = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var issue in document.Syntax.Issues)
        {
            ref var args = ref CollectionsMarshal.GetValueRefOrAddDefault(issueArgs, issue.Message, out _);
            args ??= [issue.Message];
            sink.Add(EngineDescriptors.UnbalancedQuote, issue.Span, [], args, null);
        }

        // A context holds nothing a rule can change, so the rules of a node share one.
        foreach (var paragraph in document.Syntax.Paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = new ParagraphContext(document, paragraph, sink, cancellationToken);
            foreach (var action in _registrations.ParagraphActions)
                action(context);
        }
        var cueIndex = _sentenceCues.IsEmpty ? null : new SentenceCueIndex(_sentenceCues);
        foreach (var sentence in document.Syntax.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = new SentenceContext(document, sentence, sink, cancellationToken);
            var cuesMet = cueIndex?.Of(document.Tokens, sentence) ?? 0;
            for (var a = 0; a < _registrations.SentenceActions.Count; a++)
                if (_sentenceActionBits[a] == 0 || (cuesMet & _sentenceActionBits[a]) != 0)
                    _registrations.SentenceActions[a](context);
        }
        foreach (var quotation in document.Syntax.Quotations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = new QuotationContext(document, quotation, sink, cancellationToken);
            foreach (var action in _registrations.QuotationActions)
                action(context);
        }
        // A pattern rule sees every move the node actions found, as if every rule ran, one finding per move.
        var nodeFindings = _precedence.Apply(sink.Detected).Standing;
        foreach (var action in _registrations.DocumentActions)
            action(new DocumentContext(document, sink, nodeFindings, cancellationToken));

        var (standing, superseded) = _precedence.Apply(sink.ToImmutable());
        // Suppression comments beat every severity setting: what they cover is marked (Analyze leaves it out), and
        // their own problems join the result. A comment that covers a superseded finding is in use, not stale.
        var directives = SuppressionDirectives.Read(document.Syntax.Prose, _supportedIds);
        // One list of every finding of the document — standing, the engine's own, superseded — sorted once: the result
        // and the fingerprints read it in place. A dictionary of marked findings, one of fingerprinted ones and a copy
        // of each held the findings of a quote storm (700,000) three times over at the end of the run (issue 18).
        var placed = new List<Placed>(standing.Count + superseded.Count);
        foreach (var finding in standing)
            placed.Add(new(placed.Count, finding, directives.SuppressionOf(finding) is { } suppression ? finding with { Suppression = suppression } : finding, Superseded: false));
        foreach (var dropped in superseded) directives.SuppressionOf(dropped.Finding);
        var meta = new FindingSink(document.Path, document.Source, _supportedIds, _activeIds, options);
        foreach (var (descriptor, span, message) in directives.Problems())
            meta.Add(descriptor, span, [], [message], null);
        foreach (var (rule, exception) in sink.Failures)
            meta.Add(EngineDescriptors.RuleFailed, new TextSpan(0, 0), [], [FailureMessage(rule, exception)], null);
        foreach (var finding in meta.ToImmutable()) placed.Add(new(placed.Count, finding, finding, Superseded: false));
        // A superseded finding keeps its place among its rule's occurrences: the others' fingerprints do not depend on
        // whether the rule that supersedes it runs.
        foreach (var dropped in superseded) placed.Add(new(placed.Count, dropped.Finding, dropped.Finding, Superseded: true));
        // In document order (FindingSink.InDocumentOrder's), ties in the order placed: standing, the engine's, superseded.
        var ordered = CollectionsMarshal.AsSpan(placed);
        ordered.Sort(static (a, b) => InDocumentOrder(a.Final, b.Final) is var c and not 0 ? c : a.Order.CompareTo(b.Order));
        if (fingerprint)
        {
            var fingerprints = FindingFingerprint.Compute(document.Syntax, placed.ConvertAll(p => p.Final));
            for (var i = 0; i < ordered.Length; i++) ordered[i] = ordered[i] with { Final = ordered[i].Final with { Fingerprint = fingerprints[i] } };
        }
        var findings = ImmutableArray.CreateBuilder<Finding>(ordered.Length - superseded.Count);
        foreach (var p in placed)
            if (!p.Superseded) findings.Add(p.Final);
        if (superseded.Count == 0) return new AnalysisResult(findings.MoveToImmutable(), []);
        // What a superseded finding and the one that superseded it became, by the findings the rules made.
        var final = new Dictionary<Finding, Finding>(ReferenceEqualityComparer.Instance);
        foreach (var dropped in superseded) final[dropped.By] = dropped.By;
        foreach (var p in placed)
            if (p.Superseded || final.ContainsKey(p.Made)) final[p.Made] = p.Final;
        return new AnalysisResult(findings.MoveToImmutable(), [.. superseded.Select(s => new SupersededFinding(final[s.Finding], final[s.By]))]);
    }

    private static int InDocumentOrder(Finding a, Finding b) =>
        a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start)
        : a.Span.Length != b.Span.Length ? a.Span.Length.CompareTo(b.Span.Length)
        : string.CompareOrdinal(a.Id, b.Id);

    /// <param name="Order">Its place in the list before sorting, which decides between equal places.</param>
    /// <param name="Made">The finding as the rules made it.</param>
    /// <param name="Final">As it is reported: marked with its suppression, then its fingerprint.</param>
    /// <param name="Superseded">Rule precedence dropped it: it counts among fingerprints' occurrences and is not reported.</param>
    private readonly record struct Placed(int Order, Finding Made, Finding Final, bool Superseded);
}

/// <param name="Findings">The reported findings and the comment-suppressed ones (marked), in document order, with fingerprints.</param>
/// <param name="Superseded">The findings rule precedence dropped, in document order, with fingerprints.</param>
public sealed record AnalysisResult(ImmutableArray<Finding> Findings, ImmutableArray<SupersededFinding> Superseded);
