using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;

namespace Rhetlint.Packs;

/// <summary>
/// A loaded pack: its name, the analyzers of the rules that loaded, the C# rule files it holds (compiled only
/// where configuration trusts them), and every problem found on the way, each with file, line and column.
/// </summary>
/// <param name="Location">The pack folder, or <c>rules/packs/NAME</c> for a pack bundled with Rhetlint.</param>
/// <param name="ContentHash">A hash of every file the pack holds (rule files and C# rule files): a result cache keyed by it notices an edited rule.</param>
public sealed record RulePack(
    string Name,
    string? Description,
    string Location,
    ImmutableArray<RhetoricAnalyzer> Analyzers,
    ImmutableArray<string> CodeRuleFiles,
    ImmutableArray<RuleLoadProblem> Problems,
    string ContentHash)
{
    internal IEnumerable<PackRule> Rules => Analyzers.OfType<PackRuleAnalyzer>().Select(a => a.Rule);

    /// <summary>A documentation page for one of the pack's rules, written from its file (for <c>explain-rule</c>), or null.</summary>
    public string? Documentation(string id) => Rules.FirstOrDefault(r => r.Id.Equals(id, StringComparison.OrdinalIgnoreCase)) is { } rule
        ? PackRuleDocumentation.Write(rule, this)
        : null;

    /// <summary>Runs every rule's inline examples (what <c>rhetlint test-pack</c> and the bundled packs' tests do).</summary>
    public ImmutableArray<ExampleResult> RunExamples() => [.. Rules.SelectMany(PackExampleRunner.Run)];
}

/// <summary>The outcome of one inline example; <paramref name="Failure"/> says what went wrong, null when it passed.</summary>
public sealed record ExampleResult(string RuleId, string Path, int Line, int Column, string Kind, string Text, string? Failure)
{
    public bool Passed => Failure is null;
}
