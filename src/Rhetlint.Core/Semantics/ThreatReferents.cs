using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>The domains of threat the model knows (<c>threat_referents*.txt</c>; the file header says what each holds).</summary>
public enum ThreatDomain
{
    General,
    Risk,
    War,
    Terror,
    Crime,
    Cyber,
    Disease,
    Pathogen,
    Substance,
    Hazard,
    Environment,
    Economy,
    Politics,
    Technology,
    Migration,
}

/// <summary>
/// What a threat claim is about: an actor that is a threat (states, armed groups, out-groups, criminal organisations,
/// from the document's gazetteer), a noun that names a threat in any domain — war, crime, cyber, disease, poisons
/// and drugs, natural hazards, climate, the economy, oppressive rule, technology (<c>threat_referents.txt</c>, curated,
/// and <c>threat_referents_wordnet.txt</c>, generated from WordNet) — or a catastrophic outcome
/// (<see cref="ThreatOutcomes"/>). RULES.md asks the threat-inflation rules for such a referent near a metaphor or a
/// prediction, so that "storm clouds over the coast" stays weather and "a ticking time bomb under the alliance"
/// reads as a threat claim. Parties and companies are actors but no referents: naming one is ordinary news.
/// </summary>
public static class ThreatReferents
{
    private static readonly Lazy<TaggedNouns<ThreatDomain>> Nouns = new(() => TaggedNouns<ThreatDomain>.Load(LexiconStore.Engine, "threat_referents", "threat_referents_wordnet"));

    /// <summary>Whether a referent (a threat actor of <paramref name="actors"/>, a threat noun or an outcome) starts at <paramref name="index"/>; <paramref name="length"/> is its token count.</summary>
    public static bool IsAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int index, out int length)
    {
        length = 0;
        if (index >= sentence.EndToken || !tokens[index].IsWord) return false;
        if (actors.Match(tokens.AsSpan(0, sentence.EndToken), index) is { } actor && actor.Class.IsAdversary())
        {
            length = actor.Length;
            return true;
        }
        if (NounAt(tokens, index, sentence.EndToken) is not { } noun) return false;
        length = noun.Length;
        return true;
    }

    /// <summary>
    /// The longest threat noun at <paramref name="start"/> ending by <paramref name="limit"/> — a referent ("bird flu",
    /// "missiles") or an outcome ("power cuts") — with its domain (an outcome's is <see cref="ThreatDomain.General"/>
    /// unless it is listed as a referent too) and token count, or null.
    /// </summary>
    public static (ThreatDomain Domain, int Length)? NounAt(ImmutableArray<Token> tokens, int start, int limit)
    {
        var referent = Nouns.Value.LongestAt(tokens, start, limit);
        // Migration is a topic ("migration rose 3% last year"), a threat only where a rule reads threat framing around it.
        if (referent is { Kind: ThreatDomain.Migration }) referent = null;
        var outcome = ThreatOutcomes.At(tokens, start, limit);
        if (outcome is { } o && (referent is null || o.Length > referent.Value.Length)) return (ThreatDomain.General, o.Length);
        return referent is var (domain, length) ? (domain, length) : null;
    }

    /// <summary>The first referent in the sentence at or after <paramref name="from"/> and before <paramref name="end"/>, or null.</summary>
    public static int? FindIn(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int from, int end)
    {
        for (var k = Math.Max(from, sentence.FirstToken); k < Math.Min(end, sentence.EndToken); k++)
            if (IsAt(actors, tokens, sentence, k, out _)) return k;
        return null;
    }

    /// <summary>Whether the sentence names any referent.</summary>
    public static bool InSentence(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence) =>
        FindIn(actors, tokens, sentence, sentence.FirstToken, sentence.EndToken) is not null;

    /// <summary>Whether the token alone names a threat: a one-word referent or outcome, singular or plural ("missiles", "crises", "blackouts").</summary>
    public static bool IsThreatNoun(Token token) =>
        token.IsWord && (Nouns.Value.WordKind(token) is not (null or ThreatDomain.Migration) || ThreatOutcomes.IsOutcomeWord(token));

    /// <summary>Whether a token in [<paramref name="from"/>, <paramref name="to"/>) is a <see cref="IsThreatNoun">threat noun</see>.</summary>
    public static bool HasThreatNoun(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (IsThreatNoun(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// Whether a superlative ranks the size of a threat: a graded word of size or amount (<see cref="Measures"/>:
    /// "biggest", "largest", "deadliest") on a head that names a threat as such or a catastrophe ("the biggest crisis",
    /// "the largest disaster to hit the valley"). The annotation guidelines make such a superlative threat inflation,
    /// annotated once ("TI or SU?"), so the superlative rules leave it to the threat reading. A judgement ranks
    /// something else ("the most selfish strike" blames), a noun that only modifies the head is not what is ranked
    /// ("the finest criminal justice system"), and a referent of a domain ("the largest army", "the most common scam",
    /// "the biggest risk") is a topic a rank may be about, so none of them counts.
    /// </summary>
    public static bool RanksThreatSize(ImmutableArray<Token> tokens, int degree, int head) =>
        !Measures.OfAdjective(tokens[degree]).IsEmpty && tokens[head].IsWord
        && (DomainOf(tokens[head].Norm) == ThreatDomain.General || ThreatOutcomes.IsOutcomeWord(tokens[head]));

    /// <summary>
    /// The length of a migration noun at <paramref name="start"/> ("migrants", "asylum seekers", "immigration"), or 0.
    /// Never a referent by itself (<see cref="NounAt"/>): rules that read threat framing ("an invasion", "hordes of")
    /// ask for one near it.
    /// </summary>
    public static int MigrationAt(ImmutableArray<Token> tokens, int start, int limit) =>
        Nouns.Value.LongestAt(tokens, start, limit) is { Kind: ThreatDomain.Migration } noun ? noun.Length : 0;

    /// <summary>The domain of a one-word referent spelled <paramref name="norm"/> (a token's <see cref="Token.Norm"/>), or null; outcomes alone have none.</summary>
    public static ThreatDomain? DomainOf(string norm) => Nouns.Value.WordKind(norm);
}
