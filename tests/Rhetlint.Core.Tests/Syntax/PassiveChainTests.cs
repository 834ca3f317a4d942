using Rhetlint.Core.Syntax;
using static Rhetlint.Core.Tests.Syntax.SyntaxTestHelpers;

namespace Rhetlint.Core.Tests.Syntax;

public class PassiveChainTests
{
    /// <summary>The chain before the last word "said" / "seen": its first word for finite chains, and whether any passive is there.</summary>
    [Theory]
    [InlineData("It is said", "is", true)]
    [InlineData("It is widely said", "is", true)]
    [InlineData("It has long been said", "has", true)]
    [InlineData("The plan is being said", "is", true)]
    [InlineData("It's said", "It's", true)]
    [InlineData("It will be said", null, true)]
    [InlineData("After being said", null, true)]
    [InlineData("Brandt has said", null, false)]
    [InlineData("Brandt said", null, false)]
    public void Finds_the_auxiliary_chain_before_a_participle(string text, string? finiteStart, bool passive)
    {
        var document = Parse(text);
        var sentence = document.Sentences[0];
        var participle = sentence.EndToken - 1;
        var start = PassiveChain.FiniteStart(document.Tokens, sentence, participle);
        Assert.Equal(finiteStart, start is int k ? document.Tokens[k].Text : null);
        Assert.Equal(passive, PassiveChain.IsPassive(document.Tokens, sentence, participle));
    }
}
