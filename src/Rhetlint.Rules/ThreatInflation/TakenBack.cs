using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A community taken back to a past era or disaster by something of the present, the causative of
/// <see cref="ImplicitAnalogies"/>' drift: "this budget takes Pellow County straight back to the 1970s", "the bill would
/// drag the country back into the 1930s". A verb of carrying in the present or future, a community as its object (a
/// name, "us", a group or a place), "back to" or "back into" (after "straight", "right", "all the way"), and a past era
/// or disaster (<see cref="PastDisasters"/>) that ends its clause; and the community going there itself, "straight" or
/// "right" back ("we are heading straight back to the 1970s"). Read for RH1009. "The decor takes diners straight back
/// to the 1970s" carries people, not a community, and "took the town back to 1990 levels" is a past and a figure.
/// </summary>
internal static class TakenBack
{
    /// <summary>Present and -ing forms of verbs that carry an object somewhere; the past narrates.</summary>
    private static readonly FrozenSet<string> CarryVerbs = new[]
    {
        "take", "takes", "taking", "drag", "drags", "dragging", "send", "sends", "sending", "throw", "throws", "throwing", "plunge", "plunges",
        "plunging", "hurl", "hurls", "hurling", "push", "pushes", "pushing", "pull", "pulls", "pulling",
    }.ToFrozenSet();

    /// <summary>How many words the community may run: "the whole of Pellow County".</summary>
    private const int ObjectWords = 5;

    /// <summary>
    /// Verbs of going that, with "straight" or "right" before "back", say a community is headed for an era: "we are
    /// heading straight back to the 1970s". Without the intensifier "going back to the 1950s" is as often a taste or a
    /// holiday (<see cref="ImplicitAnalogies"/> reads the verbs of drifting without it).
    /// </summary>
    private static readonly FrozenSet<string> GoingVerbs = new[] { "heading", "going", "headed", "racing", "marching", "careering", "careening" }.ToFrozenSet();

    public static (int First, int End)? At(ImmutableArray<Token> tokens, Sentence sentence, int i) => Carried(tokens, sentence, i) ?? Headed(tokens, sentence, i);

    /// <summary>"we are heading straight back to the 1970s": a community, a present verb of going, "straight back to" an era.</summary>
    private static (int First, int End)? Headed(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (!GoingVerbs.Contains(tokens[i].Norm) || i + 4 >= end || tokens[i + 1].Norm is not ("straight" or "right") || tokens[i + 2].Norm != "back"
            || tokens[i + 3].Norm is not ("to" or "into")) return null;
        var subject = i - 1;
        if (subject >= sentence.FirstToken && tokens[subject].Norm is "is" or "are" or "'s" or "'re") subject--;
        if (subject < sentence.FirstToken || !IsCommunity(tokens[subject])) return null;
        return EraEnd(tokens, sentence, i + 4) is int eraEnd ? (i, eraEnd) : null;
    }

    /// <summary>Where the past era at <paramref name="start"/> ends, when it ends its clause; "back to 2019 levels" is a figure.</summary>
    private static int? EraEnd(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        if (PastDisasters.LengthAt(tokens, sentence, start) is not (> 0 and var length)) return null;
        var eraEnd = start + length;
        return eraEnd < sentence.EndToken && tokens[eraEnd].IsWord ? null : eraEnd;
    }

    /// <summary>"takes Pellow County straight back to the 1970s": a verb of carrying, a community, "back to" an era.</summary>
    private static (int First, int End)? Carried(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (!CarryVerbs.Contains(tokens[i].Norm) || i - 1 >= sentence.FirstToken && tokens[i - 1].Norm is "had" or "could" or "might" or "may") return null;
        if (TakerIsWork(tokens, sentence, i)) return null;
        for (var back = i + 2; back + 1 < end && back - i <= ObjectWords + 3; back++)
        {
            if (!tokens[back].IsWord) return null;
            if (tokens[back].Norm != "back" || tokens[back + 1].Norm is not ("to" or "into")) continue;
            var objectEnd = back;
            while (objectEnd - 1 > i && tokens[objectEnd - 1].Norm is "straight" or "right" or "all" or "the" or "way") objectEnd--;
            if (objectEnd == i + 1 || !IsCommunity(tokens[objectEnd - 1])) return null;
            return EraEnd(tokens, sentence, back + 2) is int eraEnd ? (i, eraEnd) : null;
        }
        return null;
    }

    /// <summary>Works and their parts and products (<c>imagery_context.txt</c>, depiction-head): an album or a collection takes us back in taste.</summary>
    private static readonly Lazy<FrozenSet<string>> Works = new(() => TaggedLexicon.Load(RuleLexicons.Store, "imagery_context").Words("depiction-head"));

    /// <summary>
    /// Whether the subject of the verb of carrying at <paramref name="verb"/> is a work ("the band's new album takes us
    /// straight back to the 1980s", "this season's collections take London back to the 1970s"): a retro taste, not a
    /// policy or an actor taking a community back.
    /// </summary>
    private static bool TakerIsWork(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var k = verb - 1;
        while (k >= sentence.FirstToken && tokens[k].Norm is "will" or "would" or "'ll" or "can" or "does" or "do" or "is" or "are" or "just" or "simply" or "also") k--;
        return k >= sentence.FirstToken && Works.Value.Contains(tokens[k].Norm);
    }

    /// <summary>A community: "us", a name ("Pellow County"), or a group or place noun ("the country", "the borough").</summary>
    private static bool IsCommunity(Token token) =>
        token.Norm is "us" or "we" || (NounTypes.Of(token) is { } type ? type is NounType.Group or NounType.Location : token.IsCapitalized);
}
