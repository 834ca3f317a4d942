using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Lexicons;

/// <summary>Entries split into normalized words as a string split and <see cref="Token.Normalize"/> would, a recurring word one string.</summary>
public sealed class LexiconWordsTests
{
    [Fact]
    public void Words_are_split_at_spaces_and_normalized_as_tokens_are()
    {
        var entry = "  Harbour\u2019s  LOCK keeper ";
        Assert.Equal(entry.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Token.Normalize), new LexiconWords().Split(entry));
    }

    [Fact]
    public void A_word_that_recurs_in_a_load_is_the_same_string()
    {
        var words = new LexiconWords();
        var first = words.Split("Lock keeper");
        var second = words.Split("lock gate");
        Assert.Same(first[0], second[0]);
    }
}
