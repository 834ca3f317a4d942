using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Semantics;

public class EvidenceTests
{
    private static DocumentModel Model(string text, DocumentFormat format = DocumentFormat.PlainText) =>
        DocumentModel.Build("test.txt", ProseParser.Parse(format == DocumentFormat.Markdown
            ? MarkdownReader.Read(SourceText.From(text))
            : PlainTextReader.Read(SourceText.From(text))));

    private static string Text(DocumentModel model, EvidenceItem item) => model.Excerpt(model.SpanOf(item.First, item.End));

    private static (int First, int End) Find(DocumentModel model, string words)
    {
        var parts = words.Split(' ');
        for (var i = 0; i + parts.Length <= model.Tokens.Length; i++)
            if (parts.Select((p, k) => model.Tokens[i + k].Text == p).All(x => x)) return (i, i + parts.Length);
        throw new ArgumentException($"'{words}' is not in the text");
    }

    private static EvidenceItem Item(DocumentModel model, EvidenceKind kind) => Assert.Single(model.EvidenceItems, e => e.Kind == kind);

    [Theory]
    [InlineData("Turnout reached 71% this spring.", "71%", FigureKind.Percentage)]
    [InlineData("Turnout reached 71 per cent this spring.", "71 per cent", FigureKind.Percentage)]
    [InlineData("Roughly a quarter of riders complained.", "quarter", FigureKind.Percentage)]
    [InlineData("Three in four riders complained.", "Three in four", FigureKind.Percentage)]
    [InlineData("Two-thirds of the ferries were late.", "Two-thirds", FigureKind.Percentage)]
    [InlineData("The clinic sees 240 patients a week.", "240", FigureKind.Count)]
    [InlineData("The council closed twelve schools.", "twelve", FigureKind.Count)]
    [InlineData("Dozens of ferries were late.", "Dozens", FigureKind.Count)]
    [InlineData("The frame weighs 6.1 kg.", "6.1 kg", FigureKind.Quantity)]
    [InlineData("June averaged 19.4C on the islands.", "19.4C", FigureKind.Quantity)]
    [InlineData("The grant was worth £3 million.", "£3 million", FigureKind.Money)]
    [InlineData("Each strike day costs half a billion pounds.", "half a billion pounds", FigureKind.Money)]
    [InlineData("Fares doubled.", "doubled", FigureKind.Multiple)]
    [InlineData("Fares rose three times over.", "three times", FigureKind.Multiple)]
    [InlineData("The crossing took 31 hours.", "31 hours", FigureKind.Duration)]
    [InlineData("The 72-week trial ended.", "72-week", FigureKind.Duration)]
    [InlineData("The driver, a 26-year-old from Halden, was charged.", "26-year-old", FigureKind.Age)]
    [InlineData("The skipper, aged 33, sailed alone.", "33", FigureKind.Age)]
    [InlineData("The skipper is 33 years old.", "33 years old", FigureKind.Age)]
    [InlineData("The Velo 7 went on sale.", "7", FigureKind.ModelNumber)]
    [InlineData("Version 5.2.1 fixed the bug.", "5.2.1", FigureKind.ModelNumber)]
    [InlineData("The pier opened in 1972.", "1972", FigureKind.Date)]
    [InlineData("The pier opened three years ago.", "three years ago", FigureKind.Date)]
    [InlineData("The talks ended on March 3.", "3", FigureKind.Date)]
    [InlineData("The gates shut at 10 p.m. sharp.", "10", FigureKind.Date)]
    [InlineData("The gates shut at 9 pm on Fridays.", "9", FigureKind.Date)]
    public void A_figure_is_classified_by_what_it_measures(string text, string figure, FigureKind kind)
    {
        var model = Model(text);
        var item = Item(model, EvidenceKind.Figure);
        Assert.Equal((figure, kind), (Text(model, item), item.Figure));
    }

    [Theory]
    [InlineData("One columnist said the plan was doomed.")]
    [InlineData("It was one of the worst weeks.")]
    [InlineData("She came second in the race.")]
    public void Words_that_only_look_like_numbers_are_no_figures(string text) =>
        Assert.DoesNotContain(Model(text).EvidenceItems, e => e.Kind == EvidenceKind.Figure);

