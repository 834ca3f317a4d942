using System.CommandLine;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Rhetlint.Cli.Output;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;

namespace Rhetlint.Cli.Commands;


/// <summary>
/// <c>rhetlint rules [FILE] [--format text|json]</c> with the configuration options of <c>check</c>: every rule with its
/// id, category, the severity it has on FILE (after the .editorconfig sections, the profile, the packs and the
/// command line), its default, its pack and title: the built-in rules and the packs the .editorconfig files configure
/// for FILE (without FILE: for a Markdown draft in the working directory).
/// </summary>
internal static class RulesCommand
{
    private const string BuiltIn = "built-in";

    /// <summary>What the severity columns say for a rule that reports nothing.</summary>
    private const string Off = "off";

    /// <summary>The draft whose configuration decides which packs run: the one named, else a Markdown draft in the working directory.</summary>
    internal static string DraftOrDefault(string? draft) => draft ?? Path.Combine(Directory.GetCurrentDirectory(), "draft.md");

    public static Command Create(CommandIO io)
    {
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var file = new Argument<string?>("file")
        {
            Description = "List the rules that run on this draft, its packs included, with the severity its settings give each (default: a Markdown draft in the working directory)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var enable = EnableOption.Create();
        var color = ColorOption.Create();
        var config = new ConfigOptions();
        var command = new Command("rules", "List every rule, with its severity on a draft") { file, format, enable, color };
        foreach (var option in config.All) command.Options.Add(option);
        command.Options.Add(config.AllowCodeRules);
        command.SetAction(result =>
        {
            var exitCode = Run(io, DraftOrDefault(result.GetValue(file)), result.GetValue(format)!, result.GetValue(enable) ?? [],
                TerminalStyle.For(result.GetValue(color)!, io), result, config);
            config.WriteWarnings(io);
            return exitCode;
        });
        return command;
    }

    private static int Run(CommandIO io, string draft, string format, string[] enable, Palette palette, ParseResult result, ConfigOptions config)
    {
        DocumentOptions options;
        try
        {
            // The settings check resolves for this draft: the same resolver, profile, --select and --ignore.
            options = config.Source(result, io)(draft);
        }
        catch (ConfigException e)
        {
            io.ErrorLine($"rhetlint: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
        var rules = new RuleSets(enable);
        var packOf = rules.PacksFor(options)
            .SelectMany(p => p.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => (d.Id, p.Name)))
            .ToDictionary(x => x.Id, x => x.Name, StringComparer.Ordinal);
        var driver = rules.For(options).Driver;
        foreach (var problem in rules.Problems) io.Error.WriteLine(problem);
        if (config.UnmatchedPrefix(result, rules.KnownIds) is { } unmatched)
        {
            io.Error.WriteLine(unmatched);
            return ExitCodes.UsageOrInput;
        }
        var onDraft = driver.Descriptors.ToDictionary(d => d.Id, d => driver.EffectiveSeverity(d, options), StringComparer.Ordinal);
        string OnDraft(DiagnosticDescriptor d) => onDraft[d.Id] is { } severity ? Severities.Name(severity) : Off;
        if (format == "json")
        {
            var list = driver.Descriptors.Select(d => new JsonRule(d.Id, d.Category, Severities.Name(d.DefaultSeverity), d.IsEnabledByDefault, OnDraft(d),
                d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), packOf.GetValueOrDefault(d.Id, BuiltIn),
                d.CustomTags.Contains(RuleCategories.FixableTag), string.IsNullOrEmpty(d.HelpLinkUri) ? null : d.HelpLinkUri,
                [.. driver.Options.Where(o => o.RuleId == d.Id).Select(ToJson)])).ToList();
            io.Out.WriteLine(JsonSerializer.Serialize(list, JsonRuleListContext.Default.ListJsonRule));
        }
        else
        {
            io.Out.WriteLine($"{"id",-8} {"category",-16} {"severity",-10} {"default",-10} {"pack",-12} title");
            foreach (var d in driver.Descriptors)
            {
                var byDefault = d.IsEnabledByDefault ? Severities.Name(d.DefaultSeverity) : Off;
                // Padded by the plain word's length: the colour's escape sequences take no columns on a terminal.
                var severity = onDraft[d.Id] is { } effective ? palette.Severity(effective, Severities.Name(effective)) : Off;
                var padding = new string(' ', 10 - OnDraft(d).Length);
                // A pack's ids, titles and names are a stranger's text: escaped, as check escapes a draft's.
                io.Out.WriteLine($"{palette.RuleId(TerminalText.Escape(d.Id).PadRight(8))} {d.Category,-16} {severity}{padding} {byDefault,-10} "
                    + TerminalText.Escape($"{packOf.GetValueOrDefault(d.Id, BuiltIn),-12} {d.Title}"));
            }
        }
        return rules.Problems.IsEmpty ? ExitCodes.Clean : ExitCodes.UsageOrInput;
    }

    private static JsonRuleOption ToJson(RuleOption option) =>
        new(option.Name, option.Key, option.Kind.ToString().ToLowerInvariant(), option.DefaultText,
            option.Kind == RuleOptionKind.Enum ? [.. option.AllowedValues] : null, option.Description);
}
