using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Config;

/// <summary>
/// Reads Rhetlint's settings from the <c>.editorconfig</c> files above a document, with Roslyn's own
/// <see cref="AnalyzerConfig"/> and <see cref="AnalyzerConfigSet"/>, so glob sections (<c>[opinion/**.md]</c>) and the
/// nearer-file-wins rule behave exactly as they do for C# analyzers. Keys:
/// <list type="bullet">
/// <item><c>rhetlint_diagnostic.RH2001.severity</c> (or <c>dotnet_diagnostic.RH2001.severity</c>) =
/// error | warning | suggestion | silent | none</item>
/// <item><c>rhetlint_analyzer_diagnostic.category-Superlatives.severity</c> (or the <c>dotnet_</c> form)</item>
/// <item><c>rhetlint.profile</c> = news | opinion</item>
/// <item><c>rhetlint.page_furniture</c> = skip | check (bylines, polls, captions and link lines left out, or analyzed)</item>
/// <item><c>rhetlint.html.include</c>, <c>rhetlint.html.exclude</c> = CSS selector lists: the elements of an HTML page read
/// instead of its article, and those masked as well as its furniture</item>
/// <item><c>rhetlint.packs</c> = a comma-separated list of pack folders (relative to the file that sets it) or bundled pack names</item>
/// <item><c>rhetlint.allow_code_rules</c> = true | false: the opt-in to C# rule files of earlier versions; it allows
/// nothing now (a checked folder must not trust its own code), and is read only so the run can say what to use instead</item>
/// <item><c>rhetlint.&lt;rule id&gt;.&lt;option&gt;</c> = a rule option, checked by the driver against the options the rule declares</item>
/// <item><c>rhetlint.actors</c>, <c>rhetlint.outlets</c>, <c>rhetlint.vocabulary</c> = comma-separated lists of files (relative to the
/// file that sets them) of extra actors, outlet names and accepted terms</item>
/// </list>
/// The search stops at a file that says <c>root = true</c>. Parsed files are cached per directory for the run.
/// </summary>
public sealed partial class EditorConfigResolver
{
    private const string FileName = ".editorconfig";
    private readonly ConcurrentDictionary<string, ImmutableArray<ConfigFile>> _chains = new(StringComparer.Ordinal);
    private readonly ConfigFile? _explicit;
    private readonly string? _explicitText;

    /// <summary>A parsed .editorconfig, where it lives (Roslyn keeps the path to itself), and what is wrong with it that is not an error.</summary>
    private sealed record ConfigFile(AnalyzerConfig Config, string Path, bool IsRoot, string? Warning);

