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

    public abstract void Initialize(AnalysisContext context);
}
