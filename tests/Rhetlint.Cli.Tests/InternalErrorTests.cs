namespace Rhetlint.Cli.Tests;

/// <summary>
/// A bug met while checking one file (an exception nobody expected) is that file's internal error, as Ruff reports
/// "panicked while linting": the other files are still checked and reported, and the run exits 3 at the end.
/// </summary>
public sealed class InternalErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_bug_met_in_one_file_is_reported_as_its_internal_error_after_the_other_files_reports()
    {
        var draft = _folder.Write("ok.md", "Critics say the plan is the greatest.\n");
        var output = new StringWriter();
        var error = new StringWriter();

        // Standard input that fails as no stream should (not an IOException): the stand-in for a bug in reading one file.
        var code = Program.Run(["check", "--no-cache", "--format", "concise", "-", draft], output, error, () => new BrokenStream());

        Assert.Equal(3, code);
        Assert.Contains($"{draft}(1,1): warning RH3001:", output.ToString());
        var lines = error.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("rhetlint: <stdin>: internal error — please report it with this file (InvalidOperationException: the stream broke)", lines);
        Assert.DoesNotContain(lines, line => line.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bug_in_explain_names_the_file_and_exits_3()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = Program.Run(["explain", "-"], output, error, () => new BrokenStream());

        Assert.Equal(3, code);
        Assert.Equal("rhetlint: <stdin>: internal error — please report it with this file (InvalidOperationException: the stream broke)", error.ToString().TrimEnd());
    }

    private sealed class BrokenStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("the stream broke");

        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("the stream broke");
    }
}
