namespace Rhetlint.Core.Config;

/// <summary>
/// Something wrong in a user's rule source (a YAML pack or a C# rule file): where it is, 1-based, and what. The run
/// goes on without the broken rule; the CLI prints these MSBuild-style and exits non-zero.
/// </summary>
public sealed record RuleLoadProblem(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Path}({Line},{Column}): error: {Message}";
}
