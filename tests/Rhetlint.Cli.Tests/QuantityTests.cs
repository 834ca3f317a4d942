using Rhetlint.Cli.Output;

namespace Rhetlint.Cli.Tests;

/// <summary>Counts in the command line's messages read as Humanizer's <c>ToQuantity</c> wrote them.</summary>
public sealed class QuantityTests
{
    [Theory]
    [InlineData(1, "finding", "1 finding")]
    [InlineData(0, "finding", "0 findings")]
    [InlineData(3, "suggestion", "3 suggestions")]
    [InlineData(2, "direct quote", "2 direct quotes")]
    public void A_count_of_one_keeps_the_noun_singular_and_any_other_adds_s(long count, string noun, string expected) =>
        Assert.Equal(expected, Quantity.Of(count, noun));

    [Fact]
    public void A_format_writes_the_number_in_the_current_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");
            Assert.Equal("2,310 words", Quantity.Of(2310, "word", "N0"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
