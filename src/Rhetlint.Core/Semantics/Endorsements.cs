using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// A vague group of experts vouching for a thing: "doctors are increasingly prescribing it", "security researchers have
/// praised the design", "nutritionists recommend it". The endorsement borrows an authority the reader cannot check, so it is
/// a claim put in an unnamed group's mouth, whatever follows the verb. Lay people doing the same ("residents praised the
/// crews") act in a scene, and experts praising a person ("doctors praised him", "critics lauded Lind") judge that person,
/// not a thing the reader is asked to take up.
/// </summary>
public static class Endorsements
{
    /// <summary>
    /// Whether the verb at <paramref name="cue"/> is an endorsement whose subject, ending at <paramref name="sourceHeadEnd"/>,
    /// is a plural expert noun, and whose object is no person.
    /// </summary>
    public static bool IsExpertEndorsement(ImmutableArray<Token> tokens, int sourceHeadEnd, int cue, int sentenceEnd)
    {
        var head = tokens[sourceHeadEnd - 1];
        if (!Vocabulary.IsEndorsementVerb(tokens[cue]) || !Vocabulary.IsExpertNoun(head) || !head.Norm.EndsWith('s')) return false;
        var next = cue + 1;
        if (next >= sentenceEnd || !tokens[next].IsWord) return false;
        return !FunctionWords.ObjectPronouns.Contains(tokens[next]) && !(tokens[next].IsCapitalized && !tokens[next].Norm.EndsWith("'s", StringComparison.Ordinal));
    }
}
