using System.CommandLine;
using Rhetlint.Rules;

namespace Rhetlint.Cli.Commands;

/// <summary><c>rhetlint rules</c>: every rule with its id, category, default severity and title.</summary>
internal static class RulesCommand
{
    public static Command Create(CommandIO io)
    {
        var command = new Command("rules", "List every rule");
        command.SetAction(_ =>
        {
            io.Out.WriteLine($"{"id",-8} {"category",-16} {"severity",-10} {"default",-8} title");
            foreach (var d in BuiltInRules.CreateDriver().Descriptors)
                io.Out.WriteLine($"{d.Id,-8} {d.Category,-16} {Severities.Name(d.DefaultSeverity),-10} {(d.IsEnabledByDefault ? "on" : "off"),-8} {d.Title}");
            return ExitCodes.Clean;
        });
        return command;
    }
}
