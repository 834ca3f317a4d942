using Rhetlint.Core.Lexicons;

namespace Rhetlint.Core.Tests.Lexicons;

public sealed class InflectionsTests
{
    [Theory]
    [InlineData("warns", "warn")]
    [InlineData("warned", "warn")]
    [InlineData("warning", "warn")]
    [InlineData("hoped", "hope")]
    [InlineData("hoping", "hope")]
    [InlineData("tries", "try")]
    [InlineData("tried", "try")]
    [InlineData("boxes", "box")]
    [InlineData("stopped", "stop")]
    [InlineData("sent", "send")]
    [InlineData("went", "go")]
    [InlineData("children", "child")]
    [InlineData("shockwaves", "shockwave")]
    [InlineData("slam", "slam")]
    public void A_form_matches_its_base(string word, string baseForm) => Assert.True(Inflections.IsFormOf(word, baseForm));

    [Theory]
    [InlineData("glass", "glas")]
    [InlineData("bring", "b")]
    [InlineData("sent", "sen")]
    [InlineData("warden", "warn")]
    public void Look_alikes_do_not_match(string word, string baseForm) => Assert.False(Inflections.IsFormOf(word, baseForm));
}
