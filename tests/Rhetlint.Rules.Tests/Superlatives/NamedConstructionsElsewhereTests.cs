using Microsoft.CodeAnalysis;
using Rhetlint.Core.Markup;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>
/// The superlative, absolute and consensus constructions issue 17 names, each with words its rule's own tests do not
/// use, beside a near miss of the same shape that must stay silent. A construction read off one example passes its
/// own test and fails here.
/// </summary>
public class NamedConstructionsElsewhereTests
{
    [Theory]
    // RH2005: absolutes about an asset and about one person's faculty, perfect-tense and modal forms.
    [InlineData("RH2005", "Vintage watches never lose their value.")]
    [InlineData("RH2005", "Her judgement is never wrong.")]
    [InlineData("RH2005", "Nobody has ever run a cleaner campaign in this county.")]
    [InlineData("RH2005", "No baker has ever made a better loaf.")]
    [InlineData("RH2005", "Nobody can match her serve.")]
    // RH2006: "as any X would tell you", "we all know", "people everywhere".
    [InlineData("RH2006", "As any gardener would tell you, tomatoes need full sun.")]
    [InlineData("RH2006", "We all know the new stadium is a waste of money.")]
    [InlineData("RH2006", "People everywhere understand that the parking charge is unfair.")]
    // RH2001: a scope is no support; a participle graded by "most"; a rank adjective on a maker; a Title-Case headline.
    [InlineData("RH2001", "Penlow is the best team in the league.")]
    [InlineData("RH2001", "It is the wettest summer since 1990.")]
    [InlineData("RH2001", "Dunmore Foods is the most trusted brand in the aisle.")]
    [InlineData("RH2001", "Harlow is the world's top maker of bicycles.")]
    // RH2003: a grand prediction of transformation.
    [InlineData("RH2003", "The new ticketing app will revolutionise live music forever.")]
    [InlineData("RH2003", "This headset will cure loneliness.")]
    public void Flags_the_construction_in_another_domain(string rule, string text) =>
        Assert.NotEmpty(Flagged(rule, text));

    [Theory]
    [InlineData("RH2005", "Farmland has held its value over 20 years, the land registry's price index shows.")]
    [InlineData("RH2005", "Nobody has ever climbed the north face in winter, according to the Alpine Club's records.")]
    [InlineData("RH2005", "Never sign a lease you haven't read.")]
    [InlineData("RH2006", "We all know the words to the anthem.")]
    [InlineData("RH2006", "Everyone knows the answer.")]
    [InlineData("RH2001", "It is the wettest summer since 1990, with 410 mm of rain, the Met Office said.")]
    [InlineData("RH2001", "The council wants to make Penlow the greenest town in Wales by 2035.")]
    [InlineData("RH2001", "The bakery aims to be the busiest in Cardiff by next spring.")]
    [InlineData("RH2001", "Harlow is the country's top maker of bicycles.")]
    [InlineData("RH2001", "It was a hard job at the best of times.")]
    [InlineData("RH2001", "The flat offers the best of both worlds.")]
    [InlineData("RH2001", "She won Best Actress at the festival.")]
    [InlineData("RH2003", "The trial will test whether the drug slows tumour growth.")]
    [InlineData("RH2003", "The new ticketing app will change how 40,000 fans buy seats next season, the promoter's figures show.")]
    public void Does_not_flag_the_near_miss_of_the_same_shape(string rule, string text) =>
        Assert.Empty(Flagged(rule, text));

    [Fact]
    public void Reads_a_title_case_headline_as_text() =>
        Assert.NotEmpty(Flagged("RH2001", "# Penlow Opens The Best Bakery In The North\n\nThe bakery on Mill Street sells bread and cakes.\n", DocumentFormat.Markdown));
}
