using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// A universal person narrowed twice, by a scope and then a relative clause: "Everyone in the valley who has read
/// the forecast knows …", "every nurse on the ward who has worked nights knows …". The relative clause no longer
/// follows the quantifier, so the reading of "everyone who …" misses it; <see cref="UniversalPhrase"/> reads the
/// quantifier, its scope and its clause as one phrase. A number in the scope makes a counted set and ends the reading.
/// </summary>
internal static class ScopedRelativeUniversals
{
    /// <summary>How far back from the predicate the quantifier may stand: a five-word scope and a ten-word clause.</summary>
    private const int Reach = 16;

    /// <summary>The start of a positive personal universal with a scope and a relative clause whose predicate is at <paramref name="predicate"/>.</summary>
    public static int? StartBefore(ImmutableArray<Token> tokens, Sentence sentence, int predicate)
    {
        for (var s = predicate - 1; s >= sentence.FirstToken && predicate - s <= Reach; s--)
        {
            if (UniversalPhrase.At(tokens, sentence, s) is not { Negative: false, Personal: true, Relative: true } phrase || phrase.End != predicate) continue;
            // Only a scope between the quantifier's head and the clause: "everyone who …" is the plain relative reading's.
            return phrase.Head + 1 < tokens.Length && tokens[phrase.Head + 1].Norm is not ("who" or "that") && UniversalCues.OpensClause(tokens, sentence, s) ? s : null;
        }
        return null;
    }
}
