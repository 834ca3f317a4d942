using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1005LoadedThreatLabelTests
{
    [Theory]
    [InlineData("This new axis of autocrats, from Varn to Kestria, is planning its next move.", "This new axis of autocrats")]
    [InlineData("We should stop negotiating with a rogue state like Norvania.", "a rogue state")]
    [InlineData("Moscow and Tehran have formed a polar partnership of predators.", "a polar partnership of predators")]
    [InlineData("China and Russia now lead a new polar alliance of thugs.", "a new polar alliance of thugs")]
    [InlineData("The West faces an axis of upheaval.", "an axis of upheaval")]
    [InlineData("Russia is an evil empire.", "an evil empire")]
    [InlineData("The barbarians at the gate are Kestrian hackers.", "The barbarians at the gate")]
    [InlineData("Beijing and Moscow run a club of dictators.", "a club of dictators")]
    public void Flags_demonizing_bloc_labels(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1005", text));

    [Theory]
    [InlineData("The Axis powers signed their pact in 1940.")]
    [InlineData("Historians still debate why the 'axis of evil' label was added to that speech.")]
    [InlineData("Norvania is not a rogue state.")]
    [InlineData("Defense Minister Ilse Brandt called Norvania a rogue state on Tuesday.")]
    [InlineData("Defense Minister Ilse Brandt named Norvania a rogue state on Tuesday.")]
    [InlineData("Defense Minister Ilse Brandt keeps branding Norvania a rogue state.")]
    [InlineData("Strategists fret about a so-called axis of autocrats.")]
    [InlineData("The town's chess club of retirees meets on Fridays.")]
    [InlineData("A gang of thugs robbed the corner shop.")]
    [InlineData("The Union of Concerned Scientists published the figures.")]
    [InlineData("The axis of rotation tilts by 23 degrees.")]
    [InlineData("State media painted Norvania as a rogue state.")]
    // A label in Title Case inside a sentence in sentence case is a title.
    [InlineData("Barbarians at the Gate, a 1989 book about a bank buyout, returns to the shops in a new edition.")]
    [InlineData("The sixth-form revue, Evil Empire, closes in the school hall on Saturday evening.")]
    public void Does_not_flag_history_mentions_or_literal_uses(string text) =>
        Assert.Empty(Flagged("RH1005", text));

    [Theory]
    [InlineData("The asylum hostels on the seafront are an invasion in all but name.", "an invasion in all but name")]
    [InlineData("Hordes of asylum seekers are heading for our towns.", "Hordes of asylum seekers")]
    [InlineData("The small boats keep coming with migrants. This onslaught has to stop.", "This onslaught")]
    public void Flags_war_and_swarm_labels_for_migration(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1005", text));

    [Theory]
    [InlineData("Net migration rose 3% last year, the statistics office said.")]
    [InlineData("Refugees fled the Varnian invasion by the thousand.")]
    [InlineData("Since the invasion of Kestria, refugees have crossed the border every week.")]
    [InlineData("This is not an invasion, whatever the leaflets say about migrants.")]
    [InlineData("Hordes of tourists filled the old town all weekend.")]
    public void Does_not_flag_migration_reporting_or_war(string text) =>
        Assert.Empty(Flagged("RH1005", text));

    [Theory]
    [InlineData("The regional networks are now a propaganda machine for the Glenmoor council.", "a propaganda machine")]
    [InlineData("Since the takeover the county papers have become mouthpieces for the developers.", "mouthpieces")]
    [InlineData("The sports channel is just a propaganda arm of the league.", "a propaganda arm")]
    [InlineData("The climate desk at that newspaper is a propaganda outlet for the oil lobby.", "a propaganda outlet")]
    public void Flags_a_propaganda_label_said_of_the_press(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1005", text));

    [Theory]
    [InlineData("The ministry runs a propaganda machine abroad.")]
    [InlineData("Historians describe the wartime propaganda machine of 1940 in detail.")]
    [InlineData("The senator is a mouthpiece for the mining companies.")]
    [InlineData("Critics said the broadcaster had become a mouthpiece for the government.")]
    [InlineData("The newspaper is not a mouthpiece for any party.")]
    [InlineData("Russia's state channels are a propaganda arm of its army.")]
    public void Leaves_propaganda_words_not_said_of_the_press(string text) =>
        Assert.Empty(Flagged("RH1005", text));

    [Theory]
    [InlineData("The new owners are a cartel of asset-strippers, and to them the pension fund is a till to be raided.", "a cartel of asset-strippers")]
    [InlineData("They sold the club to a cartel of hedge-fund managers.", "a cartel of hedge-fund managers")]
    [InlineData("The letting agents in this town are a racket.", "a racket")]
    [InlineData("The marchers outside the town hall are a mob waiting for the signal.", "a mob")]
    [InlineData("The ratings agencies behave like a mafia.", "a mafia")]
    [InlineData("The seed firms have become a syndicate of speculators.", "a syndicate of speculators")]
    [InlineData("The planning board, a cabal of developers, met again on Monday.", "a cabal of developers")]
    [InlineData("The climate campaigners are nothing but a mob.", "a mob")]
    [InlineData("The league is now run by a cartel of billionaire owners.", "a cartel of billionaire owners")]
    public void Flags_crime_and_crowd_labels_for_a_domestic_group(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1005", text));

    [Theory]
    [InlineData("The competition watchdog fined the cement cartel 40 million euros.")]
    [InlineData("A mob of 200 people stormed the depot on Friday.")]
    [InlineData("A gang of burglars broke into six homes on Elm Street.")]
    [InlineData("The Sinaloa cartel moved the shipments north.")]
    [InlineData("In Dunmore, gangs run the docks.")]
    [InlineData("On a wet night in March, a gang calling itself Greyhat locked the clinic's files.")]
    [InlineData("Police said the men were a gang of smugglers.")]
    [InlineData("The cause of the violence is gangs.")]
    [InlineData("The drug cartel controls the port.")]
    [InlineData("He is a former gang member who now runs a boxing club.")]
    [InlineData("The cabinet is a gang that can't shoot straight.")]
    [InlineData("The defenders played like a gang of strangers in the second half of the match.")]
    [InlineData("The protesters are not a mob.")]
    public void Leaves_literal_crime_crowds_counts_idioms_and_sport(string text) =>
        Assert.Empty(Flagged("RH1005", text));
}
