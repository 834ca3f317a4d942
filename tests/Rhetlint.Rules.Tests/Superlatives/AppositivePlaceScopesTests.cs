using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>
/// RH2001: a judged rank after a place or a field, in an appositive set off by a comma, ranks the noun it describes as a
/// predicate does; the place names the set and supports nothing (issue 17).
/// </summary>
public class AppositivePlaceScopesTests
{
    [Theory]
    [InlineData("Mara Lindqvist, Norway's most gifted striker, signed a new contract on Friday.", "Norway's most gifted striker")]
    [InlineData("We ate at Pellow's, the county's finest bakery, on our last morning.", "county's finest bakery")]
    [InlineData("Tarn Ridge Capital, the industry's most innovative lender, opened an office in Leeds.", "industry's most innovative lender")]
    [InlineData("Councillor Bea Hollis, Yorkshire's most honest politician, voted against the levy.", "Yorkshire's most honest politician")]
    [InlineData("The Kestrel Quartet, Scotland's most exciting young ensemble, plays the Corn Hall tonight.", "Scotland's most exciting young ensemble")]
    [InlineData("Our guide was Ivo Brandt, the region's most knowledgeable birder.", "region's most knowledgeable birder")]
    [InlineData("Detective Inspector Rhona Vale, the city's most tenacious officer, led the inquiry.", "city's most tenacious officer")]
    [InlineData("The column is written by Dr. Nia Penrose, Britain's most trusted GP.", "Britain's most trusted")]
    // Review 51b.
    [InlineData("Councillor Ruth Abel, the borough's most hardworking representative, deserves re-election.", "borough's most hardworking representative")]
    [InlineData("Keir Madden, the nation's wisest economist, sees straight through the budget.", "nation's wisest economist")]
    [InlineData("Vexa Energy, the sector's most ethical supplier, offers fair tariffs to every household.", "sector's most ethical supplier")]
    public void Flags_a_judged_rank_in_an_appositive(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    // A measured rank is a fact of record.
    // A count, a record or an official status (review 51b).
    [InlineData("Gwen Ashby, the nation's most decorated nurse, has died at the age of 91.")]
    [InlineData("Dr Sefa Amoah, the country's most cited economist, gave evidence to the committee.")]
    [InlineData("Mount Oyama, Japan's most active volcano, erupted again overnight.")]
    [InlineData("The grey partridge, the county's most threatened bird, is recovering.")]
    [InlineData("Brantwood, the district's most deprived ward, will receive extra funding.")]
    [InlineData("Ada Pryce, the country's most watched presenter, signed off on Friday.")]
    [InlineData("The Corvell Herald, the region's most read newspaper, is cutting its print run.")]
    [InlineData("The Lissan, the county's most polluted stream, is being cleaned.")]
    [InlineData("Halvard Steel, the country's largest steelmaker, cut 300 jobs.")]
    [InlineData("Ilse Morrow, the town's oldest resident, turned 104 on Tuesday.")]
    // Standing — renown, seniority, success — describes the referent as wire copy does.
    [InlineData("Arlo, the borough's most famous cat, has died aged 19.")]
    [InlineData("Tom Reese, the city's most senior police officer, retired on Friday.")]
    [InlineData("The Rovers, the county's most successful club, won again on Saturday.")]
    // A "with" phrase that counts measures the rank.
    [InlineData("Lena Ruiz, Spain's most capped goalkeeper with 112 appearances, retired on Sunday.")]
    [InlineData("Pia Sorel, Denmark's most successful cyclist with 14 stage wins, will ride the Tour.")]
    // History, a plan or a year: the rank is dated or aimed.
    [InlineData("In 1910 the Brandling, then Europe's most advanced locomotive, left Crewe on its first run.")]
    [InlineData("The Orra Hall, the borough's most welcoming venue once it reopens, will host the fair.")]
    // An award names who conferred the rank.
    [InlineData("Corra Mill, voted the county's finest bakery by Tarn Life readers, opens a second shop.")]
    // An owner bounds the set.
    [InlineData("Ms. Vane, the club's most loyal supporter, has not missed a match.")]
    // A source's credential is RH2004's and the sourcing rules' to judge.
    [InlineData("The Harlow Trust, the county's most influential housing charity, said it would appeal.")]
    // Quoted words belong to their speaker.
    [InlineData("\"Mara Lindqvist, Norway's most gifted striker, is staying,\" said the coach, Ivo Berg.")]
    // The phrase runs into a clause: not an appositive closed by a comma.
    [InlineData("Brenn, the state's most senior judge on the panel since the spring, dissented.")]
    public void Does_not_flag_a_measured_dated_owned_or_credited_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));
}
