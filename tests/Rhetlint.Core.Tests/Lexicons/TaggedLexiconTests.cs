using Rhetlint.Core.Lexicons;

namespace Rhetlint.Core.Tests.Lexicons;

/// <summary>A tagged lexicon is parsed once per store and name, however many readings load a kind of it.</summary>
public sealed class TaggedLexiconTests
{
    [Fact]
    public void Loading_a_lexicon_twice_returns_the_one_parse() =>
        Assert.Same(TaggedLexicon.Load(LexiconStore.Engine, "research_appeals"), TaggedLexicon.Load(LexiconStore.Engine, "research_appeals"));

    [Fact]
    public void Entries_of_a_kind_are_split_into_normalized_words()
    {
        var entries = TaggedLexicon.Load(LexiconStore.Engine, "research_appeals");
        var kind = LexiconStore.Engine.Lines("research_appeals")[0].Split('\t')[0].Trim();
        Assert.NotEmpty(entries.Entries(kind));
        Assert.All(entries.Entries(kind), words => Assert.All(words, word => Assert.Equal(Rhetlint.Core.Syntax.Token.Normalize(word), word)));
    }

    [Theory]
    [InlineData("research_appeals")]
    [InlineData("conferred_ranks_wordnet")]
    public void Each_line_is_an_entry_of_its_kind_in_file_order(string name)
    {
        var expected = new Dictionary<string, List<string[]>>();
        foreach (var line in LexiconStore.Engine.Lines(name))
        {
            var tab = line.IndexOf('\t');
            if (tab < 0) continue;
            var kind = line[..tab].Trim();
            if (!expected.TryGetValue(kind, out var entries)) expected[kind] = entries = [];
            entries.Add([.. line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Rhetlint.Core.Syntax.Token.Normalize)]);
        }
        var lexicon = TaggedLexicon.Load(LexiconStore.Engine, name);
        foreach (var (kind, entries) in expected) Assert.Equal(entries, lexicon.Entries(kind));
    }
}