    [Fact]
    public void A_unit_tells_the_dimension_of_a_quantity()
    {
        var model = Model("The frame weighs 6.1 kg and the cable runs 40 km.");
        Assert.Equal([Dimension.Mass, Dimension.Length], model.EvidenceItems.Where(e => e.Kind == EvidenceKind.Figure).Select(e => e.Dimension));
    }

    [Theory]
    [InlineData("It was the wettest June since records began.", "since records began")]
    [InlineData("It was the highest for mid-May since the observatory began tracking it in 2015.", "since the observatory began tracking it in 2015")]
    [InlineData("It was the lowest annual figure in the navy's published series.", "in the navy's published series")]
    [InlineData("It was the highest attendance in the twenty years the council has kept records.", "in the twenty years the council has kept records")]
    [InlineData("It was the largest haul in the department's history.", "in the department's history")]
    [InlineData("It was the biggest postbag since this newsletter launched.", "since this newsletter launched")]
    [InlineData("It is the lightest of the nine kettles we have tested this year.", "we have tested this year")]
    [InlineData("It was the longest walk I've managed all winter.", "I've managed all winter")]
    [InlineData("The rainfall was the highest on record.", "on record")]
    [InlineData("It was the largest fine yet imposed by the Norvik Data Office.", "yet imposed by the Norvik Data Office")]
    [InlineData("It was the highest reading since the tide gauge opened in 1961.", "since the tide gauge opened in 1961")]
    [InlineData("It was the windiest day since the weather station was installed in 1952.", "since the weather station was installed in 1952")]
    [InlineData("It was the deepest frost since the station began recording.", "since the station began recording")]
    [InlineData("It was the highest score in Varn League history.", "in Varn League history")]
    public void Kept_records_are_found(string text, string record)
    {
        var model = Model(text);
        Assert.Equal(record, Text(model, Item(model, EvidenceKind.Record)));
    }

    [Theory]
    [InlineData("It was the worst flood in human history.")]
    [InlineData("It was the most important moment in the history of software.")]
    [InlineData("It is the cleanest fuel we have.")]
    [InlineData("In May 2023 Halden's Data Protection Office fined the ferry company.")]
    [InlineData("It was the busiest day since the harbour opened in 1961.")]
    public void An_unbounded_history_or_a_general_we_is_no_record(string text) =>
        Assert.DoesNotContain(Model(text).EvidenceItems, e => e.Kind == EvidenceKind.Record);

    /// <summary>A name before "history" owns the history; it publishes no data ("Eurostat figures" does).</summary>
    [Theory]
    [InlineData("It was the worst flood in Kestria history.")]
    [InlineData("Halden history shows the harbour flooded every decade.")]
    public void A_named_history_is_no_dataset(string text) =>
        Assert.DoesNotContain(Model(text).EvidenceItems, e => e.Kind == EvidenceKind.Dataset);

    [Theory]
    [InlineData("Rents rose again, on the ministry's figures.", "the ministry's figures", SpeakerClass.DefiniteRole)]
    [InlineData("Rents rose 4%, Norvik Statistics figures show.", "Norvik Statistics figures", SpeakerClass.NamedOrganization)]
    [InlineData("Delays doubled, in a survey of 2,000 riders by the Kelby Transit Institute.", "a survey of 2,000 riders by the Kelby Transit Institute", SpeakerClass.NamedOrganization)]
    [InlineData("The Harlow Institute measured the swell at 0.4 meters.", "The Harlow Institute measured", SpeakerClass.NamedOrganization)]
    [InlineData("The battery lasted nine days in Vantry lab testing.", "Vantry lab testing", SpeakerClass.NamedOrganization)]
    [InlineData("Weight fell in a trial published last year in the Journal of Harbour Medicine.", "a trial published last year in the Journal of Harbour Medicine", SpeakerClass.NamedOrganization)]
    public void Datasets_carry_their_publisher(string text, string dataset, SpeakerClass publisher)
    {
        var model = Model(text);
        var item = Item(model, EvidenceKind.Dataset);
        Assert.Equal((dataset, publisher), (Text(model, item), item.Publisher));
    }

    [Fact]
    public void A_funder_is_no_publisher() =>
        Assert.DoesNotContain(Model("She works on research funded by the Norvik Science Council.").EvidenceItems, e => e.Kind == EvidenceKind.Dataset);

