using System.Text.RegularExpressions;
using Rhetlint.Core.Lexicons;

namespace Rhetlint.Rules.Tests;

/// <summary>
/// The folder of a lexicon decides where it is embedded: <c>rules/lexicons/*.txt</c> in Rhetlint.Core (the engine's
/// lists), <c>rules/lexicons/rules/*.txt</c> in Rhetlint.Rules (lists only rules read). Each file is embedded once and
/// read by code of the assembly that embeds it, and engine code never asks for a rule list it cannot reach.
/// </summary>
public class LexiconFilesTests
{
    private static readonly LexiconStore Rules = LexiconStore.Of(typeof(BuiltInRules).Assembly);

    private static string[] Files(params string[] folder) =>
        [.. Directory.GetFiles(Repository.PathOf(["rules", "lexicons", .. folder]), "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    /// <summary>The lexicon names written as string literals in the C# files under <c>src/PROJECT</c>.</summary>
    private static HashSet<string> NamesReadBy(string project) =>
        [.. Directory.GetFiles(Repository.PathOf("src", project), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"([a-z0-9_]+)\"").Select(m => m.Groups[1].Value))];

    [Fact]
    public void Engine_lists_are_embedded_in_core_and_rule_lists_in_rules()
    {
        Assert.Equal(Files(), LexiconStore.Engine.Names.Order(StringComparer.Ordinal));
        Assert.Equal(Files("rules"), Rules.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_lexicon_is_embedded_twice() => Assert.Empty(Files().Intersect(Files("rules")));

    [Fact]
    public void Every_engine_list_is_read_by_core() =>
        Assert.All(Files(), name => Assert.True(NamesReadBy("Rhetlint.Core").Contains(name), $"rules/lexicons/{name}.txt is embedded in Rhetlint.Core but no Core code reads it: move it to rules/lexicons/rules/"));

    [Fact]
    public void Every_rule_list_is_read_by_rules_and_not_by_core()
    {
        var core = NamesReadBy("Rhetlint.Core");
        var rules = NamesReadBy("Rhetlint.Rules");
        Assert.All(Files("rules"), name =>
        {
            Assert.True(rules.Contains(name), $"rules/lexicons/rules/{name}.txt is read by no rule");
            Assert.False(core.Contains(name), $"rules/lexicons/rules/{name}.txt is read by Core, which cannot reach it: move it to rules/lexicons/");
        });
    }

    [Fact]
    public void Lexicon_file_names_are_snake_case() =>
        Assert.All(Files().Concat(Files("rules")), name => Assert.Matches("^[a-z0-9]+(_[a-z0-9]+)*$", name));

    [Fact]
    public void Each_store_reads_its_own_lists()
    {
        Assert.Contains("hedges", LexiconStore.Engine.Names);
        Assert.NotEmpty(Rules.Lines("boosters"));
        Assert.Throws<InvalidOperationException>(() => LexiconStore.Engine.Lines("boosters"));
    }
}
