using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.LanguageServer.Analysis;

namespace Rhetlint.LanguageServer.Tests;

/// <summary>The hover's text for one finding: message, rewrites, why, link; the writer's words shown as written.</summary>
public sealed class FindingHoverTests
{
    private static readonly DiagnosticDescriptor HouseRule = new(
        "HS901", "House rule", "{0}", "HouseStyle", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    [Fact]
    public void Markup_in_the_message_is_text_and_every_rewrite_is_listed_with_a_template_in_a_code_span()
    {
        var span = new TextSpan(0, 6);
        var finding = new DocumentFinding(HouseRule, span, DiagnosticSeverity.Warning, "'*really* [1]' <b>oversells</b> the_plan",
        [
            new Rewrite("Delete 'really'", [new TextChange(span, "")], Applicability.Unsafe),
            Rewrite.Template("Give the figure", span, "a `[figure]` rise ([source])"),
        ], null);

        Assert.Equal(
            "'\\*really\\* \\[1\\]' \\<b\\>oversells\\</b\\> the\\_plan\n\n"
            + "**Rewrites:**\n- Delete 'really'\n- Give the figure: ``a `[figure]` rise ([source])``\n\n"
            + "**HS901 — House rule**",
            FindingHover.Markdown(finding));
    }

    [Theory]
    [InlineData("plain", "`plain`")]
    [InlineData("a ``double`` run", "```a ``double`` run```")]
    [InlineData("`edge`", "`` `edge` ``")]
    public void A_code_span_is_fenced_longer_than_any_backtick_run_inside(string text, string code) =>
        Assert.Equal(code, MarkdownText.Code(text));

    [Theory]
    [InlineData("One line. Two.", "One line.")]
    [InlineData("It is wrapped\nover lines? Then more.", "It is wrapped over lines?")]
    [InlineData("Ends before a quote. \"Will\" starts the next.", "Ends before a quote.")]
    [InlineData("Keeps e.g. lower case and 3.5 figures whole", "Keeps e.g. lower case and 3.5 figures whole")]
    public void The_why_is_the_first_sentence_on_one_line(string text, string sentence) =>
        Assert.Equal(sentence, RuleDocumentation.FirstSentence(text));
}
