using System.Text.Json;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>Adopting Rhetlint on existing copy: a baseline of accepted findings, and check reporting only new ones.</summary>
public sealed class BaselineTests : IDisposable
{
    private const string Vague = "One columnist noted that the plan \"gives away the harbor.\"\n";
    private const string Superlative = "It is the greatest energy policy this country has ever seen.\n";
    private const string Inserted = "The council met on Tuesday evening.\n\nThe ferry left at noon, as it does every day.\n\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string BaselineFile => Path.Combine(_folder.Path, ".rhetlint-baseline.json");

    private string Draft(string text) => _folder.Write("drafts/column.md", text);

    [Fact]
    public void Findings_before_an_inserted_paragraph_are_still_known_after_it()
    {
        var draft = Draft(Vague + "\n" + Superlative);
        var created = Run("baseline", "create", draft, "--file", BaselineFile);
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("2 findings in the baseline", created.Error);

        Draft(Inserted + Vague + "\n" + Superlative);
        var result = Run("check", draft, "--baseline", BaselineFile, "--fail-on", "warning");

        Assert.DoesNotContain("RH3002", result.Out);
        Assert.DoesNotContain("RH2001", result.Out);
        Assert.Contains("2 findings in the baseline not shown", result.Error);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void The_baseline_keeps_apostrophes_and_quotes_as_written_for_a_readable_diff()
    {
        Run("baseline", "create", Draft(Vague), "--file", BaselineFile);
        var stored = File.ReadAllText(BaselineFile);
        Assert.Contains("\"message\": \"'One columnist noted' does not identify the source", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_finding_is_reported_and_fails_the_run()
    {
        var draft = Draft(Vague);
        Run("baseline", "create", draft, "--file", BaselineFile);
        Draft(Vague + "\n" + Superlative);
        var result = Run("check", draft, "--baseline", BaselineFile, "--fail-on", "warning");
        Assert.Contains("RH2001", result.Out);
        Assert.DoesNotContain("RH3002", result.Out);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Editing_the_flagged_sentence_makes_its_finding_new()
    {
        var draft = Draft(Vague);
        Run("baseline", "create", draft, "--file", BaselineFile);
        Draft("One columnist noted that the plan \"gives away the whole harbor.\"\n");
        Assert.Contains("RH3002", Run("check", draft, "--baseline", BaselineFile).Out);
    }

    [Fact]
    public void Update_drops_fixed_findings_and_never_adds_new_ones()
    {
        var draft = Draft(Vague + "\n" + Superlative);
        Run("baseline", "create", draft, "--file", BaselineFile);
        Draft(Superlative + "\nNobody on the council ever reads the minutes, and everyone knows it.\n");
        var updated = Run("baseline", "update", draft, "--file", BaselineFile);
        Assert.Equal(0, updated.ExitCode);
        Assert.Contains("(1 finding gone)", updated.Error);

        var stored = JsonDocument.Parse(File.ReadAllText(BaselineFile)).RootElement;
        Assert.Equal(1, stored.GetProperty("version").GetInt32());
        var entries = stored.GetProperty("files").GetProperty("drafts/column.md").EnumerateArray().ToList();
        Assert.Equal("RH2001", Assert.Single(entries).GetProperty("id").GetString());
        var check = Run("check", draft, "--baseline", BaselineFile).Out;
        Assert.Contains("RH2005", check);
        Assert.DoesNotContain("RH2001", check);
    }

    [Fact]
    public void A_missing_or_malformed_baseline_is_an_input_error()
    {
        var draft = Draft(Vague);
        var missing = Run("check", draft, "--baseline", Path.Combine(_folder.Path, "none.json"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("cannot read the baseline", missing.Error);
        File.WriteAllText(BaselineFile, "[1, 2");
        var malformed = Run("check", draft, "--baseline", BaselineFile);
        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("not a Rhetlint baseline", malformed.Error);
    }
}
