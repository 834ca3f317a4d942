using System.Text;
using CsCheck;
using Rhetlint.Cli.Fixes;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Fixes;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// Issue 7's acceptance: for random drafts built from fixture sentences, applying every rewrite never throws, never
/// touches a byte outside the edited spans, keeps the line endings, and a second <c>fix --write</c> changes nothing.
/// </summary>
public sealed class FixPropertyTests : IDisposable
{
    // Our own sentences (fictional names). Safe rewrites: WS102 (wire-style), HP101 (the house pack below), RH3004 (enabled
    // below). Unsafe: RH4001, RH4002, RH4004, RH4005, RH4007, RH2003, RH2008, RH3005. Templates only: RH3001, RH2004.
    private static readonly string[] Sentences =
    [
        "The council met in order to vote on the ferry budget.",
        "Prior to the vote, the ferry left the harbour at noon.",
        "Ferries will utilize the north pier in Malmö.",
        "“Fares must rise,” Mayor Ilse Brandt said. “That would hurt the island shops,” said grocer Åsa Lindqvist.",
        "Mayor Ilse Brandt clearly misled the Kestria council.",
        "Councillor Tomas Reyes admitted that the pier would close.",
        "The ministry's “experts” produced another tide forecast for Varn.",
        "Sadly, the ferry to Norvania left without the mayor.",
        "The so-called tide plan gives Varn the northern docks.",
        "Norvania's sinister toll scheme is troubling.",
        "It was a very unique chance to rebuild the Kestria pier.",
        "The iconic lighthouse at Norvania reopened.",
        "Critics say the harbor plan is reckless.",
        "The legendary ferry captain Ilse Brandt sailed again.",
        "The ferry carried 412 passengers to Varn on Sunday.",
        "Åsa Lindqvist, the harbour pilot, docked the ferry in Malmö — twice.",
        "“The harbour is ours,” said Ilse Brandt.",
        "In the event that the pier closes, the Harlow Institute will publish its judgement. 😀",
    ];

    private static readonly string[] BlockPrefixes = ["", "", "# ", "## ", "- ", "1. ", "> "];

    private readonly TempFolder _folder = new();

    public FixPropertyTests() => _folder.WriteHouseAndWireStylePacks();

    public void Dispose() => _folder.Dispose();

    /// <summary>A generated draft: its text, line break, byte-order mark, format, and whether unsafe rewrites are applied too.</summary>
    private sealed record Sample(string Text, string Newline, bool Bom, string Extension, bool Unsafe)
    {
        public override string ToString() => $"{Extension} bom={Bom} unsafe={Unsafe} newline={(Newline == "\n" ? "LF" : "CRLF")}: {Text.ReplaceLineEndings("⏎")}";
    }

    private static readonly Gen<Sample> Drafts =
        from newline in Gen.OneOf("\n", "\r\n")
        from blocks in Gen.Select(Gen.OneOf(BlockPrefixes), Gen.OneOf(Sentences).Array[1, 3]).Array[1, 6]
        from bom in Gen.Bool
        from extension in Gen.OneOf(".md", ".txt")
        from includeUnsafe in Gen.Bool
        from finalNewline in Gen.Bool
        select new Sample(
            string.Join(newline + newline, blocks.Select(b => b.Item1 + string.Join(" ", b.Item2))) + (finalNewline ? newline : ""),
            newline, bom, extension, includeUnsafe);

    private string WriteDraft(Sample sample)
    {
        var body = Encoding.UTF8.GetBytes(sample.Text);
        return _folder.WriteBytes($"draft-{Guid.NewGuid():N}{sample.Extension}", sample.Bom ? [.. Encoding.UTF8.GetPreamble(), .. body] : body);
    }

    [Fact]
    public void Applying_all_rewrites_touches_only_the_edited_spans_and_keeps_line_endings()
    {
        var rules = new RuleSets(["RH3004"]);
        var resolver = new EditorConfigResolver();
        Drafts.Sample(sample =>
        {
            var path = WriteDraft(sample);
            var (draft, error) = Draft.Load(path, rules, resolver.Resolve, CancellationToken.None);
            Assert.Null(error);

            var result = Fixer.Run(draft!.Text, draft.Analyze, sample.Unsafe ? Applicability.Unsafe : Applicability.Safe);

            Assert.True(result.Settled, string.Join(", ", result.UnsettledRules));
            var passes = result.Passes.Select(p => p.Before).Append(result.Fixed).ToList();
            for (var i = 0; i < result.Passes.Length; i++)
                AssertOnlyEditedSpansChanged(passes[i], passes[i + 1], result.Passes[i].Edits);
            var text = result.Fixed.ToString();
            // A draft of one line has no line breaks of its own to follow: an inserted one is a line feed.
            if (sample.Text.Contains("\r\n", StringComparison.Ordinal)) Assert.DoesNotMatch("(?<!\r)\n|\r(?!\n)", text);
            else Assert.DoesNotContain('\r', text);
            File.Delete(path);
        }, iter: 150);
    }

    [Fact]
    public void A_second_fix_write_changes_nothing()
    {
        Drafts.Sample(sample =>
        {
            var path = WriteDraft(sample);
            string[] args = ["fix", path, "--write", .. sample.Unsafe ? ["--unsafe"] : Array.Empty<string>(), "--enable", "RH3004"];

            var first = CliRunner.Run(args);
            Assert.True(first.ExitCode == 0, first.Error);
            var written = File.ReadAllBytes(path);
            Assert.Equal(sample.Bom, written.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()));

            var second = CliRunner.Run(args);
            Assert.True(second.ExitCode == 0, second.Error);
            Assert.StartsWith("Nothing fixed in 1 file", second.Error);
            Assert.Equal(written, File.ReadAllBytes(path));
            File.Delete(path);
        }, iter: 100);
    }

    /// <summary>
    /// The bytes of <paramref name="after"/> are those of <paramref name="before"/> with each edited span's bytes swapped
    /// for its new text's: the prefix before the first edit, every stretch between two edits and the suffix after the
    /// last are byte-for-byte what they were (in the document's encoding, after its byte-order mark).
    /// </summary>
    internal static void AssertOnlyEditedSpansChanged(Microsoft.CodeAnalysis.Text.SourceText before, Microsoft.CodeAnalysis.Text.SourceText after,
        IEnumerable<FixEdit> edits)
    {
        var encoding = before.Encoding!;
        var old = SourceWriter.Encode(before);
        var @new = SourceWriter.Encode(after);
        var preamble = encoding.GetPreamble().Length;
        Assert.Equal(old[..preamble], @new[..preamble]);
        int oldAt = preamble, newAt = preamble, position = 0;
        foreach (var change in edits.SelectMany(e => e.Changes).OrderBy(c => c.Span.Start))
        {
            var kept = encoding.GetByteCount(before.ToString(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(position, change.Span.Start)));
            Assert.Equal(old.AsSpan(oldAt, kept).ToArray(), @new.AsSpan(newAt, kept).ToArray());
            oldAt += kept + encoding.GetByteCount(before.ToString(change.Span));
            newAt += kept + encoding.GetByteCount(change.NewText!);
            position = change.Span.End;
        }
        Assert.Equal(old.AsSpan(oldAt).ToArray(), @new.AsSpan(newAt).ToArray());
    }
}
