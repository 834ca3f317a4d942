using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>
/// Agent nouns that name lay people by what they do (agent_nouns.txt: "installers", "commenters", "stallholders",
/// "dog walkers") are unnamed groups as the speakers of a claim, and one of them an unnamed person, like "critics"
/// and "a source"; as the topic of a sentence, named, or counted with their evidence they are nothing of the kind.
/// </summary>
public class RH3001LayAgentNounsTests
{
    [Theory]
    [InlineData("Installers say the new boilers fail within two winters.", "Installers say")]
    [InlineData("Commenters claim the recipe was lifted from a 1970s cookbook.", "Commenters claim")]
    [InlineData("Stallholders say the market will be shut by Christmas.", "Stallholders say")]
    [InlineData("Gamers claim the update throttles older consoles.", "Gamers claim")]
    [InlineData("Dog walkers insist the park is being sold off to developers.", "Dog walkers insist")]
    [InlineData("Season-ticket holders say the club is hiding its debts.", "Season-ticket holders say")]
    [InlineData("Bloggers insist the new compost is full of plastic.", "Bloggers insist")]
    public void Flags_lay_doers_as_an_unnamed_group(string text, string span) =>
        Assert.Equal([span], Flagged("RH3001", text));

    [Fact]
    public void Flags_one_lay_doer_as_an_unnamed_person() =>
        Assert.Single(Flagged("RH3002", "A builder told me the council never checks the foundations."));

    // Near misses: the doers as a topic, named by example or in apposition, a measured claim, a plan, a service notice.
    [Theory]
    [InlineData("Installers were paid twice for the same job, the audit found.")]
    [InlineData("Commenters such as Dana Whitlow say the recipe was lifted from an old cookbook.")]
    [InlineData("Gamers queued overnight for the console launch.")]
    [InlineData("Stallholders will pay £40 a pitch from April under the new schedule.")]
    [InlineData("Dog walkers are asked to keep their dogs on a lead during lambing season.")]
    [InlineData("Season-ticket holders will receive their cards in August.")]
    [InlineData("Gamers, the studio said, will get the update free.")]
    [InlineData("Installers fitted 1,200 heat pumps in the county last year, according to figures from the Pellow Energy Agency.")]
    public void Does_not_flag_lay_doers_as_a_topic_or_named(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Theory]
    [InlineData("A builder, Tom Haskett, told me the foundations were never checked.")]
    [InlineData("A plumber fixed the leak in twenty minutes.")]
    public void Does_not_flag_a_named_or_acting_doer(string text) =>
        Assert.Empty(Flagged("RH3002", text));
}
