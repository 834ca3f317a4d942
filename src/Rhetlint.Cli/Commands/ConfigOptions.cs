using System.CommandLine;
using System.CommandLine.Parsing;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Config;
using Rhetlint.Rules;

namespace Rhetlint.Cli.Commands;

/// <summary>
/// The options that decide a document's settings, shared by the commands that run the rules: <c>--profile</c>,
/// <c>--config PATH</c> (one .editorconfig instead of the search upward), <c>--allow-code-rules</c> (where pack rules run), and Ruff-style <c>--select</c> /
/// <c>--ignore</c> with id prefixes ("RH2", "RH3001"). Command-line settings beat the files.
/// </summary>
internal sealed class ConfigOptions
{
    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "Genre profile (default: rhetlint.profile in .editorconfig, else news): news raises some superlative and sourcing rules, opinion lowers threat-inflation and superlative rules",
    };

    public Option<string?> Config { get; } = new("--config")
    {
        Description = "Read settings from this .editorconfig file only, instead of the ones above each draft",
    };

    public Option<string[]> Select { get; } = IdPrefixes("--select", "Report only these rules (ids or prefixes, comma-separated: RH2,RH3001,HG)");

    public Option<string[]> Ignore { get; } = IdPrefixes("--ignore", "Do not report these rules (ids or prefixes, comma-separated)");

    public Option<bool> AllowCodeRules { get; } = CodeRuleTrust.CreateOption();

    public ConfigOptions() => Profile.AcceptOnlyFromAmong([.. GenreProfile.Names]);

    /// <summary>The options every such command takes; <see cref="AllowCodeRules"/> only where pack rules run (not <c>explain</c>, which runs the built-in ones).</summary>
    public IEnumerable<Option> All => [Profile, Config, Select, Ignore];

    /// <summary>The settings for a document, by path.</summary>
    /// <exception cref="ConfigException">The --config file cannot be read.</exception>
    public Func<string, DocumentOptions> Source(ParseResult result, CommandIO io)
    {
        var allowCodeRules = CodeRuleTrust.IsGranted(result.GetValue(AllowCodeRules), io.Environment);
        var resolver = result.GetValue(Config) is { } path ? new EditorConfigResolver(path) : new EditorConfigResolver();
        _resolver = resolver;
        var profile = result.GetValue(Profile) is { } name ? GenreProfile.Named(name) : null;
        var select = Split(result.GetValue(Select));
        var ignore = Split(result.GetValue(Ignore));
        return path =>
        {
            var options = resolver.Resolve(path);
            return options with
            {
                Profile = profile ?? options.Profile,
                Selected = [.. select],
                Ignored = [.. ignore],
                AllowCodeRules = allowCodeRules,
            };
        };
    }

    private EditorConfigResolver? _resolver;

    /// <summary>
    /// Each .editorconfig the run read that has Rhetlint keys outside any section, once, as a line for standard error:
    /// printed after the run, where a line cannot break the progress line or the report.
    /// </summary>
    public void WriteWarnings(CommandIO io)
    {
        foreach (var warning in _resolver?.Warnings ?? []) io.ErrorLine($"rhetlint: {warning}");
    }

    /// <summary>The settings source, or false after telling the user why there is none (a --config file that cannot be read).</summary>
    public bool TrySource(ParseResult result, CommandIO io, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Func<string, DocumentOptions>? settings)
    {
        try
        {
            settings = Source(result, io);
            return true;
        }
        catch (ConfigException e)
        {
            io.ErrorLine($"rhetlint: {e.Message}");
            settings = null;
            return false;
        }
    }

    /// <summary>
    /// The first <c>--select</c> or <c>--ignore</c> prefix that matches none of <paramref name="knownIds"/> (the rules
    /// the run loaded, packs included), as an error line; null when every prefix matched. A prefix that matches
    /// nothing is a typo: <c>--select</c> would turn every rule off without a word, as Ruff refuses to.
    /// </summary>
    public string? UnmatchedPrefix(ParseResult result, IReadOnlySet<string> knownIds)
    {
        foreach (var (option, name) in new[] { (Select, "--select"), (Ignore, "--ignore") })
            foreach (var prefix in Split(result.GetValue(option)))
                if (!knownIds.Any(id => id.StartsWith(prefix, StringComparison.Ordinal)))
                    return $"rhetlint: {name} {prefix}: no rule id starts with it, built in or in the packs the drafts' configuration names; `rhetlint rules` lists the ids";
        return null;
    }

    private static Option<string[]> IdPrefixes(string name, string description)
    {
        var option = new Option<string[]>(name) { Description = description };
        option.Validators.Add(result =>
        {
            // Pack rules (HG101) are known only once each draft's configuration is read; built-in ids are checked here.
            foreach (var prefix in Split(result.GetValueOrDefault<string[]>()).Where(p => p.StartsWith("RH", StringComparison.Ordinal)))
                if (!BuiltInRules.Ids.Any(id => id.StartsWith(prefix, StringComparison.Ordinal)))
                    result.AddError($"{name} {prefix}: no rule id starts with it; `rhetlint rules` lists the ids");
        });
        return option;
    }

    private static string[] Split(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