    [Fact]
    public void Studies_with_no_publisher_are_no_dataset() =>
        Assert.DoesNotContain(Model("Studies from many harbour towns confirm that ferries save fuel.").EvidenceItems, e => e.Kind == EvidenceKind.Dataset);

    [Fact]
    public void Citations_and_links_are_found()
    {
        var model = Model("Rents rose [1]. Fares fell (Moss 2021). See [the report](https://example.org/r).\n", DocumentFormat.Markdown);
        Assert.Equal(["[1]", "(Moss 2021)", "the report"], model.EvidenceItems.Where(e => e.Kind is EvidenceKind.Citation or EvidenceKind.Link).Select(e => Text(model, e)));
    }

    [Theory]
    // A link whose text opens its sentence with an imperative asks the reader to act: it cites nothing (issue 16).
    [InlineData("The ferry will stop in March. [Write to your councillor](https://example.org/w) today.\n")]
    [InlineData("The ferry will stop in March. [Sign up](https://example.org/s) for the newsletter.\n")]
    [InlineData("The ferry will stop in March. [Donate](https://example.org/d).\n")]
    [InlineData("The ferry will stop in March. [Read more](https://example.org/r).\n")]
    [InlineData("The ferry will stop in March. [Join us](https://example.org/j) at the quay on Saturday.\n")]
    public void A_call_to_action_link_is_no_citation(string text) =>
        Assert.DoesNotContain(Model(text, DocumentFormat.Markdown).EvidenceItems, e => e.Kind == EvidenceKind.Link);

    [Theory]
    // Near misses: a link that names its source, a headline whose first word is also a verb, a document noun, and
    // an imperative that is not the link's text.
    [InlineData("The ferry will stop in March. [The harbour board's timetable](https://example.org/t) says so.\n", "The harbour board's timetable")]
    [InlineData("The ferry will stop in March, [a 2024 survey](https://example.org/s) found.\n", "a 2024 survey")]
    [InlineData("The ferry will stop in March. [Share prices fell](https://example.org/p) at the operator.\n", "Share prices fell")]
    [InlineData("The ferry will stop in March. [Report of the harbour inquiry](https://example.org/r).\n", "Report of the harbour inquiry")]
    [InlineData("The ferry will stop in March. Read [the operator's notice](https://example.org/n).\n", "the operator's notice")]
    public void A_link_that_names_a_source_is_a_citation(string text, string link)
    {
        var model = Model(text, DocumentFormat.Markdown);
        Assert.Equal(link, Text(model, Item(model, EvidenceKind.Link)));
    }

    [Fact]
    public void Named_frames_are_sources_with_their_speaker_class()
    {
        var model = Model("Ilse Brandt said the ferry will return.");
        Assert.Equal(SpeakerClass.NamedPerson, Item(model, EvidenceKind.Source).Publisher);
    }

    private static ClaimEvidence Weigh(DocumentModel model, ClaimKind kind, string claim, string? degree = null, string? head = null, EvidenceWindow? window = null)
    {
        var (first, end) = Find(model, claim);
        var claimed = new Claim(kind, first, end)
        {
            Degree = degree is null ? null : Find(model, degree).First,
            Head = head is null ? null : Find(model, head).First,
        };
        return model.EvidenceFor(claimed, window ?? EvidenceWindow.NextSentence);
    }

    [Theory]
    [InlineData("The Velo 7 is the lightest racing bike ever made.", "model number")]
    [InlineData("The skipper, a 26-year-old, sailed the lightest racing bike ever made.", "age")]
    [InlineData("Launched in 2019, it is the lightest racing bike ever made.", "date")]
    public void An_age_a_date_or_a_model_number_measures_no_rank(string text, string why)
    {
        var evidence = Weigh(Model(text), ClaimKind.Rank, "the lightest racing bike", degree: "lightest", head: "bike");
        Assert.Equal(EvidenceStrength.None, evidence.Strength);
        Assert.Contains(evidence.NotLinked, l => l.Item.Kind == EvidenceKind.Figure && l.Item.Description.Contains(why) || l.Reason.Contains(why));
    }

