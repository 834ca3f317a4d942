using System.Text.RegularExpressions;

namespace Rhetlint.Core.Markup;

/// <summary>
/// Cuts a document into chunks that parse the same alone as in place: runs of paragraphs separated by blank lines.
/// A chunk starts at a line that follows a blank line, except where cutting would change how the text after the cut
/// parses:
/// <list type="bullet">
/// <item>inside YAML front matter, a fenced code block, a block-level HTML comment or a <c>&lt;pre&gt;</c>,
/// <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c> or <c>&lt;textarea&gt;</c> block (their blank lines are not paragraph breaks);</item>
/// <item>before an indented line (a list item's continuation paragraph, an indented code block), which alone would
/// parse as code.</item>
/// </list>
/// Plain text is cut at every blank line: its paragraphs never cross one, and how a run of non-blank lines is read
/// (hard-wrapped, or a sentence or a paragraph per line) depends on that run alone. A chunk keeps the blank lines
/// that follow it, so the chunks tile the document. The text of a Word document is cut at every line: each is a
/// paragraph of its own (<see cref="DocxTextReader"/>). Markdown's link reference definitions (<c>[label]: url</c>) are
/// collected as well: a link that uses one is a link — evidence — only where the definition is in the text, so every
/// window gets them appended. An HTML page is not cut.
/// </summary>
public static partial class Chunker
{
    private enum Construct { None, FrontMatter, Fence, Comment, RawHtml }

    /// <summary>A one-line definition: label, destination (no spaces unless in angle brackets), optional title.</summary>
    [GeneratedRegex(@"^ {0,3}\[(?!\^)(?:[^\]\\]|\\.)+\]:[ \t]*(?:<[^<>]*>|[^\s<]\S*)(?:[ \t]+(?:""[^""]*""|'[^']*'|\([^()]*\)))?[ \t]*$")]
    private static partial Regex LinkDefinition();

    [GeneratedRegex(@"^ {0,3}<(pre|script|style|textarea)(?:[\s>]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex RawHtmlStart();

    /// <summary>The start offset of each chunk (the first is 0), and the document's link reference definitions, one per line.</summary>
    public static (List<int> Starts, string Definitions) Split(string text, DocumentFormat format)
    {
        var starts = new List<int> { 0 };
        // An HTML page is one chunk: an element spans blank lines, and a part of a page reads differently alone.
        if (format == DocumentFormat.Html) return (starts, "");
        var definitions = new List<string>();
        var markdown = format == DocumentFormat.Markdown;
        var docx = format == DocumentFormat.Docx;
        var open = Construct.None;
        var fenceChar = '\0';
        var fenceLength = 0;
        var rawClose = "";
        var afterBlank = false;
        var definitionMayStart = true;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.AsSpan(lineStart).IndexOfAny('\r', '\n');
            var contentEnd = lineEnd < 0 ? text.Length : lineStart + lineEnd;
            var next = contentEnd < text.Length && text[contentEnd] == '\r' && contentEnd + 1 < text.Length && text[contentEnd + 1] == '\n'
                ? contentEnd + 2
                : Math.Min(contentEnd + 1, text.Length);
            var line = text.AsSpan(lineStart, contentEnd - lineStart);
            var blank = line.IsWhiteSpace();

            if (markdown && open == Construct.None && lineStart == 0 && line.TrimEnd().SequenceEqual("---"))
            {
                open = Construct.FrontMatter;
            }
            else if (open != Construct.None)
            {
                if (Closes(open, line, fenceChar, fenceLength, rawClose)) open = Construct.None;
            }
            else if (blank)
            {
                afterBlank = true;
                definitionMayStart = true;
            }
            else
            {
                if ((afterBlank && (!markdown || line[0] is not (' ' or '\t'))) || (docx && lineStart > 0)) starts.Add(lineStart);
                afterBlank = false;
                if (markdown)
                {
                    var isDefinition = definitionMayStart && LinkDefinition().IsMatch(line);
                    if (isDefinition) definitions.Add(line.ToString());
                    definitionMayStart = isDefinition;
                    open = Opens(line, ref fenceChar, ref fenceLength, ref rawClose);
                }
            }
            lineStart = next;
        }
        return (starts, string.Join("\n", definitions));
    }

    private static Construct Opens(ReadOnlySpan<char> line, ref char fenceChar, ref int fenceLength, ref string rawClose)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        if (indent > 3) return Construct.None;
        var rest = line[indent..];
        if (rest.Length >= 3 && rest[0] is '`' or '~')
        {
            var run = rest.Length - rest.TrimStart(rest[0]).Length;
            // A backtick fence's info string cannot hold a backtick: "```a`" is inline code.
            if (run >= 3 && (rest[0] == '~' || !rest[run..].Contains('`')))
            {
                fenceChar = rest[0];
                fenceLength = run;
                return Construct.Fence;
            }
        }
        if (rest.StartsWith("<!--", StringComparison.Ordinal)) return rest[4..].Contains("-->", StringComparison.Ordinal) ? Construct.None : Construct.Comment;
        if (!rest.StartsWith('<') || RawHtmlStart().Match(line.ToString()) is not { Success: true } raw) return Construct.None;
        rawClose = "</" + raw.Groups[1].Value + ">";
        return rest.Contains(rawClose, StringComparison.OrdinalIgnoreCase) ? Construct.None : Construct.RawHtml;
    }

    private static bool Closes(Construct open, ReadOnlySpan<char> line, char fenceChar, int fenceLength, string rawClose)
    {
        switch (open)
        {
            case Construct.FrontMatter:
                var trimmed = line.TrimEnd();
                return trimmed.SequenceEqual("---") || trimmed.SequenceEqual("...");
            case Construct.Fence:
                var indent = line.Length - line.TrimStart(' ').Length;
                if (indent > 3) return false;
                var rest = line[indent..];
                var run = rest.Length - rest.TrimStart(fenceChar).Length;
                return run >= fenceLength && rest[run..].IsWhiteSpace();
            case Construct.Comment:
                return line.Contains("-->", StringComparison.Ordinal);
            default:
                return line.Contains(rawClose, StringComparison.OrdinalIgnoreCase);
        }
    }
}
