using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Packs.Matching;

/// <summary>
/// A user's regular expression over each sentence's text. It runs on .NET's non-backtracking engine, whose time
/// is linear in the text, with a match timeout of a second per sentence: a pattern such as <c>(a+)+$</c> cannot hang
/// a newsroom's CI.
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
        // Linear time makes a timeout a sentence of megabytes. It escapes to the driver, which reports the rule's
        // RH0005 on the document, so the unchecked sentence is never a silent gap; the other sentences still run.
        List<Match> matches = [.. regex.Matches(text).Cast<Match>()];
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
