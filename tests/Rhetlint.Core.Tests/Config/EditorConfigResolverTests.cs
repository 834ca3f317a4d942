using Microsoft.CodeAnalysis;
using Rhetlint.Core.Config;

namespace Rhetlint.Core.Tests.Config;

public sealed class EditorConfigResolverTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rhetlint-config-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static DiagnosticDescriptor Rule(string id, string category, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        new(id, "title", "message", category, severity, isEnabledByDefault: true);

    private DocumentOptions Resolve(string relative) => new EditorConfigResolver().Resolve(Path.Combine(_root, relative));

    [Fact]
    public void A_rule_setting_beats_its_category_which_beats_the_default()
    {
        Write(".editorconfig", "root = true\n[*.md]\nrhetlint_diagnostic.RH2001.severity = error\nrhetlint_analyzer_diagnostic.category-Superlatives.severity = none\n");
        var options = Resolve("draft.md");
        Assert.Equal(DiagnosticSeverity.Error, options.Apply(Rule("RH2001", "Superlatives"), DiagnosticSeverity.Info));
        Assert.Null(options.Apply(Rule("RH2005", "Superlatives"), DiagnosticSeverity.Info));
        Assert.Equal(DiagnosticSeverity.Warning, options.Apply(Rule("RH3001", "Sourcing"), DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Glob_sections_apply_per_folder()
    {
        Write(".editorconfig", "root = true\n[opinion/**.md]\nrhetlint.profile = opinion\nrhetlint_diagnostic.RH3001.severity = suggestion\n");
        Assert.Same(GenreProfile.Opinion, Resolve("opinion/2026/column.md").Profile);
        Assert.Equal(DiagnosticSeverity.Info, Resolve("opinion/2026/column.md").Apply(Rule("RH3001", "Sourcing"), DiagnosticSeverity.Warning));
        Assert.Same(GenreProfile.News, Resolve("news/report.md").Profile);
        Assert.Equal(DiagnosticSeverity.Warning, Resolve("news/report.md").Apply(Rule("RH3001", "Sourcing"), DiagnosticSeverity.Warning));
    }

    [Fact]
    public void The_dotnet_diagnostic_form_is_read_too_and_rhetlints_own_key_wins()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.RH3002.severity = none\ndotnet_diagnostic.RH3001.severity = error\nrhetlint_diagnostic.RH3001.severity = suggestion\n");
        var options = Resolve("draft.txt");
        Assert.Null(options.Apply(Rule("RH3002", "Sourcing"), DiagnosticSeverity.Warning));
        Assert.Equal(DiagnosticSeverity.Info, options.Apply(Rule("RH3001", "Sourcing"), DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_nearer_file_wins_and_a_root_file_ends_the_search()
    {
        Write(".editorconfig", "[*]\nrhetlint_diagnostic.RH2001.severity = error\nrhetlint_diagnostic.RH3001.severity = error\n");
        Write("desk/.editorconfig", "[*]\nrhetlint_diagnostic.RH2001.severity = none\n");
        Write("archive/.editorconfig", "root = true\n");
        var desk = Resolve("desk/draft.md");
        Assert.Null(desk.Apply(Rule("RH2001", "Superlatives"), DiagnosticSeverity.Warning));
        Assert.Equal(DiagnosticSeverity.Error, desk.Apply(Rule("RH3001", "Sourcing"), DiagnosticSeverity.Warning));
        Assert.Equal(DiagnosticSeverity.Warning, Resolve("archive/old.md").Apply(Rule("RH3001", "Sourcing"), DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("rhetlint_diagnostic.RH2001.severity = loud", "rhetlint_diagnostic.rh2001.severity = loud")]
    [InlineData("rhetlint.profile = blog", "rhetlint.profile = blog")]
    [InlineData("rhetlint.page_furniture = hide", "rhetlint.page_furniture = hide")]
    [InlineData("rhetlint_analyzer_diagnostic.category-Poetry.severity = none", "unknown category 'poetry'")]
    public void A_bad_value_is_a_config_error_that_names_the_key(string line, string expected)
    {
        Write(".editorconfig", $"root = true\n[*]\n{line}\n");
        Assert.Contains(expected, Assert.Throws<ConfigException>(() => Resolve("draft.md")).Message);
    }

    [Fact]
    public void Page_furniture_is_skipped_unless_a_file_asks_to_check_it()
    {
        Write(".editorconfig", "root = true\n[scraped/**]\nrhetlint.page_furniture = check\n[drafts/**]\nrhetlint.page_furniture = skip\n");
        Assert.False(Resolve("scraped/story.txt").SkipPageFurniture);
        Assert.True(Resolve("drafts/story.txt").SkipPageFurniture);
        Assert.True(Resolve("other/story.txt").SkipPageFurniture);
    }

    [Fact]
    public void Dotnet_category_keys_of_csharp_analyzers_are_left_to_them()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.category-Style.severity = warning\ndotnet_analyzer_diagnostic.category-Sourcing.severity = error\n");
        Assert.Equal(DiagnosticSeverity.Error, Resolve("draft.md").Apply(Rule("RH3001", "Sourcing"), DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Without_a_file_the_defaults_apply() =>
        Assert.Same(DocumentOptions.Default.Profile, Resolve("nowhere/draft.md").Profile);

    [Fact]
    public void Pack_paths_resolve_against_the_file_that_sets_them_and_bare_names_stay_names()
    {
        Write(".editorconfig", "root = true\n[*.md]\nrhetlint.packs = styles/house, wire-style\n");
        Write("desk/.editorconfig", "[opinion/**.md]\nrhetlint.packs = ../desk-style\n");
        Assert.Equal([Path.Combine(_root, "styles", "house"), "wire-style"], Resolve("draft.md").Packs.ToArray());
        Assert.Equal([Path.Combine(_root, "desk-style")], Resolve("desk/opinion/col.md").Packs.ToArray());
        Assert.Equal([Path.Combine(_root, "styles", "house"), "wire-style"], Resolve("desk/news.md").Packs.ToArray());
    }

    [Fact]
    public void A_bare_pack_name_is_a_folder_when_one_sits_beside_the_file()
    {
        Write(".editorconfig", "root = true\n[*.md]\nrhetlint.packs = house, wire-style\n");
        Write("house/pack.yaml", "name: house\n");
        Assert.Equal([Path.Combine(_root, "house"), "wire-style"], Resolve("draft.md").Packs.ToArray());
    }

    [Fact]
    public void An_editorconfig_never_allows_code_rules_and_asking_is_only_noted()
    {
        Write(".editorconfig", "root = true\n[trusted/*.md]\nrhetlint.allow_code_rules = true\n");
        Assert.False(Resolve("trusted/draft.md").AllowCodeRules);
        Assert.False(Resolve("draft.md").CodeRulesRequested);
        Assert.True(Resolve("trusted/draft.md").CodeRulesRequested);
    }

    [Fact]
    public void A_bad_opt_in_value_is_a_config_error()
    {
        Write(".editorconfig", "root = true\n[*]\nrhetlint.allow_code_rules = yes\n");
        var error = Assert.Throws<ConfigException>(() => Resolve("draft.md"));
        Assert.Contains("rhetlint.allow_code_rules = yes", error.Message);
    }

    [Fact]
    public void Rule_options_are_read_as_written_and_the_nearest_file_wins()
    {
        Write(".editorconfig", "root = true\n[*.md]\nrhetlint.RH3009.require_reason = false\nrhetlint.RH1013.min_moves = 4\nrhetlint.profile = news\n");
        Write("desk/.editorconfig", "[*.md]\nrhetlint.RH1013.min_moves = 2\nrhetlint.NEWS101.max_words = 30\n");
        var options = Resolve("desk/draft.md").RuleOptions;
        Assert.Equal("false", options["rhetlint.RH3009.require_reason"]);
        Assert.Equal("2", options["rhetlint.rh1013.min_moves"]);
        Assert.Equal("30", options["rhetlint.news101.max_words"]);
        Assert.False(options.ContainsKey("rhetlint.profile"));
        Assert.Equal("4", Resolve("draft.md").RuleOptions["rhetlint.rh1013.min_moves"]);
    }

    private static (int Length, Rhetlint.Core.Semantics.ActorClass Class)? ActorAt(DocumentOptions options, string text) =>
        options.Lexicons.Actors.Match(Rhetlint.Core.Analysis.Linter.BuildModel("t.txt", Microsoft.CodeAnalysis.Text.SourceText.From(text),
            Rhetlint.Core.Markup.DocumentFormat.PlainText).Tokens.AsSpan(), 0);

    [Fact]
    public void Lexicon_files_resolve_against_the_file_that_sets_them_and_the_nearest_file_wins()
    {
        Write(".editorconfig", "root = true\n[*.md]\nrhetlint.actors = lexicons/actors.txt\n");
        Write("lexicons/actors.txt", "STATE\tNorvania\n");
        Write("fiction/.editorconfig", "[*.md]\nrhetlint.actors = serial.txt, ../lexicons/actors.txt\n");
        Write("fiction/serial.txt", "# The serial's invented republic\nSTATE Kestmark\n");
        Assert.Equal((1, Rhetlint.Core.Semantics.ActorClass.State), ActorAt(Resolve("draft.md"), "Norvania objected."));
        Assert.Null(ActorAt(Resolve("draft.md"), "Kestmark objected."));
        Assert.NotNull(ActorAt(Resolve("fiction/part1.md"), "Kestmark objected."));
        Assert.NotNull(ActorAt(Resolve("fiction/part1.md"), "Norvania objected."));
        // The shipped gazetteer stays underneath.
        Assert.NotNull(ActorAt(Resolve("fiction/part1.md"), "Kenya objected."));
    }

    [Fact]
    public void Documents_that_name_the_same_files_share_one_list()
    {
        Write(".editorconfig", "root = true\n[*]\nrhetlint.actors = actors.txt\nrhetlint.outlets = outlets.txt\n");
        Write("actors.txt", "STATE\tNorvania\n");
        Write("outlets.txt", "The Harbor Gazette\n");
        var resolver = new EditorConfigResolver();
        var first = resolver.Resolve(Path.Combine(_root, "a.md")).Lexicons;
        var second = resolver.Resolve(Path.Combine(_root, "sub", "b.md")).Lexicons;
        Assert.Same(first.Actors, second.Actors);
        Assert.Same(first.Outlets, second.Outlets);
        Write("plain/.editorconfig", "root = true\n");
        Assert.Same(Rhetlint.Core.Semantics.DocumentLexicons.Default, resolver.Resolve(Path.Combine(_root, "plain", "c.md")).Lexicons);
    }

    [Theory]
    [InlineData("rhetlint.actors")]
    [InlineData("rhetlint.outlets")]
    [InlineData("rhetlint.vocabulary")]
    public void A_missing_lexicon_file_is_a_config_error_naming_the_key_the_file_and_the_editorconfig(string key)
    {
        var config = Write("desk/.editorconfig", $"root = true\n[*]\n{key} = lists/missing.txt\n");
        var error = Assert.Throws<ConfigException>(() => Resolve("desk/draft.md"));
        Assert.Contains(key, error.Message);
        Assert.Contains(config, error.Message);
        Assert.Contains(Path.Combine(_root, "desk", "lists", "missing.txt") + ": no such file", error.Message);
    }

    [Fact]
    public void An_actor_line_without_a_known_class_names_the_file_and_line()
    {
        Write(".editorconfig", "root = true\n[*]\nrhetlint.actors = actors.txt\n");
        var actors = Write("actors.txt", "# header\nSTATE\tNorvania\nNATION\tKestmark\n");
        var error = Assert.Throws<ConfigException>(() => Resolve("draft.md"));
        Assert.Contains($"{actors}(3)", error.Message);
        Assert.Contains("STATE, DEMONYM", error.Message);
    }
}
