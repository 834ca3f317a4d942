using Rhetlint.Tests.Shared;

namespace Rhetlint.Rules.Tests;

public class GoldenFileTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData("0", null, false)]
    [InlineData("1", null, true)]
    [InlineData("1", "", true)]
    [InlineData(null, "true", false)]
    public void Golden_files_are_rewritten_only_when_asked_for_outside_ci(string? update, string? ci, bool expected) =>
        Assert.Equal(expected, GoldenFile.ShouldUpdate(update, ci));

    [Fact]
    public void An_update_in_ci_is_refused() =>
        Assert.Contains("refused in CI", Assert.Throws<InvalidOperationException>(() => GoldenFile.ShouldUpdate("1", "true")).Message);
}
