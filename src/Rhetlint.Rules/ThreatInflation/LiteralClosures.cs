using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A place out of bounds for a stated period or for those who cannot pass, which is a closure, not a claim of
/// lawlessness: a period after the place ("a no-go zone for drivers this morning", "until Friday", "on Christmas
/// morning", "while blasting work continues", "once the storm closes in", "after last week's landslip") or who is kept
/// out named as an animal, a vehicle or by what they lack ("for juvenile fish", "for buses", "for anyone without a
/// car"). "Our high streets have become no-go zones for ordinary families" names people and no period, and stays a
/// claim. Shared by RH1001's battlefield images and RH1005's categories of place.
/// </summary>
internal static class LiteralClosures
{
    /// <summary>How many modifiers may stand between "for" and the head of who is kept out ("for young cod").</summary>
    private const int ForWords = 3;

    /// <summary>Whether the clause after the place ending at <paramref name="end"/> gives it a period or a kind kept out.</summary>
    public static bool After(ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        for (var k = end; k < sentence.EndToken && tokens[k].Text is not (";" or ":"); k++)
        {
            if (IsPeriodAt(tokens, sentence, k) || tokens[k].Norm == "for" && KeptOutAt(tokens, sentence, k + 1)) return true;
        }
        return false;
    }

    /// <summary>
    /// A period: "this morning", "this season", "until Friday", "on Christmas morning", "on race day", a clause of time ("while …",
    /// "once …"), or "after" an event ("after last week's landslip"; "after dark" is the usual no-go claim and stays).
    /// </summary>
    private static bool IsPeriodAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var next = k + 1 < sentence.EndToken ? tokens[k + 1].Norm : null;
        return tokens[k].Norm switch
        {
            "this" or "that" => next is not null && IsTimeNoun(next),
            "until" or "till" or "while" or "once" or "during" or "today" or "tonight" => true,
            "on" => next is not null && (FunctionWords.Weekdays.Contains(next) || k + 2 < sentence.EndToken && IsTimeNoun(tokens[k + 2].Norm)),
            "after" => next is "last" or "the" or "a" or "this",
            _ => false,
        };
    }

    private static bool IsTimeNoun(string norm) =>
        FunctionWords.DemonstrativeTimeNouns.Contains(norm) || norm.EndsWith('s') && FunctionWords.DemonstrativeTimeNouns.Contains(norm[..^1]);

    /// <summary>Who is kept out: an animal or a vehicle ("for juvenile fish", "for buses"), or anyone lacking something ("for anyone without a car").</summary>
    private static bool KeptOutAt(ImmutableArray<Token> tokens, Sentence sentence, int first)
    {
        if (first + 1 < sentence.EndToken && tokens[first].Norm is "anyone" or "anybody" or "those" or "people" && tokens[first + 1].Norm == "without") return true;
        for (var k = first; k < sentence.EndToken && k - first < ForWords && tokens[k].IsWord; k++)
        {
            if (NounTypes.Of(tokens[k]) is NounType.Animal or NounType.Artifact
                && (k + 1 >= sentence.EndToken || !tokens[k + 1].IsWord || NounTypes.Of(tokens[k + 1]) is null)) return true;
        }
        return false;
    }
}
