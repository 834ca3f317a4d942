using Rhetlint.Core.Text;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>Mistyped options and commands are usage errors with the nearest name suggested and a pointer to --help.</summary>
public sealed class UsageErrorTests : IDisposable
{
    private const string VagueSource = "One columnist noted that the port \"has never been cheaper to run.\"\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_the_nearest_option_and_nothing_is_checked()
    {
        var draft = _folder.Write("draft.txt", VagueSource);

        var result = Run("check", "--formt", "json", draft);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("rhetlint: unknown option '--formt' for 'check'; did you mean '--format'?\nRun 'rhetlint check --help' for usage.\n",
            result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_unknown_option_far_from_every_option_gets_no_suggestion()
    {
        var draft = _folder.Write("draft.txt", VagueSource);
        var result = Run("check", draft, "--quietly");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("rhetlint: unknown option '--quietly' for 'check'\n", result.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_suggests_the_nearest_command()
    {
        var result = Run("chek", "draft.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("rhetlint: unknown command 'chek'; did you mean 'check'?\nRun 'rhetlint --help' for usage.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_mistyped_subcommand_of_baseline_suggests_its_own_subcommands()
    {
        var result = Run("baseline", "updte", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("rhetlint: unknown command 'updte' for 'baseline'; did you mean 'update'?\nRun 'rhetlint baseline --help' for usage.\n",
            result.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_starts_with_a_dash_is_checked_after_double_dash()
    {
        var draft = _folder.Write("-draft.txt", VagueSource);
        var previous = Directory.GetCurrentDirectory();
        var result = Run("check", "--", draft);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("-draft.txt(1,1): warning RH3002", result.Out, StringComparison.Ordinal);
        Assert.Equal(previous, Directory.GetCurrentDirectory());
        Assert.Equal(0, Run("check", "-").ExitCode);
    }

    [Fact]
    public void Edit_distance_counts_insertions_deletions_and_substitutions()
    {
        Assert.Equal(1, EditDistance.Between("chek", "check"));
        Assert.Equal(1, EditDistance.Between("--colour", "--color"));
        Assert.Equal(2, EditDistance.Between("fxi", "fix"));
        Assert.Equal(0, EditDistance.Between("rules", "rules"));
    }
}
