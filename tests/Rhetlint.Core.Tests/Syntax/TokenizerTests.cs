using Rhetlint.Core.Syntax;
using static Rhetlint.Core.Tests.Syntax.SyntaxTestHelpers;

namespace Rhetlint.Core.Tests.Syntax;

public class TokenizerTests
{
    [Fact]
    public void Every_kind_of_token_is_recognized()
    {
        var doc = Parse("“Kestria’s budget — 3.5% — grew…” & more.");
        Assert.Equal(
            new[]
            {
                (TokenKind.Quote, "“"), (TokenKind.Word, "Kestria’s"), (TokenKind.Word, "budget"), (TokenKind.Dash, "—"),
                (TokenKind.Number, "3.5"), (TokenKind.Symbol, "%"), (TokenKind.Dash, "—"), (TokenKind.Word, "grew"),
                (TokenKind.Ellipsis, "…"), (TokenKind.Quote, "”"), (TokenKind.Symbol, "&"), (TokenKind.Word, "more"),
                (TokenKind.Punctuation, "."),
            },
            doc.Tokens.Select(t => (t.Kind, t.Text)));
    }

    [Fact]
    public void Spans_point_into_the_source()
    {
        const string text = "Varn, said Brandt.";
        var doc = Parse(text);
        Assert.All(doc.Tokens, t => Assert.Equal(t.Text, text[t.Span.Start..t.Span.End]));
        Assert.Equal(new[] { 0, 4, 6, 11, 17 }, doc.Tokens.Select(t => t.Span.Start));
    }

    [Fact]
    public void Norm_is_lower_case_with_straight_apostrophes()
    {
        var doc = Parse("Don’t");
        Assert.Equal("don't", Assert.Single(doc.Tokens).Norm);
    }

    [Theory]
    [InlineData("don't stop", new[] { "don't", "stop" })]
    [InlineData("it’s late", new[] { "it’s", "late" })]
    [InlineData("O'Hara’s view", new[] { "O'Hara’s", "view" })]
    [InlineData("in the ’90s", new[] { "in", "the", "’90s" })]
    [InlineData("in the '90s", new[] { "in", "the", "'90s" })]
    [InlineData("give ’em hell", new[] { "give", "’em", "hell" })]
    [InlineData("rock ’n’ roll", new[] { "rock", "’n’", "roll" })]
    [InlineData("the students’ union", new[] { "the", "students’", "union" })]
    [InlineData("the students' union", new[] { "the", "students'", "union" })]
    public void Apostrophes_stay_inside_words(string text, string[] expected) => Assert.Equal(expected, TokenTexts(text));

    [Fact]
    public void Apostrophes_are_not_quote_tokens()
    {
        var doc = Parse("The students’ plan isn’t the ’90s one.");
        Assert.DoesNotContain(doc.Tokens, t => t.Kind == TokenKind.Quote);
        Assert.Empty(doc.Quotations);
        Assert.Empty(doc.Issues);
    }

    [Fact]
    public void Trailing_apostrophe_closes_an_open_single_quote()
    {
        Assert.Equal(new[] { "He", "called", "them", "‘", "the", "students", "’", "." }, TokenTexts("He called them ‘the students’."));
        Assert.Equal(new[] { "‘", "It", "was", "ours", "’", "she", "said" }, TokenTexts("‘It was ours’ she said"));
    }

    [Fact]
    public void Nested_single_quotes_are_quote_tokens()
    {
        var doc = Parse("“She called it ‘historic,’ then left.”");
        Assert.Equal(new[] { "“", "‘", "’", "”" }, doc.Tokens.Where(t => t.Kind == TokenKind.Quote).Select(t => t.Text));
    }

    [Theory]
    [InlineData("a well-known, self-described expert", new[] { "a", "well-known", ",", "self-described", "expert" })]
    [InlineData("the F-35 and COVID-19", new[] { "the", "F-35", "and", "COVID-19" })]
    [InlineData("a 9-year-old", new[] { "a", "9-year-old" })]
    public void Hyphens_between_words_stay_inside(string text, string[] expected) => Assert.Equal(expected, TokenTexts(text));

