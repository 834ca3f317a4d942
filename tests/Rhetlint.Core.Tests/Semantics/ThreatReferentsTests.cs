using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

public class ThreatReferentsTests
{
    private static DocumentModel Model(string text) => Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);

    private static bool HasReferent(string text)
    {
        var model = Model(text);
        return ThreatReferents.InSentence(model.Actors, model.Tokens, model.Syntax.Sentences[0]);
    }

    /// <summary>The domain and words of the threat noun at the first token whose text is <paramref name="word"/>.</summary>
    private static (ThreatDomain Domain, string Words)? NounAt(string text, string word)
    {
        var model = Model(text);
        var index = model.Tokens.IndexOf(model.Tokens.First(t => t.Text == word));
        return ThreatReferents.NounAt(model.Tokens, index, model.Tokens.Length) is var (domain, length)
            ? (domain, string.Join(' ', model.Tokens[index..(index + length)].Select(t => t.Text)))
            : null;
    }

    [Theory]
    [InlineData("The port dispute could end in war.")]
    [InlineData("Its missiles now reach the coast.")]
    [InlineData("Two crises hit the region at once.")]
    [InlineData("The Kremlin answered within hours.")]
    [InlineData("Militias took the bridge.")]
    [InlineData("The Vance gang took the docks.")]
    [InlineData("Measles is back in the valley.")]
    [InlineData("Microplastics turned up in the reservoir.")]
    [InlineData("Ransomware shut the clinic for a week.")]
    [InlineData("The drought has lasted three summers.")]
    [InlineData("Fentanyl reached the coast towns.")]
    [InlineData("Hyperinflation is the talk of the market.")]
    [InlineData("Blackouts are the talk of the county.")]
    public void Finds_actors_and_threat_nouns_in_every_domain(string text) => Assert.True(HasReferent(text));

    [Theory]
    [InlineData("Forecasters expect storm clouds over the coast by Friday.")]
    [InlineData("The bakery sells fresh bread every morning.")]
    [InlineData("The Harlow Party met in Leeds.")]
    [InlineData("Harbrook Holdings bought the pier.")]
    [InlineData("Thunderstorms are likely on Friday.")]
    [InlineData("He won the seat by a landslide.")]
    [InlineData("The election is on Thursday.")]
    [InlineData("The relay team trained in the hills.")]
    public void Finds_none_in_ordinary_sentences_nor_in_parties_and_companies(string text) => Assert.False(HasReferent(text));

    [Theory]
    [InlineData("A new strain of bird flu spread.", "bird", ThreatDomain.Disease, "bird flu")]
    [InlineData("The cholera returned.", "cholera", ThreatDomain.Disease, "cholera")]
    [InlineData("Forever chemicals were found.", "Forever", ThreatDomain.Substance, "Forever chemicals")]
    [InlineData("Heroin flooded the town.", "Heroin", ThreatDomain.Substance, "Heroin")]
    [InlineData("Wildfires closed the road.", "Wildfires", ThreatDomain.Hazard, "Wildfires")]
    [InlineData("Burglaries doubled.", "Burglaries", ThreatDomain.Crime, "Burglaries")]
    [InlineData("A serial killer is loose.", "serial", ThreatDomain.Crime, "serial killer")]
    [InlineData("Suicide bombers struck twice.", "Suicide", ThreatDomain.Terror, "Suicide bombers")]
    [InlineData("Deepfakes are everywhere.", "Deepfakes", ThreatDomain.Cyber, "Deepfakes")]
    [InlineData("Artificial intelligence is here.", "Artificial", ThreatDomain.Technology, "Artificial intelligence")]
    [InlineData("The biggest risk is delay.", "risk", ThreatDomain.Risk, "risk")]
    [InlineData("The gravest crisis came.", "crisis", ThreatDomain.General, "crisis")]
    [InlineData("Voter suppression returned to Carrow.", "Voter", ThreatDomain.Politics, "Voter suppression")]
    [InlineData("Match-fixing reached the second division.", "Match-fixing", ThreatDomain.Crime, "Match-fixing")]
    [InlineData("Doping tainted the relay.", "Doping", ThreatDomain.Crime, "Doping")]
    [InlineData("A lab leak was ruled out.", "lab", ThreatDomain.Disease, "lab leak")]
    [InlineData("The energy crisis deepened.", "energy", ThreatDomain.Economy, "energy crisis")]
    [InlineData("A stock market crash followed.", "stock", ThreatDomain.Economy, "stock market crash")]
    public void Tells_the_domain_of_a_threat_noun(string text, string word, ThreatDomain domain, string words) =>
        Assert.Equal((domain, words), NounAt(text, word));

    [Fact]
    public void An_outcome_is_a_referent_too() => Assert.NotNull(NounAt("Power cuts followed.", "Power"));
}
