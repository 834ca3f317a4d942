using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// Three benign classes that every reading of a sweeping loss met, with "every" as with a share (review of ti-sets2):
/// a job of works whose agent is a builder, a crew or a machine (<c>WorksAgents</c>); a plot told from a part of a work
/// (<c>WorkParts</c>); "dead" and "finished" told as tiredness (<c>TirednessIdioms</c>). The near misses keep a ruin
/// verb with another agent, a figurative "final act of" and a plain "dead" as claims.
/// </summary>
public class WorksPlotsAndTirednessTests
{
    [Theory]
    // A job of works: a builder, a crew, a machine, a wrecker or an engineer acts.
    [InlineData("Contractors will flatten half the old garages behind Park Road on Monday to make way for 40 homes.")]
    [InlineData("Contractors will flatten every old garage behind Park Road on Monday.")]
    [InlineData("The bulldozers will destroy most of the wartime huts on the airfield next month, the heritage trust regrets.")]
    [InlineData("Army engineers will destroy a third of the derelict bunkers on the range during the exercise.")]
    [InlineData("The demolition crews will flatten half the houses on Canal Street next month to make way for the tram depot.")]
    [InlineData("The excavators will destroy most of the old sheds at the Tanner Street depot next week.")]
    [InlineData("A housebuilder will flatten every bungalow on Larch Close to make way for 60 flats.")]
    [InlineData("Royal Engineers will destroy every disused pillbox on the Fenmoor range during the training week.")]
    // A plot told from a part of a work: a number, an ordinal, a work that owns the part, or "By the end of" a work.
    [InlineData("In the film's last reel the tornado will destroy half the houses on Maple Street.")]
    [InlineData("In Act Three the fire will destroy most of the houses in the square, a spectacular piece of stagecraft.")]
    [InlineData("In Act Three the fire will destroy every house in the square.")]
    [InlineData("In the second act, the storm will destroy half the cottages on the island.")]
    [InlineData("In the last chapter the asteroid will destroy half the cities on Earth, and the survivors must rebuild.")]
    [InlineData("In Chapter Nine the comet will destroy every city on the northern continent.")]
    [InlineData("In Act II the army will destroy every house in the square.")]
    [InlineData("By the end of the film the aliens will have destroyed half the cities on Earth.")]
    [InlineData("By the end of the play every member of the family will be dead.")]
    [InlineData("By the end of the novel the war will have destroyed a third of the towns in Arnhold.")]
    // Tiredness: standing asleep, sleep, or an adjective of being worn out after the state.
    [InlineData("By midnight half the guests at the ceilidh will be dead on their feet, and the band will keep playing.")]
    [InlineData("By midnight every guest at the ceilidh will be dead on their feet.")]
    [InlineData("By the end of the shift half the nurses will be dead on their feet.")]
    [InlineData("By Friday half the staff will be dead to the world.")]
    [InlineData("By the end of the marathon half the runners will be dead on their feet.")]
    [InlineData("By the end of the tour half the band will be finished, exhausted by 40 dates in 50 nights.")]
    [InlineData("By Sunday night the whole choir will be finished, worn out by six concerts in four days.")]
    [InlineData("By close of play half the volunteers at the food bank will be dead on their feet.")]
    public void RH1003_leaves_works_plots_and_tiredness(string text) => Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("The cartels will destroy every high street in the north.", "will destroy every high street")]
    [InlineData("These sanctions will destroy a third of our manufacturers.", "will destroy a third of our manufacturers")]
    [InlineData("In the final act of this government, they will destroy every public library we have.", "will destroy every public library we have")]
    [InlineData("In the next chapter of this crisis, the banks will bankrupt every small firm in the land.", "will bankrupt every small firm")]
    [InlineData("In the north, the floods will destroy every farm this winter.", "will destroy every farm this winter")]
    [InlineData("Within a decade half our coastal towns will be dead, and nobody will care.", "Within a decade half our coastal towns will be dead")]
    [InlineData("By next spring our market towns will be finished, gutted by this rates rise.", "By next spring our market towns will be finished")]
    [InlineData("By the end of this decade most of our rural bus routes will be gone.", "By the end of this decade most of our rural bus routes will be gone")]
    public void RH1003_still_reads_other_agents_figurative_parts_and_plain_states(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));
}
