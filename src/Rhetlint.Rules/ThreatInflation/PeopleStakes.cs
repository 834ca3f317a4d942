using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A whole people named as the stake a foretold end falls on (issue 16): a state by the actor gazetteer ("will be the
/// end of Ostland", "would mean the death of America") or a stake pointed at by "this" ("will be the end of this
/// country"). The end of a whole state is the class PTC's fear appeals use (the end or the wiping out of "this
/// country", "our free republic") and PolNeAR's news has none of: news foretells the end of an era, a story or a
/// career, which no gazetteer names. A state's possessive is no stake ("the end of Ostland's membership"), and neither
/// is a state in a role ("the end of Ostland as a nuclear power": a role ends, not the state).
/// </summary>
internal static class PeopleStakes
{
    /// <summary>The end of a named state or of "this" and a stake from <paramref name="stakes"/> at <paramref name="k"/>, or null.</summary>
    public static int? At(ActorGazetteer actors, PhraseList stakes, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken) return null;
        if (tokens[k].Norm == "this" && stakes.FirstPhraseAt(tokens, k + 1, sentence.EndToken) is { } stake) return k + 1 + stake.Length;
        if (actors.Match(tokens.AsSpan(0, sentence.EndToken), k) is not { Class: ActorClass.State } state) return null;
        var end = k + state.Length;
        return end < sentence.EndToken && tokens[end].Norm == "as" ? null : end;
    }
}
