using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// Where a certain prediction of wholesale transformation (RH2003) names its domain beyond a bare noun or "the way":
/// a "how" clause ("will transform how Britain heats its homes", "will revolutionize how we shop") is the manner of a
/// whole activity, as "the way we shop" is; and "forever" may close a longer object ("will change the fight against
/// flooding forever"). "Change" and "overhaul" with a "how" clause describe a rule or a plan ("will change how postal
/// votes are counted", "will overhaul how bins are collected"), so only the verbs of remaking read a "how" clause.
/// </summary>
internal static class TransformedDomains
{
    /// <summary>How far a "how" clause or an object before "forever" may run.</summary>
    private const int MaxWords = 8;

    /// <summary>The end of a "how" clause at <paramref name="how"/> after the verb <paramref name="verb"/>, or null.</summary>
    public static int? MannerClauseEnd(ImmutableArray<Token> tokens, Sentence sentence, string verb, int how)
    {
        if (verb is "change" or "overhaul" or "cure" || how + 2 >= sentence.EndToken || tokens[how].Norm != "how" || !tokens[how + 1].IsWord) return null;
        var k = how + 1;
        while (k < sentence.EndToken && k - how <= MaxWords && tokens[k].IsWord) k++;
        return k;
    }

    /// <summary>The end of a "forever" that closes the object running from <paramref name="from"/>, before any punctuation, or null.</summary>
    public static int? ForeverEnd(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken && k - from <= MaxWords && tokens[k].IsWord; k++)
            if (tokens[k].Norm == "forever") return k + 1;
        return null;
    }
}
