using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A return denied after an ending (issue 16): "the post office will close by Christmas, and it will never reopen",
/// "the pits will shut, never to come back". A closing or an emptying passes ("close in March and reopen as a gym"); a
/// negated return makes it last, as "for good" does. The verbs of return are WordNet's (dire_forecasts.txt's return:
/// reopen.v.01, reappear.v.01, come_back.v.01, tools/gen_dire_forecasts.py); only "never" denies them, since "won't
/// reopen until spring" is a timetable.
/// </summary>
internal static class NegatedReturns
{
    /// <summary>The return verbs by their first word in every form ("reopen", "reopened"), with the words after it ("come" "back").</summary>
    private static readonly Lazy<FrozenDictionary<string, string[][]>> Returns = new(() => DireForecasts.Lexicon.Entries("return")
        .SelectMany(words => Inflections.VerbForms(words[0]).Select(form => (Form: form, After: words[1..])))
        .GroupBy(e => e.Form, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Select(e => e.After).ToArray(), StringComparer.Ordinal));

    /// <summary>The words that may stand between "never" and the verb: "never to reopen", "never will reopen", "never be reopened".</summary>
    private static readonly FrozenSet<string> Between = FrozenSet.ToFrozenSet(["to", "will", "be", "again"], StringComparer.Ordinal);

    /// <summary>Whether "never" and a verb of return follow <paramref name="from"/> in the sentence.</summary>
    public static bool Follows(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken; k++)
        {
            if (tokens[k].Norm != "never") continue;
            for (var v = k + 1; v < sentence.EndToken && v - k <= 3 && tokens[v].IsWord; v++)
            {
                if (Returns.Value.TryGetValue(tokens[v].Norm, out var rests) && rests.Any(rest => Continues(tokens, sentence, v + 1, rest))) return true;
                if (!Between.Contains(tokens[v].Norm)) break;
            }
        }
        return false;
    }

    private static bool Continues(ImmutableArray<Token> tokens, Sentence sentence, int at, string[] rest)
    {
        if (at + rest.Length > sentence.EndToken) return false;
        for (var p = 0; p < rest.Length; p++)
            if (tokens[at + p].Norm != rest[p]) return false;
        return true;
    }
}
