using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>
/// "I understand from …", "I hear from …", "I have learned from …" with a that-clause: the teller after "from" is the
/// report's source (WriterReceipts), judged as any source is: an unnamed group, an unnamed person, a bare source.
/// </summary>
public class WriterReceiptsTests
{
    [Theory]
    [InlineData("RH3001", "I hear from friends at the club that the manager has already been sacked.")]
    [InlineData("RH3001", "I have heard from colleagues in the trade that the vineyard is losing money.")]
    [InlineData("RH3001", "We understand from growers in the valley that the harvest was sold before it was picked.")]
    [InlineData("RH3002", "I understand from someone at the hospital that the ward will close in spring.")]
    [InlineData("RH3009", "I understand from people close to the board that the chief executive will resign.")]
    [InlineData("RH3001", "I have learned from regulars at the Anchor that the landlord is selling up.")]
    [InlineData("RH3009", "I am told from contacts in the ministry that the tower will be emptied by June.")]
    public void Flags_an_unnamed_teller_of_what_the_writer_received(string rule, string text) =>
        Assert.Single(Flagged(rule, text));

    // Near misses: a named teller, a named body, no report passed on, news about the reader, a lesson learned.
    [Theory]
    [InlineData("I understand from the council's planning officer, Jane Orme, that the application will be heard in May.")]
    [InlineData("I hear from my sister every Sunday.")]
    [InlineData("I understand from your letter that you want a refund.")]
    [InlineData("We learned from our mistakes that the stall needs a second pair of hands.")]
    [InlineData("I understand from the Pellow Water Company that supplies will resume on Friday.")]
    [InlineData("I heard from Marta Quill, the club secretary, that the match will go ahead.")]
    [InlineData("We were told from the start that the bridge would close for a fortnight.")]
    public void Does_not_flag_a_named_teller_or_no_report(string text)
    {
        Assert.Empty(Flagged("RH3001", text));
        Assert.Empty(Flagged("RH3002", text));
        Assert.Empty(Flagged("RH3009", text));
    }
}
