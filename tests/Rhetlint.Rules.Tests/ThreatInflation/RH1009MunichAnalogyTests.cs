using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1009MunichAnalogyTests
{
    [Theory]
    [InlineData("This ceasefire is Munich all over again.", "Munich all over again")]
    [InlineData("Anyone urging talks with Varn is playing Chamberlain in 1938.", "playing Chamberlain")]
    [InlineData("Every concession to Kestria is another 1938.", "another 1938")]
    [InlineData("The grid is one phishing email away from a cyber Pearl Harbor.", "a cyber Pearl Harbor")]
    [InlineData("Varn's new satellite is a Sputnik moment for Norvania.", "a Sputnik moment")]
    [InlineData("Make no mistake: this is 1938.", "this is 1938")]
    [InlineData("The next 9/11 will come from the sea.", "The next 9/11")]
    [InlineData("Kestria's president is the new Hitler.", "the new Hitler")]
    [InlineData("The treaty is reminiscent of Munich.", "reminiscent of Munich")]
    [InlineData("We are already in a new Cold War with China.", "a new Cold War")]
    [InlineData("Any deal with Moscow is appeasement.", "appeasement")]
    [InlineData("Appeasing Beijing will only invite the next blockade.", "Appeasing Beijing")]
    [InlineData("The pipeline deal is a Munich-style surrender.", "Munich-style")]
    public void Flags_analogies_applied_to_the_present(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1009", text));

    [Theory]
    [InlineData("Chamberlain returned from Munich in September 1938 waving the agreement.")]
    [InlineData("Unlike the Sudeten crisis, today's dispute involves no demand for territory.")]
    [InlineData("Unlike 1938, this dispute involves no demand for territory.")]
    [InlineData("This ceasefire is not another Munich.")]
    [InlineData("The attack on Pearl Harbor killed more than 2,400 Americans.")]
    [InlineData("Comparisons with Munich are lazy.")]
    [InlineData("The Munich analogy does not survive scrutiny.")]
    [InlineData("Distrust could one day spark a new cold war.")]
    [InlineData("Cities like Munich are expensive to live in.")]
    [InlineData("Britain's appeasement of Germany in the 1930s failed.")]
    [InlineData("Wilt Chamberlain scored 100 points in one game.")]
    [InlineData("The Munich Security Conference opens on Friday.")]
    [InlineData("Sputnik launched in October 1957.")]
    [InlineData("The agency exists to prevent another 9/11.")]
    [InlineData("Many debates still turn on resisting Nazi-like behavior.")]
    [InlineData("Her rivals tried to smear the senator as the new Hitler.")]
    [InlineData("“This is another 1938,” Senator Ada Moss said on Tuesday.")]
    [InlineData("She nearly fainted at a 9/11 memorial ceremony in Halden.")]
    public void Does_not_flag_history_disanalogy_or_mention(string text) =>
        Assert.Empty(Flagged("RH1009", text));

    [Theory]
    [InlineData("As in 1938, the harbor pact hands the islands to the stronger fleet; unlike then, both navies accept observers.")]
    [InlineData("Like Munich, the accord leaves the valley to the larger army, in contrast to Munich it has an expiry date.")]
    public void A_comparison_that_states_the_difference_is_argued(string text) =>
        Assert.Empty(Flagged("RH1009", text));

    [Fact]
    public void A_denial_after_the_comparison_is_no_stated_difference() =>
        Assert.Equal(["As in 1938"], Flagged("RH1009", "As in 1938, there is no appetite in the capital for a fight now."));

    [Fact]
    public void A_question_lowers_it_to_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1009", "Is this another Munich?"));

    [Theory]
    [InlineData("The blockade is a slow-motion Hiroshima for the valley.", "a slow-motion Hiroshima")]
    [InlineData("We are drifting toward another 1914 on the river border.", "another 1914")]
    [InlineData("Mark my words: this is how 1933 started.", "this is how 1933 started")]
    [InlineData("The new treaty is Munich with better lighting.", "Munich with better lighting")]
    [InlineData("The trade deal is a replay of Munich.", "a replay of Munich")]
    [InlineData("The new data law is a digital gulag.", "a digital gulag")]
    [InlineData("They promised peace in 1938, too.", "in 1938, too")]
    public void Flags_catastrophe_analogies_beyond_Munich(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1009", text));

    [Theory]
    [InlineData("The river flooded in 1914, too.")]
    [InlineData("She met her editor in Munich with two colleagues.")]
    [InlineData("The town rebuilt its school after Hiroshima.")]
    [InlineData("A Hiroshima survivor spoke at the school.")]
    [InlineData("Historians still argue about how the crisis of 1914 began.")]
    [InlineData("A nuclear holocaust would end the species.")]
    public void Does_not_flag_dates_places_or_history(string text) =>
        Assert.Empty(Flagged("RH1009", text));

    [Theory]
    [InlineData("The mayor's new curfew is worthy of a dictator.", "worthy of a dictator")]
    [InlineData("Scanning every shopper's face is straight out of a police state.", "straight out of a police state")]
    [InlineData("The vote-count rules now in force are worthy of a banana republic.", "worthy of a banana republic")]
    [InlineData("As a rescue plan for the bank, the merger is on a par with the Titanic.", "on a par with the Titanic")]
    [InlineData("The hearings into the league's referees are reminiscent of a show trial.", "reminiscent of a show trial")]
    [InlineData("This drought plan is straight out of the Dust Bowl.", "straight out of the Dust Bowl")]
    [InlineData("The new school tracking app is straight out of Orwell.", "straight out of Orwell")]
    public void Flags_a_comparative_cue_before_a_villain_or_disaster(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1009", text));

    [Theory]
    [InlineData("Sales this quarter are on a par with last year's figures.")]
    [InlineData("The dictator fled the capital on Tuesday.")]
    [InlineData("The documentary about the famine is worthy of an award.")]
    [InlineData("The drought is on a par with the famine of 1846, the met office says.")]
    [InlineData("The 1912 sinking of the Titanic was worthy of a novel.")]
    [InlineData("Unlike a police state, the council publishes every camera's location, and its plan is worthy of a police state only in name.")]
    [InlineData("The general ran a dictatorship for twenty years.")]
    [InlineData("Historians say the trial was reminiscent of a purge.")]
    public void Does_not_flag_villains_without_a_comparison_or_in_history(string text) =>
        Assert.Empty(Flagged("RH1009", text));

    [Theory]
    [InlineData("What is coming for the pension funds will make 1929 look like a picnic.", "will make 1929 look like a picnic")]
    [InlineData("The heat this decade makes the Dust Bowl seem tame.", "makes the Dust Bowl seem tame")]
    [InlineData("Next to the coming shortage, the 1970s energy crisis will look like a tea party.", "the 1970s energy crisis will look like a tea party")]
    [InlineData("The last pandemic was only a dress rehearsal.", "The last pandemic was only a dress rehearsal")]
    [InlineData("The Great Depression will seem mild by comparison.", "The Great Depression will seem mild")]
    [InlineData("This wave of bank failures would make the Asian financial crisis look like child's play.", "would make the Asian financial crisis look like child's play")]
    public void Flags_a_past_disaster_made_small_beside_the_present(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1009", text));

    [Theory]
    [InlineData("Doubt it could happen here? Ask the people who bought flats in Halden in 1990.", "Ask the people who bought flats in Halden in 1990")]
    [InlineData("Just ask anyone who lived through the great flood of 1953.", "Just ask anyone who lived through the great flood of 1953")]
    [InlineData("Ask the farmers who survived the 1984 famine.", "Ask the farmers who survived the 1984 famine")]
    public void Flags_victims_of_a_past_disaster_pointed_at(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1009", text));

    [Theory]
    // A comparison with figures measures; "made" compares two past events.
    [InlineData("The drop was larger than in 2008, at 4.1 percent.")]
    [InlineData("The 2020 crash made 2008 look small, at least for a few weeks.")]
    // Other things made to look small, and a picnic that is a picnic.
    [InlineData("The new stadium will make the old ground look like a toy.")]
    [InlineData("The 1987 crash was a picnic for short sellers, and a disaster for everyone else.")]
    // An ask that asks something, an ask about no disaster, a year with no question before and no going through.
    [InlineData("Ask the families who lost their homes in the 2011 floods what they remember.")]
    [InlineData("Ask the people who run the library for a card.")]
    [InlineData("Ask the people who moved here in 1990.")]
    // Quoted speech.
    [InlineData("“This will make 1987 look like a garden party,” the trader Ada Moss said on Tuesday.")]
    public void Does_not_flag_measured_comparisons_open_asks_or_quotes(string text) =>
        Assert.Empty(Flagged("RH1009", text));

    // The analogy by method: a tyranny's playbook, handbook or tactics said of a present act.
    [Theory]
    [InlineData("The library's new borrowing rules are straight out of the Stasi handbook.", "straight out of the Stasi handbook")]
    [InlineData("Fining parents for every late bus pass is straight out of Beria's playbook.", "straight out of Beria's playbook")]
    [InlineData("The parish council is now following the Nazi playbook on dissent.", "following the Nazi playbook")]
    [InlineData("Tailing reporters to their homes: these are Gestapo tactics.", "Gestapo tactics")]
    [InlineData("The festival board now uses the methods of the KGB against its volunteers.", "uses the methods of the KGB")]
    [InlineData("The new dress code for the ferry crews is worthy of Duvalier.", "worthy of Duvalier")]
    // The page idiom taken, or predicated of an act.
    [InlineData("The harbour trust has taken a page from the KGB handbook to vet its pilots.", "taken a page from the KGB handbook")]
    [InlineData("Getting tenants to report on their neighbours is a page from the Stasi handbook.", "page from the Stasi handbook")]
    public void Flags_a_tyranny_s_method_said_of_today(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1009", text));

    [Theory]
    // History with a year, a place that owns tactics, a document, quoted words, and a method with no owner of the list.
    [InlineData("Stalin's tactics in 1942 relied on sheer numbers.")]
    // A year after "since" is a date; "another" closes "one … or another".
    [InlineData("The choir has sung at the harvest fair in one form or another since 1939.")]
    [InlineData("Bayern Munich's tactics are hard to read this season.")]
    [InlineData("The archive in Leipzig has a copy of the Stasi handbook.")]
    [InlineData("“These are Gestapo tactics,” the protest organiser Ilse Varga said on Friday.")]
    [InlineData("The parish council is now following the planning handbook to the letter.")]
    // Franco is a footballer's or a coach's name in today's sport pages, not a tyrant the gazetteer lists.
    // A thing on show and a page read are documents.
    [InlineData("The rarest exhibit in the new gallery is the Stasi handbook on surveillance.")]
    [InlineData("Pupils in the history club are now studying a page from the Gestapo handbook.")]
    [InlineData("Since the spring the Kestrels have been copying Franco's playbook from the cup run.")]
    public void Does_not_flag_methods_in_history_documents_or_quotes(string text) =>
        Assert.Empty(Flagged("RH1009", text));

    // A past disaster said to be repeating now: a year, a decade or a dated or definite disaster, then "all over again".
    [Theory]
    [InlineData("Rolling blackouts have reached the Tarrow estates. This is 1979 all over again.", "This is 1979 all over again")]
    [InlineData("It is the 2008 crash all over again, and the lenders are still not ready.", "It is the 2008 crash all over again")]
    [InlineData("For the wheat farms of Ostry, this is the Dust Bowl all over again.", "this is the Dust Bowl all over again")]
    [InlineData("With the pumps failing and the wells dry, the valley is the 1976 drought all over again.", "is the 1976 drought all over again")]
    [InlineData("Fuel rationing is back and the price of bread has doubled. This is 1974 all over again.", "This is 1974 all over again")]
    [InlineData("The fuel crisis deepens by the week. This is 1973 all over again.", "This is 1973 all over again")]
    public void Flags_a_past_disaster_said_to_be_repeating(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1009", text));

    [Theory]
    // A year with no threat near it is a memory; a past copula is told of the past; a denial; a reported comparison.
    [InlineData("For the fans in the north stand, it is 1966 all over again.")]
    [InlineData("The kitchen is a mess and the guests are early. It's Christmas all over again.")]
    [InlineData("When the bank failed, it was the 2008 crash all over again.")]
    [InlineData("This is not 2008 all over again, whatever the headlines say.")]
    [InlineData("The Harlow Gazette said on Friday that this was the 1976 drought all over again.")]
    // A threat named as such names no event, and a match report names a game: the year recalls a triumph.
    [InlineData("The Calder winger was a constant threat down the left. It is 1966 all over again for the travelling fans.")]
    [InlineData("Under a threat of drizzle the squad reached the ground early. It is 1966 all over again for the old guard.")]
    [InlineData("Ostry won the cup match on penalties, and the injury crisis of the spring is forgotten. It is 1966 all over again.")]
    public void Does_not_flag_a_repetition_with_no_disaster_or_told_of_the_past(string text) =>
        Assert.Empty(Flagged("RH1009", text));

    // The analogy by memory: everyone who went through a past disaster said to know what comes next.
    [Theory]
    [InlineData("The mint is printing notes by the lorryload. Anyone who remembers Weimar knows how this ends.", "Anyone who remembers Weimar knows how this ends")]
    [InlineData("Those who lived through the Great Depression know where cuts like these lead.", "Those who lived through the Great Depression know")]
    [InlineData("Rents in Calder have doubled in a year, and anyone who remembers the 1990 crash knows what comes next.", "anyone who remembers the 1990 crash knows")]
    [InlineData("Anyone who remembers Weimar knows where a mint that prints money to pay every bill ends up.", "Anyone who remembers Weimar knows")]
    public void Flags_a_past_disaster_recalled_as_the_ending(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1009", text));

    [Theory]
    // A memory that knows nothing, a year with no disaster near it, a reported or rebutted memory, a dated fact.
    [InlineData("Anyone who remembers Weimar will enjoy the new exhibition at the Calder museum.")]
    [InlineData("Anyone who remembers 1966 knows how the final at Wembley ended.")]
    [InlineData("“Anyone who remembers Weimar knows how this ends,” the councillor Ada Moss said on Tuesday.")]
    [InlineData("Unlike the 1920s, the mint now answers to an inflation target, so anyone who remembers Weimar knows the figures differ.")]
    [InlineData("Few people alive today remember Weimar, which ended in 1933.")]
    // A memory of the past itself, not of where it led: no course is told.
    [InlineData("Anyone who remembers the Great Depression knows how hard the Orrin family worked on its farm.")]
    [InlineData("Those who lived through the war know what powdered egg tasted like at Sunday breakfast.")]
    [InlineData("Everyone who remembers the 2008 crash knows what a margin call means for a small trader.")]
    public void Does_not_flag_a_memory_without_the_ending_or_in_a_report(string text) =>
        Assert.Empty(Flagged("RH1009", text));

    // Places that name a released poison, radiation or pathogen, and the villain industry, with the cues of any term.
    [Theory]
    [InlineData("Call the new pathogen lab what it is: a Wuhan on our doorstep.", "a Wuhan")]
    [InlineData("The cooling ponds at Dunmere make this plant the next Fukushima.", "the next Fukushima")]
    [InlineData("The vaping firms are the new Big Tobacco.", "the new Big Tobacco")]
    [InlineData("Fund the studies, bury the results: this is the Big Tobacco playbook.", "the Big Tobacco playbook")]
    [InlineData("The sugar lobby is following the Big Oil playbook.", "following the Big Oil playbook")]
    public void Flags_disaster_places_and_villain_industries(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1009", text));

    [Theory]
    // Places as places and modifiers, a dated historical fact, the industry as an actor, a literal playbook.
    [InlineData("The Wuhan laboratory opened its new wing in 2015.")]
    [InlineData("The city imposed a Wuhan-style lockdown for three weeks.")]
    [InlineData("The Fukushima plant was shut after the 2011 tsunami.")]
    [InlineData("Big Oil lobbied the committee for a decade.")]
    [InlineData("Big Tobacco paid billions in settlements after the 1998 agreement.")]
    [InlineData("The coach is following the Calder playbook from last season.")]
    [InlineData("“This is the Big Tobacco playbook,” the campaigner Ada Moss said.")]
    public void Does_not_flag_places_industries_or_playbooks_as_such(string text) =>
        Assert.Empty(Flagged("RH1009", text));

    // Implicit analogies with no cue of likeness (issue 16: topics6, topics7): the witnesses of a catastrophe's place,
    // a drift back into an era, an old assurance set beside today by "also", an old evil with a modern fitting; and the
    // named wars, camps and programmes of historical_catastrophes_wordnet.txt with the cues of any term.
    [Theory]
    [InlineData("One spill at the Harle works and the estuary dies. Ask the people of Bhopal, who still live beside the plant.", "Ask the people of Bhopal")]
    [InlineData("The borough is sliding back into the 1930s, one eviction notice at a time.", "sliding back into the 1930s")]
    [InlineData("We know where this leads. The Vell regime also promised that the presses would stay free. Weimar also told itself that a little inflation was harmless.", "Weimar also told itself")]
    [InlineData("The new rating app will be 1930s propaganda with a friendlier font.", "1930s propaganda with a friendlier font")]
    [InlineData("The county's battery race is a digital Manhattan Project with no oversight.", "a digital Manhattan Project")]
    [InlineData("This trade dispute is the Korean War all over again.", "is the Korean War all over again")]
    [InlineData("Just ask the families of Seveso, then tell me the new plant is safe.", "Just ask the families of Seveso")]
    [InlineData("We are drifting back into the Dust Bowl while the ministry counts its subsidies.", "drifting back into the Dust Bowl")]
    public void Flags_implicit_analogies_and_named_catastrophes(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1009", text));

    [Theory]
    // A question to the witnesses, a date, a plain time reference, a history told in the past, a decade's style,
    // a place as a place, a named war as history or as an attribute, and a quoted analogy.
    [InlineData("Ask the people of Bhopal what they think of the new metro line.")]
    [InlineData("Ask the people of Nanjing for the best dumpling stall near the river.")]
    [InlineData("The Orrin family slid back into poverty in the 1930s.")]
    [InlineData("The station was built in the 1930s and restored in 2019.")]
    [InlineData("Weimar also promised reforms in 1924. The mark had collapsed the year before.")]
    [InlineData("The flat is 1930s elegance with a new kitchen.")]
    [InlineData("Fashion is drifting back to the 1970s with flared trousers.")]
    [InlineData("Nanjing is a city of eight million people on the Yangtze.")]
    [InlineData("Her grandfather served in the Korean War and later ran the bakery.")]
    [InlineData("A Manhattan Project physicist gave the lecture in 1962.")]
    [InlineData("“This is a digital Manhattan Project,” the lab's critic Ada Moss said.")]
    public void Does_not_flag_questions_dates_history_styles_places_or_quotes(string text) =>
        Assert.Empty(Flagged("RH1009", text));
}
