using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// The classes of false alarm review49c found in RH1005's categories and RH1009's taken-back reading, and the no-go
/// closures RH1001 shares with RH1005: session 49, fix-labels.
/// </summary>
public class ReviewedCategoryTests
{
    [Theory]
    [InlineData("With a warden on every corner and a fine for every bin, Tolbridge is fast becoming a surveillance state.", "becoming a surveillance state")]
    [InlineData("The university's speech code is tyranny, plain and simple.", "is tyranny")]
    [InlineData("This congestion charge is nothing short of tyranny.", "is nothing short of tyranny")]
    [InlineData("Under this mayor the city centre is descending into a lawless jungle.", "descending into a lawless jungle")]
    [InlineData("The new licensing regime turns every pub landlord into an unpaid border guard.", "turns every pub landlord into an unpaid border guard")]
    [InlineData("Our high streets have become no-go zones for ordinary families.", "become no-go zones")]
    [InlineData("Our campuses are turning into re-education camps for anyone who dissents.", "turning into re-education camps")]
    [InlineData("The water regulator is no better than a banana republic.", "no better than a banana republic")]
    [InlineData("This government has turned Harwick into a surveillance state.", "turned Harwick into a surveillance state")]
    public void Still_flags_the_reviewers_true_cases(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1005", text));

    [Theory]
    [InlineData("Flooding has turned the B4120 underpass into a no-go zone for drivers this morning.")]
    [InlineData("Roadworks have turned the high street into a no-go area for buses until Friday.")]
    [InlineData("The cliff path is now a no-go zone after last week's landslip.")]
    [InlineData("Within a decade the reef has become a no-go zone for juvenile fish as the water warms.")]
    [InlineData("The estate has become a no-go zone for anyone without a car.")]
    [InlineData("Our kitchen becomes a no-go zone on Christmas morning while Gran does the turkey.")]
    [InlineData("The bypass closure has turned Kettle Street into a no-go area for cyclists on race day.")]
    [InlineData("The penalty area has become a no-go zone for opposing strikers since Okoro arrived.")]
    public void Does_not_flag_a_literal_closure_in_either_rule(string text)
    {
        Assert.Empty(Flagged("RH1005", text));
        Assert.Empty(Flagged("RH1001", text));
    }

    [Fact]
    public void RH1001_gives_way_to_RH1005_on_a_no_go_place() =>
        Assert.Empty(Flagged("RH1001", "Our high streets have become a no-go zone for ordinary families."));

    [Theory]
    [InlineData("The agency recruits junior diplomats abroad and turns them into spies.")]
    [InlineData("The ten-week course at Newbold turns army recruits into border guards, and most are posted within a month.")]
    [InlineData("Police hope the plea deal will turn the gang's accountant into an informant against his former bosses.")]
    [InlineData("Since the generals seized power in July, Kestria has become a military dictatorship, with parliament suspended.")]
    // A regime type of regime_types_wordnet.txt with the forces named: a kind of government described.
    [InlineData("The generals have turned Kestria into a totalitarian dictatorship.")]
    [InlineData("The generals have turned Kestria into a one-party dictatorship.")]
    [InlineData("Since the coup, the generals have turned Kestria into a police state, with more than 20,000 people detained.")]
    [InlineData("Within six months of the fire, the junta turns Kestria into a one-party dictatorship and bans the unions.")]
    [InlineData("In the autumn the occupiers turn the old quarter into a ghetto, sealed by a brick wall.")]
    [InlineData("Season two turns the quiet suburb into a surveillance state, and the writers clearly have fun with it.")]
    [InlineData("For island schools, the ferry timetable remains a tyranny.")]
    [InlineData("The inbox has become a tyranny for many office workers.")]
    [InlineData("It is wrong to say Harwick has become a police state: arrests fell by 12 per cent last year.")]
    public void Does_not_flag_a_real_role_regime_history_work_burden_or_rebuttal(string text) =>
        Assert.Empty(Flagged("RH1005", text));

    [Theory]
    [InlineData("The band's new album takes us straight back to the 1980s, all gated drums and synth pads.")]
    [InlineData("This season's collections take Harwick straight back to the 1970s, flares and all.")]
    public void RH1009_does_not_flag_a_work_taking_us_back_in_taste(string text) =>
        Assert.Empty(Flagged("RH1009", text));

    [Fact]
    public void RH1009_still_flags_a_policy_taking_a_community_back() =>
        Assert.Equal(["drag farming communities back to the 1930s"], Flagged("RH1009", "Scrapping the subsidy will drag farming communities back to the 1930s."));
}
