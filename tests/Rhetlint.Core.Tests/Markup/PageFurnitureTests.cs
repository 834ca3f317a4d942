using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Tests.Markup;

public class PageFurnitureTests
{
    /// <summary>The text of each block left for analysis.</summary>
    private static string[] Kept(string text, DocumentFormat format = DocumentFormat.PlainText)
    {
        var prose = PageFurniture.Without(MarkupReader.Read(SourceText.From(text), format));
        return [.. prose.Blocks.Select(b => prose.Masked.Substring(b.Span.Start, b.Span.Length).Trim())];
    }

    private const string Lead = "Harbour town votes on a new marina\n\n";
    private const string Body = "The council voted on Tuesday to build a marina beside the old pier.";
    private const string Later = "Work on the breakwater starts in the spring.";

    [Theory]
    // Bylines: "By" and a name, with a role or a second name.
    [InlineData("By Lena Moss")]
    [InlineData("By Lena Moss and Omar Haddad | Political Editor")]
    // Link lines: a label of ordinary words, a colon and a headline without a stop.
    [InlineData("Related: Pier repairs delayed again")]
    [InlineData("Read more: Why the ferry timetable keeps slipping")]
    [InlineData("Photo: The old pier at dawn")]
    // Form fields.
    [InlineData("Email *")]
    // Share prompts: a short command about the page.
    [InlineData("Share this article with your neighbours")]
    [InlineData("Follow us for weekend updates")]
    // A caption: an unpunctuated clause in sentence case.
    [InlineData("Volunteers clear seaweed from the slipway before the regatta on Saturday morning")]
    public void Furniture_between_paragraphs_is_left_out(string furniture) =>
        Assert.Equal(["Harbour town votes on a new marina", Body, Later], Kept(Lead + Body + "\n\n" + furniture + "\n\n" + Later + "\n"));

    [Fact]
    public void A_question_with_a_form_under_it_or_repeated_down_the_page_is_a_poll()
    {
        const string Poll = "Which ward has the worst record on potholes?";
        Assert.Equal(["Harbour town votes on a new marina", Body], Kept(Lead + Poll + "\n* Ray Dunn Lena Moss Omar Haddad\nEmail *\n\n" + Body + "\n"));
        Assert.Equal(["Harbour town votes on a new marina", Body], Kept(Lead + Poll + "\n\n" + Body + "\n\n" + Poll + "\n"));
    }

    [Fact]
    public void A_repeated_unpunctuated_block_is_read_once()
    {
        const string Widget = "Regatta tickets on sale now";
        Assert.Equal(["Harbour town votes on a new marina", Body, Widget, Later], Kept(Lead + Body + "\n\n" + Widget + "\n\n" + Later + "\n\n" + Widget + "\n"));
    }

    [Fact]
    public void A_sentence_the_writer_repeats_is_prose_each_time() =>
        Assert.Equal(["Harbour town votes on a new marina", Body, Later, Body], Kept(Lead + Body + "\n\n" + Later + "\n\n" + Body + "\n"));

    [Fact]
    public void A_quotation_signed_on_its_line_is_not_a_caption() =>
        Assert.Equal(["Harbour town votes on a new marina", Body, "“The pier will not survive another winter storm like that one” ― Ida Berg", Later],
            Kept(Lead + Body + "\n\n“The pier will not survive another winter storm like that one” ― Ida Berg\n\n" + Later + "\n"));

    [Theory]
    // Prose ends in a stop, whatever it starts with.
    [InlineData("By all accounts, the marina will cost twice the estimate.")]
    [InlineData("Related projects in Dunmore have run three years late.")]
    // A speaker or a source before the colon makes a headline attribution.
    [InlineData("Brandt: Marina Will Open in May")]
    [InlineData("Engineers: Pier Cannot Take the Weight")]
    // A writer's own question is prose unless a form follows it or it repeats.
    [InlineData("Who will pay for the dredging?")]
    // Short unpunctuated lines without a pointer to the page are subheads.
    [InlineData("What the council decided")]
    public void Prose_and_headlines_stay(string line) =>
        Assert.Equal(["Harbour town votes on a new marina", Body, line, Later], Kept(Lead + Body + "\n\n" + line + "\n\n" + Later + "\n"));

    [Fact]
    public void The_headline_and_standfirst_are_never_captions()
    {
        const string Standfirst = "Residents on the quay fear years of noise and lorries on the seafront road";
        Assert.Equal(["Harbour town votes on a new marina", Standfirst, Body], Kept(Lead + Standfirst + "\n\n" + Body + "\n"));
    }

    [Fact]
    public void Markdown_paragraphs_are_not_read_as_captions()
    {
        const string Paragraph = "Volunteers clear seaweed from the slipway before the regatta on Saturday morning";
        Assert.Equal(["Harbour town", Body, Paragraph, Later], Kept("# Harbour town\n\n" + Body + "\n\n" + Paragraph + "\n\n" + Later + "\n", DocumentFormat.Markdown));
    }

    [Fact]
    public void A_line_of_line_structured_text_after_furniture_starts_a_paragraph()
    {
        var prose = PageFurniture.Without(MarkupReader.Read(SourceText.From(
            "Harbour town votes on a new marina\nBy Lena Moss\nThe council voted on Tuesday to build a marina.\nTraders on the quay were not consulted.\n"), DocumentFormat.PlainText));
        Assert.Equal([false, false, true], prose.Blocks.Select(b => b.ContinuesParagraph));
    }
}
