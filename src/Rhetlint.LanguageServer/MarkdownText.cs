using System.Text;

namespace Rhetlint.LanguageServer;

/// <summary>Text from a draft or a rule, placed in hover Markdown so that it shows as written.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Backslashes the characters that would start emphasis, a link, code or HTML: a message quotes the writer's words,
    /// and "*really*" or "[1]" there is text, not markup.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>A code span, fenced with one backtick more than the longest run inside it (CommonMark's rule).</summary>
    public static string Code(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        var padding = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return $"{fence}{padding}{text}{padding}{fence}";
    }
}
