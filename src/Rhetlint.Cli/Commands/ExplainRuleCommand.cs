using System.CommandLine;
using Rhetlint.Core.Config;
using Rhetlint.Rules;

namespace Rhetlint.Cli.Commands;

/// <summary>
/// <c>rhetlint explain-rule ID [FILE]</c>: prints the rule's documentation page (what it does, why, examples, fixes). A
/// pack rule's page is written from its file; the packs are those configured for FILE (default: a Markdown draft in
/// the working directory).
/// </summary>
internal static class ExplainRuleCommand
{
    public static Command Create(CommandIO io)
    {
        var id = new Argument<string>("id") { Description = "A rule id, such as RH3002 (`rhetlint rules` lists them)" };
        var file = new Argument<string?>("file")
        {
            Description = "Look up pack rules in the packs configured for this draft (default: a Markdown draft in the working directory)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("explain-rule", "Show a rule's documentation") { id, file };
        command.SetAction(result =>
        {
            var ruleId = result.GetValue(id)!.Trim().ToUpperInvariant();
            if ((BuiltInRules.Documentation(ruleId) ?? PackDocumentation(ruleId, result.GetValue(file))) is not { } page)
            {
                io.ErrorLine($"rhetlint: unknown rule id '{ruleId}'; `rhetlint rules` lists the ids");
                return ExitCodes.UsageOrInput;
            }
            io.Out.Write(page);
            return ExitCodes.Clean;
        });
        return command;
    }

    private static string? PackDocumentation(string id, string? draft)
    {
        try
        {
            var options = new EditorConfigResolver().Resolve(RulesCommand.DraftOrDefault(draft));
            return new RuleSets([]).PacksFor(options).Select(p => p.Documentation(id)).FirstOrDefault(page => page is not null);
        }
        catch (ConfigException)
        {
            return null;
        }
    }
}
