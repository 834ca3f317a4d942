using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Config;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Analysis;

/// <summary>What every callback receives: the document model, cancellation and a way to report.</summary>
public abstract class NodeContext
{
    private readonly FindingSink _sink;

    private protected NodeContext(DocumentModel document, FindingSink sink, CancellationToken cancellationToken)
    {
        Document = document;
        _sink = sink;
        CancellationToken = cancellationToken;
    }

    public DocumentModel Document { get; }
    public CancellationToken CancellationToken { get; }

    internal FindingSink Sink => _sink;

    /// <summary>The genre the run checks for. The sink applies its severity shifts; a rule asks it only for a genre-specific judgement (RH3009's bare source in news).</summary>
    public GenreProfile Profile => _sink.Profile;

    /// <summary>The rule options configured for this document: <c>context.Options.Get(MyOption)</c> is the value, or the default.</summary>
    public RuleOptionValues Options => _sink.RuleOptions;

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, ImmutableArray<Rewrite> rewrites, params object?[] messageArgs) =>
        _sink.Add(descriptor, span, rewrites, messageArgs, null);

    /// <summary>
    /// The evidence that bears on <paramref name="claim"/>, in the window <paramref name="rule"/> declares in its
    /// descriptor (<see cref="EvidenceWindows"/>). No rule computes its own window or grade.
    /// </summary>
    public ClaimEvidence EvidenceFor(DiagnosticDescriptor rule, Claim claim) => EvidenceFor(rule, claim, EvidenceWindows.Of(rule));

    /// <summary>The evidence for <paramref name="claim"/> in a window the user configured instead of the declared one (RH2001's <c>evidence_window</c>).</summary>
    public ClaimEvidence EvidenceFor(DiagnosticDescriptor rule, Claim claim, EvidenceWindow window)
    {
        var evidence = Document.EvidenceFor(claim, window);
        _sink.Weighed?.Add(new WeighedClaim(rule.Id, evidence));
        return evidence;
    }

    /// <summary>Reports with a severity other than the descriptor's default (a hedge lowering a finding, say).</summary>
    public void Report(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, TextSpan span, ImmutableArray<Rewrite> rewrites, params object?[] messageArgs) =>
        _sink.Add(descriptor, span, rewrites, messageArgs, severity);
}

public sealed class SentenceContext : NodeContext
{
    internal SentenceContext(DocumentModel document, Sentence sentence, FindingSink sink, CancellationToken ct) : base(document, sink, ct) => Sentence = sentence;

    public Sentence Sentence { get; }
}

public sealed class QuotationContext : NodeContext
{
    internal QuotationContext(DocumentModel document, Quotation quotation, FindingSink sink, CancellationToken ct) : base(document, sink, ct) => Quotation = quotation;

    public Quotation Quotation { get; }
}

public sealed class ParagraphContext : NodeContext
{
    internal ParagraphContext(DocumentModel document, Paragraph paragraph, FindingSink sink, CancellationToken ct) : base(document, sink, ct) => Paragraph = paragraph;

    public Paragraph Paragraph { get; }
}

public sealed class DocumentContext : NodeContext
{
    internal DocumentContext(DocumentModel document, FindingSink sink, IReadOnlyList<Finding> nodeFindings, CancellationToken ct) : base(document, sink, ct) =>
        NodeFindings = nodeFindings;

    /// <summary>
    /// What the paragraph, sentence and quotation actions found, in report order. Document actions run after all of
    /// them, so a pattern rule (RH1013: several threat-inflation moves in one paragraph) sees every finding it builds
    /// on. It sees them whatever configuration says — a rule turned off or selected away still contributes, with the
    /// severity it asked for — so that the pattern does not depend on which rules are shown; of two findings of one
    /// move, only the one <see cref="RulePrecedence"/> keeps is here.
    /// </summary>
    public IReadOnlyList<Finding> NodeFindings { get; }
}
