using System.CommandLine;
using Rhetlint.Rules;

namespace Rhetlint.Cli.Commands;

/// <summary><c>--enable ID</c>: turns on a rule that is off by default; shared by the commands that run the rules.</summary>
internal static class EnableOption
{
    public static Option<string[]> Create()
    {
        var enable = new Option<string[]>("--enable")
        {
            Description = "Also report a rule that is off by default (repeatable; `rhetlint rules` lists them)",
            AllowMultipleArgumentsPerToken = true,
        };
        enable.Validators.Add(result =>
        {
            // A pack rule's id is known only once the configuration is read: only built-in ids are checked here.
            foreach (var id in (result.GetValueOrDefault<string[]>() ?? []).Where(id => id.StartsWith("RH", StringComparison.Ordinal)))
                if (!BuiltInRules.Ids.Contains(id)) result.AddError($"unknown rule id '{id}' for --enable; `rhetlint rules` lists the ids");
        });
        return enable;
    }
}
