using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// A rule, shaped like Roslyn's DiagnosticAnalyzer: it declares its descriptors and registers narrow
/// callbacks on the document model. Analyzers are stateless and may run concurrently on different documents.
/// </summary>
public abstract class RhetoricAnalyzer
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>The options the rule reads (<c>rhetlint.&lt;id&gt;.&lt;name&gt;</c>), each for one of its descriptors' ids. Configuring another name for the rule is an error.</summary>
    public virtual ImmutableArray<RuleOption> SupportedOptions => [];

    /// <summary>The rule's documentation, from which its page is generated; null for a rule without one (a pack rule's page is written from its file).</summary>
    public virtual RuleDocumentation? Documentation => null;

    public abstract void Initialize(AnalysisContext context);
}
