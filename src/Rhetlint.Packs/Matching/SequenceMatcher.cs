using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Packs.Matching;

/// <summary>
/// What one step of a sequence asks of the text at a position: any of some words, a token regex, any of some word
/// classes, and none of what its <c>not</c> asks. A step with only <c>not</c> takes any one token that fails it.
/// </summary>
internal sealed record TokenTest(ImmutableArray<string> Words, Regex? Regex, ImmutableArray<WordClass> Classes, TokenTest? Not, WordTest WordTest)
{
    /// <summary>How many tokens the test takes at <paramref name="index"/> (0: no match).</summary>
    public int Length(DocumentModel document, Sentence sentence, int index)
    {
        var token = document.Tokens[index];
        var length = 1;
        if (!Words.IsEmpty && !Words.Any(w => WordTest.Matches(token, w))) return 0;
        if (Regex is not null && !FullMatch(Regex, token.Text)) return 0;
        if (!Classes.IsEmpty)
        {
            length = Classes.Select(c => WordClasses.Length(c, document, sentence, index)).Max();
            if (length == 0) return 0;
        }
        if (Not is not null && Not.Length(document, sentence, index) > 0) return 0;
        return length;
    }

    private static bool FullMatch(Regex regex, string text)
    {
        try
        {
            var match = regex.Match(text);
            return match.Success && match.Index == 0 && match.Length == text.Length;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}

/// <summary>A step of a sequence pattern: a token test (perhaps optional), or up to <c>Skip</c> tokens of anything.</summary>
internal sealed record SequenceStep(TokenTest? Test, bool Optional, int Skip);

/// <summary>
/// A token pattern with word classes, optional steps, bounded skips and negation (Harper's and textlint's
/// sequence rules). At each position the first way the pattern fits wins, trying fewer skipped tokens first.
/// </summary>
internal sealed class SequenceMatcher(ImmutableArray<SequenceStep> steps) : IPackMatcher
{
    public IEnumerable<PackMatch> Find(DocumentModel document, Sentence sentence)
    {
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            var end = MatchFrom(document, sentence, 0, i);
            if (end > i)
            {
                yield return new PackMatch(i, end, document.SpanOf(i, end), null);
                i = end;
            }
            else i++;
        }
    }

    /// <summary>The end of a match of steps[step..] starting at token <paramref name="at"/>, or -1.</summary>
    private int MatchFrom(DocumentModel document, Sentence sentence, int step, int at)
    {
        if (step == steps.Length) return at;
        var current = steps[step];
        if (current.Test is null)
        {
            for (var skipped = 0; skipped <= current.Skip && at + skipped <= sentence.EndToken; skipped++)
                if (MatchFrom(document, sentence, step + 1, at + skipped) is var end and >= 0 && (step + 1 < steps.Length || skipped == 0)) return end;
            return -1;
        }
        if (at < sentence.EndToken && current.Test.Length(document, sentence, at) is var length and > 0
            && MatchFrom(document, sentence, step + 1, at + length) is var matched and >= 0)
            return matched;
        return current.Optional ? MatchFrom(document, sentence, step + 1, at) : -1;
    }
}
