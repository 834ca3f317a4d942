using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Tests.Markup;

/// <summary>How a run of non-blank plain-text lines is cut into blocks: hard-wrapped prose stays whole, line-structured copy is read line by line.</summary>
public class LineStructureTests
{
    /// <summary>Each block as (whether it continues the paragraph before it, its text).</summary>
    private static (bool Continues, string Text)[] Blocks(string text)
    {
        var prose = PlainTextReader.Read(SourceText.From(text));
        return [.. prose.Blocks.Select(b => (b.ContinuesParagraph, text[b.Span.Start..b.Span.End]))];
    }

    [Fact]
    public void A_sentence_per_line_is_a_block_per_line_in_one_paragraph()
    {
        var text = "Harbour Fees Rise Again\n\nThe Tarnby council raised mooring fees by 8% on Monday.\n"
            + "Skippers said the rise would push small boats out of the harbour.\n"
            + "Photo: the east quay at dawn\n"
            + "The council will review the fees in March.\n";
        Assert.Equal(
            [(false, "Harbour Fees Rise Again"), (false, "The Tarnby council raised mooring fees by 8% on Monday."),
             (true, "Skippers said the rise would push small boats out of the harbour."), (true, "Photo: the east quay at dawn"),
             (true, "The council will review the fees in March.")],
            Blocks(text));
    }

    [Fact]
    public void A_paragraph_per_line_is_a_block_per_line()
    {
        var text = "The pier at Tarnby closed in May after a storm cracked two of its piles. Engineers have not yet said whether it can be saved.\n"
            + "Traders on the promenade say their takings are down by a third. Most blame the closure.\n"
            + "The council meets on Thursday.\n";
        Assert.Equal(
            [(false, "The pier at Tarnby closed in May after a storm cracked two of its piles. Engineers have not yet said whether it can be saved."),
             (true, "Traders on the promenade say their takings are down by a third. Most blame the closure."),
             (true, "The council meets on Thursday.")],
            Blocks(text));
    }

    [Fact]
    public void Hard_wrapped_paragraphs_stay_one_block_each()
    {
        // Wrapped greedily at 60 columns: some breaks fall at a sentence end or before a capital, as they do.
        var text = "The council met on Monday to discuss the harbour fees, which\n"
            + "skippers say are too high. The mayor, Jo Pike, told them on\n"
            + "Tuesday that the fees would stay. Nobody at the meeting\n"
            + "expected anything else.\n\n"
            + "A second paragraph is wrapped the same way, with a break at\n"
            + "the end of a sentence.\n"
            + "Then it goes on for one more line.\n";
        Assert.Equal(
            [(false, "The council met on Monday to discuss the harbour fees, which\nskippers say are too high. The mayor, Jo Pike, told them on\nTuesday that the fees would stay. Nobody at the meeting\nexpected anything else."),
             (false, "A second paragraph is wrapped the same way, with a break at\nthe end of a sentence.\nThen it goes on for one more line.")],
            Blocks(text));
    }

    [Fact]
    public void A_two_line_paragraph_whose_break_falls_before_a_name_stays_whole()
    {
        Assert.Equal([(false, "The harbour master spoke to the skippers before the vote on\nMonday.")],
            Blocks("The harbour master spoke to the skippers before the vote on\nMonday.\n"));
    }

    [Fact]
    public void A_caption_without_a_full_stop_before_a_line_that_opens_a_sentence_ends_there()
    {
        Assert.Equal(
            [(false, "Tomas Berg was hurt when he tried to stop a gang from gatecrashing a party in Eastwick"),
             (true, "The lead headline in the Eastwick Echo said it all.")],
            Blocks("Tomas Berg was hurt when he tried to stop a gang from gatecrashing a party in Eastwick\nThe lead headline in the Eastwick Echo said it all.\n"));
        // A wrap may fall before a name that starts with "The", after the preposition that governs it.
        Assert.Equal([(false, "The delegates from Halden and Varn met on Monday for talks in\nThe Hague.")],
            Blocks("The delegates from Halden and Varn met on Monday for talks in\nThe Hague.\n"));
    }

    [Fact]
    public void A_line_whose_sentence_runs_on_joins_the_next_one()
    {
        var text = "The ferry to Holm was cancelled on Monday after a week of gales and high seas.\n"
            + "The operator blamed the weather, and\n"
            + "passengers were offered refunds.\n"
            + "Its statement said:\n"
            + "A replacement boat will run from Friday.\n"
            + "The council has not commented.\n"
            + "Skippers expect more cancellations.\n";
        Assert.Equal(
            [(false, "The ferry to Holm was cancelled on Monday after a week of gales and high seas."),
             (true, "The operator blamed the weather, and\npassengers were offered refunds."),
             (true, "Its statement said:\nA replacement boat will run from Friday."),
             (true, "The council has not commented."), (true, "Skippers expect more cancellations.")],
            Blocks(text));
    }

    [Fact]
    public void A_quotation_split_one_sentence_per_line_keeps_its_lines_together()
    {
        var text = "The harbour master was blunt.\n"
            + "“We cannot keep the pier open.\n"
            + "The piles are cracked.\n"
            + "Nobody should fish from it,” she said.\n"
            + "The council agreed.\n";
        Assert.Equal(
            [(false, "The harbour master was blunt."),
             (true, "“We cannot keep the pier open.\nThe piles are cracked.\nNobody should fish from it,” she said."),
             (true, "The council agreed.")],
            Blocks(text));
    }

    [Fact]
    public void A_quotation_reopened_on_the_next_line_and_one_never_closed_end_with_their_line()
    {
        var text = "“The levy will empty the high street.\n"
            + "“It will also close the market,” the traders said.\n"
            + "Their leader called the plan “a disgrace.\n"
            + "The council has not replied.\n";
        Assert.Equal(
            [(false, "“The levy will empty the high street."), (true, "“It will also close the market,” the traders said."),
             (true, "Their leader called the plan “a disgrace."), (true, "The council has not replied.")],
            Blocks(text));
    }

    [Fact]
    public void Single_quotation_marks_are_read_past_apostrophes()
    {
        var text = "The skippers' leader did not hold back.\n"
            + "'We won't pay it.\n"
            + "Not one of us will,' he said.\n"
            + "The council's reply is due.\n";
        Assert.Equal(
            [(false, "The skippers' leader did not hold back."), (true, "'We won't pay it.\nNot one of us will,' he said."),
             (true, "The council's reply is due.")],
            Blocks(text));
    }
}
