using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Packs.Matching;
using Rhetlint.Packs.Yaml;
using YamlDotNet.RepresentationModel;

namespace Rhetlint.Packs;

/// <summary>
/// Reads one rule file of a pack into a <see cref="PackRule"/>, reporting every problem with its line and column
/// (the schema is <c>rules/schema/rule.schema.json</c>; a test keeps the two in step).
/// </summary>
internal static partial class RuleFileParser
{
    public static readonly ImmutableArray<string> CommonKeys =
        ["id", "kind", "title", "message", "severity", "category", "enabled", "link", "voice", "unless", "examples", "ignore_case"];

    public static readonly IReadOnlyDictionary<PackRuleKind, ImmutableArray<string>> KindKeys = new Dictionary<PackRuleKind, ImmutableArray<string>>
    {
        [PackRuleKind.Existence] = ["phrases", "regex", "inflect", "suggest"],
        [PackRuleKind.Substitution] = ["swap", "inflect", "applicability"],
        [PackRuleKind.Sequence] = ["pattern", "inflect", "suggest"],
    };

    public static readonly ImmutableArray<string> StepKeys = ["word", "regex", "class", "not", "optional", "skip"];
    public static readonly ImmutableArray<string> ExampleKeys = ["flag", "pass", "fix"];
    public static readonly ImmutableArray<string> FixKeys = ["before", "after"];

    private static readonly string[] Kinds = ["existence", "substitution", "sequence"];
    private static readonly string[] Categories =
        [RuleCategories.HouseStyle, RuleCategories.ThreatInflation, RuleCategories.Superlatives, RuleCategories.Sourcing, RuleCategories.Hedging];

    [GeneratedRegex("^[A-Za-z][A-Za-z_-]*[0-9]+$")]
    private static partial Regex IdPattern();

