using System.CommandLine;
using Rhetlint.Rules;

namespace Rhetlint.Cli.Commands;

/// <summary><c>rhetlint explain-rule ID</c>: prints the rule's documentation page (what it does, why, examples, fixes).</summary>
internal static class ExplainRuleCommand
{
    public static Command Create(CommandIO io)
    {
        var id = new Argument<string>("id") { Description = "A rule id, such as RH3002 (`rhetlint rules` lists them)" };
        var command = new Command("explain-rule", "Show a rule's documentation") { id };
        command.SetAction(result =>
        {
            var ruleId = result.GetValue(id)!.Trim().ToUpperInvariant();
            if (BuiltInRules.Documentation(ruleId) is not { } page)
            {
                io.Error.WriteLine($"rhetlint: unknown rule id '{ruleId}'; `rhetlint rules` lists the ids");
                return ExitCodes.UsageOrInput;
            }
            io.Out.Write(page);
            return ExitCodes.Clean;
        });
        return command;
    }
}
