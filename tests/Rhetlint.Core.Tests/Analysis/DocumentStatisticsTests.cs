using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Tests.Analysis;

public class DocumentStatisticsTests
{
    private static DocumentStatistics Of(string text, DocumentFormat format = DocumentFormat.PlainText) =>
        DocumentStatistics.Of(Linter.BuildModel("test.txt", SourceText.From(text), format));

    [Fact]
    public void Counts_spoken_quotes_and_those_with_a_named_source()
    {
        var statistics = Of("“We will pay,” said Ilse Brandt, the mayor.\n\n“Nobody asked us,” a resident said.\n\n“Too late.”\n");
        Assert.Equal(3, statistics.DirectQuotes);
        Assert.Equal(1, statistics.NamedSourceQuotes);
    }

    [Fact]
    public void A_mentioned_term_is_not_a_direct_quote()
    {
        var statistics = Of("The council dropped the word “deterrence” from its plan.\n");
        Assert.Equal(0, statistics.DirectQuotes);
        Assert.Null(statistics.NamedSourceShare);
    }

    [Fact]
    public void Words_leave_out_markdown_code()
    {
        Assert.Equal(3, Of("The plan `is not` cheap.\n\n```\nall of this is code\n```\n", DocumentFormat.Markdown).Words);
    }
}
