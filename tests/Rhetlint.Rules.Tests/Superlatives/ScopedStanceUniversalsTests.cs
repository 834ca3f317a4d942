using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>
/// RH2005: a universal person narrowed by a scope, with a present verb of feeling or of holding a view, claims a whole
/// group's attitude; past scenes and events of the body, injury or motion are reports (issue 17).
/// </summary>
public class ScopedStanceUniversalsTests
{
    [Theory]
    [InlineData("Everybody in Brackley hates the new one-way system.", "Everybody in Brackley hates")]
    [InlineData("Everyone on the estate fears the police.", "Everyone on the estate fears")]
    [InlineData("No one in the tech industry believes the new phone will sell.", "No one in the tech industry believes")]
    [InlineData("Everyone at the bakery loves the sourdough.", "Everyone at the bakery loves")]
    [InlineData("Everybody in Kelmore is against the quarry.", "Everybody in Kelmore is against")]
    [InlineData("Everyone in the lab worries about the grant.", "Everyone in the lab worries")]
    public void Flags_a_scoped_universal_attitude(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    // Events: the body, injury, motion, a past scene.
    [InlineData("Nobody in the building was hurt when the fire broke out on Monday night.")]
    [InlineData("No one in the car was injured, police said.")]
    [InlineData("Everyone in the room stood as the judge entered.")]
    [InlineData("Everyone in the lab wore masks during the experiment.")]
    [InlineData("Everyone in the village feared the worst that night.")]
    [InlineData("Everyone in the squad trains on Thursdays.")]
    // Quoted, hedged, rebutted, counted.
    [InlineData("\"Everybody in Brackley hates the one-way system,\" said the shopkeeper, Ada Fenn.")]
    [InlineData("It is not true that everyone in Brackley hates the one-way system.")]
    [InlineData("Perhaps everyone in Brackley hates the one-way system.")]
    [InlineData("Everyone in the 40 flats fears the rent rise, a survey by Tarn Housing found.")]
    // Aims, not attitudes; a truism of preference.
    [InlineData("Everyone in the choir expects to sing at the cathedral in May.")]
    [InlineData("Everyone in the squad wants a place in the final.")]
    [InlineData("Everyone at the garden centre loves a sunny Saturday.")]
    // The writer's own sample or circle.
    [InlineData("Everyone in our family loves the dog, a six-year-old spaniel.")]
    [InlineData("Everyone I met in Brackley hates the new one-way system.")]
    public void Does_not_flag_events_or_attributed_attitudes(string text) =>
        Assert.Empty(Flagged("RH2005", text));
}
