namespace Rhetlint.Cli.Tests;

public sealed class ProgressLineTests
{
    [Fact]
    public void The_line_is_redrawn_in_place_and_cleared_at_the_end()
    {
        var error = new StringWriter();
        var progress = new ProgressLine(error, total: 3, analyzed: () => 1);
        progress.Update(1);
        progress.Update(3);
        progress.Finish();
        Assert.Equal("\rchecked 1 of 3 files (0 from cache)\rchecked 3 of 3 files (2 from cache)\r\u001b[2K", error.ToString());
    }

    [Fact]
    public void Nothing_is_drawn_when_stderr_is_not_the_terminal() =>
        Assert.Null(ProgressLine.ForTerminal(new StringWriter(), total: 10_000, analyzed: () => 0));
}
