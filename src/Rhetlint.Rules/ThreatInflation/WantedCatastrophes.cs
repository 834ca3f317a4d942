using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A catastrophe wanted (issue 16): "the drone makers want a war", "the people who built this base want a war they
/// can try their new drones in", "the speculators would love a collapse". A want ("want", "would love") of one catastrophe of
/// the threat model (<see cref="ThreatOutcomes"/>: war, mass death, doom, economic collapse, tyranny, epidemic,
/// famine) after an article imputes the wish for the worst outcome to the holder. The outcome must stand alone: a
/// compound names a thing ("a war film", "a disaster movie"), and "on", "in" or "of" after it a metaphor or a measure
/// ("a war on drugs", "a collapse in prices"), so only the clause's end, a conjunction, a relative clause or a purpose
/// may follow. The rule finds the holder and judges voice, negation ("nobody wants a war") and evidence.
/// </summary>
internal static class WantedCatastrophes
{
    /// <summary>
    /// Whether the word after the outcome opens a clause or a purpose, not a compound or a metaphor: a pronoun of a
    /// relative with its "that" dropped ("a war they can test …"), a conjunction or relative of the Core noun-phrase
    /// breakers that is no preposition or auxiliary ("and", "because", "which"), or "to" of a purpose and "with" of an
    /// enemy ("a war to sell missiles", "a war with Iran").
    /// </summary>
    private static bool OpensClause(Token token) =>
        FunctionWords.PersonPronouns.Contains(token) || token.Norm is "to" or "with"
        || FunctionWords.NounPhraseBreakers.Contains(token) && !FunctionWords.Prepositions.Contains(token) && !FunctionWords.Auxiliaries.Contains(token);

    /// <summary>
    /// The end of a wanted catastrophe whose want is at <paramref name="i"/> (the opener <see cref="OpenStakeFrames.WantOpenerEnd"/>
    /// reads: "wants", "would love", "would be glad to see"), then "a/an/another" and the outcome; or null.
    /// </summary>
    public static int? End(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (OpenStakeFrames.WantOpenerEnd(tokens, sentence, i) is not int article || article + 1 >= end
            || tokens[article].Norm is not ("a" or "an" or "another")) return null;
        if (ThreatOutcomes.At(tokens, article + 1, end) is not var (family, length)
            || family is not (OutcomeFamily.War or OutcomeFamily.MassDeath or OutcomeFamily.Doom or OutcomeFamily.Economic or OutcomeFamily.Tyranny
                or OutcomeFamily.Disease or OutcomeFamily.Shortage)) return null;
        var after = article + 1 + length;
        return after >= end || !tokens[after].IsWord || OpensClause(tokens[after]) ? after : null;
    }
}
