using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Packs.Matching;

/// <summary>
/// A user's regular expression over each sentence's text. It runs on .NET's non-backtracking engine, whose time
/// is linear in the text: a pattern such as <c>(a+)+$</c> cannot hang a newsroom's CI.
/// </summary>
internal sealed class RegexMatcher(Regex regex) : IPackMatcher
{
    /// <summary>The regex, or the reason it cannot be used (a syntax error, or a construct the linear engine lacks).</summary>
    public static (Regex? Regex, string? Error) Compile(string pattern, bool ignoreCase)
    {
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            return (new Regex(pattern, options, TimeSpan.FromSeconds(1)), null);
        }
        catch (RegexParseException e)
        {
            return (null, $"bad regular expression at offset {e.Offset}: {e.Error}");
        }
        catch (NotSupportedException e)
        {
            return (null, $"regular expression not supported (patterns run in linear time, without backreferences, lookarounds or atomic groups): {e.Message}");
        }
    }

    public IEnumerable<PackMatch> Find(DocumentModel document, Sentence sentence)
    {
        var text = document.Source.ToString(sentence.Span);
        List<Match> matches;
        try
        {
            matches = [.. regex.Matches(text).Cast<Match>()];
        }
        catch (RegexMatchTimeoutException)
        {
            // Linear time makes this a sentence of megabytes; the sentence goes unchecked rather than the run failing.
            matches = [];
        }
        foreach (var match in matches)
        {
            if (match.Length == 0) continue;
            var span = new TextSpan(sentence.Span.Start + match.Index, match.Length);
            var first = FirstTokenIn(document, span);
            if (first < 0) continue;
            var end = first;
            while (end < sentence.EndToken && document.Tokens[end].Span.Start < span.End) end++;
            yield return new PackMatch(first, end, span, null);
        }
    }

    private static int FirstTokenIn(DocumentModel document, TextSpan span)
    {
        for (var offset = span.Start; offset < span.End; offset++)
            if (document.Syntax.TokenIndexAt(offset) is var index and >= 0) return index;
        return -1;
    }
}