    [Fact]
    public void No_figure_measures_a_judgement()
    {
        var evidence = Weigh(Model("With a £3 million grant behind it, the Lido is the most beautiful pool ever built."), ClaimKind.Rank, "the most beautiful pool", degree: "beautiful", head: "pool");
        var link = Assert.Single(evidence.NotLinked);
        Assert.Equal(("£3 million", "'beautiful' is a judgement no figure measures"), (link.Item.Figure == FigureKind.Money ? "£3 million" : "", link.Reason));
    }

    [Fact]
    public void A_figure_that_measures_the_claim_in_its_clause_is_medium_and_strong_with_its_source()
    {
        var alone = Weigh(Model("The frame weighs 6.1 kg, the lightest racing frame on sale."), ClaimKind.Rank, "the lightest racing frame", degree: "lightest", head: "frame");
        Assert.Equal(EvidenceStrength.Medium, alone.Strength);
        var sourced = Weigh(Model("The frame weighs 6.1 kg, the lightest racing frame on sale, according to the Harlow Cycling Lab."), ClaimKind.Rank, "the lightest racing frame", degree: "lightest", head: "frame");
        Assert.Equal(EvidenceStrength.Strong, sourced.Strength);
    }

    [Fact]
    public void A_later_figure_counts_only_when_its_sentence_refers_back()
    {
        var unrelated = Weigh(Model("Halden has the highest rents in the north. Mayor Ruiz earns 90,000 euros."), ClaimKind.Rank, "the highest rents", degree: "highest", head: "rents");
        Assert.Equal(EvidenceStrength.None, unrelated.Strength);
        var referring = Weigh(Model("Halden has the highest rents in the north. Its rents average 1,450 euros a month, the housing office said."), ClaimKind.Rank, "the highest rents", degree: "highest", head: "rents");
        Assert.Equal(EvidenceStrength.Strong, referring.Strength);
    }

    [Fact]
    public void Such_and_this_point_back_to_an_earlier_figure()
    {
        var model = Model("The harbour board spends €25 million a year on dredging. This vast sum comes from port fees. To defend such an enormous budget, the board needs a crisis.");
        var evidence = Weigh(model, ClaimKind.Magnitude, "enormous budget", degree: "enormous", head: "budget", window: new EvidenceWindow(2, 1));
        var link = Assert.Single(evidence.Linked);
        Assert.Equal(FigureKind.Money, link.Item.Figure);
        Assert.Contains("'such'", link.Reason);
    }

    [Fact]
    public void A_temperature_written_onto_its_number_measures_a_rank_of_heat()
    {
        var model = Model("The pool was kept at 28C, the warmest in the county, the Varn Leisure Trust said.");
        Assert.Equal(Dimension.Temperature, Item(model, EvidenceKind.Figure).Dimension);
        Assert.Equal(EvidenceStrength.Strong, Weigh(model, ClaimKind.Rank, "the warmest", degree: "warmest").Strength);
    }

    [Fact]
    public void A_rank_that_opens_by_pointing_back_takes_the_sourced_figure_of_the_sentence_before()
    {
        var evidence = Weigh(Model("The Vasser Climate Office said June averaged 19.4C, 2.1C above the long-run mean. It was the hottest June for the islands."),
            ClaimKind.Rank, "the hottest", degree: "hottest");
        Assert.Equal(EvidenceStrength.Strong, evidence.Strength);
        Assert.Contains(evidence.Linked, l => l.Item.Kind == EvidenceKind.Figure && l.Reason.Contains("'It'"));
        // Only a rank points back this way, and only from the sentence's opening clause.
        var inLaterClause = Weigh(Model("The Vasser Climate Office said June averaged 19.4C. Rain was light, but it was the hottest June for the islands."),
            ClaimKind.Rank, "the hottest", degree: "hottest");
        Assert.Equal(EvidenceStrength.None, inLaterClause.Strength);
    }

    [Fact]
    public void Pointing_back_carries_over_a_figure_not_a_speaker()
    {
        var evidence = Weigh(Model("Mayor Jo Pike said the stadium opens in May. This is the finest stadium in the north."),
            ClaimKind.Rank, "the finest stadium", degree: "finest", head: "stadium");
        Assert.Equal(EvidenceStrength.None, evidence.Strength);
    }

