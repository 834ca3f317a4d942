using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rhetlint.CodeRules;

/// <summary>
/// APIs a rule has no business with, refused when the file compiles: ending the process (which no handler can catch:
/// a CI run would end with exit 0 and no report), starting programs, and writing or deleting files. A rule reads the
/// document it is given and reports. This catches mistakes, not malice (reflection gets past any list): trust is the
/// opt-in, and <c>docs/code-rules.md</c> says so.
/// </summary>
internal static class ForbiddenCalls
{
    private static readonly ImmutableHashSet<string> Types =
    [
        "System.Diagnostics.Process", "System.IO.File", "System.IO.FileInfo", "System.IO.Directory", "System.IO.DirectoryInfo",
        "System.IO.FileStream", "System.IO.StreamWriter", "System.IO.FileSystemInfo",
    ];

    private static readonly ImmutableHashSet<string> EnvironmentMethods = ["Exit", "FailFast"];

    /// <summary>Each use of a forbidden API, once per line: where it is and what it is.</summary>
    public static IEnumerable<(Location Location, string Api)> In(SyntaxTree tree, SemanticModel model)
    {
        var lines = new HashSet<int>();
        foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
        {
            if (Describe(model.GetSymbolInfo(name).Symbol) is not { } api) continue;
            if (lines.Add(name.GetLocation().GetLineSpan().StartLinePosition.Line)) yield return (name.GetLocation(), api);
        }
    }

    private static string? Describe(ISymbol? symbol)
    {
        switch (symbol)
        {
            case null:
                return null;
            case INamedTypeSymbol type when Types.Contains(type.OriginalDefinition.ToDisplayString()):
                return type.ToDisplayString();
            case IMethodSymbol method when method.ContainingType?.ToDisplayString() == "System.Environment" && EnvironmentMethods.Contains(method.Name):
                return "System.Environment." + method.Name;
            default:
                return symbol.ContainingType is { } containing && Types.Contains(containing.OriginalDefinition.ToDisplayString())
                    ? $"{containing.ToDisplayString()}.{symbol.Name}"
                    : null;
        }
    }
}