    /// <summary>The rule, or null when a problem (already on <paramref name="file"/>) makes it unusable.</summary>
    public static PackRule? Parse(YamlFile file, YamlMappingNode root)
    {
        var problemsBefore = file.Problems.Count;
        var kindNode = root.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "kind" }).Value;
        PackRuleKind? kind = kindNode is null ? null : file.Scalar(kindNode, "kind") switch
        {
            "existence" => PackRuleKind.Existence,
            "substitution" => PackRuleKind.Substitution,
            "sequence" => PackRuleKind.Sequence,
            null => null,
            var other => file.ReportNull<PackRuleKind?>(kindNode, $"unknown kind '{other}' (expected {string.Join(", ", Kinds)})"),
        };
        if (kindNode is null) file.Report(root, "a rule needs 'kind' (existence, substitution or sequence)");
        if (kind is null) return null;

        var entries = file.Entries(root, [.. CommonKeys, .. KindKeys[kind.Value]], (kind == PackRuleKind.Existence ? "an " : "a ") + kind.Value.ToString().ToLowerInvariant() + " rule");
        var id = Required(file, root, entries, "id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            file.Report(entries["id"].Value, $"id '{id}' must be letters followed by digits (HG101)");
            id = null;
        }
        else if (id is not null && id.StartsWith("RH", StringComparison.OrdinalIgnoreCase))
        {
            file.Report(entries["id"].Value, $"id '{id}': the RH prefix is reserved for Rhetlint's built-in rules");
            id = null;
        }
        var message = Required(file, root, entries, "message");
        var ignoreCase = Optional(entries, "ignore_case", node => file.Bool(node, "ignore_case")) ?? true;
        var inflect = Optional(entries, "inflect", node => file.Bool(node, "inflect")) ?? false;
        var wordTest = new WordTest(ignoreCase, inflect);

        IPackMatcher? matcher = kind switch
        {
            PackRuleKind.Existence => Existence(file, root, entries, wordTest, ignoreCase),
            PackRuleKind.Substitution => Substitution(file, root, entries, wordTest),
            _ => Sequence(file, root, entries, wordTest, ignoreCase),
        };
        var conditions = Conditions(file, entries);
        var severity = Optional(entries, "severity", node => file.Scalar(node, "severity") switch
        {
            null => (DiagnosticSeverity?)null,
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            "suggestion" => DiagnosticSeverity.Info,
            var other => file.ReportNull<DiagnosticSeverity?>(node, $"severity '{other}' must be error, warning or suggestion"),
        }) ?? DiagnosticSeverity.Warning;
        var category = Optional(entries, "category", node => file.Scalar(node, "category") is { } name
            ? Categories.FirstOrDefault(c => c == name) ?? file.ReportNull<string>(node, $"category '{name}' must be one of {string.Join(", ", Categories)}")
            : null) ?? RuleCategories.HouseStyle;
        var enabled = Optional(entries, "enabled", node => file.Bool(node, "enabled")) ?? true;
        var applicability = Optional(entries, "applicability", node => file.Scalar(node, "applicability") switch
        {
            null => (Applicability?)null,
            "safe" => Applicability.Safe,
            "unsafe" => Applicability.Unsafe,
            "display-only" => Applicability.DisplayOnly,
            var other => file.ReportNull<Applicability?>(node, $"applicability '{other}' must be safe, unsafe or display-only"),
        }) ?? Applicability.Unsafe;
        var suggest = Optional(entries, "suggest", node => file.Scalar(node, "suggest"));
        var link = Optional(entries, "link", node => file.Scalar(node, "link"));
        var examples = Examples(file, root, entries, kind.Value);

        string? format = null;
        if (message is not null)
        {
            format = MessageFormat(message);
            if (format is null) file.Report(entries["message"].Value, "message: write {match} for the flagged words and {replacement} for the replacement; other braces must be doubled ({{ }})");
        }
        var title = Optional(entries, "title", node => file.Scalar(node, "title"))
            ?? message?.Replace("{match}", "…", StringComparison.Ordinal).Replace("{replacement}", "…", StringComparison.Ordinal);

        if (file.Problems.Count > problemsBefore || id is null || matcher is null || format is null || title is null) return null;
        var tags = kind == PackRuleKind.Substitution && applicability != Applicability.DisplayOnly ? new[] { RuleCategories.FixableTag } : [];
        var descriptor = new DiagnosticDescriptor(id, title, format, category, severity, enabled, helpLinkUri: link, customTags: tags);
        return new PackRule(descriptor, kind.Value, matcher, conditions, applicability, suggest, examples, file.Path);
    }

    /// <summary>The user's message as a Roslyn format string: {match} → {0}, {replacement} → {1}; null when other braces would break it.</summary>
    private static string? MessageFormat(string message)
    {
        var format = message.Replace("{match}", "{0}", StringComparison.Ordinal).Replace("{replacement}", "{1}", StringComparison.Ordinal);
        try
        {
            _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, "x", "y");
            return format;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static IPackMatcher? Existence(YamlFile file, YamlMappingNode root, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, WordTest wordTest, bool ignoreCase)
    {
        var hasPhrases = entries.TryGetValue("phrases", out var phrases);
        var hasRegex = entries.TryGetValue("regex", out var regex);
        if (hasPhrases == hasRegex)
        {
            file.Report(root, "an existence rule needs exactly one of 'phrases' and 'regex'");
            return null;
        }
        if (hasRegex)
        {
            if (file.Scalar(regex.Value, "regex") is not { } pattern) return null;
            var (compiled, error) = RegexMatcher.Compile(pattern, ignoreCase);
            if (compiled is null) return file.ReportNull<IPackMatcher>(regex.Value, error!);
            return new RegexMatcher(compiled);
        }
        var list = PhraseEntries(file, phrases.Value, "phrases");
        return list.IsEmpty ? null : new PhraseMatcher([.. list.Select(words => (words, (string?)null))], wordTest);
    }

    private static ImmutableArray<ImmutableArray<string>> PhraseEntries(YamlFile file, YamlNode node, string key)
    {
        var list = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var scalar in file.ScalarList(node, key))
        {
            var words = PhraseMatcher.Words(scalar.Value ?? "");
            if (words.IsEmpty) file.Report(scalar, $"an entry of '{key}' is empty");
            else list.Add(words);
        }
        if (list.Count == 0 && file.Problems.Count == 0) file.Report(node, $"'{key}' lists no phrases");
        return list.ToImmutable();
    }

    private static IPackMatcher? Substitution(YamlFile file, YamlMappingNode root, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, WordTest wordTest)
    {
        if (!entries.TryGetValue("swap", out var swap))
            return file.ReportNull<IPackMatcher>(root, "a substitution rule needs 'swap' (a mapping of phrase: replacement)");
        if (swap.Value is not YamlMappingNode mapping)
            return file.ReportNull<IPackMatcher>(swap.Value, "'swap' must be a mapping of phrase: replacement");
        var pairs = ImmutableArray.CreateBuilder<(ImmutableArray<string>, string?)>();
        foreach (var (key, value) in mapping.Children)
        {
            if (file.Scalar(key, "swap") is not { } phrase || file.Scalar(value, "swap") is not { } replacement) continue;
            var words = PhraseMatcher.Words(phrase);
            if (words.IsEmpty) file.Report(key, "a phrase in 'swap' is empty");
            else pairs.Add((words, replacement));
        }
        if (pairs.Count == 0) return file.ReportNull<IPackMatcher>(swap.Value, "'swap' lists no phrases");
        return new PhraseMatcher(pairs.ToImmutable(), wordTest);
    }

    private static IPackMatcher? Sequence(YamlFile file, YamlMappingNode root, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, WordTest wordTest, bool ignoreCase)
    {
        if (!entries.TryGetValue("pattern", out var pattern))
            return file.ReportNull<IPackMatcher>(root, "a sequence rule needs 'pattern' (a list of steps)");
        if (pattern.Value is not YamlSequenceNode { Children.Count: > 0 } list)
            return file.ReportNull<IPackMatcher>(pattern.Value, "'pattern' must be a non-empty list of steps (- word: …, - class: …, - skip: 2)");
        var steps = ImmutableArray.CreateBuilder<SequenceStep>();
        foreach (var node in list.Children)
            if (Step(file, node, wordTest, ignoreCase) is { } step) steps.Add(step);
        if (steps.Count != list.Children.Count) return null;
        if (steps[0].Test is null || steps[^1].Test is null)
            return file.ReportNull<IPackMatcher>(pattern.Value, "a pattern must start and end with a token step, not a skip");
        return new SequenceMatcher(steps.ToImmutable());
    }

    private static SequenceStep? Step(YamlFile file, YamlNode node, WordTest wordTest, bool ignoreCase)
    {
        if (node is not YamlMappingNode mapping) return file.ReportNull<SequenceStep>(node, "a pattern step must be a mapping (word: …, class: …, not: …, optional: true, skip: N)");
        var entries = file.Entries(mapping, StepKeys, "a pattern step");
        if (entries.TryGetValue("skip", out var skip))
        {
            if (entries.Count > 1) return file.ReportNull<SequenceStep>(mapping, "'skip' stands alone in its step");
            if (file.Scalar(skip.Value, "skip") is not { } text) return null;
            return int.TryParse(text, out var count) && count is >= 1 and <= 10
                ? new SequenceStep(null, false, count)
                : file.ReportNull<SequenceStep>(skip.Value, $"skip '{text}' must be a whole number from 1 to 10");
        }
        var optional = entries.TryGetValue("optional", out var opt) && file.Bool(opt.Value, "optional") == true;
        var test = Test(file, mapping, entries, wordTest, ignoreCase);
        return test is null ? null : new SequenceStep(test, optional, 0);
    }

    private static TokenTest? Test(YamlFile file, YamlMappingNode at, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, WordTest wordTest, bool ignoreCase)
    {
        var wordNodes = entries.TryGetValue("word", out var word) ? file.ScalarList(word.Value, "word") : [];
        foreach (var scalar in wordNodes)
            if (PhraseMatcher.Words(scalar.Value ?? "").Length != 1) file.Report(scalar, $"word '{scalar.Value}' must be a single token; use several steps for a phrase");
        ImmutableArray<string> words = [.. wordNodes.Select(s => s.Value ?? "")];
        Regex? regex = null;
        if (entries.TryGetValue("regex", out var regexEntry) && file.Scalar(regexEntry.Value, "regex") is { } pattern)
        {
            (regex, var error) = RegexMatcher.Compile(pattern, ignoreCase);
            if (regex is null) file.Report(regexEntry.Value, error!);
        }
        var classes = ImmutableArray.CreateBuilder<WordClass>();
        if (entries.TryGetValue("class", out var classEntry))
            foreach (var scalar in file.ScalarList(classEntry.Value, "class"))
            {
                if (WordClasses.Names.TryGetValue(scalar.Value ?? "", out var wordClass)) classes.Add(wordClass);
                else file.Report(scalar, $"unknown class '{scalar.Value}' (expected one of: {string.Join(", ", WordClasses.Names.Keys)})");
            }
        TokenTest? not = null;
        if (entries.TryGetValue("not", out var notEntry))
        {
            if (notEntry.Value is not YamlMappingNode notMapping) return file.ReportNull<TokenTest>(notEntry.Value, "'not' must be a mapping (word: …, class: …)");
            var notEntries = file.Entries(notMapping, ["word", "regex", "class"], "a 'not' step");
            not = Test(file, notMapping, notEntries, wordTest, ignoreCase);
            if (not is null) return null;
        }
        if (!entries.Keys.Any(k => k is "word" or "regex" or "class" or "not"))
            return file.ReportNull<TokenTest>(at, "a step needs 'word', 'regex', 'class' or 'not'");
        if (words.IsEmpty && regex is null && classes.Count == 0 && not is null) return null;
        return new TokenTest(words, regex, classes.ToImmutable(), not, wordTest);
    }

    private static RuleConditions Conditions(YamlFile file, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries)
    {
        var conditions = RuleConditions.Default;
        if (entries.TryGetValue("voice", out var voice))
        {
            var voices = new List<Core.Semantics.Voice>();
            foreach (var scalar in file.ScalarList(voice.Value, "voice"))
            {
                if (RuleConditions.VoiceNames.TryGetValue(scalar.Value ?? "", out var admitted)) voices.AddRange(admitted);
                else file.Report(scalar, $"unknown voice '{scalar.Value}' (expected one of: {string.Join(", ", RuleConditions.VoiceNames.Keys)})");
            }
            conditions = conditions with { Voices = [.. voices.Distinct()] };
        }
        if (entries.TryGetValue("unless", out var unless))
            foreach (var scalar in file.ScalarList(unless.Value, "unless"))
                conditions = conditions.With(scalar.Value ?? "")
                    ?? file.ReportNull<RuleConditions>(scalar, $"unknown condition '{scalar.Value}' (expected one of: {string.Join("; ", RuleConditions.UnlessPhrases)})")
                    ?? conditions;
        return conditions;
    }

    private static ImmutableArray<PackExample> Examples(YamlFile file, YamlMappingNode root, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, PackRuleKind kind)
    {
        if (!entries.TryGetValue("examples", out var examples))
        {
            file.Report(root, "a rule needs 'examples' (flag: and pass:), which run as its tests");
            return [];
        }
        if (examples.Value is not YamlMappingNode mapping)
            return file.ReportNull<ImmutableArray<PackExample>?>(examples.Value, "'examples' must be a mapping with flag:, pass: and (for substitutions) fix:") ?? [];
        var parts = file.Entries(mapping, ExampleKeys, "examples");
        var list = ImmutableArray.CreateBuilder<PackExample>();
        foreach (var (expectation, key) in new[] { (ExampleExpectation.Flag, "flag"), (ExampleExpectation.Pass, "pass") })
            if (parts.TryGetValue(key, out var part))
                foreach (var scalar in file.ScalarList(part.Value, key))
                    list.Add(new PackExample(expectation, scalar.Value ?? "", null, (int)scalar.Start.Line, (int)scalar.Start.Column));
        if (parts.TryGetValue("fix", out var fixes))
        {
            if (kind != PackRuleKind.Substitution) file.Report(fixes.Key, "'fix' examples belong to substitution rules");
            else if (fixes.Value is not YamlSequenceNode sequence) file.Report(fixes.Value, "'fix' must be a list of before:/after: pairs");
            else
                foreach (var item in sequence.Children)
                {
                    if (item is not YamlMappingNode pair) { file.Report(item, "a 'fix' example must be a mapping with before: and after:"); continue; }
                    var fields = file.Entries(pair, FixKeys, "a fix example");
                    if (!fields.TryGetValue("before", out var before) || !fields.TryGetValue("after", out var after)) { file.Report(pair, "a 'fix' example needs before: and after:"); continue; }
                    if (file.Scalar(before.Value, "before") is { } b && file.Scalar(after.Value, "after") is { } a)
                        list.Add(new PackExample(ExampleExpectation.Fix, b, a, (int)pair.Start.Line, (int)pair.Start.Column));
                }
        }
        if (!list.Any(e => e.Expectation is ExampleExpectation.Flag or ExampleExpectation.Fix) || !list.Any(e => e.Expectation == ExampleExpectation.Pass))
            file.Report(examples.Value, "'examples' needs at least one text the rule flags (flag:) and one it must not flag (pass:)");
        return list.ToImmutable();
    }

    private static string? Required(YamlFile file, YamlMappingNode root, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, string key)
    {
        if (entries.TryGetValue(key, out var entry)) return file.Scalar(entry.Value, key);
        file.Report(root, $"a rule needs '{key}'");
        return null;
    }

    private static T? Optional<T>(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, string key, Func<YamlNode, T?> read) =>
        entries.TryGetValue(key, out var entry) ? read(entry.Value) : default;
}