    [Fact]
    public void A_named_source_counts_when_its_words_cover_the_claim_and_not_otherwise()
    {
        var covering = Weigh(Model("Halden is the busiest harbor on the coast. \u201cHalden handled more ships than any harbor on the coast,\u201d said Ilse Brandt, the port director."),
            ClaimKind.Rank, "the busiest harbor", degree: "busiest", head: "harbor");
        Assert.Equal(EvidenceStrength.Strong, covering.Strength);
        var elsewhere = Weigh(Model("Geologists agree the volcano is the calmest on the coast. Mayor Jo Pike said the fireworks will go ahead."),
            ClaimKind.Rank, "the calmest", degree: "calmest");
        Assert.Contains(elsewhere.NotLinked, l => l.Item.Kind == EvidenceKind.Source && l.Reason.Contains("something else"));
    }

    [Fact]
    public void A_source_bears_on_a_rank_only_when_it_compares()
    {
        var cost = Weigh(Model("Tidal power is the most important energy idea of the decade. The Harlow Institute said tidal power cost 42 million euros last year."),
            ClaimKind.Rank, "the most important energy idea", degree: "important", head: "idea");
        Assert.Contains(cost.NotLinked, l => l.Item.Kind == EvidenceKind.Source && l.Reason.Contains("no comparison"));
        var ranking = Weigh(Model("Tidal power is the most important energy idea of the decade. The Harlow Institute said tidal power did more than any other idea to cut emissions."),
            ClaimKind.Rank, "the most important energy idea", degree: "important", head: "idea");
        Assert.Equal(EvidenceStrength.Strong, ranking.Strength);
    }

    [Fact]
    public void An_unnamed_source_does_not_say_who_holds_a_view()
    {
        var evidence = Weigh(Model("It has been reported that the stockpile is empty. People familiar with the stockpile said it ran out in May."),
            ClaimKind.Attribution, "It has been reported");
        Assert.Equal(EvidenceStrength.None, evidence.Strength);
    }

    [Fact]
    public void The_rise_refers_back_only_to_a_claim_about_an_amount()
    {
        var amount = Weigh(Model("Everyone knows prices have soared. The rise was 34 percent, the port authority said."), ClaimKind.Universal, "Everyone knows");
        Assert.Contains(amount.Linked, l => l.Item.Kind == EvidenceKind.Figure);
        var other = Weigh(Model("Everyone in this hall knows the truth. The rise was 34 percent, the port authority said."), ClaimKind.Universal, "Everyone in this hall knows");
        Assert.DoesNotContain(other.Linked, l => l.Item.Kind == EvidenceKind.Figure);
    }

    [Fact]
    public void The_person_criticised_is_no_source_for_the_criticism()
    {
        var evidence = Weigh(Model("Mayor Tobin Hale is the worst mayor in the county. Hale said the budget is balanced."),
            ClaimKind.Rank, "the worst mayor", degree: "worst", head: "mayor");
        Assert.Equal(EvidenceStrength.None, evidence.Strength);
    }

    [Fact]
    public void Yet_after_a_superlative_is_the_adverb_and_keeps_the_clause_whole()
    {
        var evidence = Weigh(Model("The regulator fined the ferry company €90 million, the largest penalty yet imposed by the Norvik Data Office."),
            ClaimKind.Rank, "the largest penalty", degree: "largest", head: "penalty");
        Assert.Contains(evidence.Linked, l => l.Item.Kind == EvidenceKind.Record && l.Strength == EvidenceStrength.Strong);
    }

    [Fact]
    public void A_kept_record_bounds_a_measured_rank_but_not_a_judgement()
    {
        var measured = Weigh(Model("It was the highest turnout since records began."), ClaimKind.Rank, "the highest turnout", degree: "highest", head: "turnout");
        Assert.Equal(EvidenceStrength.Strong, measured.Strength);
        var judged = Weigh(Model("It was the most beautiful turnout since records began."), ClaimKind.Rank, "the most beautiful", degree: "beautiful");
        Assert.Equal(EvidenceStrength.None, judged.Strength);
    }

    [Fact]
    public void A_figure_says_nothing_about_who_holds_a_view()
    {
        var evidence = Weigh(Model("It is widely believed that the stockpile holds 300 drones."), ClaimKind.Attribution, "It is widely believed");
        Assert.Equal("a figure does not say who holds the view", Assert.Single(evidence.NotLinked).Reason);
    }

