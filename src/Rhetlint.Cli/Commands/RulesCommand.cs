using System.CommandLine;
using System.Text.Json;
using Rhetlint.Cli.Output;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;

namespace Rhetlint.Cli.Commands;


/// <summary>
/// <c>rhetlint rules [FILE] [--format text|json]</c>: every rule with its id, category, default severity, state, title
/// and pack: the built-in rules and the packs the .editorconfig files configure for FILE (without FILE: for a Markdown
/// draft in the working directory).
/// </summary>
internal static class RulesCommand
{
    private const string BuiltIn = "built-in";

    /// <summary>The draft whose configuration decides which packs run: the one named, else a Markdown draft in the working directory.</summary>
    internal static string DraftOrDefault(string? draft) => draft ?? Path.Combine(Directory.GetCurrentDirectory(), "draft.md");

    public static Command Create(CommandIO io)
    {
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var file = new Argument<string?>("file")
        {
            Description = "List the rules that run on this draft, its packs included (default: a Markdown draft in the working directory)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var allowCodeRules = CodeRuleTrust.CreateOption();
        var command = new Command("rules", "List every rule") { file, format, allowCodeRules };
        command.SetAction(result =>
        {
            DocumentOptions options;
            try
            {
                options = new EditorConfigResolver().Resolve(DraftOrDefault(result.GetValue(file)))
                    with { AllowCodeRules = CodeRuleTrust.IsGranted(result.GetValue(allowCodeRules), io.Environment) };
            }
            catch (ConfigException e)
            {
                io.ErrorLine($"rhetlint: {e.Message}");
                return ExitCodes.UsageOrInput;
            }
            var rules = new RuleSets([]);
            var packOf = rules.PacksFor(options)
                .SelectMany(p => p.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => (d.Id, p.Name)))
                .ToDictionary(x => x.Id, x => x.Name, StringComparer.Ordinal);
            var driver = rules.For(options).Driver;
            var descriptors = driver.Descriptors;
            foreach (var problem in rules.Problems) io.Error.WriteLine(problem);
            if (result.GetValue(format) == "json")
            {
                var list = descriptors.Select(d => new JsonRule(d.Id, d.Category, Severities.Name(d.DefaultSeverity), d.IsEnabledByDefault,
                    d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), packOf.GetValueOrDefault(d.Id, BuiltIn),
                    d.CustomTags.Contains(RuleCategories.FixableTag), string.IsNullOrEmpty(d.HelpLinkUri) ? null : d.HelpLinkUri,
                    [.. driver.Options.Where(o => o.RuleId == d.Id).Select(ToJson)])).ToList();
                io.Out.WriteLine(JsonSerializer.Serialize(list, JsonRuleListContext.Default.ListJsonRule));
            }
            else
            {
                io.Out.WriteLine($"{"id",-8} {"category",-16} {"severity",-10} {"default",-8} {"pack",-12} title");
                foreach (var d in descriptors)
                    io.Out.WriteLine($"{d.Id,-8} {d.Category,-16} {Severities.Name(d.DefaultSeverity),-10} {(d.IsEnabledByDefault ? "on" : "off"),-8} {packOf.GetValueOrDefault(d.Id, BuiltIn),-12} {d.Title}");
            }
            return rules.Problems.IsEmpty ? ExitCodes.Clean : ExitCodes.UsageOrInput;
        });
        return command;
    }

    private static JsonRuleOption ToJson(RuleOption option) =>
        new(option.Name, option.Key, option.Kind.ToString().ToLowerInvariant(), option.DefaultText,
            option.Kind == RuleOptionKind.Enum ? [.. option.AllowedValues] : null, option.Description);
}
