using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

public class RH3005ScareQuotesTests
{
    [Theory]
    [InlineData("Varn held “elections” last spring.", "“elections”")]
    [InlineData("The ministry's “experts” produced another forecast.", "“experts”")]
    [InlineData("The operator's so-called ‘modernisation’ plan cuts rest days.", "so-called ‘modernisation’")]
    [InlineData("The supposed “lasting partnership” with Varn has clear limits.", "supposed “lasting partnership”")]
    [InlineData("Its so-called “Harbor Accord” changed nothing.", "so-called “Harbor Accord”")]
    // A name in another clause of the sentence is not the fragment's speaker.
    [InlineData("Councillor Ray Dunn left early, and the mayor’s “consultation” lasted ten minutes.", "“consultation”")]
    [InlineData("Dr. Ines Varga resigned in March; the clinic's “reforms” continued without her.", "“reforms”")]
    // A person who only acts on the thing is not said to have said the word (issue 17): no verb of saying or judging links them.
    [InlineData("Jo Pike, the mayor, signed the “reform” into law on Tuesday.", "“reform”")]
    [InlineData("Senator Ulla Tove unveiled her “rescue” package for the mills.", "“rescue”")]
    [InlineData("He pushed the “efficiency” drive through the board in a week.", "“efficiency”")]
    [InlineData("Councillor Bo Arne opposed the “modern” timetable from the start.", "“modern”")]
    // In any tense: an irregular past ("sold", "built") or a present after its subject ("signs", "push") is a deed too.
    [InlineData("Councillor Tam Vey sold the “rescue” plan to the press in March.", "“rescue”")]
    [InlineData("Councillor Tam Vey built the “bridge” fund out of leftover grants.", "“bridge”")]
    [InlineData("Councillor Tam Vey signs the “reform” into law on Friday.", "“reform”")]
    [InlineData("Groups such as Bright Path push the “reform” through the council every spring.", "“reform”")]
    [InlineData("Jo Pike sold the “reform” to the council.", "“reform”")]
    // "such as" gives the writer's example: the subject before it did not say the word.
    [InlineData("They lure buyers with tactics such as offering “bonus” points on every loan.", "“bonus”")]
    // A doubt cue makes the fragment the writer's whoever else the sentence names; so does an example after "such as".
    [InlineData("Ada Brenn attended the so-called “summit” in Varn.", "so-called “summit”")]
    [InlineData("The regulator, Omar Feld, approved the supposed “green” bonds anyway.", "supposed “green”")]
    [InlineData("The council funds groups such as the “patriots” of Varn.", "“patriots”")]
    [InlineData("The league fined clubs such as the “loyal” supporters' trust in Brask.", "“loyal”")]
    // An echo needs the words attributed before the fragment: a speaker who uses them later does not silence it.
    [InlineData("The so-called “reform” doubled bus fares.\n\nThe mayor, Lena Moss, called it a “reform” on Friday.", "so-called “reform”")]
    // One word lifted from an earlier quoted sentence is the writer's own scare quote, not an echo.
    [InlineData("“We need a deal with the unions by Friday,” the transport secretary said on Monday.\n\nThe strike went on all week. Meanwhile the tenants got the mayor’s “deal” anyway.", "“deal”")]
    [InlineData("“Our pricing is fair to every rider,” the operator said in March.\n\nRiders have now paid the “fair” fares for a year.", "“fair”")]
    // A saying verb that reports nothing ("has said nothing about") gives the fragment no speaker.
    [InlineData("Vendex has said nothing at all about the way its so-called ‘safety mode’ works.", "so-called ‘safety mode’")]
    [InlineData("The firm told us little about its so-called “audit”.", "so-called “audit”")]
    public void Flags_a_doubted_fragment_in_the_writers_voice(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3005", text));

    [Theory]
    [InlineData("Brandt called the vote “a farce” in a radio interview on Monday.")]
    // A verb of knowing or perceiving is no deed: the person who knows or sees the thing holds the view (WordNet
    // verb.cognition, verb.perception).
    [InlineData("Jo Pike knew the “truth” about the contract.")]
    [InlineData("Councillor Tam Vey noticed the “savings” in the ledger last week.")]
    // Echoes of earlier attributed words: a short partial quote word for word, or two or more words of a sentence.
    [InlineData("Brandt called the harbor deal “a farce”.\n\nThe council went ahead with the “farce” anyway.")]
    [InlineData("“Our pricing is fair to every rider,” the operator said in March.\n\nRiders doubt it is “fair to every rider” after the rise.")]
    [InlineData("The word “deterrence” comes from a Latin verb meaning to frighten away.")]
    [InlineData("Ada Brenn called the data plan a “betrayal” of every subscriber.")]
    [InlineData("The mayor, Lena Moss, called the fare rise a “reform”.\n\nThe so-called “reform” doubled bus fares.")]
    [InlineData("Brandt said the vote was “rigged” and left the hall.")]
    [InlineData("“The whole vote was rigged from the start,” Brandt said.\n\nThe council dismissed the “rigged” claim.")]
    [InlineData("A tax dubbed “harbor levy” passed on Monday.")]
    [InlineData("Earvin “Magic” Johnson visited Halden.")]
    [InlineData("The two new tracks, “Salt Road” and “Low Tide,” are fine.")]
    [InlineData("Halden needs a “reverse Brandt” strategy for the port.")]
    [InlineData("Brandt wants “a clean break” with Varn.")]
    [InlineData("What I call “quiet vetoes” are common in small parliaments.")]
    [InlineData("“Hopeless.” That was the verdict in every café.")]
    [InlineData("The relationship is better described as a “half-alliance” than a bloc, I would argue, and defined as such.")]
    [InlineData("It is better characterized as a “half-alliance” than a bloc.")]
    [InlineData("Mark the “x” on the map.")]
    [InlineData("Kestria praised the supposed “lasting partnership” with Varn.")]
    [InlineData("Critics keep calling the move “reckless” in public.")]
    [InlineData("The quarrel over “how” we vote hides a deeper one.")]
    [InlineData("Halden may seek a delay if it can “show a way forward” by May.")]
    [InlineData("The plan was “rushed and unfunded,” in the minister's own words.")]
    [InlineData("The “you'll be sorry” tone of the letter annoyed Halden.")]
    [InlineData("Ilse Brandt compared the tariff to a “slow tax” on farmers.")]
    // A name linked to the fragment by a verb of naming, describing, judging or comparing is its speaker.
    [InlineData("Jo Pike dubbed the bus plan a “reform” at the launch.")]
    [InlineData("Jo Pike described the new fare scheme as “fairer” on the radio.")]
    [InlineData("The fare rise is what Jo Pike calls “reform” these days.")]
    [InlineData("Jo Pike blasted the fare rise as “theft” on Friday.")]
    [InlineData("Jo Pike likened the fare rise to “theft” in her speech.")]
    [InlineData("Jo Pike sees the fare rise as “theft” and says so.")]
    [InlineData("Jo Pike's “reform”, as she calls it, doubled the fares.")]
    // "such as" before a name: a verb of saying after the name still makes the name the speaker.
    [InlineData("Critics such as Lena Ortiz call the fare rise a “sham” at every meeting.")]
    // A present tense is read only before a determiner, and a link or a belief is no deed.
    [InlineData("The Bright Path campaign “reform” plan stalled in March.")]
    [InlineData("Councillor Tam Vey was the “face” of the fare campaign.")]
    [InlineData("Councillor Tam Vey thinks the “reform” is overdue.")]
    [InlineData("Jo Pike wrote that the fare rise was “overdue” and signed it.")]
    [InlineData("Jo Pike read from her memoir “Ferries” to a full hall.")]
    // Only a deed done right to the fragment lifts the name's claim: a possessive label or a headline keeps it.
    [InlineData("Jo Pike's “reform” doubled the fares within a year.")]
    [InlineData("Mayor Pike opposed “reform” bill")]
    [InlineData("He ranked the port among the “sleepy harbors” of the coast.")]
    [InlineData("The app's “dark mode” setting drains less power.")]
    [InlineData("Marchers outside the hall chanted “no more cuts” all afternoon.")]
    // "Nothing" as the subject of what was said: the fragment is the speaker's.
    [InlineData("Vendex said nothing would change in its so-called ‘safety mode’.")]
    public void Does_not_flag_spoken_mentioned_or_named_words(string text) =>
        Assert.Empty(Flagged("RH3005", text));

    [Fact]
    public void Is_a_suggestion_that_the_news_profile_raises_with_an_unsafe_fix_and_a_template()
    {
        const string text = "The ministry's “experts” produced another forecast.";
        var finding = Single("RH3005", text);
        Assert.Equal(DiagnosticSeverity.Info, finding.Diagnostic.Descriptor.DefaultSeverity);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("'experts' is in scare quotes: they signal doubt without saying what is wrong or on whose evidence; say what you doubt and why", finding.Message);
        Assert.Collection(finding.Rewrites,
            remove =>
            {
                Assert.Equal(Applicability.Unsafe, remove.Applicability);
                Assert.All(remove.Changes, c => Assert.Equal("", c.NewText));
                Assert.Equal(["“", "”"], remove.Changes.Select(c => text.Substring(c.Span.Start, c.Span.Length)));
            },
            template =>
            {
                Assert.Equal(Applicability.DisplayOnly, template.Applicability);
                Assert.Equal("experts, which [observer or evidence] found [problem],", Assert.Single(template.Changes).NewText);
            });
    }

    /// <summary>A verb of communicating in the sentence before names the speaker of a quoted sentence, not of a scare quote.</summary>
    [Theory]
    [InlineData("Mayor Orme talked about a harbour agreement. The agreement is really a “pre-deal” because two boards never signed it.", "“pre-deal”")]
    public void Flags_a_scare_quote_after_a_sentence_with_a_speaker(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3005", text));

    [Fact]
    public void Flags_a_repeated_fragment_once() =>
        Assert.Equal(["so-called “reform”"], Flagged("RH3005", "The so-called “reform” failed. The “reform” cost millions."));

    [Fact]
    public void Message_names_the_doubt_cue() =>
        Assert.Equal("'reform' is in scare quotes after 'so-called': they signal doubt without saying what is wrong or on whose evidence; say what you doubt and why",
            Single("RH3005", "The so-called “reform” raised fares.").Message);
}
