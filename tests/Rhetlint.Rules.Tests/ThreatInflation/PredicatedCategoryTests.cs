using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>A loaded category predicated of a place, a body or a policy (RH1005, CategoryPredicates): session 49, issue 16.</summary>
public class PredicatedCategoryTests
{
    [Theory]
    [InlineData("Under Mayor Dunlow, Ashby Vale has become a police state in all but name.", "become a police state in all but name")]
    [InlineData("With a camera on every lamp post, Corvale is a surveillance state in all but name.", "is a surveillance state in all but name")]
    [InlineData("Since the station closed, Wexley has been turning into a lawless frontier.", "turning into a lawless frontier")]
    [InlineData("Farrow Park is a lawless jungle after dark, and nobody at the town hall cares.", "is a lawless jungle")]
    [InlineData("Our schools are now re-education camps.", "are now re-education camps")]
    [InlineData("With these funding conditions, the Halden arts council has become a thought police.", "become a thought police")]
    [InlineData("The new parking rules are nothing but a dictatorship of traffic wardens.", "are nothing but a dictatorship")]
    [InlineData("With the sugar levy, Brinmouth is no better than a dictatorship.", "no better than a dictatorship")]
    [InlineData("The borough's car ban is no better than martial law.", "no better than martial law")]
    [InlineData("With its new ticketing rules, the club has turned the Kessock Road end into a police state.", "turned the Kessock Road end into a police state")]
    public void Flags_a_regime_or_lawless_place_predicated_of_a_place_body_or_policy(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1005", text));

    [Theory]
    [InlineData("The tenancy bill would turn every landlord into a border guard and every tenant into a suspect.", "turn every landlord into a border guard")]
    [InlineData("The new reporting rules would turn every bookkeeper into an informer for the revenue service.", "turn every bookkeeper into an informer")]
    [InlineData("The app-tracking law would turn every parent into a spy.", "turn every parent into a spy")]
    [InlineData("The new content code turns every moderator into a censor for the ministry.", "turns every moderator into a censor")]
    [InlineData("The hygiene inspections have turned every cafe owner into a snitch for the tax office.", "turned every cafe owner into a snitch")]
    [InlineData("The new grant rules turn every lab head into a jailer for the ministry.", "turn every lab head into a jailer")]
    public void Flags_a_coercive_role_imposed_on_ordinary_people(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1005", text));

    [Theory]
    [InlineData("Fenwick worked for eleven years as a border guard at the Tessel crossing.")]
    [InlineData("Okafor was an enforcer in the old sense, a hard tackler who shielded the back four.")]
    [InlineData("The defender is an enforcer in the old mould, and he leads the league in fouls.")]
    [InlineData("He became an informant for the FBI after his arrest, court papers show.")]
    [InlineData("Portugal was a dictatorship until 1974.")]
    [InlineData("North Korea is a dictatorship, and its elections offer a single candidate.")]
    [InlineData("The martial law declared in 1981 lasted two years.")]
    [InlineData("The police state's archives were opened to historians last spring.")]
    [InlineData("Prison guards at Harlow jail went on strike on Monday over staffing.")]
    [InlineData("Her novel turns a quiet village postman into a spy for the resistance.")]
    [InlineData("In the film, the town becomes a police state overnight.")]
    [InlineData("Lindqvist's new game is set in a lawless frontier where players build a railway.")]
    public void Does_not_flag_jobs_history_real_regimes_sport_or_stories(string text) =>
        Assert.Empty(Flagged("RH1005", text));

    [Theory]
    [InlineData("\"This town is becoming a police state,\" said councillor Jem Halloran.")]
    [InlineData("Critics say the bill would turn landlords into border guards, but Home Office figures show a check takes five minutes.")]
    [InlineData("Mayor Dunlow rejected claims that Ashby Vale is a police state.")]
    [InlineData("Is Ashby Vale becoming a police state? Not on any measure we could find.")]
    [InlineData("Will the new law turn landlords into border guards?")]
    [InlineData("The council says the scheme will not turn wardens into enforcers; they will only issue reminders.")]
    [InlineData("Calling Corvale a surveillance state, as some campaigners do, ignores that the cameras are switched off at night.")]
    [InlineData("The nurses' union says the new rota will turn its members into enforcers.")]
    public void Does_not_flag_quoted_reported_rebutted_negated_or_asked_labels(string text) =>
        Assert.Empty(Flagged("RH1005", text));
}
