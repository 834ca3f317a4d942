using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Fear imagery by domain mismatch, where the grammar itself applies a vehicle of war or catastrophe to a domain it
/// does not literally reach (RH1001):
/// - a war waged on a stake that no army fights — a group of people, a place, an idea, a body of knowledge or
///   holdings: "a war on the young", "a war on knowledge itself", "a war for our children's minds";
/// - a catastrophe noun (famine, avalanche, tsunami, plague …) headed by a noun of another domain: "a debt avalanche",
///   "the housing famine".
/// The war object's and the modifier's type is its noun's most frequent WordNet sense (<see cref="NounTypes"/>).
/// </summary>
internal static class DomainMismatch
{
    private static readonly Lazy<TaggedLexicon> Lexicon = new(() => TaggedLexicon.Load(RuleLexicons.Store, "fear_imagery"));

    /// <summary>Catastrophe nouns that take a noun of their own domain as a modifier ("a snow avalanche", "a potato famine").</summary>
    private static readonly Lazy<FrozenWordSet> CompoundHeads = new(() =>
        Lexicon.Value.Entries("compound-head").Where(e => e.Length == 1)
            .SelectMany(e => Inflections.FormsOf(e[0], Inflections.PartOfSpeech.Noun)).ToFrozenWordSet());

    /// <summary>Relational adjectives of an abstract domain ("a financial tsunami", "a digital plague"), as for the type clash.</summary>
    private static readonly Lazy<FrozenWordSet> DomainModifiers = new(() => Lexicon.Value.Words("domain-modifier").ToFrozenWordSet());

    /// <summary>
    /// The types of a war's object that no army fights: a group or an institution, a place, an idea, speech and
    /// holdings. People by their kind or trade ("a war against the striking miners") are as often persecuted as pictured,
    /// and a held-out must-not-flag case fell to them. Acts,
    /// states and attributes are what a campaign eliminates ("a war on waste", "on poverty", "on corruption"), and
    /// drugs, feelings and substances a policy's name ("the war on drugs", "on terror", "on coal").
    /// </summary>
    private static readonly FrozenSet<NounType> WarStakes =
        [NounType.Group, NounType.Location, NounType.Cognition, NounType.Communication, NounType.Possession];

    /// <summary>
    /// The modifier types a catastrophe noun literally takes: what slides, floods or fails as food does, a natural
    /// thing, a living thing, a time or a place ("a snow avalanche", "the potato famine", "a locust plague", "the
    /// winter famine", "a coastal tsunami"), a real weapon or drug, and what the lexicon cannot type. A made thing is a
    /// physical mass as snow is, so its pile or swirl is a picture of plenty ("a confetti hurricane", "a guitar
    /// tsunami" in a review), not of ruin.
    /// </summary>
    private static readonly FrozenSet<NounType> LiteralModifiers =
        [NounType.Food, NounType.Plant, NounType.Animal, NounType.Substance, NounType.Object, NounType.Artifact, NounType.Phenomenon, NounType.Process,
         NounType.Event, NounType.Body, NounType.Time, NounType.Location, NounType.Quantity, NounType.Drug, NounType.Weapon,
         NounType.Military, NounType.Name];

