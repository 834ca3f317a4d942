using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// Files on disk that are not plain drafts: symbolic links, hard links, pipes, devices, read-only files and folders,
/// other users' files, huge files, leftovers of killed runs, and text in encodings Rhetlint does not read
/// (reliability.md items 2, 3, 8, 9, 19, 20, 22, 26, 27, 28, 29).
/// </summary>
[UnsupportedOSPlatform("windows")] // The tests that need POSIX files skip themselves there.
public class FileSafetyTests
{
    // WS102 (wire-style pack) rewrites "in order to" safely; RH3001 flags "Critics say" in every file.
    private const string Fixable = "The council met in order to vote on the ferry budget.\n";
    private const string Fixed = "The council met to vote on the ferry budget.\n";
    private const string Flagged = "Critics say the harbor plan is reckless.\n";
    private const string WireStyle = "root = true\n[*]\nrhetlint.packs = wire-style\n";

    /// <summary>A run guarded against hanging: a walk into a link loop or a read from a pipe must end.</summary>
    private static CliResult RunWithin60Seconds(params string[] args)
    {
        var run = Task.Run(() => Run(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), $"rhetlint {string.Join(' ', args)} did not finish within 60 s");
        return run.Result;
    }

    private static void Shell(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)}: {error}");
    }

    private static string Owner(string path)
    {
        var start = new ProcessStartInfo("stat", ["-c", "%u:%g", path]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var owner = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return owner;
    }

    [UnixFact]
    public void Output_through_a_symlink_writes_the_target_and_keeps_the_link()
    {
        using var folder = new TempFolder();
        var draft = folder.Write("a.md", Flagged);
        var target = folder.Write("real.json", "old\n");
        var link = Path.Combine(folder.Path, "link.json");
        File.CreateSymbolicLink(link, "real.json");

        var result = Run("check", "--no-cache", "--format", "json", "--output", link, draft);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("real.json", new FileInfo(link).LinkTarget);
        Assert.Contains("\"RH3001\"", File.ReadAllText(target));
    }

    [UnixFact]
    public void Output_to_a_pipe_is_refused_and_the_pipe_is_left_alone()
    {
        using var folder = new TempFolder();
        var draft = folder.Write("a.md", Flagged);
        var pipe = Path.Combine(folder.Path, "report.txt");
        Shell("mkfifo", pipe);

        var result = RunWithin60Seconds("check", "--no-cache", "--output", pipe, draft);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"rhetlint: cannot write {pipe}: a named pipe (FIFO), not a regular file", result.Error);
        Assert.Equal(0, new FileInfo(pipe).Length);
        Assert.Empty(Directory.GetFiles(folder.Path, ".report*"));
    }

    [UnixFact]
    public void Baseline_file_through_a_symlink_writes_the_target()
    {
        using var folder = new TempFolder();
        var draft = folder.Write("a.md", Flagged);
        var target = folder.Write("kept/baseline.json", "{}\n");
        var link = Path.Combine(folder.Path, "baseline.json");
        File.CreateSymbolicLink(link, target);

        var result = Run("baseline", "create", draft, "--file", link);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Contains("RH3001", File.ReadAllText(target));
    }

    [NotAsRootFact]
    public void Fix_write_refuses_a_read_only_draft()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", WireStyle);
        var draft = folder.Write("a.md", Fixable);
        File.SetUnixFileMode(draft, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var result = Run("fix", "--write", draft);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"rhetlint: {draft}: the file is read-only (permission denied); nothing written", result.Error);
        Assert.Equal(Fixable, File.ReadAllText(draft));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(draft));
    }

    [AsRootFact]
    public void Fix_write_as_root_keeps_the_owner_and_group_of_the_draft()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", WireStyle);
        var draft = folder.Write("a.md", Fixable);
        Shell("chown", "65534:65534", draft);

        var result = Run("fix", "--write", draft);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Fixed, File.ReadAllText(draft));
        Assert.Equal("65534:65534", Owner(draft));
    }

    [UnixFact]
    public void Fix_write_and_add_suppressions_refuse_a_hard_linked_draft_rather_than_break_the_link()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", WireStyle);
        var draft = folder.Write("a.md", Fixable + "\n" + Flagged);
        var other = Path.Combine(folder.Path, "b.md");
        Shell("ln", draft, other);

        var fix = Run("fix", "--write", draft);
        var suppress = Run("check", "--no-cache", "--add-suppressions", draft);

        Assert.Equal(2, fix.ExitCode);
        Assert.Contains($"rhetlint: {draft}: the file has 2 hard links, and replacing it would leave the other names with the old text; nothing written", fix.Error);
        Assert.Equal(2, suppress.ExitCode);
        Assert.Contains("hard links", suppress.Error);
        Assert.Equal(Fixable + "\n" + Flagged, File.ReadAllText(other));
        Assert.Equal(Fixable + "\n" + Flagged, File.ReadAllText(draft));
    }

    [UnixFact]
    public void A_relative_symlink_named_without_a_folder_is_written_through()
    {
        // The bug needs a link named without any folder, so the files go in the working directory (the test output
        // folder), under names no other test uses.
        var id = Guid.NewGuid().ToString("N");
        string target = $"rhetlint-real-{id}.md", link = $"rhetlint-link-{id}.md", config = $"rhetlint-config-{id}.ini";
        try
        {
            File.WriteAllText(target, Fixable + "\n" + Flagged);
            File.CreateSymbolicLink(link, target);
            File.WriteAllText(config, "[*]\nrhetlint.packs = wire-style\n");

            var fix = Run("fix", "--write", "--config", config, link);
            var suppress = Run("check", "--no-cache", "--add-suppressions", "--config", config, link);

            Assert.Equal(0, fix.ExitCode);
            Assert.Equal(0, suppress.ExitCode);
            Assert.Equal($"rhetlint: {link}: added 1 suppression comment", suppress.Error.Trim());
            Assert.Equal(target, new FileInfo(link).LinkTarget);
            Assert.StartsWith(Fixed + "\n<!-- rhetlint-ignore RH3001", File.ReadAllText(target));
        }
        finally
        {
            File.Delete(link);
            File.Delete(target);
            File.Delete(config);
        }
    }

    [NotAsRootFact]
    public void Add_suppressions_that_cannot_write_the_draft_exits_2()
    {
        using var folder = new TempFolder();
        var draft = folder.Write("a.md", Flagged);
        File.SetUnixFileMode(draft, UnixFileMode.UserRead);

        var result = Run("check", "--no-cache", "--add-suppressions", draft);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("read-only", result.Error);
    }

    [UnixFact]
    public void A_write_removes_temporary_files_that_a_killed_run_left_in_the_folder()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", WireStyle);
        var draft = folder.Write("a.md", Fixable);
        var stale = folder.Write($".a.md.rhetlint-{Guid.NewGuid():N}.tmp", Fixed);
        var inProgress = folder.Write($".b.md.rhetlint-{Guid.NewGuid():N}.tmp", Fixed);
        var notOurs = folder.Write(".a.md.rhetlint-notes.tmp", "mine\n");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        File.SetLastWriteTimeUtc(notOurs, DateTime.UtcNow.AddHours(-1));

        var result = Run("fix", "--write", draft);

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(inProgress));
        Assert.True(File.Exists(notOurs));
    }

    [Fact]
    public void A_report_that_cannot_be_written_names_the_report_not_a_temporary_file()
    {
        using var folder = new TempFolder();
        var draft = folder.Write("a.md", Flagged);
        var report = Path.Combine(folder.Path, "missing", "out.json");

        var result = Run("check", "--no-cache", "--output", report, draft);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"rhetlint: cannot write {report}: no such file or directory", result.Error.Trim());
    }

    [NotAsRootFact]
    public void Fix_in_a_read_only_folder_names_the_draft_not_a_temporary_file()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", WireStyle);
        var draft = folder.Write("locked/a.md", Fixable);
        var locked = Path.GetDirectoryName(draft)!;
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var result = Run("fix", "--write", draft);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"rhetlint: {draft}: its folder is not writable (permission denied); nothing written", result.Error);
            Assert.DoesNotContain(".tmp", result.Error);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [UnixFact]
    public void The_folder_walk_does_not_follow_links_to_folders_into_a_loop()
    {
        using var folder = new TempFolder();
        folder.Write("t/ok.md", Flagged);
        Directory.CreateDirectory(Path.Combine(folder.Path, "t", "sub"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "t", "sub", "a"), "..");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "t", "sub", "b"), "..");

        var result = RunWithin60Seconds("check", "--no-cache", "--format", "concise", Path.Combine(folder.Path, "t"));

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Out.Split('\n'), line => line.Contains("ok.md("));
        Assert.Equal("", result.Error.Replace("1 warning in 1 file (1 checked).", "").Trim());
    }

    [UnixFact]
    public void A_pipe_in_a_checked_folder_is_an_input_error_and_the_other_drafts_are_reported()
    {
        using var folder = new TempFolder();
        var good = folder.Write("t/ok.md", Flagged);
        var pipe = Path.Combine(folder.Path, "t", "pipe.md");
        Shell("mkfifo", pipe);

        var result = RunWithin60Seconds("check", "--no-cache", Path.Combine(folder.Path, "t"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"rhetlint: {pipe}: a named pipe (FIFO), not a regular file; only files are read", result.Error);
        Assert.Contains($"{good}(1,1): warning RH3001", result.Out);
    }

    [UnixFact]
    public void A_draft_that_links_to_a_device_is_an_input_error()
    {
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Path, "z.md");
        File.CreateSymbolicLink(link, "/dev/zero");

        var result = RunWithin60Seconds("check", "--no-cache", link);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"rhetlint: {link}: a character device, not a regular file; only files are read (pipe text to `-` instead)", result.Error.Trim());
    }

    [Fact]
    public void A_file_over_the_size_cap_is_an_input_error()
    {
        using var folder = new TempFolder();
        var huge = folder.WriteBytes("huge.txt", Enumerable.Repeat((byte)'a', 16 * 1024 * 1024 + 1).ToArray());
        var small = folder.Write("small.md", Flagged);

        var result = Run("check", "--no-cache", huge, small);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"rhetlint: {huge}: larger than 16 MB; Rhetlint checks drafts up to that size (split the file)", result.Error);
        Assert.Contains("RH3001", result.Out);
    }

    [NotAsRootFact]
    public void An_unreadable_folder_is_an_input_error()
    {
        using var folder = new TempFolder();
        folder.Write("t/locked/s.md", Flagged);
        folder.Write("t/ok.md", "The ferry ran on time.\n");
        var locked = Path.Combine(folder.Path, "t", "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var result = Run("check", "--no-cache", "--fail-on", "warning", Path.Combine(folder.Path, "t"));

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"rhetlint: {locked}: cannot read the folder (permission denied); its drafts were not checked", result.Error);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Utf32_text_and_nul_characters_in_utf16_text_are_refused()
    {
        using var folder = new TempFolder();
        var utf32 = folder.WriteBytes("a.md", [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetBytes(Flagged)]);
        var nul = folder.WriteBytes("b.md", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Critics\0 say the plan is reckless.\n")]);

        var result = Run("check", "--no-cache", utf32, nul);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"rhetlint: {utf32}: UTF-32 text (byte-order mark); only UTF-8 or UTF-16 text is checked, save the file as UTF-8", result.Error);
        Assert.Contains($"rhetlint: {nul}: binary file (contains NUL characters)", result.Error);
        Assert.DoesNotContain("RH3001", result.Out);
    }

    [Fact]
    public void Invalid_utf8_typed_at_the_interactive_edit_prompt_is_refused_and_not_written()
    {
        using var folder = new TempFolder();
        var draft = folder.Write("a.md", Flagged);
        byte[] answers = [.. "e\n"u8, 0xF0, 0x9F, 0x98, 0x80, 0x20, 0xFF, 0xFE, (byte)'\n'];
        var output = new StringWriter();
        var error = new StringWriter();

        var code = Program.Run(["fix", "--interactive", draft], output, error, () => new MemoryStream(answers));

        Assert.Equal(2, code);
        Assert.Contains("rhetlint: standard input: an answer is not valid UTF-8", error.ToString());
        Assert.Equal(Flagged, File.ReadAllText(draft));
    }

    [Fact]
    public void Invalid_utf8_in_a_pack_file_is_reported_with_its_position()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.md]\nrhetlint.packs = house\n");
        folder.Write("house/pack.yaml", "name: house\n");
        var rule = folder.WriteBytes("house/hype.yaml", [.. "id: HG101\nkind: existence\nmessage: hype\nphrases: [bomb"u8, 0xFF, .. "shell]\n"u8]);
        var draft = folder.Write("draft.md", "The audit was a bombshell.\n");

        var result = Run("check", "--no-cache", draft);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{rule}(1,1): error: cannot read the file (not valid UTF-8 at byte 54; save the file as UTF-8)", result.Error);
    }

    [Fact]
    public void A_lexicon_path_that_is_a_folder_and_a_config_that_is_a_folder_say_so()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.md]\nrhetlint.vocabulary = style\n");
        folder.Write("style/accept.txt", "Greatest Story Company\n");
        var draft = folder.Write("draft.md", Flagged);

        var lexicon = Run("check", "--no-cache", draft);
        var config = Run("check", "--no-cache", "--config", folder.Path, draft);

        Assert.Equal(2, lexicon.ExitCode);
        Assert.Contains($"{Path.Combine(folder.Path, "style")}: a folder, not a lexicon file", lexicon.Error);
        Assert.Equal(2, config.ExitCode);
        Assert.Contains($"{folder.Path}: a folder; --config takes a file in .editorconfig format", config.Error);
    }
}

/// <summary>A test of symbolic links, pipes or POSIX permissions.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "needs POSIX file semantics (symbolic links, FIFOs, hard links, modes)";
    }
}

/// <summary>A test of a permission refusal, which root never meets: it may read and write any file.</summary>
public sealed class NotAsRootFactAttribute : FactAttribute
{
    public NotAsRootFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "needs POSIX file modes";
        else if (Environment.IsPrivilegedProcess) Skip = "running as root, which may read and write any file: the refusal under test cannot happen";
    }
}

/// <summary>A test that needs root: only root can make a file belong to another user.</summary>
public sealed class AsRootFactAttribute : FactAttribute
{
    public AsRootFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "needs POSIX owners";
        else if (!Environment.IsPrivilegedProcess) Skip = "not running as root, which alone can give a file to another user";
    }
}