    [Theory]
    [InlineData("Varn—and Kestria", "—")]
    [InlineData("Varn – and Kestria", "–")]
    [InlineData("Varn--and Kestria", "--")]
    [InlineData("Varn -- and Kestria", "--")]
    [InlineData("Varn - and Kestria", "-")]
    public void Dashes_are_dash_tokens(string text, string dash)
    {
        var doc = Parse(text);
        Assert.Equal(new[] { "Varn", dash, "and", "Kestria" }, doc.Tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Dash, doc.Tokens[1].Kind);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("3.5")]
    [InlineData("1,200")]
    [InlineData("9-14")]
    [InlineData("21:48")]
    [InlineData("2.0.1")]
    [InlineData(".5")]
    public void Numbers_are_one_token(string number)
    {
        var doc = Parse($"about {number} units");
        Assert.Equal(new[] { "about", number, "units" }, doc.Tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Number, doc.Tokens[1].Kind);
    }

    [Fact]
    public void Percent_is_a_separate_symbol()
    {
        var doc = Parse("5% of 1,200.");
        Assert.Equal(new[] { (TokenKind.Number, "5"), (TokenKind.Symbol, "%"), (TokenKind.Word, "of"), (TokenKind.Number, "1,200"), (TokenKind.Punctuation, ".") },
            doc.Tokens.Select(t => (t.Kind, t.Text)));
    }

    [Theory]
    [InlineData("Dr. Brandt", new[] { "Dr.", "Brandt" })]
    [InlineData("the U.S. and U.K. talks", new[] { "the", "U.S.", "and", "U.K.", "talks" })]
    [InlineData("e.g. Varn, i.e. Kestria", new[] { "e.g.", "Varn", ",", "i.e.", "Kestria" })]
    [InlineData("E.g. Varn", new[] { "E.g.", "Varn" })]
    [InlineData("at 3 p.m. on Jan. 5", new[] { "at", "3", "p.m.", "on", "Jan.", "5" })]
    [InlineData("in Sept. with a Ph.D.", new[] { "in", "Sept.", "with", "a", "Ph.D." })]
    [InlineData("J. R. Moss", new[] { "J.", "R.", "Moss" })]
    [InlineData("Salem, Ore., and W.Va.", new[] { "Salem", ",", "Ore.", ",", "and", "W.Va." })]
    [InlineData("a U.S.-led plan", new[] { "a", "U.S.-led", "plan" })]
    [InlineData("Brandt et al. wrote", new[] { "Brandt", "et", "al.", "wrote" })]
    public void Abbreviations_keep_their_period(string text, string[] expected) => Assert.Equal(expected, TokenTexts(text));

    [Theory]
    [InlineData("She left Varn.", new[] { "She", "left", "Varn", "." })]
    [InlineData("So did I.", new[] { "So", "did", "I", "." })]
    [InlineData("He said no.", new[] { "He", "said", "no", "." })]
    [InlineData("A self-described expert.", new[] { "A", "self-described", "expert", "." })]
    public void Ordinary_words_leave_their_period(string text, string[] expected) => Assert.Equal(expected, TokenTexts(text));

    [Theory]
    [InlineData("Wait... what?", new[] { "Wait", "...", "what", "?" })]
    [InlineData("Wait…", new[] { "Wait", "…" })]
    public void Ellipses_are_one_token(string text, string[] expected)
    {
        var doc = Parse(text);
        Assert.Equal(expected, doc.Tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Ellipsis, doc.Tokens[1].Kind);
    }

    [Fact]
    public void Punctuation_and_symbols()
    {
        var doc = Parse("(Varn; Kestria: $5/day #1)");
        Assert.Equal(
            new[]
            {
                (TokenKind.Punctuation, "("), (TokenKind.Word, "Varn"), (TokenKind.Punctuation, ";"), (TokenKind.Word, "Kestria"),
                (TokenKind.Punctuation, ":"), (TokenKind.Symbol, "$"), (TokenKind.Number, "5"), (TokenKind.Symbol, "/"),
                (TokenKind.Word, "day"), (TokenKind.Symbol, "#"), (TokenKind.Number, "1"), (TokenKind.Punctuation, ")"),
            },
            doc.Tokens.Select(t => (t.Kind, t.Text)));
    }

    [Fact]
    public void Tokens_never_cross_blocks()
    {
        const string text = "Varn-\n\nKestria";
        var doc = Parse(text);
        Assert.Equal(new[] { "Varn", "-", "Kestria" }, doc.Tokens.Select(t => t.Text));
    }
}
