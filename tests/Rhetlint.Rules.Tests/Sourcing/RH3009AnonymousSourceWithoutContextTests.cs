using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

public class RH3009AnonymousSourceWithoutContextTests
{
    [Theory]
    [InlineData("A source says the minister will resign within days.", "A source says")]
    // "That" before the plural opens a relative clause; it is not the source's determiner.
    [InlineData("The ministry withheld details that officials said would harm the inquiry.", "officials said")]
    [InlineData("The port runs a scanner that customs sources say misses half the cargo.", "customs sources say")]
    [InlineData("According to people familiar with the matter, Varn has moved its fleet.", "According to people")]
    [InlineData("Security sources say the attacks have doubled.", "Security sources say")]
    [InlineData("A senior official told reporters the talks had stalled.", "A senior official told")]
    [InlineData("Officials said the border would stay closed.", "Officials said")]
    [InlineData("Foreign Ministry officials said the border would stay closed.", "Foreign Ministry officials said")]
    [InlineData("Harbor figures privately concede that the cranes are idle.", "Harbor figures privately concede")]
    [InlineData("A diplomat who attended the talks said the deal was close.", "A diplomat who attended the talks")]
    [InlineData("A person familiar with the merger said the bank would walk away.", "A person familiar with the merger")]
    [InlineData("The vote is on Friday, with one senior aide saying “we cannot win it.”", "one senior aide saying")]
    // A case put to the writer by an anonymous agent.
    [InlineData("The case for closing the depot was put to us by insiders at the council.", "put to us by insiders")]
    [InlineData("The plan to sell the reservoir was put to me by officials in the water ministry.", "put to me by officials")]
    // A reporter's contact is an informant by trade, with or without the writer's possessive.
    [InlineData("My contacts in the health ministry say the clinic will close.", "My contacts in the health ministry")]
    [InlineData("A contact at the regulator said the fine would be cut.", "A contact at the regulator")]
    // A person introduced as anonymous by a relative clause, in any role in the sentence, whatever the noun.
    [InlineData("I spoke to a croupier who asked not to be named.", "a croupier who asked not to be named")]
    [InlineData("We met one climate modeller who declined to be identified.", "one climate modeller who declined to be identified")]
    [InlineData("The story came from a ballot counter who did not want to be named because she feared for her job.", "a ballot counter who did not want to be named")]
    // Staff of a named body who tell the writer, not the public, are the writer's unnamed interviewees.
    [InlineData("Nurses at the Brenmoor Clinic told me the ward will close in March.", "Nurses at the Brenmoor Clinic")]
    [InlineData("Engineers at Vastra Grid told this paper the cables were failing.", "Engineers at Vastra Grid")]
    [InlineData("Croupiers at the Halden Casino tell us the tables are rigged.", "Croupiers at the Halden Casino")]
    // A bare "sources said" after a name is the wire's anonymous attribution, not an appositive of the name.
    [InlineData("The Halden Council will sell the pier to Marlow Leisure, sources said.", "sources said")]
    // A reporting clause set off mid-sentence reports the speaker's words, but the source is still unnamed.
    [InlineData("The new reactor, officials said, was the safest design in Europe.", "officials said")]
    [InlineData("Turnout, election officials told reporters, was the lowest since 1990.", "election officials told")]
    // A count is not a share: three people who spoke are still unnamed.
    [InlineData("Three officials at Vastra Grid said the cables were failing.", "Three officials at Vastra Grid")]
    public void Flags_an_anonymous_source(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3009", text));

    [Theory]
    [InlineData("A spokeswoman for Northline Rail said the line would reopen in June.")]
    [InlineData("Economists at the Harlow Institute said rates would hold.")]
    [InlineData("Economists at the Harlow Institute told reporters that rates would hold.")]
    // A count after a pollster's name is the poll's finding, not an anonymous group.
    [InlineData("In a poll by Vantage Research, 31 percent of respondents said they would switch to trams.")]
    [InlineData("In a poll by Vantage Research, forty percent of respondents said they would switch to trams.")]
    // A share of a group is a survey's result, even without the pollster in the sentence.
    [InlineData("Some 31 per cent of Unite's members said they would strike before Easter.")]
    [InlineData("Nearly 60% of Labour members said they would back the leader.")]
    [InlineData("Some 40 per cent of Unite members said they would strike.")]
    [InlineData("Half of the Green Party's members said they backed the deal.")]
    [InlineData("Forecasters at the Brenner Observatory told parliament the floods would ease.")]
    [InlineData("Dr. Ana Ruiz, a nurse at the Brenmoor Clinic, told me the ward will close in March.")]
    [InlineData("“A source told me the port is closing,” Mayor Joan Ellis said.")]
    [InlineData("The source of the leak was never found.")]
    [InlineData("Harbor court documents say the berth was sold.")]
    [InlineData("Two officials pleaded guilty to bribery.")]
    [InlineData("Port officials begged the council for more time.")]
    [InlineData("An official rejected the proposal on Monday.")]
    [InlineData("Police reports from the old town show two break-ins.")]
    [InlineData("Gas may pass coal as the top power source in the country, said Lena Moss, an analyst at the Harlow Institute.")]
    [InlineData("“The port is closing,” said Lena Moss, an associate professor of economics at Halden University.")]
    [InlineData("Ilse Brandt said the border would stay closed.")]
    // Another sense of naming; a named person described; a relative clause that gives no anonymity.
    [InlineData("He is a cousin who declined to be named in the will.")]
    [InlineData("Police questioned a driver who refused to be named as a witness.")]
    [InlineData("I spoke to Ana Ruiz, a croupier who asked not to be named.")]
    [InlineData("I spoke to a croupier who had worked the tables for years.")]
    // "Put to" a body or a vote, or to the writer by a named agent.
    [InlineData("The proposal was put to members by the union's executive on Monday.")]
    [InlineData("The motion was put to the vote by officials on Tuesday.")]
    [InlineData("The case was put to us by Ilse Brandt, the council's finance chief.")]
    public void Does_not_flag_an_on_the_record_or_quoted_source(string text) =>
        Assert.Empty(Flagged("RH3009", text));

    [Theory]
    [InlineData("A source says the minister will resign.", DiagnosticSeverity.Error, "say how the source knows and why they were not named")]
    [InlineData("A diplomat who attended the talks said the deal was close.", DiagnosticSeverity.Warning, "say why the source was not named")]
    [InlineData("An official, who asked not to be named because the talks are secret, said the deal was close.", DiagnosticSeverity.Warning, "say how the source knows")]
    [InlineData("An aide who was not authorized to discuss the talks said the vote was near.", DiagnosticSeverity.Info, "say how the source knows")]
    [InlineData("A naval officer who took part in the exercise, and who asked not to be named because he feared dismissal, said two ships ran aground.",
        DiagnosticSeverity.Info, "access and reason are given; an editor should still approve it")]
    public void Says_what_is_missing_and_lowers_severity_when_access_and_reason_are_given(string text, DiagnosticSeverity severity, string missing)
    {
        var finding = Single("RH3009", text);
        Assert.Equal(severity, finding.Severity);
        Assert.EndsWith("is an anonymous source; " + missing, finding.Message);
    }

    [Fact]
    public void Speaking_on_condition_of_anonymity_is_the_source_terms_not_a_second_source()
    {
        const string text = "A harbor official who saw the collision, speaking on condition of anonymity because she fears for her job, said the tug was late.";
        var finding = Single("RH3009", text);
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Equal("A harbor official who saw the collision, speaking on condition of anonymity because she fears for her job,", text[finding.Span.Start..finding.Span.End]);
    }

    [Theory]
    [InlineData("One senior official, speaking to reporters, said the budget will fail.", "One senior official, speaking to reporters,")]
    [InlineData("A source at the depot, speaking by phone, said the buses would not run, warning that drivers had walked out.", "A source at the depot, speaking by phone,")]
    public void A_source_with_two_cues_is_one_source_with_one_finding(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3009", text));

    [Fact]
    public void A_trailing_attribution_is_judged_even_after_another_report() =>
        Assert.Contains("according to a source", Flagged("RH3009", "An aide said the tariff deal is dead, according to a source."));

    [Fact]
    public void A_source_referred_back_to_is_judged_once_where_it_is_introduced() =>
        Assert.Equal(["A source said"], Flagged("RH3009", "A source said the port was closing. The source added that the cranes were idle."));

    [Fact]
    public void Does_not_ask_how_many_when_the_sources_are_counted() =>
        Assert.DoesNotContain("how many", Single("RH3009", "Three officials said the talks had stalled.").Message);

    // A round number in the plural ("dozens") says there were many, not how many.
    [Fact]
    public void Asks_how_many_when_the_sources_are_counted_by_a_round_plural() =>
        Assert.EndsWith("; if there are several, say how many", Single("RH3009", "Dozens of officials said the talks had stalled.").Message);

    [Fact]
    public void Asks_how_many_when_sources_are_plural()
    {
        var finding = Single("RH3009", "Sources say the minister will resign.");
        Assert.EndsWith("; if there are several, say how many", finding.Message);
    }

    [Fact]
    public void A_bare_source_blocks_news_copy_but_only_warns_in_an_opinion_column()
    {
        const string text = "A source says the minister will resign.";
        Assert.Equal(DiagnosticSeverity.Error, SeverityOf("RH3009", text));
        var opinion = new Rhetlint.Core.Analysis.Linter(BuiltInRules.CreateDriver(profile: Rhetlint.Core.Config.GenreProfile.Opinion));
        var finding = Assert.Single(opinion.Lint("column.txt", Microsoft.CodeAnalysis.Text.SourceText.From(text), Rhetlint.Core.Markup.DocumentFormat.PlainText), f => f.Id == "RH3009");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void Without_require_reason_stated_access_alone_lowers_the_finding()
    {
        const string text = "A diplomat who attended the talks said the deal was close.";
        var options = WithOptions(("rhetlint.RH3009.require_reason", "false"));
        Assert.Equal(DiagnosticSeverity.Warning, SeverityOf("RH3009", text));
        var finding = Single("RH3009", text, options);
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.EndsWith("is an anonymous source; access is given; an editor should still approve it", finding.Message);
    }

    [Fact]
    public void Without_require_reason_a_source_with_no_access_is_still_asked_how_it_knows()
    {
        var finding = Single("RH3009", "A source says the minister will resign.", WithOptions(("rhetlint.RH3009.require_reason", "false")));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.EndsWith("is an anonymous source; say how the source knows", finding.Message);
    }

    /// <summary>
    /// A quote continued into the next paragraph, one paragraph per line: the paragraph ends without a closing mark and
    /// the next one reopens it (real-text audit M-11). The quotation closes there; what follows is the writer's again.
    /// </summary>
    [Fact]
    public void A_quote_continued_on_the_next_line_leaves_the_following_line_to_the_writer()
    {
        const string text = "“The levy is unfair to small shops and will close half the high street.\n"
            + "“It will also drive shoppers to the retail park,” the traders’ association said in a statement on Monday.\n"
            + "A council source said the vote would be delayed.\n";
        Assert.Equal(["A council source said"], Flagged("RH3009", text));
        Assert.DoesNotContain(Lint(text), f => f.Id == "RH0002");
    }

    // A noun that names a person only in a rarer sense, with a named affiliation, is an anonymous source (issue 17).
    [Theory]
    [InlineData("A senior figure at the Treasury admitted to me that the numbers do not add up.", "A senior figure at the Treasury")]
    [InlineData("A leading voice at Vastra Grid told me the pylons are unsafe.", "A leading voice at Vastra Grid")]
    public void Flags_a_person_named_by_a_rarer_sense_with_an_affiliation(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3009", text));

    /// <summary>
    /// An appositive set off by dashes describes the named person before it, as one set off by commas does (issue 17: a
    /// named voter and a named host reported as anonymous sources in the real-news sample). A described source with no
    /// name before the dashes is still anonymous.
    /// </summary>
    [Theory]
    [InlineData("Tom Reyes — a welder from Harlow Bend — said he chose Carver at the last minute.")]
    [InlineData("Lina Ostrow – a farmer and the host of a local radio programme – told the Courier the vote was close.")]
    public void Does_not_flag_a_named_person_described_between_dashes(string text) =>
        Assert.Empty(Flagged("RH3009", text).Concat(Flagged("RH3002", text)));

    [Theory]
    [InlineData("The vote was close — a welder from Harlow Bend told me — but Carver held on.", "a welder from Harlow Bend")]
    public void Flags_an_unnamed_source_between_dashes(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3009", text).Concat(Flagged("RH3002", text)));
}
