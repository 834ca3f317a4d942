using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Syntax;
using static Rhetlint.Core.Lexicons.Inflections;

namespace Rhetlint.Core.Tests.Lexicons;

public enum Hazard { Storm, Flood, Crowd, Ruin }

/// <summary>
/// A tagged noun list keeps a one-word entry as its lemma and reads a token's lemma back off it (issue 18): it must answer
/// every lookup exactly as the list of every entry's expanded sequences does, the first listed kind winning, except that
/// a word listed as a lemma is that lemma before it is another entry's plural.
/// </summary>
public sealed class TaggedNounsTests
{
    private static readonly string[] Lines =
    [
        "storm\tgale",
        "flood\tcrisis",
        "storm\tcity",
        "crowd\tbox",
        "crowd\tgale",
        "ruin\tcity wall",
        "ruin\trun on the *bank",
        "flood\tBoss",
        "crowd\tfish",
        "storm\tcity|harbour",
        "ruin\tgales",
        "flood\tdebris flow",
    ];

    private static ImmutableArray<Token> Tokens(string text) => Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText).Tokens;

    /// <summary>
    /// What the list answered when every entry was expanded, the sequences in order and the first of equal ones kept with
    /// its kind, except that a word listed as a lemma comes before any entry's plural spelled the same.
    /// </summary>
    private static List<(string[] Words, Hazard Kind)> Expanded()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sequences = new List<(string[] Words, Hazard Kind)>();
        foreach (var line in Lines)
        {
            var entry = line[(line.IndexOf('\t') + 1)..];
            if (entry.All(char.IsLetter) && seen.Add(entry.ToLowerInvariant()))
                sequences.Add(([entry.ToLowerInvariant()], Enum.Parse<Hazard>(line[..line.IndexOf('\t')], ignoreCase: true)));
        }
        foreach (var line in Lines)
        {
            var kind = Enum.Parse<Hazard>(line[..line.IndexOf('\t')], ignoreCase: true);
            foreach (var words in LemmaPhrases.Expand(line[(line.IndexOf('\t') + 1)..], PartOfSpeech.Noun))
                if (seen.Add(string.Join(' ', words))) sequences.Add((words, kind));
        }
        return sequences;
    }

    [Theory]
    [InlineData("The gales and gale hit the cities, the city walls and a city wall; crises of boxes, boxs and a box.")]
    [InlineData("Bosses, a boss and the bos; fishes, fish and fishs; runs on the banks and a run on the bank; debris flows.")]
    [InlineData("Crisises, citys, harbours and a harbour; gale gales galeses.")]
    public void The_longest_phrase_and_word_kind_at_every_token_are_the_expanded_lists(string text)
    {
        var nouns = TaggedNouns<Hazard>.FromLines(Lines);
        var expanded = Expanded();
        var tokens = Tokens(text);
        for (var start = 0; start < tokens.Length; start++)
        {
            var norm = tokens[start].Norm;
            Assert.Equal(expanded.Where(e => e.Words is [var w] && w == norm).Select(e => (Hazard?)e.Kind).FirstOrDefault(), nouns.WordKind(norm));
            for (var limit = start; limit <= tokens.Length; limit++)
            {
                var expected = expanded.Where(e => PhraseList.MatchesAt(tokens, start, limit, e.Words) && tokens[start].Norm == e.Words[0])
                    .OrderByDescending(e => e.Words.Length).Select(e => ((Hazard Kind, int Length)?)(e.Kind, e.Words.Length)).FirstOrDefault();
                Assert.Equal(expected, nouns.LongestAt(tokens, start, limit));
            }
        }
    }

    [Fact]
    public void A_word_is_matched_in_its_plurals_by_the_first_entry_that_lists_it()
    {
        var nouns = TaggedNouns<Hazard>.FromLines(Lines);
        // "gales" is listed as a lemma of its own (ruin) after "gale" (storm): the lemma is read before the plural.
        Assert.Equal(Hazard.Ruin, nouns.WordKind("gales"));
        Assert.Equal(Hazard.Flood, nouns.WordKind("crises"));
        Assert.Equal(Hazard.Storm, nouns.WordKind("cities"));
        Assert.Equal(Hazard.Crowd, nouns.WordKind("boxes"));
        Assert.Equal(Hazard.Flood, nouns.WordKind("bosses"));
        // Near misses: a regular plural of a noun English pluralizes irregularly, and a plural's stem spelled as some other plural's.
        Assert.Null(nouns.WordKind("crisises"));
        Assert.Null(nouns.WordKind("citys"));
        Assert.Null(nouns.WordKind("boxs"));
        Assert.Null(nouns.WordKind("bos"));
    }
}
