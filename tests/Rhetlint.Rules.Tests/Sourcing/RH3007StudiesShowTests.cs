using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

public class RH3007StudiesShowTests
{
    [Theory]
    [InlineData("Studies show that sanctions never change a regime's behavior.", "Studies show")]
    [InlineData("A new study proves Varn's troll farms swung the election.", "A new study proves")]
    [InlineData("Everyone likes the idea; research has proven it beyond question.", "research has proven")]
    [InlineData("Studies in several countries confirm that tolls cut traffic.", "Studies in several countries confirm")]
    [InlineData("Numerous independent studies have found the same thing.", "Numerous independent studies have found")]
    [InlineData("The science says the reef will not recover.", "The science says")]
    [InlineData("Polls show the mayor ahead.", "Polls show")]
    [InlineData("Decades of research suggest that early reading matters.", "Decades of research suggest")]
    [InlineData("Science tells us that the harbor is sinking.", "Science tells")]
    [InlineData("The evidence suggests that the ferry lost money.", "The evidence suggests")]
    [InlineData("A recent survey found that most commuters want trams.", "A recent survey found")]
    [InlineData("A 2022 study found that tolls cut traffic.", "A 2022 study found")]
    // A finding of association: an object, then "to" or "with".
    [InlineData("Studies have linked the sweetener to migraines.", "Studies have linked")]
    [InlineData("Several studies have tied heavy phone use to poor exam results.", "Several studies have tied")]
    [InlineData("Research has connected long commutes with higher blood pressure.", "Research has connected")]
    // A title line whose lead names nobody.
    [InlineData("Study of 9,000 adults finds night shifts raise blood pressure\n\nNight shifts are common in hospitals.", "Study of 9,000 adults finds")]
    [InlineData("Tram fares will rise, mayor says, as new poll shows riders are angry\n\nMayor Ana Ruiz said fares would rise in May. Riders from the Halden line met her on Monday.", "new poll shows")]
    // A one-sentence paragraph whose next paragraph names no research, or names it only later.
    [InlineData("For the first time, a poll shows the mayor trailing.\n\nThe mayor spent Monday at the harbour.", "a poll shows")]
    [InlineData("For the first time, a poll shows the mayor trailing.\n\nThe mayor spent Monday at the harbour. A Harlow Post poll of 900 voters shows the gap.", "a poll shows")]
    [InlineData("Some analyses suggest the tram will never pay.\n\nFares rose 4 percent last year, according to a report from the Harlow Transit Board.", "Some analyses suggest")]
    public void Flags_an_uncited_research_appeal(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3007", text));

    [Theory]
    [InlineData("A 2022 study by the Harlow Institute found that tolls cut traffic.")]
    [InlineData("A study in the Journal of Port Economics found that tolls cut traffic.")]
    [InlineData("A Harlow Institute study found that tolls cut traffic.")]
    [InlineData("Research published in 2021 by the Varn Maritime Council showed that dredging pays.")]
    [InlineData("Studies show that tolls cut traffic (Moss 2019).")]
    [InlineData("Studies show that tolls cut traffic [1].")]
    [InlineData("Polls show Lind ahead by 6 points, according to the Harbor Gazette.")]
    [InlineData("No study has shown that tolls cut traffic.")]
    [InlineData("Studies do not show that tolls cut traffic.")]
    [InlineData("The study found that tolls cut traffic.")]
    [InlineData("Our survey shows that readers want longer pieces.")]
    [InlineData("These data show a clear decline.")]
    [InlineData("\"Studies show it works,\" Brandt said.")]
    [InlineData("Districts should follow the evidence.")]
    [InlineData("The data say nothing about the harbor.")]
    [InlineData("We cited studies showing the opposite.")]
    // A participle, not a finding; a named study; a title answered by the lead below it.
    [InlineData("Studies linked to the ministry say little about the tax.")]
    [InlineData("A 2021 study by the Harlow Institute linked poor sleep to screen time.")]
    [InlineData("Study of 9,000 adults finds night shifts raise blood pressure\n\nResearchers at Halden University have found that night shifts raise blood pressure.")]
    // A news paragraph of one sentence answered by the first sentence of the next.
    [InlineData("For the first time, a poll shows the mayor trailing.\n\nA Harlow Post poll of 900 voters shows the mayor at 41 percent.")]
    public void Does_not_flag_an_identified_negated_or_anaphoric_appeal(string text) =>
        Assert.Empty(Flagged("RH3007", text));

    [Fact]
    public void Definite_research_right_after_a_citation_refers_back_to_it()
    {
        const string text = "Rents rose 9% last year, according to the Harlow Institute. The data show the sharpest rise in the old town.";
        Assert.Empty(Flagged("RH3007", text));
    }

    [Fact]
    public void Advises_against_prove_and_offers_a_citation_template()
    {
        var finding = Single("RH3007", "Studies prove that tolls cut traffic.");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("'Studies prove' appeals to research without saying which (and research does not 'prove' an empirical claim: say what it found); name the study (authors or institution, venue, year) or link it", finding.Message);
        var rewrite = Assert.Single(finding.Rewrites);
        Assert.Equal(Applicability.DisplayOnly, rewrite.Applicability);
        Assert.Equal("A [year] study by [authors/institution], published in [venue], found", Assert.Single(rewrite.Changes).NewText);

        Assert.DoesNotContain("prove", Single("RH3007", "Studies show that tolls cut traffic.").Message.Replace("'Studies show'", ""));
    }

    [Fact]
    public void A_research_appeal_is_reported_once_by_RH3007_not_RH3002()
    {
        const string text = "A recent study found that tolls cut traffic.";
        Assert.Empty(Flagged("RH3002", text));
        Assert.Single(Flagged("RH3007", text));
    }

    // Issue 17: "a growing body of" takes its article from the counting noun; provenance adjectives name a side, not a source.
    [Theory]
    [InlineData("A growing body of research links night shifts to diabetes.", "A growing body of research links")]
    [InlineData("Fares rose, and a large body of evidence ties the rise to fuel costs.", "a large body of evidence ties")]
    [InlineData("A handful of studies suggest that the vaccine lasts a decade.", "A handful of studies suggest")]
    [InlineData("Outside analyses agree that the levy is too low.", "Outside analyses agree")]
    [InlineData("External studies have found that the dam leaks.", "External studies have found")]
    [InlineData("Independent surveys agree the park is underused.", "Independent surveys agree")]
    public void Flags_a_quantified_or_sided_research_appeal(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3007", text));

    [Theory]
    [InlineData("A growing body of research by the Harlow Institute links night shifts to diabetes.")]
    [InlineData("Outside analyses by Fenwick Partners agree that the levy is too low.")]
    [InlineData("A body of water lies outside the town.")]
    public void Does_not_flag_a_named_or_non_research_body(string text) =>
        Assert.Empty(Flagged("RH3007", text));

    /// <summary>
    /// A vague research appeal draws one finding, on the appeal; what the research is said to show is its content, not the
    /// writer's superlative or threat (annotation guidelines, general rule 1).
    /// </summary>
    [Theory]
    [InlineData("Research shows that Dunmere has the bumpiest roads in the county.", "Research shows")]
    [InlineData("Decades of research have found that Tarven schools are the best in the country.", "Decades of research have found")]
    [InlineData("Research suggests the new fungus is a ticking time bomb for every orchard in the valley.", "Research suggests")]
    public void A_vague_research_appeal_is_one_finding_on_the_appeal(string text, string appeal) =>
        Assert.Equal([$"RH3007: {appeal}"], RhetoricFindings(text));

    [Fact]
    public void A_cited_study_is_neither_vague_nor_the_writers_superlative() =>
        Assert.Empty(RhetoricFindings("A 2021 study in the Lancet found that the Brisa vaccine is the safest on the market."));

    /// <summary>The writer's own superlative after the finding, in a clause or a sentence of its own, is still the writer's.</summary>
    [Theory]
    [InlineData("Studies show that tolls cut traffic. Our tram is the finest in Europe.")]
    [InlineData("Studies show that tolls cut traffic; our tram is the finest in Europe.")]
    public void The_writers_own_superlative_after_the_finding_stays_flagged(string text) =>
        Assert.Equal(["the finest"], Flagged("RH2001", text));

    /// <summary>
    /// "Many dentists believe X, and a growing body of research links Y": the coordinated appeal is a second attribution the
    /// writer adds, not more of the first group's belief, so it is reported as well.
    /// </summary>
    [Theory]
    [InlineData("Many dentists now believe the rinse is useless, and a growing body of research links it to stained teeth.", "a growing body of research links")]
    [InlineData("Some farmers now say the spray is harmless, and several studies tie it to the loss of bee colonies.", "several studies tie")]
    [InlineData("Local anglers argue that the weir is to blame, and research has found that trout numbers fell after it was built.", "research has found")]
    public void Flags_an_appeal_coordinated_after_another_report(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3007", text));

    [Fact]
    public void An_appeal_inside_a_named_speakers_report_is_the_speakers() =>
        Assert.Empty(Flagged("RH3007", "Ilse Brandt said that studies show the harbour is the busiest in Europe."));

    /// <summary>The threat, superlative and sourcing findings of a text as "ID: span" (hedging reads the verb on its own terms).</summary>
    private static IEnumerable<string> RhetoricFindings(string text) =>
        Lint(text).Where(f => f.Id[..3] is "RH1" or "RH2" or "RH3").Select(f => $"{f.Id}: {text.Substring(f.Span.Start, f.Span.Length)}");
}
