using Rhetlint.Core.Config;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests;

/// <summary>rhetlint.actors, rhetlint.outlets and rhetlint.vocabulary, read from .editorconfig files as a newsroom writes them.</summary>
public sealed class ConfiguredLexiconsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rhetlint-lexicons-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private DocumentOptions Configure(string settings, params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(_root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        File.WriteAllText(Path.Combine(_root, ".editorconfig"), $"root = true\n[*]\n{settings}\n");
        return new EditorConfigResolver().Resolve(Path.Combine(_root, "draft.md"));
    }

    private DocumentOptions WithActors() =>
        Configure("rhetlint.actors = style/actors.txt", ("style/actors.txt", "# Places in our fiction desk's serial\nSTATE\tNorvania\nMETONYM Varn Directorate\n"));

    [Fact]
    public void A_configured_state_makes_hostile_intent_claims_about_it_fire()
    {
        const string text = "Norvania covets our coast.";
        Assert.Empty(Flagged("RH1004", text));
        Assert.Equal(["Norvania covets"], Flagged("RH1004", text, WithActors()));
    }

    [Fact]
    public void A_configured_institution_is_an_actor_too()
    {
        const string text = "The Varn Directorate is determined to dominate the strait.";
        Assert.Empty(Flagged("RH1004", text));
        Assert.Equal(["Varn Directorate is determined to dominate"], Flagged("RH1004", text, WithActors()));
    }

    [Fact]
    public void A_configured_party_may_be_said_to_mean_harm_but_not_merely_to_want()
    {
        var options = Configure("rhetlint.actors = style/actors.txt", ("style/actors.txt", "PARTY\tHarlow Alliance\n"));
        // Unconfigured, the name is an agent whose plain want names a victim (the plain motive); configured, it is a party actor.
        Assert.Equal(["The Harlow Alliance wants to crush the unions"], Flagged("RH1004", "The Harlow Alliance wants to crush the unions."));
        Assert.Equal(["Harlow Alliance wants to crush"], Flagged("RH1004", "The Harlow Alliance wants to crush the unions.", options));
        Assert.Empty(Flagged("RH1004", "The Harlow Alliance covets the suburbs.", options));
    }

    [Fact]
    public void A_configured_actor_is_a_threat_referent_for_the_imagery_rules()
    {
        const string text = "Norvania now has a stranglehold on the strait.";
        Assert.Empty(Flagged("RH1001", text));
        Assert.Equal(["a stranglehold"], Flagged("RH1001", text, WithActors()));
    }

    [Fact]
    public void A_configured_outlet_is_a_named_source()
    {
        const string text = "Critics Weekly said the mayor will resign.";
        Assert.Equal(["Critics Weekly said"], Flagged("RH3001", text));
        Assert.Empty(Flagged("RH3001", text, Configure("rhetlint.outlets = outlets.txt", ("outlets.txt", "# Titles we cite\nCritics Weekly\nThe Harbor Gazette\n"))));
    }

    [Fact]
    public void An_outlet_reported_in_the_sentence_before_sources_a_reportedly()
    {
        const string text = "Critics Weekly reported on Monday that the mayor would resign. The mayor reportedly told aides he was tired.";
        Assert.Equal(["reportedly"], Flagged("RH3011", text));
        Assert.Empty(Flagged("RH3011", text, Configure("rhetlint.outlets = outlets.txt", ("outlets.txt", "Critics Weekly\n"))));
    }

    [Fact]
    public void An_outlet_name_must_be_capitalized_as_listed()
    {
        const string text = "Critics weekly said the mayor will resign.";
        Assert.Equal(["Critics weekly said"], Flagged("RH3001", text, Configure("rhetlint.outlets = outlets.txt", ("outlets.txt", "Critics Weekly\n"))));
    }

    [Fact]
    public void A_finding_inside_an_accepted_term_is_dropped_and_the_others_stay()
    {
        const string text = "Halden's biggest employer is the greatest story company in town. Its port is the busiest harbor.";
        var options = Configure("rhetlint.vocabulary = vocabulary.txt", ("vocabulary.txt", "# Company names\nGreatest Story Company\n"));
        Assert.Equal(["the greatest story company", "the busiest harbor"], Flagged("RH2001", text));
        Assert.Equal(["the busiest harbor"], Flagged("RH2001", text, options));
    }

    [Fact]
    public void An_accepted_term_matches_whole_words_only()
    {
        const string text = "Its port is the busiest harbors agency.";
        var options = Configure("rhetlint.vocabulary = vocabulary.txt", ("vocabulary.txt", "busiest harbor\n"));
        Assert.Equal(Flagged("RH2001", text), Flagged("RH2001", text, options));
        Assert.NotEmpty(Flagged("RH2001", text, options));
    }
}
