using System.CommandLine;

namespace Rhetlint.Cli.Commands;

/// <summary>
/// The opt-in for C# rule files. A rule file is a program that runs with the permissions of whoever runs Rhetlint, so
/// only that person can allow it: <c>--allow-code-rules</c> or <c>RHETLINT_ALLOW_CODE_RULES=1</c>, never a file in the
/// tree being checked (an <c>.editorconfig</c> there may come from a stranger, as a repository's git hooks may).
/// </summary>
internal static class CodeRuleTrust
{
    public const string EnvironmentVariable = "RHETLINT_ALLOW_CODE_RULES";

    public static Option<bool> CreateOption() => new("--allow-code-rules")
    {
        Description = $"Compile and run the C# rule files (*.rule.cs) of the configured packs: code that runs with your permissions (also {EnvironmentVariable}=1)",
    };

    public static bool IsGranted(bool flag, Func<string, string?> environment) =>
        flag || environment(EnvironmentVariable)?.Trim().ToLowerInvariant() is "1" or "true";
}
