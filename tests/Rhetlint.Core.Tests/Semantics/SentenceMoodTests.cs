using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

public class SentenceMoodTests
{
    private static SentenceMood Mood(string text)
    {
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);
        return model.MoodOf(Assert.Single(model.Syntax.Sentences));
    }

    [Theory]
    [InlineData("The ferry is the fastest way across.")]
    [InlineData("Tell me which councillor has the worst record.")]
    [InlineData("She asked, “Why now?” and left.")]
    public void A_sentence_that_does_not_end_in_a_question_mark_is_a_statement(string text) => Assert.Equal(SentenceMood.Statement, Mood(text));

    [Theory]
    [InlineData("Which councillor has the worst record on potholes?")]
    [InlineData("Who runs the ferry on Sundays?")]
    [InlineData("What is the cheapest way to Holm?")]
    [InlineData("So which ward is next?")]
    [InlineData("“Whose boat is this?”")]
    [InlineData("What's the cheapest tariff a family could get?")]
    [InlineData("Who's the strongest climber in the race?")]
    public void A_question_that_asks_for_someone_or_something_is_an_information_question(string text) =>
        Assert.Equal(SentenceMood.InformationQuestion, Mood(text));

    [Theory]
    [InlineData("Is the ferry the fastest way across?")]
    [InlineData("Why did the council close the pier?")]
    [InlineData("Will the market reopen in May?")]
    [InlineData("How many boats use the harbour?")]
    public void A_yes_no_or_why_question_is_a_claim_question(string text) => Assert.Equal(SentenceMood.ClaimQuestion, Mood(text));

    [Theory]
    [InlineData("Has there ever been a more cynical budget?")]
    [InlineData("Have you ever seen a worse plan for the harbour?")]
    [InlineData("Isn't this the worst plan yet?")]
    [InlineData("Don't we all know how this ends?")]
    [InlineData("The pier is doomed, isn't it?")]
    [InlineData("The council knew all along, right?")]
    [InlineData("Who could possibly object to a new bridge?")]
    [InlineData("Is it any wonder the shops are closing?")]
    [InlineData("Who can blame the skippers for leaving?")]
    [InlineData("What could be more reckless than selling the pier?")]
    public void A_question_that_asserts_its_answer_is_rhetorical(string text) => Assert.Equal(SentenceMood.RhetoricalQuestion, Mood(text));
}
