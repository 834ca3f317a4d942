using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>The end-state slot of RH1003's forecast readings, read by one shared reader (EndStateReader, issue 16).</summary>
public class EndStateTests
{
    [Theory]
    // Participles of closing, abandoning and destroying.
    [InlineData("Within two years every family bakery in Dunmore will be padlocked.")]
    [InlineData("By next year every science lab at the college will be mothballed.")]
    [InlineData("Within two years every bus route out of Tollby will be axed.")]
    [InlineData("By the end of the decade the entire local music scene will be wiped off the map.")]
    // Adjectives of ruin and death, idioms of ending, coordinated states.
    [InlineData("Within a decade every small newsroom in the region will be defunct.")]
    [InlineData("By next spring the whole fishing fleet of Penmarrow will be on the scrapheap.")]
    [InlineData("Within five years every clinic in the hill towns will be shuttered and empty.")]
    [InlineData("In five years every theatre in the borough will be dark and derelict.")]
    // Events of ending after the modal or "have".
    [InlineData("Within a year every independent bookshop in Rellport will fold.")]
    [InlineData("Within three years every corner shop in Ashby will have gone under.")]
    [InlineData("Within two seasons every grassroots rugby club in the shire will close for good.")]
    [InlineData("Within three years every farm shop in the dale will have closed down for good.")]
    [InlineData("Let this tax through and within two years every small theatre in the country will go to the wall.")]
    [InlineData("Within a year every youth club in the borough will have folded, and our children will pay the price.")]
    [InlineData("Within a decade every small abattoir in the country will have closed down, and no one in Whitehall will notice.")]
    public void Flags_a_certain_end_state_of_a_stake(string text) =>
        Assert.Single(Flagged("RH1003", text));

    [Theory]
    // Seasons, works, sell-outs, closing times: a bounded or short closure.
    [InlineData("By next winter every outdoor pool in the county will be closed for the season.")]
    [InlineData("By Friday every road into the village will be shut for resurfacing.")]
    [InlineData("By next season every pitch in the league will be padlocked at night.")]
    [InlineData("By midnight every bar on the strip will be shut.")]
    [InlineData("Within two hours every ticket will be gone.")]
    [InlineData("Within ten minutes every seat in the hall will be empty as the audience heads home.")]
    // Devices, goods and plants.
    [InlineData("Within a month every phone on the old network will be dead when the 3G signal is switched off.")]
    [InlineData("By next month every crate in the warehouse will be empty after the clearance sale.")]
    [InlineData("Every weed in the bed will be dead within days of mulching.")]
    // Replacement, plans, owners' announcements, reported and rebutted alarms, history.
    [InlineData("Within a decade every petrol station on the motorway will be gone, replaced by charging hubs.")]
    [InlineData("Within a decade every coal mine in the country will be closed for good under the government's transition plan.")]
    [InlineData("Every branch of the bakery chain will close for good by spring, its owners confirmed on Monday.")]
    [InlineData("\"Within five years every pub in this town will be boarded up,\" said landlord Ned Parry.")]
    [InlineData("Some claim every cinema in the county will be derelict within a decade, but ticket sales rose 12 percent last year.")]
    [InlineData("Every reservoir in the region could be dry by August if rain stays low, forecasters warned.")]
    [InlineData("In 1850 every mill in the valley had closed down for good.")]
    [InlineData("The Wellbrook leisure centre will be demolished in March and a new one built on the site by 2028.")]
    public void Does_not_flag_a_notice_a_thing_a_plan_or_a_reported_alarm(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A tenancy's gap (empty.a.01's similar-to set, untenanted), refilled ahead of works or by movers.
    [InlineData("By spring every flat in the block will be vacant ahead of refurbishment.")]
    [InlineData("Within a year every flat in Carlow House will be untenanted as residents move to the new block.")]
    [InlineData("By next month every unit on the retail park will be vacant, ready for the new owners to refit.")]
    [InlineData("By June every classroom in the old block will be vacant as pupils move into the new wing.")]
    [InlineData("Within two years every ward at Elmside will be unoccupied for good, with patients transferred to the new hospital.")]
    // "Dry" as alcohol-free, and a rule starting from a date.
    [InlineData("From next year the whole campus will be dry under the university's new alcohol policy.")]
    [InlineData("From January the whole festival site will be dry, the organisers' new licence requires.")]
    [InlineData("From April every depot in the fleet will be closed on Sundays.")]
    // A merger names its successor.
    [InlineData("By the end of the season every club in the old second division will have folded into the new regional league.")]
    [InlineData("By next season every club in the county's second tier will have folded into the new district league.")]
    // A participle clause of ending narrates the close as news.
    [InlineData("By the end of the decade every coal mine in the region will have closed down, ending two centuries of mining.")]
    [InlineData("Within a year every tannery in Oakhollow will have closed for good, ending a trade that began in 1790.")]
    public void Does_not_flag_a_tenancy_gap_a_rule_a_merger_or_a_narrated_close(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // Near misses the cues leave alone: moving away is the harm, "as" without a move, a lasting ruin.
    [InlineData("Within a decade every village in the glen will be deserted and derelict as young families move away.")]
    [InlineData("Within three years every hill farm in Wales will be abandoned and empty thanks to this trade deal.")]
    public void Still_flags_a_lasting_ruin_without_a_successor(string text) =>
        Assert.Single(Flagged("RH1003", text));
}
