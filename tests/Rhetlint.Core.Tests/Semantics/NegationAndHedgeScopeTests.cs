using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

/// <summary>NegEx-style scope (RULES.md §3): a cue governs the rest of its clause, pseudo-triggers govern nothing.</summary>
public class NegationAndHedgeScopeTests
{
    private static (DocumentModel Model, int Token) At(string text, string word)
    {
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);
        for (var i = 0; i < model.Tokens.Length; i++)
            if (model.Tokens[i].Text == word) return (model, i);
        throw new ArgumentException($"'{word}' not in the text");
    }

    private static bool Negated(string text, string word)
    {
        var (model, token) = At(text, word);
        return model.IsNegated(token);
    }

    private static bool Hedged(string text, string word)
    {
        var (model, token) = At(text, word);
        return model.IsHedged(token);
    }

    [Theory]
    [InlineData("Kestria is not a threat to its neighbors.", "threat")]
    [InlineData("There is no evidence that Varn wants war.", "war")]
    [InlineData("The pact falls far short of a mutual defense treaty or a real threat.", "threat")]
    [InlineData("Nobody in the ministry expects war.", "war")]
    [InlineData("The port reopened without any war.", "war")]
    public void A_cue_negates_the_rest_of_its_clause(string text, string word) => Assert.True(Negated(text, word));

    [Theory]
    [InlineData("There is no doubt the blockade will end in war.", "war")]
    [InlineData("Not only Varn but also Kestria is arming.", "arming")]
    [InlineData("Varn wants nothing less than a war with Kestria.", "war")]
    [InlineData("The port is not open, but the war goes on.", "war")]
    [InlineData("Will No, the mayor, opened the port.", "port")]
    [InlineData("Without new drugs we face a long and deadly crisis.", "crisis")]
    public void Pseudo_triggers_clause_boundaries_and_names_do_not_negate(string text, string word) => Assert.False(Negated(text, word));

    [Theory]
    [InlineData("The party that never hides its aims is bent on crushing the unions.", "bent")]
    [InlineData("A lobby that does not answer letters has spent millions on the bill.", "spent")]
    [InlineData("The firm whose tests never fail is selling a cure.", "selling")]
    public void A_cue_in_a_relative_clause_stops_where_the_main_clause_resumes(string text, string word) => Assert.False(Negated(text, word));

    [Theory]
    [InlineData("Nobody is bent on crushing the unions.", "bent")]
    [InlineData("A lobby that has never been questioned is not bent on anything.", "bent")]
    [InlineData("The minister said that it is not true the cartel is bent on revenge.", "bent")]
    public void A_cue_still_governs_its_own_clause(string text, string word) => Assert.True(Negated(text, word));

    [Theory]
    [InlineData("Kestria could strike the port within days.", "strike")]
    [InlineData("The blockade will probably end in war.", "war")]
    public void A_hedge_governs_the_rest_of_its_clause(string text, string word) => Assert.True(Hedged(text, word));

    [Fact]
    public void A_hedge_stops_at_a_clause_boundary() =>
        Assert.False(Hedged("Kestria could strike, but the war will end it.", "war"));
}
