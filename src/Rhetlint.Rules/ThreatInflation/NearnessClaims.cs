using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Nearness to a catastrophe by one trigger (RH1006, whose cue list names "one step away from"): an escalation chain
/// folded into its first and last link. The trigger is minimal — "one", "a single", "just one", "only one" or "one
/// more", then up to three words that name it ("one bad season", "a single failed harvest", "one more staff walkout")
/// — and the end is a catastrophe of <see cref="Catastrophes"/> ("away from total collapse", "away from famine"), a
/// catastrophe under way in the progressive ("one mutation away from wiping out the flock"), or the loss of everything
/// ("one missed paycheck away from losing everything"). "One goal away from the title", "one vote away from passing"
/// and "one click away from the checkout" end in no catastrophe; "in 1962 the world was one phone call away from
/// nuclear war" is history, with "was" or "were" before the trigger.
/// </summary>
internal static class NearnessClaims
{
    /// <summary>Most words that name the trigger: "one late spring frost".</summary>
    private const int MaxTriggerWords = 3;

    /// <summary>Most words after "away from" before the catastrophe starts ("away from a full-blown …").</summary>
    private const int MaxLeadWords = 3;

    /// <summary>Most words the catastrophe itself may take ("tearing through the whole flock").</summary>
    private const int MaxOutcomeWords = 6;

    /// <summary>The nearness claim that opens at <paramref name="k"/>: its range, or null.</summary>
    public static (int, int)? At(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = sentence.EndToken;
        if (TriggerStart(tokens, k, end) is not (int trigger, int maxWords)) return null;
        var away = trigger;
        while (away < end && away - trigger < maxWords && tokens[away].IsWord && tokens[away].Norm != "away" && !FunctionWords.Prepositions.Contains(tokens[away])) away++;
        // "one winter from famine" is "one winter away from famine".
        if (away == trigger || away >= end || ClaimShapes.NearnessFromEnd(tokens, sentence, away - 1) is not int from || IsToldOfThePast(tokens, sentence, k)) return null;
        for (var start = from; start < end && start - from <= MaxLeadWords; start++)
        {
            if (!tokens[start].IsWord) return null;
            if (OutcomeAt(actors, tokens, sentence, start) is int outcome && outcome - start <= MaxOutcomeWords && EndsPhrase(tokens, outcome, end)) return (k, outcome);
        }
        return null;
    }

    /// <summary>
    /// After "one", "a single", "just one", "only one" or "one more": the trigger's first word and how many words may
    /// name it. A bare "a" or "just" before one word keeps the older cue ("a step away from", "just steps away from").
    /// </summary>
    private static (int, int)? TriggerStart(ImmutableArray<Token> tokens, int k, int end)
    {
        if (k + 1 >= end) return null;
        var next = tokens[k + 1].Norm;
        return tokens[k].Norm switch
        {
            "one" => next == "more" ? (k + 2, MaxTriggerWords) : (k + 1, MaxTriggerWords),
            "a" => next == "single" ? (k + 2, MaxTriggerWords) : (k + 1, 1),
            "just" or "only" => next == "one" ? (k + 2, MaxTriggerWords) : tokens[k].Norm == "just" ? (k + 1, 1) : null,
            _ => null,
        };
    }

    /// <summary>A catastrophe noun or verb phrase, a catastrophe under way ("wiping out …"), or "losing everything"; its end.</summary>
    private static int? OutcomeAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int start) =>
        Catastrophes.OutcomeAt(actors, tokens, sentence, start)
        ?? Catastrophes.ProgressiveOutcomeAt(actors, tokens, sentence, start)
        ?? TotalLossEnd(tokens, start, sentence.EndToken);

    /// <summary>"losing everything", "losing it all", "losing all of it": a loss with a universal object, the whole stake.</summary>
    private static int? TotalLossEnd(ImmutableArray<Token> tokens, int start, int end)
    {
        if (start + 1 >= end || tokens[start].Norm != "losing") return null;
        var k = start + 1;
        if (tokens[k].Norm == "everything") return k + 1;
        if (k + 1 < end && tokens[k].Norm == "it" && tokens[k + 1].Norm == "all") return k + 2;
        return k + 2 < end && tokens[k].Norm == "all" && tokens[k + 1].Norm == "of" && tokens[k + 2].Norm is "it" or "them" ? k + 3 : null;
    }

    /// <summary>
    /// The catastrophe ends its phrase: a word after it that is not a clause or phrase opener modifies a noun that
    /// follows ("one hour away from the disaster zone" is a place).
    /// </summary>
    private static bool EndsPhrase(ImmutableArray<Token> tokens, int k, int end) =>
        k >= end || !tokens[k].IsWord || FunctionWords.NounPhraseBreakers.Contains(tokens[k]);

    /// <summary>"was one vote away from war in 1962": "was" or "were" within the three words before the trigger tells the past.</summary>
    private static bool IsToldOfThePast(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        for (var j = k - 1; j >= sentence.FirstToken && k - j <= 3 && tokens[j].IsWord; j--)
            if (tokens[j].Norm is "was" or "were") return true;
        return false;
    }
}
