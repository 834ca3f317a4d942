using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>
/// A vague group made to look specific by a qualifier that names nobody: the writer's associates ("lawyers we work
/// with"), bodies the writer knows ("publishers I know"), a bare name after "on" (a street, a platform), a participle
/// that places the group.
/// </summary>
public class RH3001WriterAssociatesTests
{
    // "with" closes a contact relative after a verb of dealing with someone, as "to" does after "spoken".
    [Theory]
    [InlineData("Coaches we work with say the new pitch rules will ruin youth football.", "Coaches we work with")]
    [InlineData("Chefs I have worked with say the sugar tax changed nothing in restaurant kitchens.", "Chefs I have worked with")]
    [InlineData("Bankers we deal with tell us the merger will cost thousands of jobs.", "Bankers we deal with")]
    [InlineData("Farmers I consulted with say the drought plan will bankrupt them.", "Farmers I consulted with")]
    public void Flags_the_writers_associates(string text, string span) =>
        Assert.Equal([span], Flagged("RH3001", text));

    // A body the writer knows is as unnamed as its people.
    [Theory]
    [InlineData("Publishers we have spoken to say the levy will close small presses.", "Publishers we have spoken to")]
    [InlineData("Publishers I know in four counties tell me the paper levy will shut them.", "Publishers I know in four counties")]
    public void Flags_bodies_the_writer_knows(string text, string span) =>
        Assert.Equal([span], Flagged("RH3001", text));

    [Theory]
    [InlineData("Tenants on Kessler say the landlord ignored the mould for months.", "Tenants on Kessler")]
    [InlineData("Critics on Twitter say the bill is cruel.", "Critics on Twitter")]
    public void Flags_a_group_placed_by_a_bare_name_after_on(string text, string span) =>
        Assert.Equal([span], Flagged("RH3001", text));

    [Fact]
    public void Flags_a_group_placed_by_a_participle() =>
        Assert.Equal(["Residents living near the incinerator"],
            Flagged("RH3001", "Residents living near the incinerator say the smoke is poisoning their children."));

    // Near misses: the associates act, the writer works with them, a body owns the group, a member is named.
    [Theory]
    [InlineData("Coaches we work with are coming to the training day on Saturday.")]
    [InlineData("We work with coaches in every county, and the programme now reaches 4,000 children.")]
    [InlineData("Readers we work with on the puzzle page sent in 300 entries last week.")]
    [InlineData("Councillors on Harlow Borough Council say the budget is balanced.")]
    [InlineData("Critics on the Halden Arts Board said the grant was fairly awarded.")]
    [InlineData("Residents living near the incinerator held a meeting on Tuesday.")]
    [InlineData("Researchers at Harwell University said the glacier lost 3 per cent of its mass last year.")]
    [InlineData("Lena Ortiz, a nurse we met at the clinic, said the ward was short of six staff last week.")]
    public void Does_not_flag_near_misses(string text) =>
        Assert.Empty(Flagged("RH3001", text));
}
