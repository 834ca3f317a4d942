using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// What a named party's relentless drive removes decides whether it is a harm: "until every green field in this parish
/// is gone" ends a community's place, "every library", "every club" its buildings and bodies, "every family" its
/// people; "until every pothole in Millbrook is gone", "every plastic bottle on the beach" end a nuisance or a thing,
/// which a charity or a club may well vow. The head of the universal set, before its place ("in Millbrook"), by its
/// WordNet type (<see cref="NounTypes"/>).
/// </summary>
internal static class UnkeptLosses
{
    /// <summary>Whether the first universal set ("every", "all") after <paramref name="from"/> is headed by a thing: neither a place, a building, a body nor a person.</summary>
    public static bool EndsThing(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken; k++)
        {
            if (tokens[k].Norm is not ("every" or "all")) continue;
            var head = k + 1;
            while (head + 1 < sentence.EndToken && tokens[head + 1].IsWord && !FunctionWords.Prepositions.Contains(tokens[head + 1])
                   && !FunctionWords.Auxiliaries.Contains(tokens[head + 1]) && !FunctionWords.Copulas.Contains(tokens[head + 1]))
                head++;
            if (head >= sentence.EndToken || !tokens[head].IsWord) return false;
            return NounTypes.Of(tokens[head]) is not (NounType.Location or NounType.Structure or NounType.Group or NounType.Person or null);
        }
        return false;
    }
}
