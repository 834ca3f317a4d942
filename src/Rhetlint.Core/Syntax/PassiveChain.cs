using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Rhetlint.Core.Syntax;

/// <summary>
/// The auxiliary chain in front of a passive participle ("is said", "was widely seen", "has long been argued",
/// "is being described", "it's thought"). Attribution needs it twice: a passive reporting verb makes no source of
/// its subject, and an agentless one is itself a sourcing gap.
/// </summary>
public static class PassiveChain
{
    private static readonly FrozenSet<string> FiniteBe = FrozenSet.ToFrozenSet(["is", "are", "was", "were", "am"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> Perfect = FrozenSet.ToFrozenSet(["has", "have", "had"], StringComparer.Ordinal);

    /// <summary>Adverbs that may sit inside a passive ("is not widely believed", "has long been seen").</summary>
    private static readonly FrozenSet<string> InnerAdverbs = FrozenSet.ToFrozenSet(
        ["not", "never", "also", "long", "much", "now", "still", "already", "often", "once", "well", "even", "always", "since"], StringComparer.Ordinal);

    public static bool IsInnerAdverb(Token token) =>
        token.IsWord && (InnerAdverbs.Contains(token.Norm) || token.Norm.Length > 4 && token.Norm.EndsWith("ly", StringComparison.Ordinal));

    /// <summary>The index before up to three adverbs ending at <paramref name="k"/>.</summary>
    public static int SkipAdverbsBack(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        for (var skipped = 0; k >= sentence.FirstToken && skipped < 3 && IsInnerAdverb(tokens[k]); skipped++) k--;
        return k;
    }

    /// <summary>
    /// The first token of a finite chain that ends right before <paramref name="participle"/> ("is", "was widely",
    /// "has been", "have long been", "is being", "it's"), or null. Modal chains ("can be argued", "will be seen")
    /// are not matched: they hedge or forecast rather than report a view.
    /// </summary>
    public static int? FiniteStart(ImmutableArray<Token> tokens, Sentence sentence, int participle)
    {
        var k = SkipAdverbsBack(tokens, sentence, participle - 1);
        if (k < sentence.FirstToken) return null;
        var aux = tokens[k].Norm;
        // "I'm told", "we're assured": a contraction with "am" or "are" is a form of be ("he's told" may be "has told").
        if (FiniteBe.Contains(aux) || aux is "it's" or "i'm" or "we're" or "you're" or "they're") return k;
        if (aux == "being")
        {
            var be = k - 1;
            return be >= sentence.FirstToken && FiniteBe.Contains(tokens[be].Norm) ? be : null;
        }
        if (aux != "been") return null;
        var perfect = SkipAdverbsBack(tokens, sentence, k - 1);
        return perfect >= sentence.FirstToken && (Perfect.Contains(tokens[perfect].Norm) || tokens[perfect].Norm is "it's" or "that's") ? perfect : null;
    }

    /// <summary>Any passive, modal and non-finite ones included ("will be said", "after being told", "having been warned").</summary>
    public static bool IsPassive(ImmutableArray<Token> tokens, Sentence sentence, int participle)
    {
        if (FiniteStart(tokens, sentence, participle) is not null) return true;
        var k = SkipAdverbsBack(tokens, sentence, participle - 1);
        return k >= sentence.FirstToken && tokens[k].Norm is "be" or "been" or "being";
    }
}
