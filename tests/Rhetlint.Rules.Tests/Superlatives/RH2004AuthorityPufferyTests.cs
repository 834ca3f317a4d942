using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

public class RH2004AuthorityPufferyTests
{
    [Theory]
    [InlineData("Renowned strategist Tom Hale insists the war is already lost.", "Renowned strategist")]
    [InlineData("Ilse Brandt, one of the world's leading economists, said the tariff would fail.", "one of the world's leading economists")]
    [InlineData("The panel was chaired by Ilse Brandt, a distinguished climate scientist.", "a distinguished climate scientist")]
    [InlineData("Brandt is a leading expert on Varn.", "a leading expert")]
    public void Flags_a_named_person_with_a_puffed_credential(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2004", text));

    [Fact]
    public void A_named_puff_is_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH2004", "Renowned strategist Tom Hale insists the war is already lost."));

    [Theory]
    [InlineData("Tom Hale, a professor of strategy at Brenner University who has written three books on alliances, said the budget gap is growing.")]
    [InlineData("The Leading Edge Forum published its survey on Tuesday.")]
    [InlineData("The leading candidate, Tom Hale, won the vote.")]
    [InlineData("Ilse Brandt, a prominent critic of the Varn government, left the country in May.")]
    [InlineData("The country's top diplomat, Ilse Brandt, said the talks would resume.")]
    [InlineData("“Renowned strategist Tom Hale was wrong,” said the senator, Ana Ruiz.")]
    [InlineData("Ilse Brandt, a Distinguished Professor of History, opened the session.")]
    public void Does_not_flag_titles_names_posts_or_quotes(string text) =>
        Assert.Empty(Flagged("RH2004", text));

    [Fact]
    public void An_unnamed_puffed_source_is_left_to_RH3002()
    {
        const string text = "A leading Harvard scholar said the alliance is finished.";
        Assert.Empty(Flagged("RH2004", text));
        Assert.Equal(["A leading Harvard scholar said"], Flagged("RH3002", text));
    }

    /// <summary>"top" after the possessive of an organization or a person names the highest post on its staff.</summary>
    [Theory]
    [InlineData("The agency's top IT staffer, Lars Ekdal, resigned on Monday.")]
    [InlineData("Vale's top lawyer Mira Oster filed the appeal.")]
    [InlineData("The clinic lost its top surgeon, Ana Ruiz, to a rival hospital.")]
    public void Top_after_an_owner_names_a_post(string text) =>
        Assert.Empty(Flagged("RH2004", text));

    /// <summary>After a place or a field, "top" ranks the field: still a puffed credential.</summary>
    [Theory]
    [InlineData("Germany's top economist, Ada Brenn, disagreed.", "top economist")]
    [InlineData("The world's top surgeon, Ana Ruiz, operated on him.", "The world's top surgeon")]
    public void Top_after_a_place_or_a_field_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2004", text));
}