    /// <summary>
    /// One line per .editorconfig read so far that has Rhetlint keys before its first <c>[glob]</c> header, naming the
    /// file and the line of the first: keys there apply to no file, so a setting appended to a file without sections
    /// (<c>echo 'rhetlint.packs = house' &gt;&gt; .editorconfig</c>) would otherwise be ignored without a word.
    /// </summary>
    public ImmutableArray<string> Warnings =>
        [.. _chains.Values.SelectMany(chain => chain).Select(file => file.Warning).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    public EditorConfigResolver()
    {
    }

    /// <summary>
    /// Reads only <paramref name="configPath"/> for every document (<c>--config PATH</c>) instead of searching upward.
    /// Wherever the file lives, its sections match paths relative to the working directory, or to the document's
    /// own folder when the document lies outside it.
    /// </summary>
    /// <exception cref="ConfigException">The file cannot be read.</exception>
    public EditorConfigResolver(string configPath)
    {
        if (Directory.Exists(configPath)) throw new ConfigException($"{configPath}: a folder; --config takes a file in .editorconfig format");
        if (!File.Exists(configPath)) throw new ConfigException($"{configPath}: no such file");
        _explicit = Load(Path.GetFullPath(configPath));
        _explicitText = File.ReadAllText(_explicit.Path);
    }


    /// <summary>The settings for the document at <paramref name="path"/> (a file that need not exist: standard input resolves from the working directory).</summary>
    /// <exception cref="ConfigException">A setting has a value Rhetlint cannot use.</exception>
    public DocumentOptions Resolve(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var chain = ChainOf(fullPath);
        if (chain.IsEmpty) return DocumentOptions.Default;
        var result = AnalyzerConfigSet.Create(chain.Select(f => f.Config).ToImmutableArray()).GetOptionsForSourcePath(fullPath);
        if (result.AnalyzerOptions.Keys.FirstOrDefault(key => key.Equals(ExcludeKey, StringComparison.OrdinalIgnoreCase)) is { } misplaced)
            throw new ConfigException($"{SourceOf(chain, fullPath, misplaced)}: '{misplaced}' belongs in the root section, before any [glob] header: "
                + "it decides which files a walk reads, not how a file is checked");
        if (result.AnalyzerOptions.Keys.Where(IsOwnKey).FirstOrDefault(key => !IsKnownKey(key)) is { } unknown)
            throw new ConfigException($"{SourceOf(chain, fullPath, unknown)}: unknown setting '{unknown}' (Rhetlint's settings: {string.Join(", ", FixedKeys)}, "
                + "rhetlint.<rule id>.<option>, rhetlint_diagnostic.<rule id>.severity, rhetlint_analyzer_diagnostic.category-<category>.severity)");
        return Read(result) with
        {
            Packs = PathList(chain, fullPath, PacksKey, keepBareNames: true),
            CodeRulesRequested = result.AnalyzerOptions.TryGetValue(AllowCodeRulesKey, out var allow) && ParseBool(AllowCodeRulesKey, allow),
            RuleOptions = RuleOptionsOf(result),
            Lexicons = LexiconsFor(chain, fullPath),
            LexiconFiles = [.. PathList(chain, fullPath, ActorsKey, keepBareNames: false), .. PathList(chain, fullPath, OutletsKey, keepBareNames: false),
                .. PathList(chain, fullPath, VocabularyKey, keepBareNames: false)],
        };
    }

    private const string PacksKey = "rhetlint.packs";

    /// <summary>Read by the command line's folder walk from the root section; inside a section it would never apply.</summary>
    private const string ExcludeKey = "rhetlint.exclude";
    private const string AllowCodeRulesKey = "rhetlint.allow_code_rules";

    /// <summary>
    /// A comma-separated list of paths, each resolved against the folder of the .editorconfig that set the key (the
    /// nearest one that applies to the document), as a user reading that file expects. With
    /// <paramref name="keepBareNames"/>, an entry without a path separator ("wire-style") stays a name unless a
    /// folder of that name sits beside the file.
    /// </summary>
    private static ImmutableArray<string> PathList(ImmutableArray<ConfigFile> chain, string fullPath, string key, bool keepBareNames)
    {
        for (var i = chain.Length - 1; i >= 0; i--)
        {
            var result = AnalyzerConfigSet.Create(ImmutableArray.Create(chain[i].Config)).GetOptionsForSourcePath(fullPath);
            if (!result.AnalyzerOptions.TryGetValue(key, out var value)) continue;
            var folder = Path.GetDirectoryName(chain[i].Path)!;
            return [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(entry => keepBareNames && IsBareName(entry) && !Directory.Exists(Path.Combine(folder, entry))
                    ? entry
                    : Path.GetFullPath(Path.Combine(folder, entry)))];
        }
        return [];
    }

    private static bool IsBareName(string entry) => !entry.Contains('/') && !entry.Contains('\\') && entry != "." && entry != "..";

    private static bool ParseBool(string key, string value) => value.Trim().ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => throw new ConfigException($"{key} = {value}: expected true or false"),
    };

    /// <summary>
    /// Each Rhetlint setting that applies to <paramref name="path"/>, its value, and the file it comes from (the
    /// nearest file that sets it), for <c>rhetlint config show</c>.
    /// </summary>
    public ImmutableArray<(string Key, string Value, string Source)> Explain(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var chain = ChainOf(fullPath);
        var settings = new SortedDictionary<string, (string Value, string Source)>(StringComparer.Ordinal);
        foreach (var file in chain)
        {
            var result = AnalyzerConfigSet.Create(ImmutableArray.Create(file.Config)).GetOptionsForSourcePath(fullPath);
            foreach (var (key, value) in result.AnalyzerOptions)
                if (IsRhetlintKey(key)) settings[key] = (value, file.Path);
        }
        return [.. settings.Select(s => (s.Key, s.Value.Value, s.Value.Source))];
    }

    /// <summary>The settings Rhetlint knows by name; the rest of its keys are patterns with a rule id or category.</summary>
    private static readonly string[] FixedKeys = ["rhetlint.profile", PageFurnitureKey, HtmlIncludeKey, HtmlExcludeKey, PacksKey, AllowCodeRulesKey, ActorsKey, OutletsKey, VocabularyKey];

    private const string HtmlIncludeKey = "rhetlint.html.include";
    private const string HtmlExcludeKey = "rhetlint.html.exclude";

