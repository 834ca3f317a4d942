using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Tests.Analysis;

public class RuleOptionTests
{
    /// <summary>Reports the first sentence with its options' values in the message, so a test can read what the rule saw.</summary>
    private sealed class OptionEcho : RhetoricAnalyzer
    {
        public static readonly DiagnosticDescriptor Descriptor = new("TS0001", "Echo", "{0}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
        public static readonly RuleOption<bool> Strict = RuleOption.Bool("TS0001", "strict", true, "Whether to be strict.");
        public static readonly RuleOption<int> Window = RuleOption.Int("TS0001", "window", 2, "Sentences to look at.", min: 0, max: 5);
        public static readonly RuleOption<string> Scope = RuleOption.OneOf("TS0001", "scope", "sentence", ["sentence", "paragraph"], "Where to look.");
        public static readonly RuleOption<string> Label = RuleOption.Text("TS0001", "label", "none", "A word to print.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

        public override ImmutableArray<RuleOption> SupportedOptions => [Strict, Window, Scope, Label];

        public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(c =>
        {
            if (c.Sentence.Index == 0)
                c.Report(Descriptor, c.Sentence.Span, [], $"{c.Options.Get(Strict)} {c.Options.Get(Window)} {c.Options.Get(Scope)} {c.Options.Get(Label)}");
        });
    }

    private static string Echo(params (string Key, string Value)[] settings)
    {
        var options = DocumentOptions.Default with
        {
            RuleOptions = settings.ToImmutableDictionary(s => s.Key.ToLowerInvariant(), s => s.Value, StringComparer.OrdinalIgnoreCase),
        };
        var driver = new AnalyzerDriver([new OptionEcho()]);
        var model = Linter.BuildModel("t.txt", SourceText.From("The port opened."), DocumentFormat.PlainText);
        return Assert.Single(driver.Analyze(model, options)).Message;
    }

    [Fact]
    public void A_rule_reads_defaults_when_nothing_is_set() => Assert.Equal("True 2 sentence none", Echo());

    [Fact]
    public void A_rule_reads_each_configured_value_typed()
    {
        Assert.Equal("False 5 paragraph Harbor Desk",
            Echo(("rhetlint.TS0001.strict", "FALSE"), ("rhetlint.ts0001.window", "5"), ("rhetlint.TS0001.scope", "Paragraph"), ("rhetlint.TS0001.label", " Harbor Desk ")));
    }

    [Theory]
    [InlineData("rhetlint.TS0001.strictness", "true", "TS0001 has no option 'strictness' (TS0001 options: label = text (default none); scope = sentence|paragraph (default sentence); strict = true|false (default true); window = integer 0..5 (default 2))")]
    [InlineData("rhetlint.TS0001.strict", "yes", "rhetlint.ts0001.strict = yes: expected true|false")]
    [InlineData("rhetlint.TS0001.window", "9", "expected integer 0..5")]
    [InlineData("rhetlint.TS0001.window", "two", "expected integer 0..5")]
    [InlineData("rhetlint.TS0001.scope", "document", "expected sentence|paragraph")]
    [InlineData("rhetlint.RH0003.threshold", "2", "RH0003 has no option 'threshold' (RH0003 has no options)")]
    public void An_option_the_rule_lacks_or_a_value_of_the_wrong_type_is_a_config_error(string key, string value, string expected) =>
        Assert.Contains(expected, Assert.Throws<ConfigException>(() => Echo((key, value))).Message);

    [Fact]
    public void Options_for_rules_the_driver_does_not_run_are_left_to_their_packs() =>
        Assert.Equal("True 2 sentence none", Echo(("rhetlint.NEWS101.max_words", "thirty")));

    [Fact]
    public void The_driver_lists_every_option_by_key() =>
        Assert.Equal(["rhetlint.TS0001.label", "rhetlint.TS0001.scope", "rhetlint.TS0001.strict", "rhetlint.TS0001.window"],
            new AnalyzerDriver([new OptionEcho()]).Options.Select(o => o.Key));

    private sealed class Misdeclared : RhetoricAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [OptionEcho.Descriptor];

        public override ImmutableArray<RuleOption> SupportedOptions => [RuleOption.Bool("TS0002", "strict", true, "For a rule this analyzer is not.")];

        public override void Initialize(AnalysisContext context)
        {
        }
    }

    [Fact]
    public void An_option_for_an_id_the_analyzer_does_not_report_is_a_bug() =>
        Assert.Contains("TS0002", Assert.Throws<ArgumentException>(() => new AnalyzerDriver([new Misdeclared()])).Message);

    [Theory]
    [InlineData("Strict")]
    [InlineData("min-moves")]
    [InlineData("")]
    public void Option_names_are_lower_snake_case(string name) =>
        Assert.Throws<ArgumentException>(() => RuleOption.Bool("TS0001", name, true, "x"));

    [Fact]
    public void Defaults_must_be_valid_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleOption.Int("TS0001", "window", 9, "x", min: 0, max: 5));
        Assert.Throws<ArgumentException>(() => RuleOption.OneOf("TS0001", "scope", "document", ["sentence", "paragraph"], "x"));
    }
}
