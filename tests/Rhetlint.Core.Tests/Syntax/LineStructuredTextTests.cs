using Rhetlint.Core.Syntax;
using static Rhetlint.Core.Tests.Syntax.SyntaxTestHelpers;

namespace Rhetlint.Core.Tests.Syntax;

/// <summary>Plain text as scraped copy arrives — a sentence or a paragraph per line, no blank lines — parsed line by line.</summary>
public class LineStructuredTextTests
{
    /// <summary>An article with a caption and a reader poll between its sentences, one per line.</summary>
    private const string Article =
        "Tomas Berg was hurt when he tried to stop a gang from gatecrashing a party in Eastwick on Saturday night\n"
        + "The front page of the Eastwick Echo said it all: ‘A Town In Shock.’\n"
        + "Which councillor has the worst record on street lighting?\n"
        + "* Ray Dunn Lena Moss Omar Haddad\n"
        + "Email *\n"
        + "Police said on Sunday that two men had been arrested.\n";

    [Fact]
    public void A_line_without_a_full_stop_ends_its_sentence_and_a_poll_keeps_its_question_mark()
    {
        Assert.Equal(
            ["Tomas Berg was hurt when he tried to stop a gang from gatecrashing a party in Eastwick on Saturday night",
             "The front page of the Eastwick Echo said it all: ‘A Town In Shock.’",
             "Which councillor has the worst record on street lighting?",
             "* Ray Dunn Lena Moss Omar Haddad", "Email *",
             "Police said on Sunday that two men had been arrested."],
            Sentences(Article));
    }

    [Fact]
    public void The_lines_of_a_run_stay_one_paragraph()
    {
        var doc = Parse(Article);
        var paragraph = Assert.Single(doc.Paragraphs);
        Assert.Equal(6, paragraph.SentenceCount);
        Assert.Equal(Article.TrimEnd(), Article[paragraph.Span.Start..paragraph.Span.End]);
    }

    [Fact]
    public void Hard_wrapped_text_still_runs_sentences_over_line_breaks()
    {
        var text = "The council met on Monday to discuss the harbour fees, which\nskippers say are too high. The mayor spoke.\n";
        Assert.Equal(["The council met on Monday to discuss the harbour fees, which\nskippers say are too high.", "The mayor spoke."], Sentences(text));
    }

    [Fact]
    public void A_quotation_reopened_on_the_next_line_runs_on_and_closes_there()
    {
        var text = "“The levy is unfair to small shops and will close half the high street.\n"
            + "“It will also drive shoppers to the retail park,” the traders’ association said in a statement on Monday.\n"
            + "A council source said the vote would be delayed.\n";
        var doc = Parse(text);
        var quotation = Assert.Single(doc.Quotations);
        Assert.True(quotation.IsClosed);
        Assert.Equal("“The levy is unfair to small shops and will close half the high street.\n“It will also drive shoppers to the retail park,”",
            text[quotation.Span.Start..quotation.Span.End]);
        Assert.Empty(doc.Issues);
        Assert.Null(doc.QuotationAt(text.IndexOf("A council source", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_quotation_never_closed_ends_with_its_line()
    {
        var text = "The harbour master called the plan “a disgrace.\n"
            + "The council said on Tuesday that the vote would be delayed until the spring.\n"
            + "Skippers have asked for a meeting.\n";
        var doc = Parse(text);
        var quotation = Assert.Single(doc.Quotations);
        Assert.False(quotation.IsClosed);
        Assert.Equal("“a disgrace.", text[quotation.Span.Start..quotation.Span.End]);
        Assert.Equal("unclosed quotation mark", Assert.Single(doc.Issues).Message);
        Assert.Null(doc.QuotationAt(text.IndexOf("The council", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_quotation_split_one_sentence_per_line_pairs_over_its_lines()
    {
        var text = "The harbour master was blunt on Monday.\n"
            + "\"We cannot keep the pier open.\n"
            + "Nobody should fish from it,\" she said.\n"
            + "The council agreed with her.\n";
        var doc = Parse(text);
        var quotation = Assert.Single(doc.Quotations);
        Assert.Equal("\"We cannot keep the pier open.\nNobody should fish from it,\"", text[quotation.Span.Start..quotation.Span.End]);
        Assert.Empty(doc.Issues);
        Assert.Equal(["The harbour master was blunt on Monday.", "\"We cannot keep the pier open.", "Nobody should fish from it,\" she said.",
            "The council agreed with her."], Sentences(text));
    }
}
