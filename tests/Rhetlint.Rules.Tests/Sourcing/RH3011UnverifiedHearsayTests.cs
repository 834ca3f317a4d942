using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

public class RH3011UnverifiedHearsayTests
{
    [Theory]
    [InlineData("Varn has reportedly tested a new warhead.", "reportedly")]
    [InlineData("The envoy is said to have threatened the mayor.", "is said to")]
    [InlineData("The minister is rumoured to be leaving.", "is rumoured to")]
    [InlineData("It is rumored that the fleet has sailed.", "It is rumored")]
    [InlineData("According to reports, the fleet has sailed.", "According to reports")]
    [InlineData("The fleet has sailed, according to unconfirmed media reports.", "according to unconfirmed media reports")]
    [InlineData("Reports suggest the fleet has sailed.", "Reports suggest")]
    [InlineData("Whispers in the harbor district suggest that the port will be sold.", "Whispers in the harbor district suggest")]
    [InlineData("Rumour has it that the mayor will resign.", "Rumour has it")]
    [InlineData("Word is that the mayor will resign.", "Word is")]
    [InlineData("The painting was purportedly found in a barn.", "purportedly")]
    [InlineData("The mayor allegedly met the developer twice.", "allegedly")]
    [InlineData("Brandt reportedly told aides that she would resign.", "reportedly")]
    // Consensus passed on from nobody.
    [InlineData("By all accounts, the new ferry is a disaster.", "By all accounts")]
    [InlineData("The clinic was, by common consent, run badly for years.", "by common consent")]
    // A rumour or a crowd's view as the subject of "is that".
    [InlineData("Word on the trading floor is that the bank will cut rates.", "Word on the trading floor is")]
    [InlineData("The talk in the changing room was that the coach would quit.", "The talk in the changing room was")]
    [InlineData("The buzz around the gallery is that the show will travel to Lyon.", "The buzz around the gallery is")]
    [InlineData("The feeling among growers is that the frost ruined the harvest.", "The feeling among growers is")]
    [InlineData("The consensus among forecasters was that the storm would miss the coast.", "The consensus among forecasters was")]
    [InlineData("The mood inside the party is that the leader must go.", "The mood inside the party is")]
    // The writer passing on what reached them.
    [InlineData("We heard that the festival will move to the coast next year.", "We heard")]
    [InlineData("I hear that the vaccine trial has been paused.", "I hear")]
    // The writer as the hearer of a passive of informing, with no teller named.
    [InlineData("I am reliably informed that the board has already chosen a new coach.", "I am reliably informed")]
    [InlineData("We were told that the orchestra would not tour this year.", "We were told")]
    [InlineData("I've been told the quarry will reopen in April.", "I've been told")]
    [InlineData("The new stand, I'm told, will cost twice the estimate.", "I'm told")]
    // Hearsay said only to exist, or to be spreading, with what it says.
    [InlineData("There are reports that the ferry will be sold.", "There are reports")]
    [InlineData("There has been much speculation that the coach will quit.", "There has been much speculation")]
    [InlineData("Oddly, there were persistent rumours that the mine would reopen.", "there were persistent rumours")]
    [InlineData("There are claims that the ballot boxes were opened early.", "There are claims")]
    [InlineData("Rumours are swirling that the band has split.", "Rumours are swirling")]
    [InlineData("Reports have been circulating in the valley that the mill will close.", "Reports have been circulating")]
    [InlineData("By some accounts, the ferry is a disaster.", "By some accounts")]
    [InlineData("By all accounts, Anton Weiss is the best driver in the valley.", "By all accounts")]
    [InlineData("By some accounts, including those of the drivers, the mayor never slept.", "By some accounts")]
    // A verb of handling paperwork with its object after it: the clause says what the reports say.
    [InlineData("There are reports that the ferry company will publish its accounts late.", "There are reports")]
    [InlineData("There are claims that the harbour board rejected the safety audit.", "There are claims")]
    [InlineData("There are claims that the pilots were sent home early.", "There are claims")]
    [InlineData("According to some estimates, the strike cost the port millions.", "According to some estimates")]
    public void Flags_hearsay_without_an_outlet(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3011", text));

    [Theory]
    [InlineData("Voss, who is charged with fraud, allegedly diverted $2 million, according to the indictment unsealed Friday.")]
    [InlineData("Police said the suspect allegedly fired two shots.")]
    [InlineData("Varn tested a new warhead, the Harbor Gazette reported on Sunday, citing two defense officials.")]
    [InlineData("Varn has reportedly tested a new warhead. The Harbor Gazette said two officials confirmed the test.")]
    [InlineData("The bridge is expected to reopen in June.")]
    [InlineData("The theft was reported to the police on Monday.")]
    [InlineData("The forged ballots were reported to federal investigators for review.")]
    [InlineData("According to reports in the Harbor Gazette, the fleet has sailed.")]
    [InlineData("\"Varn has reportedly tested a warhead,\" Brandt said.")]
    [InlineData("Brandt said Varn had reportedly tested a warhead.")]
    [InlineData("The word is not in the dictionary.")]
    [InlineData("Word is a program I use every day.")]
    [InlineData("Talk is cheap, and the chatter says nothing.")]
    [InlineData("Its supposed experts supposedly visited the site.")]
    [InlineData("The reports say little about the harbor.")]
    [InlineData("The Harbor Gazette reported on Monday that the minister would resign. The minister reportedly told aides she was tired.")]
    [InlineData("By all means, ask the council for the figures.")]
    [InlineData("By some margin, the ferry is the slowest on the coast.")]
    [InlineData("By some accounts, including the memoir of his former driver Anton Weiss, the mayor never slept.")]
    [InlineData("By most accounts, among them the Harbor Gazette's obituary, the ferry was loved.")]
    [InlineData("There are reports on the desk for you to read.")]
    [InlineData("There were claims for damages from three tenants.")]
    [InlineData("There are reports in the Harbor Gazette that the ferry will be sold.")]
    // A relative clause: the claims or reports as paperwork, not what they say.
    [InlineData("There are claims that have waited since the spring for the harbour board to pay.")]
    [InlineData("There are reports that each ferry operator must file with the harbour board by June.")]
    [InlineData("There are estimates that the port authority publishes each quarter.")]
    [InlineData("There are suggestions that passengers can send to the crew through the ferry's app.")]
    [InlineData("There are fears that the bridge will close.")]
    [InlineData("There is talk of a merger between the two clubs.")]
    [InlineData("Rumours are swirling about the club's future.")]
    [InlineData("According to estimates from the Office for National Statistics, the strike cost the port millions.")]
    [InlineData("The reactor was inspected by all the agencies involved.")]
    [InlineData("The feeling is that we should wait for the spring figures.")]
    [InlineData("My feeling among all these numbers is that we should wait.")]
    [InlineData("The view at the Harlow Institute is that rates will fall.")]
    [InlineData("The mood in the hall was grim.")]
    [InlineData("The word is out.")]
    [InlineData("I heard that from Jo Pike, the club's chair.")]
    [InlineData("We heard the band play twice.")]
    [InlineData("We never heard that the pool would close.")]
    // A teller named, an order, a topic or a plain object: nothing passed on from nobody.
    [InlineData("I was told by the harbour master that the ferry would be late.")]
    [InlineData("I was told to wait outside the studio.")]
    [InlineData("We were informed of the delay on Monday.")]
    [InlineData("I was told the news at breakfast.")]
    [InlineData("I told the council that the bridge was unsafe.")]
    [InlineData("The feeling among growers is that the frost was early, the Growers' Union said on Monday.")]
    public void Does_not_flag_sourced_legal_or_quoted_hearsay(string text) =>
        Assert.Empty(Flagged("RH3011", text));

    [Fact]
    public void Only_an_outlet_reporting_in_the_previous_sentence_sources_the_hearsay() =>
        Assert.Equal(["reportedly"], Flagged("RH3011", "Brandt said the ferry was late. The minister reportedly told aides that the port would close."));

    [Fact]
    public void A_link_in_the_sentence_is_a_source() =>
        Assert.Empty(Flagged("RH3011", "Varn has reportedly tested a new [warhead](https://harborgazette.example/warhead).", DocumentFormat.Markdown));

    [Fact]
    public void Offers_a_display_only_outlet_template()
    {
        var finding = Single("RH3011", "Varn has reportedly tested a new warhead.");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("'reportedly' passes on a claim without saying who reported it; name the outlet or source, or confirm it and drop the marker", finding.Message);
        var rewrite = Assert.Single(finding.Rewrites);
        Assert.Equal(Applicability.DisplayOnly, rewrite.Applicability);
        Assert.Equal("[claim], [outlet] reported on [date], citing [source description]", Assert.Single(rewrite.Changes).NewText);
    }

    [Fact]
    public void Hearsay_with_a_passive_verb_is_not_mistaken_for_a_named_speaker()
    {
        // "Kestria is said to …" must not become a frame with Kestria as the speaker, which would count as a source.
        Assert.Equal(["is said to"], Flagged("RH3011", "Kestria is said to have moved its fleet."));
    }
}
