using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Tests.Markup;

/// <summary>Where a document is cut into chunks: at blank lines, never where the text after the cut would parse differently alone.</summary>
public class ChunkerTests
{
    private static string[] Chunks(string text, DocumentFormat format = DocumentFormat.Markdown)
    {
        var starts = Chunker.Split(text, format).Starts;
        return [.. starts.Select((s, i) => text[s..(i + 1 < starts.Count ? starts[i + 1] : text.Length)])];
    }

    [Fact]
    public void Paragraphs_separated_by_blank_lines_are_chunks_that_keep_the_blank_lines_after_them()
    {
        Assert.Equal(["# Title\n\n", "One.\nTwo.\n\n\n", "Three.\n"], Chunks("# Title\n\nOne.\nTwo.\n\n\nThree.\n"));
        Assert.Equal(["One.\r\n\r\n", "Two."], Chunks("One.\r\n\r\nTwo."));
    }

    [Fact]
    public void Blank_lines_inside_front_matter_fences_comments_and_raw_html_do_not_cut()
    {
        const string text = "---\ntitle: A\n\nb: c\n---\nIntro.\n\n```\ncode\n\nmore\n```\n\n~~~~\nx\n\n~~~\n~~~~\n\n<!--\nnote\n\nend -->\n\n<pre>\na\n\nb\n</pre>\n\nLast.\n";
        Assert.Equal(["---\ntitle: A\n\nb: c\n---\nIntro.\n\n", "```\ncode\n\nmore\n```\n\n", "~~~~\nx\n\n~~~\n~~~~\n\n", "<!--\nnote\n\nend -->\n\n",
            "<pre>\na\n\nb\n</pre>\n\n", "Last.\n"], Chunks(text));
    }

    [Fact]
    public void An_indented_line_after_a_blank_line_stays_with_what_it_continues()
    {
        Assert.Equal(["- Item.\n\n  More of the item.\n\n    code\n\n", "Next.\n"], Chunks("- Item.\n\n  More of the item.\n\n    code\n\nNext.\n"));
    }

    [Fact]
    public void Plain_text_is_cut_at_every_blank_line()
    {
        Assert.Equal(["```\nOne.\n\n", "  Two.\n\n", "```\n"], Chunks("```\nOne.\n\n  Two.\n\n```\n", DocumentFormat.PlainText));
    }

    [Fact]
    public void Link_reference_definitions_are_collected_but_not_from_code_or_paragraph_text()
    {
        var (_, definitions) = Chunker.Split("See [the budget][b].\n[x]: not a definition\n\n[b]: https://example.org/b \"Budget\"\n\n```\n[c]: https://example.org/c\n```\n", DocumentFormat.Markdown);
        Assert.Equal("[b]: https://example.org/b \"Budget\"", definitions);
    }
}
