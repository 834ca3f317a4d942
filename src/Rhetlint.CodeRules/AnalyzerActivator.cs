using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;

namespace Rhetlint.CodeRules;

/// <summary>
/// Creates the analyzers a compiled rule file declares and checks them before the driver sees them: every public,
/// non-abstract <see cref="RhetoricAnalyzer"/> subclass is created, its descriptor ids checked and it is initialized
/// once, so a rule that throws or claims a built-in id is a load problem, not a crash in the middle of a check.
/// </summary>
internal static class AnalyzerActivator
{
    public static (ImmutableArray<RhetoricAnalyzer> Analyzers, ImmutableArray<RuleLoadProblem> Problems) Instantiate(Assembly assembly, string path)
    {
        var analyzers = ImmutableArray.CreateBuilder<RhetoricAnalyzer>();
        var problems = ImmutableArray.CreateBuilder<RuleLoadProblem>();
        var types = assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.IsSubclassOf(typeof(RhetoricAnalyzer)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        if (types.Count == 0)
            problems.Add(new RuleLoadProblem(path, 1, 1, "no analyzer: declare a public, non-abstract class that derives from RhetoricAnalyzer"));
        foreach (var type in types)
        {
            if (TryCreate(type, out var analyzer, out var problem)) analyzers.Add(analyzer);
            else problems.Add(new RuleLoadProblem(path, 1, 1, $"{type.Name}: {problem}"));
        }
        return (analyzers.ToImmutable(), problems.ToImmutable());
    }

    private static bool TryCreate(Type type, [NotNullWhen(true)] out RhetoricAnalyzer? analyzer, [NotNullWhen(false)] out string? problem)
    {
        analyzer = null;
        problem = null;
        if (type.GetConstructor(Type.EmptyTypes) is not { } constructor)
        {
            problem = "needs a public parameterless constructor";
            return false;
        }
        var stage = "its constructor";
        // A rule is someone else's code: whatever it throws, the file gets a problem and the run goes on; its
        // guards (RuleGuard) stop a constructor that loops or recurses without end.
        try
        {
            using var timing = RuleGuard.Start();
            var created = (RhetoricAnalyzer)constructor.Invoke(null);
            stage = nameof(RhetoricAnalyzer.SupportedDiagnostics);
            problem = created.SupportedDiagnostics.Select(d => IdProblem(d.Id)).FirstOrDefault(p => p is not null);
            if (problem is not null) return false;
            stage = nameof(RhetoricAnalyzer.Initialize);
            created.Initialize(new AnalysisContext());
            analyzer = created;
            return true;
        }
        catch (Exception e)
        {
            var thrown = e;
            while (thrown is TargetInvocationException or TypeInitializationException && thrown.InnerException is { } inner) thrown = inner;
            problem = $"{stage} threw {thrown.GetType().Name}: {thrown.Message}";
            return false;
        }
    }

    private static string? IdProblem(string id)
    {
        // Prefix selection (--select RH3) and the built-in documentation own every id that starts with RH.
        if (id.StartsWith("RH", StringComparison.OrdinalIgnoreCase)) return $"rule id '{id}' is reserved for built-in rules; use your own prefix, such as HOUSE101";
        var letters = 0;
        while (letters < id.Length && char.IsAsciiLetter(id[letters])) letters++;
        var wellFormed = letters > 0 && letters < id.Length && !id.AsSpan(letters).ContainsAnyExceptInRange('0', '9');
        return wellFormed ? null : $"rule id '{id}' must be letters followed by digits, such as HOUSE101";
    }
}
