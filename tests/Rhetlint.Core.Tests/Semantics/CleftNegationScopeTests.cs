using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Tests.Semantics;

/// <summary>A negation inside the free relative of a pseudo-cleft ("what the report does not say is that …") stops at "is that".</summary>
public class CleftNegationScopeTests
{
    private static bool Negated(string text, string word)
    {
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);
        for (var i = 0; i < model.Tokens.Length; i++)
            if (model.Tokens[i].Text == word) return model.IsNegated(i);
        throw new ArgumentException($"'{word}' not in the text");
    }

    [Theory]
    [InlineData("What the report does not say is that the station has become a mouthpiece.", "mouthpiece")]
    [InlineData("What the council won't tell you is that the depot is a ticking time bomb.", "bomb")]
    public void The_focus_of_a_negated_cleft_is_asserted(string text, string word) => Assert.False(Negated(text, word));

    [Theory]
    [InlineData("What they did not do was build a wall.", "wall")]
    [InlineData("The report does not say that the station is a mouthpiece.", "mouthpiece")]
    [InlineData("What the report does not say about the station matters less.", "station")]
    public void Other_negations_keep_their_scope(string text, string word) => Assert.True(Negated(text, word));
}
