using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

/// <summary>Attributed perception and rebuttal are voices (RULES.md §1): the writer wrote the words without asserting them.</summary>
public class PerceptionAndRebuttalTests
{
    private static Voice VoiceOf(string text, string word, int occurrence = 1)
    {
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);
        var seen = 0;
        for (var i = 0; i < model.Tokens.Length; i++)
            if (model.Tokens[i].Text == word && ++seen == occurrence) return model.Voices[i];
        throw new ArgumentException($"'{word}' not in the text");
    }

    [Theory]
    [InlineData("Looming large in the minds of Norvanian planners is the specter of a Kestria-Varn pact.", "specter")]
    [InlineData("The generals are haunted by the specter of a two-front war.", "specter")]
    [InlineData("Port officials worry that the strait will close within days.", "close")]
    [InlineData("He laid out his concerns that the alliance faces an existential threat.", "existential")]
    [InlineData("Conventional wisdom holds that the tariffs will wreck the Varn economy.", "wreck")]
    public void A_perception_placed_in_someone_elses_mind_is_perceived(string text, string word) =>
        Assert.Equal(Voice.Perceived, VoiceOf(text, word));

    [Fact]
    public void The_writers_own_worry_is_the_writers_assertion() =>
        Assert.Equal(Voice.Author, VoiceOf("I worry that the strait will close within days.", "close"));

    [Theory]
    [InlineData("Many aides at the Harlow Institute privately fret about the budget, believing that it poses the greatest danger.")]
    [InlineData("Much of the town stayed indoors, fearing that the storm would be the worst in a century.")]
    public void A_belief_participle_gives_its_clause_to_the_subject(string text) =>
        Assert.NotEqual(Voice.Author, VoiceOf(text, text.Contains("greatest") ? "greatest" : "worst"));

    [Fact]
    public void The_writers_own_belief_participle_is_the_writers_assertion() =>
        Assert.Equal(Voice.Author, VoiceOf("We backed the plan, believing that it was the cheapest option.", "cheapest"));

    [Theory]
    [InlineData("For the fans who had camped outside, it seemed the singer would surely come back on stage.", "surely")]
    [InlineData("It seemed to the crew that the storm would certainly pass by dawn.", "certainly")]
    public void How_things_seemed_to_someone_the_sentence_names_is_perceived(string text, string word) =>
        Assert.Equal(Voice.Perceived, VoiceOf(text, word));

    [Theory]
    [InlineData("It seemed to me that the storm would certainly pass by dawn.")]
    [InlineData("It seemed the storm would certainly pass by dawn.")]
    public void How_things_seemed_to_the_writer_is_the_writers_assertion(string text) =>
        Assert.Equal(Voice.Author, VoiceOf(text, "certainly"));

    [Fact]
    public void A_clause_after_a_contrast_is_not_perceived() =>
        Assert.Equal(Voice.Author, VoiceOf("In the eyes of Varn the pact is a threat, but the treaty binds nobody.", "binds"));

    [Theory]
    [InlineData("Kestria is an existential threat to the region. Such warnings are wildly overblown.")]
    [InlineData("Kestria is an existential threat to the region. The comparison does not survive scrutiny.")]
    [InlineData("Kestria is an existential threat to the region. It is not true.")]
    [InlineData("Kestria is an existential threat to the region. Such blatant exaggeration helps nobody.")]
    [InlineData("Kestria is an existential threat to the region. That is hyperbole.")]
    public void A_claim_the_writer_rejects_next_is_rebutted(string text) =>
        Assert.Equal(Voice.Rebutted, VoiceOf(text, "existential"));

    [Fact]
    public void A_rebuttal_opening_a_paragraph_reaches_back_into_the_previous_one() =>
        Assert.Equal(Voice.Rebutted, VoiceOf("Kestria is an existential threat.\n\nYet, as I argue below, such fears are greatly exaggerated.\n", "existential"));

    [Fact]
    public void The_rebuttal_sentence_itself_stays_the_writers_assertion() =>
        Assert.Equal(Voice.Author, VoiceOf("Kestria is a mortal threat. Such exaggeration could bring about a new arms race.", "arms"));

    [Fact]
    public void A_rebuttal_leaves_the_writers_framing_of_a_reported_claim_alone() =>
        Assert.Equal(Voice.Author, VoiceOf("Sadly, a think tank report declared that Varn covets the coast. Such claims are overblown.", "Sadly"));

    [Fact]
    public void A_denial_rebuts_its_complement_clause()
    {
        const string text = "There is no evidence that Varn plans an attack on the port.";
        Assert.Equal(Voice.Rebutted, VoiceOf(text, "attack"));
        Assert.Equal(Voice.Author, VoiceOf(text, "evidence"));
    }

    [Theory]
    [InlineData("It is simply untrue that within a decade every village school in Ormby will be shut.")]
    [InlineData("It is untrue that within a decade every village school in Ormby will be shut.")]
    [InlineData("It was plainly false that within a decade every village school in Ormby would be shut.")]
    [InlineData("It is a myth that within a decade every village school in Ormby will be shut.")]
    [InlineData("It is nonsense that within a decade every village school in Ormby will be shut.")]
    public void A_rejecting_predicate_of_an_extraposed_it_rebuts_its_that_clause(string text)
    {
        Assert.Equal(Voice.Rebutted, VoiceOf(text, "shut"));
        Assert.Equal(Voice.Author, VoiceOf(text, "It"));
    }

    [Theory]
    [InlineData("It is simply true that within a decade every village school in Ormby will be shut.")]
    [InlineData("It is clear that within a decade every village school in Ormby will be shut.")]
    public void An_extraposed_it_that_does_not_reject_leaves_its_clause_the_writers(string text) =>
        Assert.Equal(Voice.Author, VoiceOf(text, "shut"));

    [Theory]
    [InlineData("Kestria is an existential threat to the region. Such warnings are serious.")]
    [InlineData("Kestria is an existential threat to the region. It is wrong to ignore it.")]
    [InlineData("Kestria is an existential threat to the region.\n\nThe budget passed on Tuesday.\n\nSuch fears are overblown.\n")]
    public void Without_a_rejection_of_the_claim_nothing_is_rebutted(string text) =>
        Assert.Equal(Voice.Author, VoiceOf(text, "existential"));

    /// <summary>Denying that the claim overstates is insisting on it: the label after a negated verb is not the subject.</summary>
    [Theory]
    [InlineData("Kestria is an existential threat to the region. That isn't hyperbole.")]
    [InlineData("Kestria is an existential threat to the region. This is not scaremongering.")]
    [InlineData("Kestria is an existential threat to the region. That was never an exaggeration.")]
    public void Insisting_the_claim_is_no_exaggeration_keeps_it_the_writers(string text) =>
        Assert.Equal(Voice.Author, VoiceOf(text, "existential"));

    [Fact]
    public void Sourcing_still_reads_a_rebutted_attribution_as_the_writers_words() =>
        Assert.True(Voice.Rebutted.IsWritersWords() && Voice.Perceived.IsWritersWords() && !Voice.Quoted.IsWritersWords());
}
