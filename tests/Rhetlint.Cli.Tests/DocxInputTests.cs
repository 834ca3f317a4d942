using System.Text.Json;
using System.Text.Json.Nodes;
using static Rhetlint.Cli.Tests.CliRunner;
using static Rhetlint.Tests.Shared.WordDocuments;

namespace Rhetlint.Cli.Tests;

/// <summary>Word documents as input (issue 20): findings located by paragraph and character in every format, hostile files refused.</summary>
public sealed class DocxInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>An op-ed of our own with a heading, a table and findings of several families; the same as Markdown below.</summary>
    private static byte[] OpEdDocx() => Build(
    [
        Styled("berschrift1", "The Harbor Tariff"),
        Paragraph(Run("Critics say the new harbor tariff is "), Bold("the greatest blunder"), Run(" this council has ever made.")),
        Paragraph("A leading port economist put it plainly: \"Nobody will land fish in Marlow again.\" Clearly, the council ignored every warning."),
        Table(["Measure", "Effect"], ["Tariff", "Studies show it drives trade away."]),
        Paragraph(Run("Everyone knows the "), Italic("so-called"), Run(" reform is a disaster for the coast.")),
    ]);

    private const string OpEdMarkdown = """
        # The Harbor Tariff

        Critics say the new harbor tariff is the greatest blunder this council has ever made.

        A leading port economist put it plainly: "Nobody will land fish in Marlow again." Clearly, the council ignored every warning.

        | Measure | Effect |
        |---|---|
        | Tariff | Studies show it drives trade away. |

        Everyone knows the so-called reform is a disaster for the coast.

        """;

    private static List<(string Id, string Text)> Findings(string path)
    {
        var result = Run("check", "--format", "json", "--no-cache", path);
        Assert.True(result.ExitCode is 0 or 1, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        return [.. json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("id").GetString()!, d.GetProperty("text").GetString()!))];
    }

    [Fact]
    public void The_same_op_ed_as_Markdown_and_as_Word_gives_the_same_findings()
    {
        var markdown = Findings(_folder.Write("op-ed.md", OpEdMarkdown));
        var word = Findings(_folder.WriteBytes("op-ed.docx", OpEdDocx()));

        Assert.Contains(("RH3001", "Critics say"), word);
        Assert.True(word.Select(f => f.Id[..3]).Distinct().Count() >= 3, string.Join(", ", word));
        Assert.Equal(markdown, word);
    }

    [Fact]
    public void Text_output_gives_paragraph_and_character_as_line_and_column()
    {
        var path = _folder.WriteBytes("op-ed.docx", OpEdDocx());

        var result = Run("check", "--format", "concise", "--no-cache", path);

        // "Critics say" starts paragraph 2 (the heading is paragraph 1).
        Assert.Contains($"{path}(2,1): warning RH3001:", result.Out);
    }

    [Fact]
    public void Json_gives_the_locator_in_words_only_for_Word_documents()
    {
        var word = _folder.WriteBytes("op-ed.docx", OpEdDocx());
        var markdown = _folder.Write("op-ed.md", OpEdMarkdown);

        var files = JsonNode.Parse(Run("check", "--format", "json", "--no-cache", word, markdown).Out)!["files"]!.AsArray();

        var critics = files[0]!["diagnostics"]!.AsArray().First(d => (string)d!["id"]! == "RH3001")!;
        Assert.Equal("paragraph 2, characters 1-11", (string?)critics["locator"]);
        Assert.Equal("Critics say", (string?)critics["text"]);
        Assert.All(files[1]!["diagnostics"]!.AsArray(), d => Assert.Null(d!["locator"]));
    }

    [Fact]
    public void Sarif_names_the_paragraph_as_a_logical_location_and_offers_no_byte_replacements()
    {
        var path = _folder.WriteBytes("op-ed.docx", OpEdDocx());

        var run = JsonNode.Parse(Run("check", "--format", "sarif", "--no-cache", path).Out)!["runs"]![0]!;

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (string?)run["artifacts"]![0]!["mimeType"]);
        var critics = run["results"]!.AsArray().First(r => (string)r!["ruleId"]! == "RH3001")!;
        var location = critics["locations"]![0]!;
        Assert.Equal("paragraph 2", (string?)location["logicalLocations"]![0]!["name"]);
        Assert.Equal("paragraph 2, characters 1-11", (string?)location["logicalLocations"]![0]!["fullyQualifiedName"]);
        Assert.Equal("Critics say", (string?)location["physicalLocation"]!["region"]!["snippet"]!["text"]);
        Assert.All(run["results"]!.AsArray(), r => Assert.Null(r!["fixes"]));
    }

    [Fact]
    public void Explain_reads_a_Word_document()
    {
        var path = _folder.WriteBytes("op-ed.docx", OpEdDocx());

        var result = Run("explain", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("RH3001", result.Out);
    }

    [Fact]
    public void A_folder_walk_checks_Word_documents_and_skips_Words_lock_files()
    {
        _folder.WriteBytes("drafts/op-ed.docx", OpEdDocx());
        _folder.Write("drafts/~$op-ed.docx", "Ada Lovelace   ");

        var result = Run("check", "--format", "concise", "--no-cache", Path.Combine(_folder.Path, "drafts"));

        Assert.NotEqual(2, result.ExitCode);
        Assert.Contains("op-ed.docx(2,1): warning RH3001:", result.Out);
        Assert.DoesNotContain("~$", result.Out + result.Error);
    }

    [Theory]
    [InlineData("not-a-zip.docx", "not a Word document (not a zip archive); save it as .docx")]
    [InlineData("locked.docx", "an encrypted Word document or a legacy .doc")]
    public void A_hostile_file_is_its_own_input_error_and_the_others_are_still_checked(string name, string reason)
    {
        var hostile = _folder.WriteBytes(name, name == "locked.docx" ? [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0] : "Plain words."u8.ToArray());
        var good = _folder.WriteBytes("op-ed.docx", OpEdDocx());

        var result = Run("check", "--format", "concise", "--no-cache", hostile, good);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"rhetlint: {hostile}: {reason}", result.Error);
        Assert.Contains("op-ed.docx(2,1): warning RH3001:", result.Out);
    }

    [Fact]
    public void A_baseline_hides_the_findings_of_an_unchanged_Word_document()
    {
        var path = _folder.WriteBytes("op-ed.docx", OpEdDocx());
        var baseline = Path.Combine(_folder.Path, "baseline.json");

        Assert.Equal(0, Run("baseline", "create", path, "--file", baseline).ExitCode);
        var result = Run("check", "--format", "concise", "--no-cache", "--baseline", baseline, path);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("RH3001", result.Out);
    }
}