    [Theory]
    // A duration in another clause says how long the harm has gone on (issue 16/17: evidence that is not evidence).
    [InlineData("Ride-hailing is killing the taxi trade, and has been for nine years.", "is killing the taxi trade", "nine years")]
    [InlineData("Betting adverts are ruining football, as they have for over 11 years.", "are ruining football", "11 years")]
    // A duration in the claim's own clause does not measure the harm either.
    [InlineData("For three months the new tariff will wreck every dairy farm in Orvale.", "will wreck every dairy farm", "three months")]
    public void A_duration_does_not_measure_a_bare_claim(string text, string claim, string duration)
    {
        var evidence = Weigh(Model(text), ClaimKind.Prediction, claim);
        Assert.Equal(EvidenceStrength.None, evidence.Strength);
        var link = Assert.Single(evidence.NotLinked, l => l.Item.Figure == FigureKind.Duration);
        Assert.Contains(duration, Text(Model(text), link.Item));
        Assert.Contains("how long", link.Reason);
    }

    [Fact]
    public void A_count_still_measures_a_bare_claim_and_a_duration_still_measures_a_rank_of_time()
    {
        // Near misses: a figure of the harm itself, and a duration that measures "longest".
        Assert.Equal(EvidenceStrength.Medium, Weigh(Model("Ride-hailing is killing the taxi trade and has cost 4,000 drivers their jobs."), ClaimKind.Prediction, "is killing the taxi trade").Strength);
        Assert.Equal(EvidenceStrength.Medium, Weigh(Model("The stoppage lasted 41 days, the longest strike at the depot."), ClaimKind.Rank, "the longest strike", degree: "longest", head: "strike").Strength);
    }

    [Theory]
    // A threshold stated by the claim's own "if" or "unless", before or after it.
    [InlineData("If turnout falls under forty per cent, the league will be dead within a season.", "will be dead", "forty per cent")]
    [InlineData("The orchard trade will be wiped out unless prices rise 15% by spring.", "will be wiped out", "15%")]
    [InlineData("If the reservoir drops another 2 metres, the valley towns will run dry.", "will run dry", "2 metres")]
    public void A_figure_in_a_condition_is_no_evidence_for_the_forecast(string text, string claim, string figure)
    {
        var model = Model(text);
        var evidence = Weigh(model, ClaimKind.Prediction, claim);
        Assert.Equal(EvidenceStrength.None, evidence.Strength);
        var link = Assert.Single(evidence.NotLinked, l => l.Item.Kind == EvidenceKind.Figure);
        Assert.Equal(figure, Text(model, link.Item));
        Assert.Contains("condition", link.Reason);
    }

    [Theory]
    // Near misses: the figure is stated, not supposed — in the forecast's own clause, or after a comma ends the condition.
    [InlineData("If nothing changes, the league will lose 40% of its clubs within a season.", "will lose")]
    [InlineData("The orchard trade is shrinking fast: prices fell 15% last year, and if that goes on, it will be wiped out.", "will be wiped out")]
    // "as if" compares; it states no condition.
    [InlineData("The valley towns will run dry, as if 2 metres of rain had never fallen.", "will run dry")]
    public void A_figure_outside_the_condition_still_measures_the_forecast(string text, string claim) =>
        Assert.Equal(EvidenceStrength.Medium, Weigh(Model(text), ClaimKind.Prediction, claim).Strength);

    [Theory]
    [InlineData(0, 1, false, "evidence-window:0,1")]
    [InlineData(1, 1, false, "evidence-window:1,1")]
    [InlineData(2, 1, true, "evidence-window:2,1,opening-takes-paragraph")]
    public void An_evidence_window_reads_back_from_its_tag(int before, int after, bool opening, string tag)
    {
        var window = new EvidenceWindow(before, after, opening);
        Assert.Equal(tag, window.Tag);
        Assert.Equal(window, EvidenceWindow.FromTags(["Fixable", tag]));
    }

    [Fact]
    public void The_paragraph_window_has_its_own_tag() =>
        Assert.Equal(EvidenceWindow.Paragraph, EvidenceWindow.FromTags([EvidenceWindow.Paragraph.Tag]));

    [Fact]
    public void A_malformed_window_tag_is_an_error() =>
        Assert.Throws<FormatException>(() => EvidenceWindow.FromTags(["evidence-window:next"]));
}
