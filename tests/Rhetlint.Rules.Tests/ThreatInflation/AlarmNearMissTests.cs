using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// For every threat-inflation rule, one alarm in the rule's own construction, away from war, and the four near
/// misses that must stay silent: the same worry measured with figures and a source, the alarm in a named
/// speaker's quotation, the alarm reported and then rebutted by the writer, and a neutral use of the rule's
/// trigger ("the threat of rain"). The alarm row keeps the near misses honest: each would pass against a rule that
/// flags nothing, so the same rule must flag the alarm.
/// </summary>
public class AlarmNearMissTests
{
    public record Quartet(string Rule, string Alarm, string Measured, string Quoted, string Rebutted, string Neutral)
    {
        public override string ToString() => Rule;
    }

    public static TheoryData<Quartet> Quartets =>
    [
        new("RH1001",
            "This debt is a ticking time bomb under every household.",
            "Household debt rose 4% last year to £31,000 a home, a risk the Penlow Bank survey rates as moderate.",
            "“This debt is a ticking time bomb under every household,” said Mara Quill, the opposition's finance spokeswoman.",
            "Some columnists call the new diet app a ticking time bomb for teenagers' health, but the Ellory trial of 3,000 users found no harm.",
            "A fox got into the hen house and killed six birds."),
        new("RH1002",
            "This levy is an existential threat to every independent bookshop.",
            "The levy would cost the average independent bookshop £2,400 a year, about 3% of turnover, the guild's survey estimates.",
            "“This levy is an existential threat to every independent bookshop,” said Oren Vale, who chairs the booksellers' guild.",
            "Opponents called the cycle lane an existential threat to the high street, yet footfall rose 8% in its first year.",
            "The survival rate for the knee operation has risen to 92%."),
        new("RH1003",
            "Cheap energy drinks are poisoning an entire generation of schoolchildren.",
            "Sugar in energy drinks raised tooth decay among 12-year-olds by 6% between 2018 and 2024, the dental survey found.",
            "“Cheap energy drinks are poisoning an entire generation,” said Dr Ilse Marr of Penlow Hospital.",
            "Campaigners say energy drinks are poisoning an entire generation, but the Penlow study of 4,000 pupils found no such harm.",
            "The gardener is poisoning the slugs in the greenhouse."),
        new("RH1004",
            "The Corlan cartel is bent on destroying the small breweries.",
            "The Corlan group plans to buy 6 small breweries by 2027, its annual report states.",
            "“The Corlan cartel is bent on destroying the small breweries,” said Hal Brenner, who chairs the brewers' guild.",
            "Brewers accuse the Corlan group of being bent on destroying the small breweries, but it has bought none since 2019 and sells to 40 of them.",
            "The cyclist is bent on winning the mountain stage."),
        new("RH1005",
            "Hordes of migrants are heading for our seaside towns.",
            "Some 1,200 asylum seekers arrived at the port in March, up from 900 a year earlier, Home Office figures show.",
            "“Hordes of migrants are heading for our seaside towns,” said the councillor Ada Pemberton.",
            "A leaflet warned that hordes of migrants were heading for the seaside towns, but arrivals fell by a third last year.",
            "Hordes of shoppers queued outside the store for the January sale."),
        new("RH1006",
            "If the grant is cut, the valley will lose its bus, then its school, then its surgery.",
            "If the grant is cut, the valley will lose its bus, then its school, then its surgery, the council's 2025 impact study projects.",
            "“If the grant is cut, the valley will lose its bus, then its school, then its surgery,” said the councillor Jo Brennick.",
            "Campaigners say the village will lose its post office, then its pharmacy, then its pub, but the bank's plan keeps all three open.",
            "Today Leeds, tomorrow Glasgow: the band's tour rolls north by coach."),
        new("RH1007",
            "Collapse of the pension fund is inevitable.",
            "Collapse of the pension fund is likely within a decade, with assets covering 61% of promised payouts, the regulator said.",
            "“Collapse of the pension fund is inevitable,” said the actuary Priya Dunmore.",
            "Some insist the collapse of the pension fund is inevitable, but the regulator's review found it fully funded.",
            "Rain is inevitable in a Welsh August."),
        new("RH1008",
            "We have days, not months, to save the coral reef.",
            "We have days, not months, to save the coral reef: bleaching reached 40% of it in March, the marine institute found.",
            "“We have days, not months, to save the coral reef,” said the biologist Tomas Ferrer.",
            "Divers say we have days, not months, to save the reef, but the marine institute's survey found the coral recovering.",
            "The painters have days, not months, to finish the mural before the festival."),
        new("RH1009",
            "This chemical leak is our Chernobyl.",
            "The chemical leak released 3 tonnes of chlorine, far less than the worst industrial accidents, the safety board said.",
            "“This is our Chernobyl,” said the mayor Ilsa Marr of the chemical leak.",
            "Some call the chemical leak our Chernobyl, a comparison that does not survive a look at the 3 tonnes released.",
            "The exhibition on Chernobyl opens at the science museum in May."),
        new("RH1010",
            "Obesity is the greatest threat our health service has ever faced.",
            "Antibiotic resistance caused 1,240 hospital deaths in the region last year, the highest toll of any infection, the health board reported.",
            "“Obesity is the greatest threat our health service has ever faced,” said Dr Lena Howe, the board's chair.",
            "Some call the app the greatest threat to childhood ever, a claim the 2024 Calder review found no support for.",
            "Jensen is the biggest threat to the champion in the final round."),
        new("RH1011",
            "The virus could reach every town in a single week.",
            "The virus reached 14 towns in its first month, the health agency's tracker shows.",
            "“The virus could reach every town in a single week,” said the epidemiologist Anna Krell.",
            "Rumours said the virus could reach every town in a single week; the health agency's tracker shows it reached 14 in a month.",
            "The bakery sells out in a single morning."),
        new("RH1012",
            "Fraudsters are everywhere now.",
            "Card fraud rose in 12 of the county's 40 towns last year, police figures show.",
            "“Fraudsters are everywhere now,” said the bank's security chief Miriam Osei.",
            "The leaflet says fraudsters are everywhere now, but reported card fraud fell 6% last year.",
            "Ticket touts are everywhere outside the stadium on cup final day."),
    ];

    [Theory]
    [MemberData(nameof(Quartets))]
    public void The_alarm_in_the_writers_voice_is_flagged(Quartet q) =>
        Assert.NotEmpty(Flagged(q.Rule, q.Alarm));

    [Theory]
    [MemberData(nameof(Quartets))]
    public void The_measured_warning_with_figures_is_not(Quartet q) =>
        Assert.Empty(Flagged(q.Rule, q.Measured));

    [Theory]
    [MemberData(nameof(Quartets))]
    public void The_alarm_quoted_from_a_named_speaker_is_not(Quartet q) =>
        Assert.Empty(Flagged(q.Rule, q.Quoted));

    [Theory]
    [MemberData(nameof(Quartets))]
    public void The_alarm_reported_and_rebutted_is_not(Quartet q) =>
        Assert.Empty(Flagged(q.Rule, q.Rebutted));

    [Theory]
    [MemberData(nameof(Quartets))]
    public void A_neutral_use_of_the_trigger_is_not(Quartet q) =>
        Assert.Empty(Flagged(q.Rule, q.Neutral));
}
