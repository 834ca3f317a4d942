using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Fixes;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// Issue 15's fuzzing: random Markdown and Unicode (noncharacters, line separators, bidi and zero-width controls,
/// astral characters, deep nesting, quotes and brackets) never makes the analysis throw, every span and edit lies
/// inside the text, and <c>fix</c> changes no byte outside its edits and has nothing left to do on a second run.
/// 2,000 drafts by default; <c>RHETLINT_FUZZ_DRAFTS</c> asks for more (<c>bench/fuzz.sh</c>). A failure prints the
/// draft CsCheck shrank it to and the seed that replays it.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private static readonly string[] Words =
    [
        "The", "plan", "is", "the", "greatest", "Critics say", "in order to", "utilize", "harbour", "judgement", "experts", "clearly",
        "ever", "never", "always", "everyone", "1,000", "Ilse Brandt", "said", "sadly", "so-called", "very unique", "catastrophe",
        "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "(", ")", "[", "]", "{", "}", ".", ",", ";", ":", "—", "…", "?", "!",
    ];

    private static readonly string[] Syntax =
    [
        "# ", "## ", "> ", "- ", "* ", "1. ", "*", "**", "_", "`", "```", "~~~", "[", "](", "](http://x.example)", ")", "![", "<!-- ", " -->",
        "<!-- rhetlint-ignore RH2001 -->", "<!-- rhetlint-disable -->", "<!-- rhetlint-enable -->", "---", "|", "| --- |", "&amp;",
        "&#x2028;", "&nbsp;", "<b>", "</b>", "\\", "    ", "[^1]", "[^1]: ", "[a]: http://x.example",
    ];

    private static readonly string[] Breaks = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028", "\u2029", "\u0085"];

    private static readonly string[] Specials =
    [
        "\uFFFE", "\uFFFF", "\uFDD0", "\uFDEF", "\U0001FFFE", "\U0010FFFF", "\u200B", "\u200D", "\u200E", "\u202E", "\u2066", "\u0301",
        "\u00A0", "\u0000", "\u001B", "\t", "\uFEFF", "\uFFFD", "😀", "👩‍👩‍👧", "ﷺ", "İ", "ß", "ǅ",
    ];

    /// <summary>Runs of one piece of syntax: the shapes that nest deeply or open without closing.</summary>
    private static readonly string[] Repeated = [">", "> ", "- ", "[", "*a **b ", "(\"", "“", "`", "](", "<!-- ", "\"", "(", "*", "1. "];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (10, Gen.OneOf(Words)),
        (8, Gen.Const(" ")),
        (4, Gen.OneOf(Syntax)),
        (3, Gen.OneOf(Breaks)),
        (2, Gen.OneOf(Specials)),
        (2, Gen.Char['\u0020', '\uD7FF'].Select(c => c.ToString())),
        (1, Gen.Char['\uE000', '\uFFFF'].Select(c => c.ToString())),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
        (1, Gen.Select(Gen.OneOf(Repeated), Gen.Int[10, 300]).Select((s, n) => string.Concat(Enumerable.Repeat(s, n)))));

    private sealed record Sample(string Text, bool Markdown)
    {
        /// <summary>The text with every character outside printable ASCII written as \uXXXX, so the failure message shows what it is.</summary>
        public override string ToString()
        {
            var shown = new StringBuilder(Markdown ? "md: " : "txt: ");
            foreach (var c in Text)
                shown.Append(c is >= ' ' and <= '~' ? c.ToString() : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
            return shown.ToString();
        }
    }

    private static readonly Gen<Sample> Drafts =
        from pieces in Piece.Array[1, 80]
        from markdown in Gen.Bool
        select new Sample(string.Concat(pieces), markdown);

    private readonly TempFolder _folder = new();

    public FuzzTests() => _folder.WriteHouseAndWireStylePacks();

    public void Dispose() => _folder.Dispose();

    private static int DraftCount =>
        int.TryParse(Environment.GetEnvironmentVariable("RHETLINT_FUZZ_DRAFTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 2_000;

    [Fact]
    public void Random_markdown_and_unicode_never_throw_stay_in_bounds_and_fix_idempotently()
    {
        var rules = new RuleSets(["RH3004"]);
        var resolver = new EditorConfigResolver();
        var markdown = Path.Combine(_folder.Path, "draft.md");
        var plain = Path.Combine(_folder.Path, "draft.txt");
        var markdownOptions = resolver.Resolve(markdown);
        var plainOptions = resolver.Resolve(plain);
        var encoding = new UTF8Encoding(false);

        Drafts.Sample(sample =>
        {
            var (path, options, format) = sample.Markdown ? (markdown, markdownOptions, DocumentFormat.Markdown) : (plain, plainOptions, DocumentFormat.PlainText);
            var linter = rules.For(options);
            ImmutableArray<Finding> Analyze(SourceText version) => linter.LintForReport(path, version, format, options).Findings;
            var text = SourceText.From(sample.Text, encoding);

            ImmutableArray<Finding> findings;
            try
            {
                findings = Analyze(text);
            }
            catch (InputException)
            {
                // Markdown nested deeper than Markdig reads is that file's input error (one line, exit 2), not a crash.
                return;
            }
            foreach (var finding in findings)
            {
                AssertInside(text, finding.Span, finding.Id);
                foreach (var change in finding.Rewrites.SelectMany(r => r.Changes)) AssertInside(text, change.Span, finding.Id + " edit");
            }

            var fixedOnce = Fixer.Run(text, Analyze, Applicability.Unsafe);
            Assert.True(fixedOnce.Settled, "rewrites did not settle: " + string.Join(", ", fixedOnce.UnsettledRules));
            var versions = fixedOnce.Passes.Select(p => p.Before).Append(fixedOnce.Fixed).ToList();
            for (var i = 0; i < fixedOnce.Passes.Length; i++)
                FixPropertyTests.AssertOnlyEditedSpansChanged(versions[i], versions[i + 1], fixedOnce.Passes[i].Edits);
            var fixedTwice = Fixer.Run(fixedOnce.Fixed, Analyze, Applicability.Unsafe);
            Assert.True(fixedTwice.FixedCount == 0, "a second fix changed " + string.Join(", ", fixedTwice.Passes.SelectMany(p => p.Edits).Select(e => e.RuleId)));
        }, iter: DraftCount);
    }


    private static void AssertInside(SourceText text, TextSpan span, string what) =>
        Assert.True(span.Start >= 0 && span.End <= text.Length, $"{what} span {span} outside a text of {text.Length} characters");
}
