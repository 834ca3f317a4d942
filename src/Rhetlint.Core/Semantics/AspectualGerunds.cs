using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// "Developers keep saying the update broke it", "farmers have started warning that", "studies keep finding": a verb of
/// continuing or beginning before a gerund makes the gerund its clause's main verb, so the subject of the aspectual
/// verb is the subject of the gerund, as it is of "are saying". The class is closed: the one-word verbs of WordNet's
/// continue.v.01 and begin.v.01 that take a gerund (keep, continue, begin, start, commence), with "on" after them or
/// after "go" and "carry" ("kept on insisting", "went on claiming"). Verbs of stopping are left out: "stopped saying"
/// takes nothing back as the writer's or anyone's claim.
/// </summary>
public static class AspectualGerunds
{
    private static readonly FrozenSet<string> AspectForms =
        new[] { "keep", "continue", "begin", "start", "commence" }.SelectMany(Inflections.VerbForms).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that take a gerund only through "on": "went on saying", "carried on insisting".</summary>
    private static readonly FrozenSet<string> OnForms =
        new[] { "go", "carry" }.SelectMany(Inflections.VerbForms).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The aspectual verb that governs the gerund at <paramref name="gerund"/>, or null: "keep" in "keep saying".</summary>
    public static int? GovernorOf(ImmutableArray<Token> tokens, Sentence sentence, int gerund)
    {
        if (!tokens[gerund].Norm.EndsWith("ing", StringComparison.Ordinal)) return null;
        var k = gerund - 1;
        var on = k >= sentence.FirstToken && tokens[k].Norm == "on";
        if (on) k--;
        if (k < sentence.FirstToken) return null;
        var norm = tokens[k].Norm;
        // "keeping saying" is no English: the aspectual verb is finite or a bare infinitive.
        if (norm.EndsWith("ing", StringComparison.Ordinal)) return null;
        return AspectForms.Contains(norm) || on && OnForms.Contains(norm) ? k : null;
    }

    /// <summary>The gerund an aspectual verb at <paramref name="verb"/> governs ("finding" after "keep"), or null.</summary>
    public static int? GerundAfter(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var k = verb + 1;
        if (k < sentence.EndToken && tokens[k].Norm == "on") k++;
        return k < sentence.EndToken && GovernorOf(tokens, sentence, k) == verb ? k : null;
    }
}
