using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;

namespace Rhetlint.CodeRules;

/// <summary>
/// Compiles one rule file against Rhetlint's analyzer API. Only a cache miss reaches this class, so a cache hit never
/// loads the C# compiler.
/// </summary>
internal static class CodeRuleCompiler
{
    /// <summary>
    /// The namespaces a rule file may use without a using directive, like an SDK project's implicit usings. Part of
    /// the cache key: changing the list changes what a cached rule would compile to.
    /// </summary>
    public const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Collections.Immutable;
        global using System.Linq;
        global using Microsoft.CodeAnalysis;
        global using Microsoft.CodeAnalysis.Text;
        global using Rhetlint.Core.Analysis;
        global using Rhetlint.Core.Semantics;
        global using Rhetlint.Core.Syntax;
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    // Debug information needs every tree's encoding, this one included.
    private static readonly SyntaxTree GlobalUsingsTree =
        CSharpSyntaxTree.ParseText(SourceText.From(GlobalUsings, Encoding.UTF8), ParseOptions, "<rhetlint global usings>");

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, deterministic: true);

    // The embedded PDB gives a rule author file and line numbers when their rule throws.
    private static readonly EmitOptions EmitOptions = new(debugInformationFormat: DebugInformationFormat.Embedded);

    private static readonly ImmutableArray<MetadataReference> References = ReadReferences();

    public static CompileOutcome Compile(string path, byte[] source, string assemblyName)
    {
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(source, source.Length), ParseOptions, path);
        var compilation = CSharpCompilation.Create(assemblyName, [GlobalUsingsTree, tree], References, CompilationOptions);
        // Errors and forbidden calls are reported on the file as written; the guarded rewrite is what is emitted.
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => ToProblem(d, path, tree));
        var model = compilation.GetSemanticModel(tree);
        var forbidden = ForbiddenCalls.In(tree, model).Select(use => ToProblem(use.Location, path,
            $"a rule may not use {use.Api}: it reads the document it is given and reports, and never ends the process, starts programs or writes files"));
        var problems = errors.Concat(forbidden).OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
        if (problems.Count > 0) return new CompileOutcome(null, [.. problems]);

        var guarded = GuardInserter.Rewrite(tree, model);
        using var image = new MemoryStream();
        var result = compilation.ReplaceSyntaxTree(tree, guarded).Emit(image, options: EmitOptions);
        if (result.Success) return new CompileOutcome(image.ToArray(), []);
        // The file compiled as written, so the rewrite is at fault: a bug to report, with the compiler's words.
        var first = result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
        return new CompileOutcome(null, [new RuleLoadProblem(path, 1, 1,
            $"internal error: the rule compiles, but not with Rhetlint's stack and time guards ({first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)}); please report it with the file")]);
    }

    private static RuleLoadProblem ToProblem(Location location, string path, string message)
    {
        var start = location.GetLineSpan().StartLinePosition;
        return new RuleLoadProblem(path, start.Line + 1, start.Character + 1, message);
    }

    /// <summary>An error in the rule file at its 1-based position; one without a place in the file (a missing reference, say) at its start.</summary>
    private static RuleLoadProblem ToProblem(Diagnostic diagnostic, string path, SyntaxTree tree)
    {
        var message = $"{diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        if (diagnostic.Location.SourceTree != tree) return new RuleLoadProblem(path, 1, 1, message);
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return new RuleLoadProblem(path, start.Line + 1, start.Character + 1, message);
    }

    /// <summary>
    /// The runtime's own assemblies (the host's trusted assemblies that sit beside System.Private.CoreLib) plus the two
    /// APIs a rule is written against. The application's other dependencies are left out: a rule compiled in one host
    /// must load in any other, and only these are there in all of them.
    /// </summary>
    private static ImmutableArray<MetadataReference> ReadReferences()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return
        [
            .. trusted.Where(p => Path.GetDirectoryName(p) == frameworkDirectory)
                .Append(typeof(RhetoricAnalyzer).Assembly.Location)
                .Append(typeof(DiagnosticDescriptor).Assembly.Location)
                .Select(p => MetadataReference.CreateFromFile(p)),
        ];
    }
}
