using System.Diagnostics;
using Rhetlint.Tests.Shared;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>What fails a CI run: --fail-on, --max-warnings, --exit-zero, and --changed-since limiting findings to changed lines.</summary>
public sealed class GatingTests : IDisposable
{
    private const string Vague = "One columnist noted that the plan \"gives away the harbor.\"\n";
    private const string Superlative = "It is the greatest energy policy this country has ever seen.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Max_warnings_fails_a_run_with_more_warnings_than_allowed()
    {
        var draft = _folder.Write("draft.txt", Vague + "\n" + Superlative);
        Assert.Equal(0, Run("check", draft, "--max-warnings", "2").ExitCode);
        Assert.Equal(1, Run("check", draft, "--max-warnings", "1").ExitCode);
        Assert.Equal(2, Run("check", draft, "--max-warnings", "-1").ExitCode);
    }

    [Fact]
    public void A_failed_gate_says_which_gate_failed()
    {
        var draft = _folder.Write("draft.txt", Vague + "\n" + Superlative);

        var maxWarnings = Run("check", draft, "--max-warnings", "1");
        Assert.Equal("rhetlint: failed: 2 warnings, more than --max-warnings 1\n", maxWarnings.Error.ReplaceLineEndings("\n"));

        var both = Run("check", draft, "--fail-on", "warning", "--max-warnings", "0");
        Assert.Equal("rhetlint: failed: 2 findings at or above --fail-on warning\nrhetlint: failed: 2 warnings, more than --max-warnings 0\n",
            both.Error.ReplaceLineEndings("\n"));

        Assert.Equal("", Run("check", draft).Error);
        Assert.Equal("", Run("check", draft, "--fail-on", "warning", "--exit-zero").Error);
    }

    [Fact]
    public void Exit_zero_reports_without_failing()
    {
        var draft = _folder.Write("draft.txt", Vague);
        var result = Run("check", draft, "--fail-on", "warning", "--exit-zero");
        Assert.Contains("RH3002", result.Out);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, Run("check", Path.Combine(_folder.Path, "missing.txt"), "--exit-zero").ExitCode);
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
    }

    private string Repository()
    {
        Git("init", "-q");
        Git("config", "user.email", "desk@harbor.example");
        Git("config", "user.name", "Desk");
        var draft = _folder.Write("draft.txt", Vague + "\nThe ferry left at noon.\n");
        Git("add", ".");
        Git("commit", "-q", "-m", "first draft");
        return draft;
    }

    [Fact]
    public void Changed_since_reports_only_findings_on_changed_lines_and_in_new_files()
    {
        var draft = Repository();
        File.WriteAllText(draft, Vague + "\n" + Superlative);
        var added = _folder.Write("new.txt", Vague);

        var result = Run("check", "--changed-since", "HEAD", draft, added);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("draft.txt(3,7): warning RH2001", result.Out);
        Assert.DoesNotContain("draft.txt(1,", result.Out);
        Assert.Contains("new.txt(1,1): warning RH3002", result.Out);
        Assert.Contains("RH3002", Run("check", draft).Out);
    }

    [Fact]
    public void Changed_since_checks_a_changed_Word_document_whole_and_an_unchanged_one_not_at_all()
    {
        Repository();
        var vague = WordDocuments.Paragraph(Vague.TrimEnd());
        var changed = _folder.WriteBytes("changed.docx", WordDocuments.Build([vague.CloneNode(true)]));
        var unchanged = _folder.WriteBytes("unchanged.docx", WordDocuments.Build([vague.CloneNode(true)]));
        Git("add", ".");
        Git("commit", "-q", "-m", "documents");
        File.WriteAllBytes(changed, WordDocuments.Build([vague.CloneNode(true), WordDocuments.Paragraph("The ferry left at noon.")]));

        var result = Run("check", "--changed-since", "HEAD", changed, unchanged);

        // Paragraph 1 did not change, but git cannot say which paragraphs of a zip did.
        Assert.Contains("changed.docx(1,1): warning RH3002", result.Out);
        Assert.DoesNotContain("unchanged.docx", result.Out);
    }

    [Fact]
    public void Changed_since_an_unknown_revision_or_outside_a_repository_is_an_input_error()
    {
        var draft = Repository();
        var unknown = Run("check", "--changed-since", "no-such-branch", draft);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no such revision", unknown.Error);

        using var outside = new TempFolder();
        var loose = outside.Write("draft.txt", Vague);
        var notRepository = Run("check", "--changed-since", "HEAD", loose);
        Assert.Equal(2, notRepository.ExitCode);
        Assert.Contains("--changed-since", notRepository.Error);
    }
}