    /// <summary>A selector list setting, checked here so a typo is the configuration's error before any page is read.</summary>
    private static string? Selectors(IReadOnlyDictionary<string, string> options, string key)
    {
        if (!options.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value)) return null;
        return HtmlSelection.Problem(value) is { } problem ? throw new ConfigException($"{key}: {problem}") : value.Trim();
    }

    private const string PageFurnitureKey = "rhetlint.page_furniture";

    /// <summary>A key in Rhetlint's own namespaces (<c>rhetlint.</c>, <c>rhetlint_…</c>), where a key Rhetlint does not know is a typo.</summary>
    private static bool IsOwnKey(string key) => key.StartsWith("rhetlint", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether Rhetlint reads <paramref name="key"/>: Ruff and Vale refuse unknown keys in their configuration, because a
    /// misspelt one (<c>rhetlint.profle</c>) otherwise does nothing and <c>config show</c> lists it as if it applied.
    /// </summary>
    private static bool IsKnownKey(string key) =>
        FixedKeys.Contains(key, StringComparer.OrdinalIgnoreCase)
        || RuleOptionValues.Split(key) is not null
        || Setting(key, "rhetlint_diagnostic.", ".severity") is not null
        || Setting(key, "rhetlint_analyzer_diagnostic.category-", ".severity") is not null;

    /// <summary>The nearest .editorconfig in <paramref name="chain"/> that sets <paramref name="key"/> for the document.</summary>
    private static string SourceOf(ImmutableArray<ConfigFile> chain, string fullPath, string key)
    {
        for (var i = chain.Length - 1; i >= 0; i--)
            if (AnalyzerConfigSet.Create(ImmutableArray.Create(chain[i].Config)).GetOptionsForSourcePath(fullPath).AnalyzerOptions.ContainsKey(key))
                return chain[i].Path;
        return chain[^1].Path;
    }

    private static bool IsRhetlintKey(string key) =>
        key.StartsWith("rhetlint", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("dotnet_diagnostic.rh", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("dotnet_analyzer_diagnostic.category-", StringComparison.OrdinalIgnoreCase) && CategoryName(key["dotnet_analyzer_diagnostic.category-".Length..].Split('.')[0]) is not null;

    private ImmutableArray<ConfigFile> ChainOf(string fullPath)
    {
        var directory = Path.GetDirectoryName(fullPath) ?? fullPath;
        if (_explicit is null) return ChainFor(directory);
        var workingDirectory = Directory.GetCurrentDirectory();
        var anchor = (fullPath + Path.DirectorySeparatorChar).StartsWith(workingDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? workingDirectory : directory;
        return _chains.GetOrAdd("--config:" + anchor, _ => [_explicit with { Config = AnalyzerConfig.Parse(_explicitText!, Path.Combine(anchor, FileName)) }]);
    }

    private static DocumentOptions Read(AnalyzerConfigOptionsResult result)
    {
        var options = result.AnalyzerOptions;

        var byId = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        var ownIds = ImmutableArray.CreateBuilder<string>();
        var byCategory = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.Ordinal);
        // Roslyn reads dotnet_diagnostic.<id>.severity itself; Rhetlint's own prefix wins over it.
        foreach (var (id, severity) in result.TreeOptions) byId[id] = severity;
        foreach (var (key, value) in options)
        {
            if (Setting(key, "rhetlint_diagnostic.", ".severity") is { } id)
            {
                byId[id] = ParseSeverity(key, value);
                ownIds.Add(id);
            }
            else if (Setting(key, "rhetlint_analyzer_diagnostic.category-", ".severity") is { } category)
                byCategory[CategoryName(category) ?? throw new ConfigException($"{key}: unknown category '{category}' (expected {string.Join(", ", Categories)})")] = ParseSeverity(key, value);
            // The dotnet_ form is shared with C# analyzers in the same repository: only Rhetlint's categories are ours.
            else if (Setting(key, "dotnet_analyzer_diagnostic.category-", ".severity") is { } shared && CategoryName(shared) is { } ours)
                byCategory[ours] = ParseSeverity(key, value);
        }
        var profile = options.TryGetValue("rhetlint.profile", out var name) ? ParseProfile(name) : GenreProfile.News;
        var skipFurniture = !options.TryGetValue(PageFurnitureKey, out var furniture) || ParsePageFurniture(furniture);
        return new DocumentOptions(profile, byId.ToImmutable(), byCategory.ToImmutable())
        {
            SeverityRuleIds = ownIds.ToImmutable(),
            SkipPageFurniture = skipFurniture,
            Html = new HtmlSelection(Selectors(options, HtmlIncludeKey), Selectors(options, HtmlExcludeKey)),
        };
    }

    /// <summary>The .editorconfig files from <paramref name="directory"/> up to the first root one, outermost first.</summary>
    private ImmutableArray<ConfigFile> ChainFor(string directory) => _chains.GetOrAdd(directory, dir =>
    {
        var here = File.Exists(Path.Combine(dir, FileName)) ? Load(Path.Combine(dir, FileName)) : null;
        if (here is { IsRoot: true }) return [here];
        var parent = Path.GetDirectoryName(dir);
        var above = parent is null ? [] : ChainFor(parent);
        return here is null ? above : above.Add(here);
    });

    private static ConfigFile Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot read: {e.Message}");
        }
        return new ConfigFile(AnalyzerConfig.Parse(text, path), path, IsRootFile(text), UnsectionedKeysWarning(path, text));
    }

    /// <summary>
    /// The warning for Rhetlint keys before the first section, or null. <c>rhetlint.exclude</c> belongs there (the
    /// folder walk reads it from there), and a global config (<c>is_global = true</c>) applies its first keys to every file.
    /// </summary>
    private static string? UnsectionedKeysWarning(string path, string text)
    {
        var misplaced = new List<(int Line, string Key)>();
        var lines = text.Split(["\r\n", "\r", "\n"], StringSplitOptions.None);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('[')) break;
            if (line.Length == 0 || line[0] is '#' or ';') continue;
            // Roslyn's parser takes "key = value" and "key: value".
            var separator = line.IndexOfAny(['=', ':']);
            if (separator <= 0) continue;
            var key = line[..separator].Trim();
            if (key.Equals("is_global", StringComparison.OrdinalIgnoreCase)) return null;
            if (IsOwnKey(key) && !key.Equals(ExcludeKey, StringComparison.OrdinalIgnoreCase)) misplaced.Add((i + 1, key));
        }
        if (misplaced.Count == 0) return null;
        var (first, firstKey) = misplaced[0];
        var more = misplaced.Count switch
        {
            1 => "",
            2 => " (and 1 more Rhetlint key above the first section)",
            _ => $" (and {misplaced.Count - 1} more Rhetlint keys above the first section)",
        };
        return $"{path}({first}): warning: '{firstKey}' is outside any [glob] section, where it applies to no file{more}; "
            + "put it under a section header such as [*.{md,markdown,txt}]";
    }

    /// <summary>"root = true" before the first section.</summary>
    private static bool IsRootFile(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('[')) return false;
            var equals = line.IndexOf('=');
            if (equals > 0 && line[..equals].Trim().Equals("root", StringComparison.OrdinalIgnoreCase))
                return line[(equals + 1)..].Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    private static string? Setting(string key, string prefix, string suffix) =>
        key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && key.Length > prefix.Length + suffix.Length
            ? key[prefix.Length..^suffix.Length]
            : null;

    private static readonly string[] Categories = ["ThreatInflation", "Superlatives", "Sourcing", "Hedging", "HouseStyle", "Engine"];

    /// <summary>Keys come lower-cased from Roslyn; categories are matched case-insensitively to their stable names.</summary>
    private static string? CategoryName(string lowered) => Categories.FirstOrDefault(c => c.Equals(lowered, StringComparison.OrdinalIgnoreCase));

    private static ReportDiagnostic ParseSeverity(string key, string value) => value.Trim().ToLowerInvariant() switch
    {
        "error" => ReportDiagnostic.Error,
        "warning" => ReportDiagnostic.Warn,
        "suggestion" => ReportDiagnostic.Info,
        "silent" or "none" => ReportDiagnostic.Suppress,
        "default" => ReportDiagnostic.Default,
        _ => throw new ConfigException($"{key} = {value}: expected error, warning, suggestion, silent, none or default"),
    };

    /// <summary><c>skip</c>: page furniture is not analyzed; <c>check</c>: every block is.</summary>
    private static bool ParsePageFurniture(string value) => value.Trim().ToLowerInvariant() switch
    {
        "skip" => true,
        "check" => false,
        _ => throw new ConfigException($"{PageFurnitureKey} = {value}: expected skip or check"),
    };

    private static GenreProfile ParseProfile(string value) =>
        GenreProfile.Names.Contains(value.Trim().ToLowerInvariant())
            ? GenreProfile.Named(value.Trim().ToLowerInvariant())
            : throw new ConfigException($"rhetlint.profile = {value}: expected {string.Join(" or ", GenreProfile.Names)}");
}

/// <summary>A configuration file or value Rhetlint cannot use; the message names the file or key.</summary>
public sealed class ConfigException(string message) : Exception(message);
