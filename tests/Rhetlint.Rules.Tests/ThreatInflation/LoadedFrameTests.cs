using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// Loaded frames that carry a hostile want, willingness or indifference by themselves (issue 16, session 49): any noun
/// phrase in the slot, a predicate of death, ruin or absence in the complement; precision from the shared layers.
/// </summary>
public class LoadedFrameTests
{
    [Theory]
    [InlineData("The league's new owners would be delighted to see every supporters' club fold by Christmas.", "The league's new owners would be delighted to see every supporters' club fold")]
    [InlineData("The bank's directors would be thrilled to see the mutual societies wither away.", "The bank's directors would be thrilled to see the mutual societies wither away")]
    [InlineData("The federation would happily watch the grassroots clubs die out as long as the broadcast money keeps flowing.", "The federation would happily watch the grassroots clubs die out")]
    [InlineData("The regional airline would gladly let the island's ferry service collapse.", "The regional airline would gladly let the island's ferry service collapse")]
    [InlineData("The gangs would happily watch this estate rot.", "The gangs would happily watch this estate rot")]
    [InlineData("The chain's bosses would be delighted to see every corner shop in this town die.", "The chain's bosses would be delighted to see every corner shop in this town die")]
    [InlineData("Big pharma would happily watch rural pharmacies wither as long as the online orders keep coming.", "Big pharma would happily watch rural pharmacies wither")]
    [InlineData("The mill owners would be delighted to see the weavers' cooperative collapse.", "The mill owners would be delighted to see the weavers' cooperative collapse")]
    [InlineData("The supermarket group would be glad to see every village bakery in the county go under.", "The supermarket group would be glad to see every village bakery in the county go under")]
    [InlineData("The agribusiness lobby would happily let every family dairy in the region fold.", "The agribusiness lobby would happily let every family dairy in the region fold")]
    public void Flags_a_wish_or_a_willingness_to_witness_a_ruin(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The big dairies do not care how many small farms go bankrupt this winter.", "The big dairies do not care how many small farms go bankrupt")]
    [InlineData("The insurer does not care whether its patients live or die.", "The insurer does not care whether its patients live or die")]
    [InlineData("The platform does not care how many teenagers get hurt.", "The platform does not care how many teenagers get hurt")]
    [InlineData("The water company couldn't care less how many pensioners fall ill from its pipes.", "The water company couldn't care less how many pensioners fall ill")]
    [InlineData("Those investors do not care who drowns.", "Those investors do not care who drowns")]
    [InlineData("The water board does not care how many villages go bankrupt paying its charges.", "The water board does not care how many villages go bankrupt")]
    public void Flags_indifference_to_a_ruin(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The supermarket chains want every independent baker broke.", "The supermarket chains want every independent baker broke")]
    [InlineData("The app stores want independent developers starving.", "The app stores want independent developers starving")]
    [InlineData("The private equity owners are counting the days until the last branch is closed for good.", "The private equity owners are counting the days until the last branch is closed for good")]
    [InlineData("The developers are counting the days until the last tenant on Rook Street is gone.", "The developers are counting the days until the last tenant on Rook Street is gone")]
    [InlineData("The ministry is counting the days until the last rural bus route dies.", "The ministry is counting the days until the last rural bus route dies")]
    public void Flags_a_ruin_wanted_or_awaited(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The manager said he would happily let the young keeper start on Saturday.")]
    [InlineData("The chef would gladly let you taste the sauce before it is served.")]
    [InlineData("The new firmware would happily let you run two apps side by side.")]
    [InlineData("The festival director would happily let anyone with a ticket stay for the encore.")]
    [InlineData("The quiz host does not care who wins, as long as everyone has fun.")]
    [InlineData("She does not care whether the cake is chocolate or lemon.")]
    [InlineData("The retailer is counting the days until its new flagship store opens in March.")]
    [InlineData("The children are counting the days until the summer holidays begin.")]
    [InlineData("The referee wants the game finished before dark.")]
    [InlineData("The county board wants the old depot gone by spring.")]
    [InlineData("The council wants the road closed for the parade on Sunday.")]
    [InlineData("The trustees would be glad to see the old mill go under the hammer this spring.")]
    public void Does_not_flag_a_kindness_or_a_wish_for_no_ruin(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("I would be glad to see every car off the high street by 2030.")]
    [InlineData("We would happily let the old sheds rot.")]
    [InlineData("The ecologists would be glad to see the invasive knotweed wiped out along the canal.")]
    [InlineData("The gardeners want the weeds dead before the show.")]
    [InlineData("The virus does not care who gets sick.")]
    [InlineData("Our coach does not care who scores, as long as we win the derby.")]
    [InlineData("\"The landlords want us gone,\" said tenant organiser Mira Holt at Tuesday's meeting.")]
    [InlineData("Opposition councillors claim the mayor wants the market dead, but the minutes show he voted to fund it.")]
    [InlineData("Does the council really want the library closed?")]
    [InlineData("Some residents fear the clinic wants the night service gone, though the trust says no decision has been made.")]
    [InlineData("The detective would be glad to see the burglary gang behind bars before Christmas.")]
    public void Does_not_flag_the_writer_a_nuisance_a_thing_sport_quoted_reported_or_asked(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The ministry would be happy to see the old tariff die quietly at the end of the year.")]
    [InlineData("Fans are counting the days until the old stadium is gone and the new one opens in August.")]
    [InlineData("Players are counting the days until the old pitch is gone and the new turf arrives in May.")]
    [InlineData("Residents would love to see the ugly car park closed for good and turned into a garden.")]
    [InlineData("The chef does not care how many souffles collapse in rehearsal; the menu opens on Friday.")]
    [InlineData("Gardeners would happily let the tomato plants wither once the last fruit is picked.")]
    [InlineData("The florist would gladly let the roses wilt once the show is over.")]
    [InlineData("The council would be happy to see the old bus depot gone by March, when the new one opens.")]
    [InlineData("The baker does not care how many loaves collapse in testing; the recipe launches on Monday.")]
    [InlineData("Growers would happily let the potato plants wither before the harvest.")]
    [InlineData("Commuters are counting the days until the temporary car park is gone.")]
    [InlineData("The regulator would be glad to see the old levy die at the end of the tax year.")]
    public void Does_not_flag_the_end_of_a_structure_a_rule_a_food_or_a_plant(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The former captain would love to see his old rivals collapse in the second half on Sunday.")]
    [InlineData("Fans would love to see the visitors die in the heat of the second half at Elm Park.")]
    [InlineData("The home supporters do not care who drowns out the away end, as long as the stadium is loud.")]
    [InlineData("The coach would love to see the opposition collapse in the second half.")]
    [InlineData("The coach would love to see the opposition collapse in front of the bleachers.")]
    public void Does_not_flag_a_result_wished_in_sport_whoever_wishes_it(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The midfielder does not care who drowns out the crowd noise in the dressing room.")]
    [InlineData("The hotel would be happy to let guests stay on until the storm dies down.")]
    [InlineData("The founder said she would be delighted to see her old firm fold into the larger group next year.")]
    [InlineData("The choir does not care who drowns out the brass section, as long as the hymn is loud.")]
    public void Does_not_flag_a_verb_of_ruin_made_another_verb_by_its_particle(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The cartel is holding our whole neighbourhood hostage.", "holding our whole neighbourhood hostage")]
    [InlineData("The planners will hold the whole high street hostage until they get their car park.", "hold the whole high street hostage")]
    [InlineData("Ransomware crews will soon hold every hospital in the country hostage.", "hold every hospital in the country hostage")]
    [InlineData("The new cycle lane on Dray Street is an accident waiting to happen.", "is an accident waiting to happen")]
    [InlineData("The bypass has become a death trap for every family that uses it.", "become a death trap")]
    [InlineData("That old quarry pool is just waiting for its next victim.", "is just waiting for its next victim")]
    public void Flags_a_captor_or_a_killer_image_with_any_noun_phrase(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("Two armed men held four bank clerks hostage for six hours on Friday before police negotiators secured their release.")]
    [InlineData("Police said the gunman is holding three people hostage inside the pharmacy on Mill Road.")]
    [InlineData("The union says the company is holding the pension fund hostage, a charge the company denies.")]
    [InlineData("\"They are holding this town hostage,\" said resident Ola Brant.")]
    [InlineData("In the 1950s the old music hall was a death trap, with no fire escapes at all, historians say.")]
    [InlineData("The building inspector's report, filed on 3 May, called the stairwell a death trap after finding nine breaches of the fire code.")]
    [InlineData("The board game Death Trap sold 40,000 copies last year.")]
    [InlineData("The sticky leaves of the sundew are a death trap for insects.")]
    [InlineData("The heat wave is an accident waiting to happen for farmers.")]
    public void Does_not_flag_a_real_hostage_taking_a_report_a_period_a_title_or_a_literal_trap(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("The third level is a death trap for careless players, and that is half the fun.")]
    [InlineData("The escape room's final chamber is a death trap for anyone who ignores the clues.")]
    [InlineData("The fourth level of the game is a death trap, which reviewers loved.")]
    public void Does_not_flag_a_death_trap_in_a_game_or_a_puzzle(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("The roundabout outside the primary school is a death trap, and the council knows it.", "is a death trap")]
    [InlineData("The new tower block on Fenn Lane is an accident waiting to happen.", "is an accident waiting to happen")]
    public void Flags_a_killer_image_outside_a_game(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));
}
