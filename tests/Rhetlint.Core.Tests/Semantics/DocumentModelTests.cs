using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Semantics;

public class DocumentModelTests
{
    private static DocumentModel Model(string text) =>
        DocumentModel.Build("test.txt", ProseParser.Parse(PlainTextReader.Read(SourceText.From(text))));

    [Theory]
    [InlineData("Kestria is said to have moved its fleet.")]
    [InlineData("It is widely believed that the fleet has moved.")]
    [InlineData("The envoy was described as a hardliner.")]
    [InlineData("The minister has long been reported to favour the deal.")]
    public void A_passive_reporting_verb_makes_no_attribution_frame(string text) =>
        Assert.Empty(Model(text).Frames);

    [Fact]
    public void An_active_reporting_verb_still_makes_a_frame()
    {
        var frame = Assert.Single(Model("Ilse Brandt said the fleet had moved.").Frames);
        Assert.Equal(SpeakerClass.NamedPerson, frame.Speaker);
    }

    [Theory]
    [InlineData("The treaty dates from the 1970s.", FigureKind.Date)]
    [InlineData("The treaty dates from 1972.", FigureKind.Date)]
    [InlineData("The treaty covers 240 ships.", FigureKind.Count)]
    public void A_decade_dates_a_claim_like_a_year(string text, FigureKind expected) =>
        Assert.Equal(expected, Assert.Single(Model(text).EvidenceItems).Figure);
}
