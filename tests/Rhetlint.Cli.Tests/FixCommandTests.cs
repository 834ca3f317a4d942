using System.Text;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary><c>rhetlint fix</c>: the diff, --write with and without --unsafe, line endings and encodings, refusals, --interactive.</summary>
public class FixCommandTests
{
    // WS102 (wire-style pack) offers a safe rewrite, RH4001 an unsafe one, RH3001 only templates to fill in.
    private const string Draft =
        "# Ferry budget\n\nThe council met in order to vote on the ferry budget.\n\nMayor Ilse Brandt clearly misled the Kestria council.\n\n"
        + "Critics say the harbor plan is reckless.\n";

    private static TempFolder Newsroom(string editorconfig = "root = true\n[*.{md,txt}]\nrhetlint.packs = wire-style\n")
    {
        var folder = new TempFolder();
        folder.Write(".editorconfig", editorconfig);
        return folder;
    }

    private static string DiffName(string path) => path.Replace('\\', '/').TrimStart('/');

    [Fact]
    public void Diff_prints_the_safe_rewrites_as_a_unified_diff_and_changes_nothing()
    {
        using var folder = Newsroom();
        var path = folder.Write("draft.md", Draft);

        var result = Run("fix", "--diff", path);

        Assert.Equal(
            $"--- a/{DiffName(path)}\n+++ b/{DiffName(path)}\n@@ -1,6 +1,6 @@\n # Ferry budget\n \n-The council met in order to vote on the ferry budget.\n"
            + "+The council met to vote on the ferry budget.\n \n Mayor Ilse Brandt clearly misled the Kestria council.\n \n",
            result.Out);
        Assert.Equal("Would fix 1 finding in 1 file (2 left: 1 unsafe, 1 display-only; rerun with --unsafe).\n", result.Error.ReplaceLineEndings("\n"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Draft, File.ReadAllText(path));
    }

    [Fact]
    public void Without_a_mode_fix_shows_the_diff_and_writes_nothing()
    {
        using var folder = Newsroom();
        var path = folder.Write("draft.md", Draft);
        var bare = Run("fix", path);
        Assert.Equal(Run("fix", "--diff", path), bare);
        Assert.Equal(Draft, File.ReadAllText(path));
    }

    [Fact]
    public void Diff_exits_0_when_there_is_nothing_it_may_apply()
    {
        using var folder = Newsroom();
        var path = folder.Write("draft.md", "Mayor Ilse Brandt clearly misled the Kestria council.\n");
        var result = Run("fix", path);
        Assert.Equal("", result.Out);
        Assert.Equal("Nothing to fix in 1 file (1 left: 1 unsafe; rerun with --unsafe).", result.Error.TrimEnd());
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Diff_with_unsafe_shows_the_unsafe_rewrites_too()
    {
        using var folder = Newsroom();
        var path = folder.Write("draft.md", Draft);
        var result = Run("fix", "--diff", "--unsafe", path);
        Assert.Contains("\n-Mayor Ilse Brandt clearly misled the Kestria council.\n+Mayor Ilse Brandt misled the Kestria council.\n", result.Out);
        Assert.Equal("Would fix 2 findings in 1 file (1 left: 1 display-only).", result.Error.TrimEnd());
    }

    [Fact]
    public void Write_applies_only_the_safe_rewrites()
    {
        using var folder = Newsroom();
        var path = folder.Write("draft.md", Draft);
        var other = folder.Write("notes.txt", "Ferries will utilize the north pier in Malmö.\n");

        var result = Run("fix", "--write", path, other);

        Assert.Equal("", result.Out);
        Assert.Equal("Fixed 2 findings in 2 files (2 left: 1 unsafe, 1 display-only; rerun with --unsafe).", result.Error.TrimEnd());
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Draft.Replace("in order to vote", "to vote"), File.ReadAllText(path));
        Assert.Equal("Ferries will use the north pier in Malmö.\n", File.ReadAllText(other));
    }

    [Fact]
    public void Write_with_unsafe_applies_the_unsafe_rewrites_as_well_but_never_a_template()
    {
        using var folder = Newsroom();
        var path = folder.Write("draft.md", Draft);

        var result = Run("fix", "--write", "--unsafe", path);

        Assert.Equal("Fixed 2 findings in 1 file (1 left: 1 display-only).", result.Error.TrimEnd());
        Assert.Equal(Draft.Replace("in order to vote", "to vote").Replace("clearly misled", "misled"), File.ReadAllText(path));
        // RH3001's rewrites have placeholders ("[Name], [role] at [organization]"): the sentence is left to the writer.
        Assert.Contains("Critics say the harbor plan is reckless.", File.ReadAllText(path));
        Assert.Equal("Nothing fixed in 1 file (1 left: 1 display-only).", Run("fix", "--write", "--unsafe", path).Error.TrimEnd());
    }

    [Fact]
    public void Write_keeps_the_byte_order_mark_and_crlf_and_an_inserted_paragraph_break_is_crlf_too()
    {
        using var folder = Newsroom();
        // RH3004 (off by default) splits two speakers' quotes with a rewrite that inserts "\n\n".
        const string draft = "“Fares must rise,” Mayor Ilse Brandt said. “That would hurt the island shops,” said grocer Åsa Lindqvist.\r\n\r\n"
            + "The council met in order to vote on the ferry budget.\r\n";
        var path = folder.WriteBytes("quotes.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(draft)]);

        var result = Run("fix", path, "--write", "--enable", "RH3004");

        Assert.Equal("Fixed 2 findings in 1 file.", result.Error.TrimEnd());
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            "“Fares must rise,” Mayor Ilse Brandt said.\r\n\r\n“That would hurt the island shops,” said grocer Åsa Lindqvist.\r\n\r\n"
            + "The council met to vote on the ferry budget.\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Write_keeps_utf16()
    {
        using var folder = Newsroom();
        var path = folder.WriteBytes("draft.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Prior to the vote, the ferry left Malmö.\n")]);
        Run("fix", "--write", path);
        Assert.Equal([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Before the vote, the ferry left Malmö.\n")], File.ReadAllBytes(path));
    }

    [Fact]
    public void Rewrites_that_never_settle_leave_the_file_alone_and_name_the_rules()
    {
        // Two house rules that undo each other: every pass has something to rewrite.
        using var folder = Newsroom("root = true\n[*.md]\nrhetlint.packs = house\n");
        folder.Write("house/pack.yaml", "name: house\n");
        folder.Write("house/boat.yaml", "id: HB101\nkind: substitution\nmessage: \"'{replacement}'\"\napplicability: safe\nswap:\n  ferry: boat\n"
            + "examples:\n  flag: ['The [[ferry]] left.']\n  pass: [The bus left.]\n");
        folder.Write("house/ferry.yaml", "id: HB102\nkind: substitution\nmessage: \"'{replacement}'\"\napplicability: safe\nswap:\n  boat: ferry\n"
            + "examples:\n  flag: ['The [[boat]] left.']\n  pass: [The bus left.]\n");
        var path = folder.Write("draft.md", "The ferry left Varn at noon.\n");

        var result = Run("fix", "--write", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"rhetlint: {path}: rewrites did not settle after 10 passes (HB101, HB102 kept rewriting); file left unchanged", result.Error);
        Assert.Equal("The ferry left Varn at noon.\n", File.ReadAllText(path));
    }

    [Fact]
    public void Modes_that_contradict_each_other_and_standard_input_are_refused()
    {
        using var folder = Newsroom();
        var path = folder.Write("draft.md", Draft);

        var both = Run("fix", "--diff", "--write", path);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("--diff and --write cannot be combined", both.Error);

        var stdin = RunWithInput(Draft, "fix", "-");
        Assert.Equal(2, stdin.ExitCode);
        Assert.Contains("rhetlint: -: standard input cannot be fixed in place", stdin.Error);

        var missing = Run("fix", "--write", Path.Combine(folder.Path, "nope.md"), path);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.md: no such file or directory", missing.Error);
        Assert.Equal(Draft.Replace("in order to vote", "to vote"), File.ReadAllText(path));
    }

    // The findings in order: WS102 'in order to' (safe), RH4001 'clearly' (unsafe), RH3001 'Critics say' (templates only),
    // WS102 'Prior to' (safe), RH4005 'Sadly' (unsafe).
    private const string Review =
        "The council met in order to vote on the ferry budget.\n\nMayor Ilse Brandt clearly misled the Kestria council.\n\n"
        + "Critics say the harbor plan is reckless.\n\nPrior to the vote, the ferry left.\n\nSadly, the ferry to Norvania left without the mayor.\n";

    [Fact]
    public void Interactive_accepts_skips_edits_and_quits_and_writes_what_was_accepted()
    {
        using var folder = Newsroom();
        var path = folder.Write("draft.md", Review);

        // accept; skip; accept refused (templates only), then edit; an unknown key shows the help, then accept; quit.
        var result = RunWithInput("a\ns\na\ne\nTwo harbor pilots, Ilse Brandt and Tomas Reyes, say\nx\na\nq\n", "fix", "--interactive", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "The council met to vote on the ferry budget.\n\nMayor Ilse Brandt clearly misled the Kestria council.\n\n"
            + "Two harbor pilots, Ilse Brandt and Tomas Reyes, say the harbor plan is reckless.\n\nBefore the vote, the ferry left.\n\n"
            + "Sadly, the ferry to Norvania left without the mayor.\n",
            File.ReadAllText(path));
        Assert.Equal("Fixed 3 findings in 1 file (2 left: 2 with a rewrite not applied).", result.Error.TrimEnd());

        var output = result.Out.ReplaceLineEndings("\n");
        Assert.Contains($"[1/5] {path}(1,17): suggestion WS102: Write 'to' instead of 'in order to'\n"
            + "    The council met in order to vote on the ferry budget.\n"
            + "                    ^^^^^^^^^^^\n"
            + "    safe rewrite: Replace with 'to'\n"
            + "    - The council met in order to vote on the ferry budget.\n"
            + "    + The council met to vote on the ferry budget.\n"
            + "[a]ccept, [s]kip, [e]dit, [q]uit? \n", output);
        Assert.Contains("    unsafe rewrite: Delete 'clearly'\n", output);
        Assert.Contains("    suggestion (fill in the brackets yourself): Count and cite them: [N] critics surveyed by [organization]\n"
            + "[s]kip, [e]dit, [q]uit? \nThis suggestion has placeholders to fill in: edit it (e) or skip it (s).\n"
            + "[s]kip, [e]dit, [q]uit? \nReplace 'Critics say' with (empty line: back): \n", output);
        Assert.Contains("a: apply the rewrite; s: leave the words as they are", output);
        Assert.Contains("[5/5]", output);
    }

    [Fact]
    public void Interactive_escapes_control_characters_of_the_draft_in_the_question_and_the_proposed_edit()
    {
        using var folder = Newsroom();
        // A window-title (OSC) sequence and SGR red on the flagged line: written raw, they would drive the terminal.
        var path = folder.Write("draft.md", "The \u001b]0;pwned\u0007council met in order to vote \u001b[31mon the budget.\n");

        var result = RunWithInput("e\n\na\n", "fix", "--interactive", path);

        var output = result.Out.ReplaceLineEndings("\n");
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        // The caret still sits under the flagged words once the line before them is escaped.
        Assert.Contains("    The \\x1b]0;pwned\\x07council met in order to vote \\x1b[31mon the budget.\n"
            + "                                    ^^^^^^^^^^^\n", output);
        Assert.Contains("    + The \\x1b]0;pwned\\x07council met to vote \\x1b[31mon the budget.\n", output);
        Assert.Equal("The \u001b]0;pwned\u0007council met to vote \u001b[31mon the budget.\n", File.ReadAllText(path));
    }

    [Fact]
    public void Interactive_stops_at_the_end_of_input_and_still_writes_what_was_accepted()
    {
        using var folder = Newsroom();
        var path = folder.Write("draft.md", Review);
        var result = RunWithInput("a\n", "fix", "-i", path);
        Assert.Contains("(end of input: stopping)", result.Out);
        Assert.StartsWith("The council met to vote on the ferry budget.\n", File.ReadAllText(path));
        Assert.Equal("Fixed 1 finding in 1 file (4 left: 3 with a rewrite not applied, 1 display-only).", result.Error.TrimEnd());
    }

    [Fact]
    public void Interactive_passes_over_a_finding_that_overlaps_an_accepted_change()
    {
        // RH2008 deletes 'very' in 'very unique', WS103 flags the same words: once the first is accepted, the second is moot.
        using var folder = Newsroom();
        var path = folder.Write("draft.md", "It was a very unique chance to rebuild the Kestria pier.\n");
        var result = RunWithInput("a\n", "fix", "-i", path);
        Assert.Contains("WS103: overlaps a change you accepted; skipped (run fix again to review it)", result.Out);
        Assert.Equal("It was a unique chance to rebuild the Kestria pier.\n", File.ReadAllText(path));
    }

    [Fact]
    public void Interactive_refuses_to_write_a_file_that_changed_while_the_writer_was_answering()
    {
        using var folder = Newsroom();
        var path = folder.Write("draft.md", Review);
        const string edited = "The council met in order to vote on the harbor budget.\n";
        var output = new StringWriter();
        var error = new StringWriter();

        // The first answer is read after the file was: an editor saves it meanwhile.
        var code = Program.Run(["fix", "--interactive", path], output, error, () => new SavingStream(path, edited, "a\nq\n"));

        Assert.Equal(2, code);
        Assert.Contains($"rhetlint: {path}: the file changed since it was read; nothing written", error.ToString());
        Assert.Equal(edited, File.ReadAllText(path));
    }

    /// <summary>Standard input whose first read rewrites a file, as an editor saving it while the writer answers.</summary>
    [Fact]
    public void Interactive_flushes_its_question_before_it_waits_for_the_answer()
    {
        using var folder = Newsroom();
        var path = folder.Write("draft.md", Review);
        // Standard output is buffered when redirected: a script that reads the question before it answers would wait forever.
        var output = new FlushRecordingWriter();
        var answers = new ReadWatchingStream("q\n", () => output.Flushed);

        Program.Run(["fix", "--interactive", path], output, new StringWriter(), () => answers);

        Assert.EndsWith("[a]ccept, [s]kip, [e]dit, [q]uit? ", answers.FlushedAtFirstRead);
    }

    /// <summary>A writer that keeps what had been written at its last flush.</summary>
    private sealed class FlushRecordingWriter : StringWriter
    {
        public string Flushed { get; private set; } = "";

        public override void Flush() => Flushed = ToString();
    }

    /// <summary>Answers, recording what the output had flushed when the first answer was read.</summary>
    private sealed class ReadWatchingStream(string answers, Func<string> flushed) : MemoryStream(Encoding.UTF8.GetBytes(answers))
    {
        public string? FlushedAtFirstRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            FlushedAtFirstRead ??= flushed();
            return base.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            FlushedAtFirstRead ??= flushed();
            return base.Read(buffer);
        }
    }

    private sealed class SavingStream(string path, string text, string answers) : MemoryStream(Encoding.UTF8.GetBytes(answers))
    {
        private bool _saved;

        public override int Read(byte[] buffer, int offset, int count)
        {
            Save();
            return base.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            Save();
            return base.Read(buffer);
        }

        private void Save()
        {
            if (_saved) return;
            File.WriteAllText(path, text);
            _saved = true;
        }
    }
}