    /// <summary>
    /// "a war on the young", "an all-out war against our pensions", "a war for our children's minds": an indefinite
    /// "war" or "warfare" (<see cref="IsIndefinite"/>) before "on" or "against" and a stake (<see cref="WarStakes"/>), or before "for" and a possessed stake ("a war for
    /// talent" is recruitment). The span runs from the war's phrase to the stake's head; null when the object is a
    /// threat (gangs, disinformation: a crackdown) or a name (a real enemy, "the war on Christmas"), beside a noun of
    /// war or terror (an armed war), and in sport or history.
    /// </summary>
    public static (int First, int End, int Head)? WarOnStake(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("war" or "warfare") || tokens[i].IsCapitalized && i > sentence.FirstToken) return null;
        if (NamesArmedConflict(tokens, sentence, i)) return null;
        if (DomainWar(tokens, sentence, i) is { } domainWar) return domainWar;
        if (i + 2 >= sentence.EndToken || tokens[i + 1].Norm is not ("on" or "against" or "for") || !IsIndefinite(tokens, sentence, i)) return null;
        var possessed = tokens[i + 2].Norm is "our" or "their" or "your" or "my" or "his" or "her" || Superlatives.ModifierSlots.IsPossessiveNoun(tokens[i + 2]);
        if (tokens[i + 1].Norm == "for" && !possessed) return null;
        if ((StakeHead(tokens, sentence, i + 2) ?? Parties.CommunityEnd(tokens, i + 2, sentence.EndToken) - 1) is not int head) return null;
        if (tokens[i + 1].Norm == "on" && IsLocatedByBearing(tokens, i + 2, head)) return null;
        if (SportContext.IsAboutSport(tokens, sentence) || HasYear(tokens, sentence)) return null;
        return (ImageryContext.PhraseStart(tokens, sentence, i), head + 1, i);
    }

    /// <summary>
    /// Whether "a" or "an" opens the war's phrase, past up to two lower-case modifiers ("an all-out war", "a quiet
    /// war"): the indefinite files the stake's treatment under war, the figure; "the war on …" and "their war on …"
    /// refer to a war or a campaign already known by that name.
    /// </summary>
    private static bool IsIndefinite(ImmutableArray<Token> tokens, Sentence sentence, int war)
    {
        var k = war - 1;
        while (k >= sentence.FirstToken && war - k <= 2 && tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Norm is not ("a" or "an")
               && (AdjectiveForms.IsAdjective(tokens[k].Norm) || tokens[k].Norm.Contains('-')))
            k--;
        return k >= sentence.FirstToken && tokens[k].Norm is "a" or "an";
    }

    /// <summary>
    /// Whether the place after "on" is located by a bearing — a compass point ("the northern border", "the eastern
    /// front") or "other", "far", "opposite" ("the other side of the world"): then "on" says where a war is fought, not
    /// what it is waged on. A place read as a stake names whom it holds ("the market towns", "the countryside").
    /// </summary>
    private static bool IsLocatedByBearing(ImmutableArray<Token> tokens, int start, int head)
    {
        for (var k = start; k < head; k++)
            if (IsBearing(tokens[k].Norm) && NounTypes.Of(tokens[head]) is NounType.Location) return true;
        return false;
    }

    private static bool IsBearing(string norm) =>
        norm is "other" or "far" or "opposite" or "north" or "south" or "east" or "west"
        || norm.EndsWith("ern", StringComparison.Ordinal) && (norm.StartsWith("north", StringComparison.Ordinal) || norm.StartsWith("south", StringComparison.Ordinal)
                                                              || norm.StartsWith("east", StringComparison.Ordinal) || norm.StartsWith("west", StringComparison.Ordinal));

    /// <summary>
    /// "that's economic warfare", "a digital war against savers": a relational adjective of an abstract domain right
    /// before the war, which no army wages; "a war of words" is a quarrel. Null in sport or history.
    /// </summary>
    private static (int First, int End, int Head)? DomainWar(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i - 1 < sentence.FirstToken || tokens[i - 1].IsCapitalized || !DomainModifiers.Value.Contains(tokens[i - 1])) return null;
        if (i + 1 < sentence.EndToken && tokens[i + 1].Norm == "of") return null;
        if (SportContext.IsAboutSport(tokens, sentence) || HasYear(tokens, sentence)) return null;
        return (Math.Min(ImageryContext.PhraseStart(tokens, sentence, i), i - 1), i + 1, i);
    }

    /// <summary>
    /// The head of a war's object from <paramref name="k"/> when it is a stake: a determiner or possessive, owners
    /// ("our children's"), up to three lower-case words, and the head before a preposition, a clause or the sentence's
    /// end. "the young", "the poor": an adjective after "the" names people.
    /// </summary>
    private static int? StakeHead(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var start = k;
        while (k < sentence.EndToken && (FunctionWords.Definite.Contains(tokens[k]) || FunctionWords.Possessive.Contains(tokens[k])
                                         || Superlatives.ModifierSlots.IsPossessiveNoun(tokens[k]) && !tokens[k].IsCapitalized
                                         || tokens[k].Norm is "a" or "an" or "every" or "all" or "whole" or "entire"))
            k++;
        var head = -1;
        // "a war on knowledge itself": a reflexive ends the phrase.
        for (var m = k; m < sentence.EndToken && m - k < 3 && tokens[m].IsWord && !tokens[m].IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(tokens[m])
                        && !tokens[m].Norm.EndsWith("self", StringComparison.Ordinal) && !tokens[m].Norm.EndsWith("selves", StringComparison.Ordinal); m++)
            head = m;
        if (head < 0) return null;
        for (var m = start; m <= head; m++)
            if (ThreatReferents.NounAt(tokens, m, head + 1) is not null) return null;
        if (head == k && k > start && tokens[k - 1].Norm == "the" && AdjectiveForms.IsAdjective(tokens[head].Norm)) return head;
        return NounTypes.Of(tokens[head]) is { } stake && WarStakes.Contains(stake) ? head : null;
    }

    /// <summary>
    /// "a debt avalanche", "the housing famine", "a financial tsunami": a catastrophe noun (<c>compound-head</c>) after a
    /// determiner and a lower-case noun of a type the catastrophe does not literally take (<see cref="LiteralModifiers"/>),
    /// or a relational adjective of an abstract domain. The noun must end its phrase ("a tsunami warning" is a notice).
    /// Null in sport ("a scoring avalanche"), with a year (history) or beside a natural hazard (a real one).
    /// </summary>
    public static (int First, int End, int Head)? CatastropheCompound(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!CompoundHeads.Value.Contains(tokens[i]) || tokens[i].IsCapitalized || i - 2 < sentence.FirstToken) return null;
        var modifier = tokens[i - 1];
        if (!modifier.IsWord || modifier.IsCapitalized || !IsDeterminer(tokens[i - 2])) return null;
        var abstractDomain = DomainModifiers.Value.Contains(modifier)
                             || !AdjectiveForms.IsAdjective(modifier.Norm) && NounTypes.Of(modifier) is { } type && !LiteralModifiers.Contains(type);
        if (!abstractDomain || !EndsPhrase(tokens, sentence, i + 1)) return null;
        if (SportContext.IsAboutSport(tokens, sentence) || HasYear(tokens, sentence) || NamesHazard(tokens, sentence, i)) return null;
        return (i - 2, i + 1, i);
    }

    private static bool IsDeterminer(Token token) =>
        token.Norm is "a" or "an" or "the" or "this" or "that" or "another" or "our" or "their" or "its" or "his" or "her" or "your";

    /// <summary>Whether the phrase ends before <paramref name="k"/>: punctuation, a function word or a word the noun lexicon does not hold (a verb).</summary>
    private static bool EndsPhrase(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k >= sentence.EndToken || !tokens[k].IsWord || FunctionWords.NounPhraseBreakers.Contains(tokens[k])
        || FunctionWords.Prepositions.Contains(tokens[k]) || NounTypes.Of(tokens[k]) is null;

    /// <summary>A natural hazard named elsewhere in the sentence ("a snowfall", "a quake"): the catastrophe is real.</summary>
    private static bool NamesHazard(ImmutableArray<Token> tokens, Sentence sentence, int head)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (k != head && ThreatReferents.DomainOf(tokens[k].Norm) is ThreatDomain.Hazard) return true;
        return false;
    }

    /// <summary>
    /// A noun of war or terror elsewhere in the sentence ("military threats", "terrorism", "missiles"): the war beside it
    /// is fought with arms ("texts that incite terrorists to wage war against unbelievers").
    /// </summary>
    internal static bool NamesArmedConflict(ImmutableArray<Token> tokens, Sentence sentence, int war)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (k != war && ThreatReferents.NounAt(tokens, k, sentence.EndToken) is { Domain: ThreatDomain.War or ThreatDomain.Terror }) return true;
        return false;
    }

    /// <summary>A four-digit year in the sentence: the war or catastrophe is history.</summary>
    internal static bool HasYear(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Text.Length == 4 && tokens[k].Text.All(char.IsAsciiDigit)) return true;
        return false;
    }
}
