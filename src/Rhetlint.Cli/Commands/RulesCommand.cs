using System.CommandLine;
using System.Text.Json;
using Rhetlint.Cli.Output;
using Rhetlint.Core.Analysis;
using Rhetlint.Rules;

namespace Rhetlint.Cli.Commands;

/// <summary><c>rhetlint rules [--format text|json]</c>: every rule with its id, category, default severity, state and title.</summary>
internal static class RulesCommand
{
    public static Command Create(CommandIO io)
    {
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("rules", "List every rule") { format };
        command.SetAction(result =>
        {
            var driver = BuiltInRules.CreateDriver();
            var descriptors = driver.Descriptors;
            if (result.GetValue(format) == "json")
            {
                var rules = descriptors.Select(d => new JsonRule(d.Id, d.Category, Severities.Name(d.DefaultSeverity), d.IsEnabledByDefault,
                    d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), "built-in", d.CustomTags.Contains(RuleCategories.FixableTag), d.HelpLinkUri,
                    [.. driver.Options.Where(o => o.RuleId == d.Id).Select(ToJson)])).ToList();
                io.Out.WriteLine(JsonSerializer.Serialize(rules, JsonRuleListContext.Default.ListJsonRule));
                return ExitCodes.Clean;
            }
            io.Out.WriteLine($"{"id",-8} {"category",-16} {"severity",-10} {"default",-8} title");
            foreach (var d in descriptors)
                io.Out.WriteLine($"{d.Id,-8} {d.Category,-16} {Severities.Name(d.DefaultSeverity),-10} {(d.IsEnabledByDefault ? "on" : "off"),-8} {d.Title}");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static JsonRuleOption ToJson(RuleOption option) =>
        new(option.Name, option.Key, option.Kind.ToString().ToLowerInvariant(), option.DefaultText,
            option.Kind == RuleOptionKind.Enum ? [.. option.AllowedValues] : null, option.Description);
}
