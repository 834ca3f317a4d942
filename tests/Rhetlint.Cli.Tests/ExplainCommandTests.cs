using System.Text.Json;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

public class ExplainCommandTests
{
    private const string Draft = "Harbor fees rose again.\n\nOne columnist noted that the port \"has never been cheaper to run.\"\n";

    [Fact]
    public void Text_view_shows_each_sentence_with_its_quotation_frame_voices_and_findings()
    {
        using var folder = new TempFolder();
        var path = folder.Write("draft.txt", Draft);

        var result = Run("explain", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var lines = result.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("sentence 0 (1:1), paragraph 0", lines[0]);
        Assert.Equal("  Harbor fees rose again.", lines[1]);
        Assert.Equal("sentence 1 (3:1), paragraph 1", lines[2]);
        Assert.Contains("  quotation #0 (3:35) double, depth 0: \"has never been cheaper to run.\" | speaker: One columnist (vagueSingular; sameSentence)", lines);
        Assert.Contains(lines, l => l.StartsWith("  frame     source: One columnist (vagueSingular) | cue: noted | content after: the port", StringComparison.Ordinal)
            && l.EndsWith("| quotation #0", StringComparison.Ordinal));
        Assert.Contains("  voice     author: One columnist noted that | reported: the port | quoted: \"has never been cheaper to run.\"", lines);
        Assert.Contains(lines, l => l.StartsWith("  finding   RH3002 warning (3:1) One columnist noted: ", StringComparison.Ordinal));
        Assert.Contains($"{path}: 2 sentences, 1 quotation, 1 frame, 1 finding.", lines);
    }

    [Fact]
    public void Text_view_shows_each_claim_with_the_evidence_linked_to_it_and_why()
    {
        var result = Run("explain", "--text", "The Velo 7 weighs 6.1 kg, the lightest racing bike on sale. Its maker, Velo Cycles, is the most admired brand in Halden.");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("  evidence  figure (model number): 7", lines);
        Assert.Contains("  evidence  figure (quantity: mass): 6.1 kg", lines);
        Assert.Contains("  claim     RH2001 rank 'the lightest racing bike' in the sentence and the next: medium", lines);
        Assert.Contains("            linked (medium): figure (quantity: mass) '6.1 kg' (sentence 0): measures the claim in its clause", lines);
        Assert.Contains("            not linked: figure (model number) '7' (sentence 0): a model or version number is part of a name; it measures nothing", lines);
        Assert.Contains(lines, l => l.StartsWith("  finding   RH2001 warning (1:27) the lightest racing bike: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_gives_each_claim_its_links_with_reasons_and_offsets()
    {
        const string text = "The Velo 7 weighs 6.1 kg, the lightest racing bike on sale.";
        using var json = JsonDocument.Parse(Run("explain", "--format", "json", "--text", text).Out);
        var sentence = json.RootElement.GetProperty("sentences")[0];
        Assert.Equal(["figure", "figure"], sentence.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(["modelNumber", "quantity"], sentence.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("figure").GetString()));
        var claim = Assert.Single(sentence.GetProperty("claims").EnumerateArray());
        Assert.Equal(("RH2001", "rank", "medium"), (claim.GetProperty("rule").GetString(), claim.GetProperty("kind").GetString(), claim.GetProperty("strength").GetString()));
        var span = claim.GetProperty("span");
        Assert.Equal("the lightest racing bike", text.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32()));
        var linked = Assert.Single(claim.GetProperty("linked").EnumerateArray());
        Assert.Equal("6.1 kg", linked.GetProperty("span").GetProperty("text").GetString());
        Assert.Equal("measures the claim in its clause", linked.GetProperty("reason").GetString());
        var notLinked = Assert.Single(claim.GetProperty("notLinked").EnumerateArray());
        Assert.Equal("a model or version number is part of a name; it measures nothing", notLinked.GetProperty("reason").GetString());
    }

    [Fact]
    public void Text_view_says_whom_a_pronoun_refers_to_and_who_speaks_each_quotation()
    {
        var result = Run("explain", "--text", "Ilse Brandt said the port was closed. “The cranes are idle,” she added. Her essay, “Why Ports Fail,” ran in May.");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  frame     source: she (pronoun) | refers to: Ilse Brandt | cue: added", result.Out);
        Assert.Contains("“The cranes are idle,” | speaker: she (pronoun; sameSentence)", result.Out);
        Assert.Contains("“Why Ports Fail,” | mentioned, not quoted", result.Out);
        Assert.DoesNotContain("hedge", result.Out);
    }

    [Fact]
    public void Enable_turns_on_an_off_by_default_rule_as_in_check()
    {
        const string late = "“The dock is closed. The cranes are idle. The ships have gone,” said Nina Petrov, a harbor pilot.";
        Assert.DoesNotContain("RH3004", Run("explain", "--text", late).Out);
        Assert.Contains("finding   RH3004 suggestion", Run("explain", "--text", late, "--enable", "RH3004").Out);
        Assert.Equal(2, Run("explain", "--text", late, "--enable", "RH9999").ExitCode);
    }

    [Fact]
    public void A_sentence_wholly_in_the_author_voice_prints_no_voice_line()
    {
        var result = Run("explain", "--text", "Harbor fees rose again.");
        Assert.DoesNotContain("voice", result.Out);
        Assert.Contains("<text>: 1 sentence, 0 quotations, 0 frames, 0 findings.", result.Out);
    }

    [Fact]
    public void Negation_and_hedge_cues_are_shown_with_what_they_govern()
    {
        var result = Run("explain", "--text", "The council may not approve the lease this year.");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  negation  not → approve the lease this year.", result.Out);
        Assert.Contains("  hedge     may → not approve the lease this year.", result.Out);
    }

    [Theory]
    [InlineData("Trade with the United States grew faster than exports to Varn.", 0)]
    [InlineData("The Secretary of State visited the harbor on Tuesday.", 0)]
    [InlineData("Brandt Says Port Will Open.", 1)]
    // On a line of its own and without a full stop it is a headline, whose capitals say nothing about names: no frame.
    [InlineData("Brandt Says Port Will Open", 0)]
    public void A_capitalized_verb_form_inside_a_name_is_no_cue_unless_the_sentence_is_in_title_case(string text, int frames)
    {
        using var json = JsonDocument.Parse(Run("explain", "--format", "json", "--text", text).Out);
        Assert.Equal(frames, json.RootElement.GetProperty("summary").GetProperty("frames").GetInt32());
    }

    [Fact]
    public void Json_has_offsets_for_source_cue_and_content_that_point_into_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("draft.txt", Draft);

        var result = Run("explain", "--format", "json", path);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["tool", "path", "sentences", "documentFindings", "summary"], root.EnumerateObject().Select(p => p.Name));
        var sentence = root.GetProperty("sentences")[1];
        Assert.Equal(1, sentence.GetProperty("index").GetInt32());
        var source = Assert.Single(sentence.GetProperty("evidence").EnumerateArray());
        Assert.Equal(("source", "vagueSingular"), (source.GetProperty("kind").GetString(), source.GetProperty("publisher").GetString()));
        Assert.Empty(sentence.GetProperty("claims").EnumerateArray());

        var frame = Assert.Single(sentence.GetProperty("frames").EnumerateArray());
        Assert.Equal("vagueSingular", frame.GetProperty("speaker").GetString());
        Assert.Equal("after", frame.GetProperty("side").GetString());
        Assert.Equal(0, frame.GetProperty("quotation").GetInt32());
        Assert.Equal("One columnist", TextAt(frame.GetProperty("source")));
        Assert.Equal("noted", TextAt(frame.GetProperty("cue")));
        Assert.StartsWith("the port", TextAt(frame.GetProperty("content")), StringComparison.Ordinal);

        var quotation = Assert.Single(sentence.GetProperty("quotations").EnumerateArray());
        Assert.Equal("double", quotation.GetProperty("style").GetString());
        Assert.Equal("\"has never been cheaper to run.\"", TextAt(quotation.GetProperty("span")));

        Assert.Equal(["author", "reported", "quoted"], sentence.GetProperty("voices").EnumerateArray().Select(v => v.GetProperty("voice").GetString()));
        var finding = Assert.Single(sentence.GetProperty("findings").EnumerateArray());
        Assert.Equal("RH3002", finding.GetProperty("id").GetString());
        Assert.Equal("One columnist noted", TextAt(finding.GetProperty("span")));
        Assert.Equal(1, root.GetProperty("summary").GetProperty("frames").GetInt32());

        string TextAt(JsonElement span)
        {
            var text = Draft.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32());
            Assert.Equal(text, span.GetProperty("text").GetString());
            return text;
        }
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash_in_the_markup_given()
    {
        var result = RunWithInput("# Port fees\n\nA spokeswoman said the fees **would rise**.\n", "explain", "-", "--stdin-format", "markdown");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("source: A spokeswoman (", result.Out);
        Assert.Contains("reported: the fees **would rise**.", result.Out);
        Assert.Contains("<stdin>: 2 sentences", result.Out);
    }

    [Fact]
    public void A_missing_file_is_an_input_error_on_one_line()
    {
        var result = Run("explain", "/no/such/draft.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("rhetlint: /no/such/draft.md: no such file or directory", result.Error.Trim());
    }

    [Fact]
    public void Text_passed_as_a_file_gets_a_hint_to_use_the_text_option()
    {
        var result = Run("explain", "Varn said the port was busy.");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("rhetlint: Varn said the port was busy.: no such file or directory; to explain a sentence, pass it with --text", result.Error.Trim());
    }

    [Fact]
    public void A_directory_is_an_input_error()
    {
        using var folder = new TempFolder();
        var result = Run("explain", folder.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a directory", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData("explain")]
    [InlineData("explain", "draft.md", "--text", "Varn said so.")]
    [InlineData("explain", "--text", "Varn said so.", "--format", "yaml")]
    [InlineData("explain", "a.md", "b.md")]
    public void Usage_errors_exit_two(params string[] args)
    {
        var result = Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("rhetlint: ", result.Error);
        Assert.Equal("", result.Out);
    }
}
