using Rhetlint.Core.Config;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests;

public class PageFurnitureTests
{
    private const string Story =
        "Harbour town votes on a new marina\n\nThe council voted on Tuesday to build a marina beside the pier.\n\n"
        + "Related: Experts say the marina will flood every winter\n\nWork on the breakwater starts in the spring.\n";

    [Fact]
    public void A_link_line_is_not_analyzed() =>
        Assert.Empty(Flagged("RH3001", Story, DocumentOptions.Default));

    [Fact]
    public void Page_furniture_check_analyzes_every_block() =>
        Assert.Equal(["Experts say"], Flagged("RH3001", Story, DocumentOptions.Default with { SkipPageFurniture = false }));
}
