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
    [InlineData("Everyone in the village resents the new car park.", "Everyone in the village resents")]
    [InlineData("Everybody in Kelmore is against the quarry.", "Everybody in Kelmore is against")]
    // Review 51b.
    [InlineData("Everyone in the farming world despises this tax.", "Everyone in the farming world despises")]
    [InlineData("Everybody on the high street dreads the new parking charges.", "Everybody on the high street dreads")]
    [InlineData("Everyone across the county resents the mayor's pay rise.", "Everyone across the county resents")]
    [InlineData("Everybody in Dunmore loathes the toll.", "Everybody in Dunmore loathes")]
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
    // Sorrow, gratitude, esteem and care: an organisation's own voice (review 51b).
    [InlineData("Everyone at the hospice appreciates the support of the community.")]
    [InlineData("Everyone at the club mourns the loss of a true gentleman.")]
    [InlineData("Everyone at St Anne's grieves with the family.")]
    [InlineData("Everyone at the food bank cares deeply about the families it serves.")]
    [InlineData("Everyone in the lab admires Professor Kwan, who retires this week.")]
    [InlineData("Everyone at Pell Rovers loves Dot, our tea lady of forty years.")]
    // A plot retold (review 51b).
    [InlineData("In the film, everyone in the village fears the stranger.")]
    [InlineData("In Act Two, everybody at the court distrusts the new queen.")]
    [InlineData("In her latest novel, everyone on the island resents the lighthouse keeper.")]
    public void Does_not_flag_events_or_attributed_attitudes(string text) =>
        Assert.Empty(Flagged("RH2005", text));
}
