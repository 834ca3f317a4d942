using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Packs.Matching;

/// <summary>
/// Phrases over the token stream (an existence rule's <c>phrases</c>, a substitution's <c>swap</c> keys): the
/// longest phrase that matches at a token wins, and matching resumes after it.
/// </summary>
internal sealed class PhraseMatcher(ImmutableArray<(ImmutableArray<string> Words, string? Replacement)> phrases, WordTest test) : IPackMatcher
{
    /// <summary>A phrase split the way the engine splits text, so "game-changer" or "U.S." stay one token.</summary>
    public static ImmutableArray<string> Words(string phrase) =>
        [.. ProseParser.Parse(MarkupReader.Read(SourceText.From(phrase), DocumentFormat.PlainText)).Tokens.Select(t => t.Text)];

    public IEnumerable<PackMatch> Find(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            var best = -1;
            for (var p = 0; p < phrases.Length; p++)
                if (MatchesAt(tokens, i, sentence.EndToken, phrases[p].Words) && (best < 0 || phrases[p].Words.Length > phrases[best].Words.Length))
                    best = p;
            if (best < 0)
            {
                i++;
                continue;
            }
            var end = i + phrases[best].Words.Length;
            yield return new PackMatch(i, end, document.SpanOf(i, end), MatchCase(phrases[best].Replacement, tokens, i));
            i = end;
        }
    }

    private bool MatchesAt(ImmutableArray<Token> tokens, int start, int limit, ImmutableArray<string> words)
    {
        if (start + words.Length > limit) return false;
        for (var k = 0; k < words.Length; k++)
            if (!test.Matches(tokens[start + k], words[k])) return false;
        return true;
    }

    /// <summary>"Utilize" becomes "Use", "UTILIZE" becomes "USE": the replacement takes the case of what it replaces.</summary>
    private static string? MatchCase(string? replacement, ImmutableArray<Token> tokens, int first)
    {
        if (string.IsNullOrEmpty(replacement)) return replacement;
        var written = tokens[first].Text;
        if (written.Length > 1 && written.All(c => !char.IsLetter(c) || char.IsUpper(c))) return replacement.ToUpperInvariant();
        if (char.IsUpper(written[0]) && char.IsLower(replacement[0])) return char.ToUpperInvariant(replacement[0]) + replacement[1..];
        return replacement;
    }
}
