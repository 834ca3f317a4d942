using System.CommandLine;
using System.CommandLine.Parsing;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli;

/// <summary>
/// Options and commands the CLI does not have, found before anything runs: a mistyped flag must be a usage error
/// (exit 2), not a file to look for, and a mistyped command gets the nearest one suggested, as git and Ruff do.
/// </summary>
internal static class UnknownTokens
{
    /// <summary>
    /// "unknown option '--formt' for 'check'; did you mean '--format'?" for the first token the parser could not
    /// place, or took as a path though it looks like an option (before any <c>--</c>, which ends the options, so
    /// <c>check -- -draft.md</c> still names a file); null when there is none.
    /// </summary>
    public static string? FirstProblem(ParseResult parse, string[] args)
    {
        var command = parse.CommandResult.Command;
        if (!command.TreatUnmatchedTokensAsErrors) return null;
        var endOfOptions = Array.IndexOf(args, "--");
        var looksLikeOption = parse.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .FirstOrDefault(v => v.Length > 1 && v[0] == '-' && (endOfOptions < 0 || Array.IndexOf(args, v) < endOfOptions));
        var token = parse.UnmatchedTokens.FirstOrDefault() ?? looksLikeOption;
        return token is null ? null : Describe(token, command);
    }

    /// <summary>"rhetlint check", the command whose --help the user should read.</summary>
    public static string CommandLine(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result.Parent is CommandResult parent; result = parent) names.Insert(0, result.Command.Name);
        return string.Join(" ", names.Prepend("rhetlint"));
    }

    private static string Describe(string token, Command command)
    {
        var where = command is RootCommand ? "" : $" for '{command.Name}'";
        if (token.StartsWith('-'))
        {
            var prefix = token.StartsWith("--", StringComparison.Ordinal) ? "--" : "-";
            var options = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
                .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && (prefix == "--" || !n.StartsWith("--", StringComparison.Ordinal)));
            return $"unknown option '{token}'{where}{Suggestion(token, options)}";
        }
        if (command.Subcommands.Count > 0)
            return $"unknown command '{token}'{where}{Suggestion(token, command.Subcommands.Select(c => c.Name))}";
        return $"unexpected argument '{token}'{where}";
    }

    /// <summary>"; did you mean 'X'?" for the nearest name within a third of the token's length (at least 1 edit, at most 3).</summary>
    private static string Suggestion(string token, IEnumerable<string> names)
    {
        var allowed = Math.Clamp(token.Length / 3, 1, 3);
        var nearest = names.Distinct(StringComparer.Ordinal)
            .Select(n => (Name: n, Distance: EditDistance.Between(token, n)))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return nearest.Name is null ? "" : $"; did you mean '{nearest.Name}'?";
    }
}
