using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// The nouns that name a crime and the verbs of committing one (<c>crime_terms.txt</c>, generated from WordNet by
/// <c>tools/gen_crime_terms.py</c>), in all their forms. A clause that predicates a crime ("the man who allegedly shot
/// two officers", "is alleged to have stolen a van") is crime reporting: the crime itself is the legal context, where
/// "allegedly" is the careful wording for an act not yet proven, even with no court or police word near.
/// </summary>
public static class CrimeTerms
{
    private static readonly Lazy<FrozenSet<string>> Forms = new(Load);

    /// <summary>Whether <paramref name="token"/> is a form of a crime noun or a crime verb ("robberies", "stole", "shot").</summary>
    public static bool IsCrimeWord(Token token) => token.IsWord && Forms.Value.Contains(token.Norm);

    /// <summary>
    /// Whether a crime word is in the clause holding <paramref name="token"/> (<see cref="ClauseBounds"/>): only that
    /// clause, so a crime named in the next sentence or past a "but" says nothing of what the marker qualifies.
    /// </summary>
    public static bool InClauseOf(ImmutableArray<Token> tokens, Sentence sentence, int token)
    {
        var end = ClauseBounds.End(tokens, sentence, token);
        for (var k = ClauseBounds.Start(tokens, sentence, token); k < end; k++)
            if (IsCrimeWord(tokens[k])) return true;
        return false;
    }

    private static FrozenSet<string> Load()
    {
        var lexicon = TaggedLexicon.Load(LexiconStore.Engine, "crime_terms");
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (kind, partOfSpeech) in new[] { ("noun", Inflections.PartOfSpeech.Noun), ("verb", Inflections.PartOfSpeech.Verb) })
            foreach (var entry in lexicon.Entries(kind))
                forms.UnionWith(Inflections.FormsOf(entry[0], partOfSpeech));
        return forms.ToFrozenSet(StringComparer.Ordinal);
    }
}
