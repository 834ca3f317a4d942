using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>The terminal formats (text, concise) never pass a draft's or a file name's control characters through.</summary>
public sealed class TerminalEscapeTests : IDisposable
{
    private const string Superlative = "Critics say the plan is the greatest.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Text_and_concise_output_escape_control_characters_from_the_draft()
    {
        var draft = _folder.Write("a.txt", "Critics say \u001b]0;pwned\u0007\u001b[31m the plan is the greatest.\n");

        foreach (var format in new[] { "text", "concise" })
        {
            var output = Run("check", "--format", format, draft).Out;
            Assert.Contains("RH", output);
            Assert.DoesNotContain('\u001b', output);
            Assert.DoesNotContain('\u0007', output);
        }
        Assert.Contains(@"\x1b]0;pwned\x07\x1b[31m", Run("check", draft).Out);
    }

    [Fact]
    public void Error_lines_escape_control_characters_from_a_file_name()
    {
        var missing = Path.Combine(_folder.Path, "gone\u001b[2J\nx.md");
        var draft = _folder.Write("ok.md", Superlative + "\n");

        var result = Run("check", draft, missing);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n'), l => l.Contains("gone", StringComparison.Ordinal));
        Assert.Contains(@"gone\x1b[2J\nx.md", line);
        Assert.DoesNotContain('\u001b', result.Error);
    }

    [Fact]
    public void A_newline_or_escape_in_a_file_name_stays_on_the_finding_line()
    {
        var draft = _folder.Write("new\nline\u001b[2J.md", Superlative + "\n");

        foreach (var format in new[] { "text", "concise" })
        {
            var output = Run("check", "--format", format, draft).Out;
            var headlines = output.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": suggestion ", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(headlines);
            Assert.All(headlines, l => Assert.StartsWith(Path.Combine(_folder.Path, @"new\nline\x1b[2J.md("), l));
            Assert.DoesNotContain('\u001b', output);
        }
    }
}
