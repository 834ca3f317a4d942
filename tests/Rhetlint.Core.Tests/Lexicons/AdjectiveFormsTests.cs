using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Lexicons;

/// <summary>The adjective table, read from the lexicon's bytes, holds what its lines say, read as strings.</summary>
public sealed class AdjectiveFormsTests
{
    private static Token Word(string text) => Token.Create(TokenKind.Word, default, text);

    [Fact]
    public void Agrees_with_the_shipped_lexicon_read_line_by_line()
    {
        foreach (var line in LexiconStore.Engine.Lines("adjective_forms"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(AdjectiveForms.IsAdjective(fields[0]), fields[0]);
            if (fields.Length != 3) continue;
            foreach (var comparative in fields[1].Split(',').Where(f => f is not ("-" or "more" or "less")))
                Assert.True(AdjectiveForms.IsComparative(Word(comparative)), comparative);
            foreach (var superlative in fields[2].Split(',').Where(f => f is not ("-" or "most" or "least")))
                Assert.True(AdjectiveForms.IsSuperlative(Word(superlative)), superlative);
        }
    }

    [Fact]
    public void A_form_is_not_an_adjective_of_its_own_and_the_graders_are_neither()
    {
        Assert.True(AdjectiveForms.IsAdjective("able"));
        Assert.Equal("able", AdjectiveForms.BaseOf("ablest"));
        // Near misses: the inflected forms and the whole line are not base adjectives; "most" grades other words.
        Assert.False(AdjectiveForms.IsAdjective("abler"));
        Assert.False(AdjectiveForms.IsAdjective("able abler ablest"));
        Assert.False(AdjectiveForms.IsSuperlative(Word("most")));
        Assert.False(AdjectiveForms.IsComparative(Word("more")));
    }
}
