using System.Text;

namespace Rhetlint.LanguageServer;

/// <summary>
/// A rewrite template ("[Name], a scholar at [organization],") as an LSP snippet: each bracketed placeholder becomes a
/// tab stop, numbered in the order it appears (<c>${1:[Name]}, a scholar at ${2:[organization]},</c>), so the editor
/// selects the first placeholder and Tab moves to the next.
/// </summary>
/// <remarks>
/// A placeholder keeps its brackets: typing replaces the whole "[Name]", and one the writer tabs past stays visibly
/// unfilled in the draft, where a bare "Name" would read as prose. Placeholders that repeat ("between [year] and
/// [year]") are separate stops, since they usually stand for different things. <c>$</c>, <c>}</c> and <c>\</c> are
/// escaped everywhere (a template carries the writer's own words, "$5 billion"), as the snippet grammar requires.
/// </remarks>
internal static class TemplateSnippet
{
    public static string From(string template)
    {
        var snippet = new StringBuilder(template.Length + 16);
        var stop = 0;
        var at = 0;
        while (at < template.Length)
        {
            if (template[at] == '[' && PlaceholderEnd(template, at) is var end and > 0)
            {
                snippet.Append("${").Append(++stop).Append(':');
                AppendEscaped(snippet, template.AsSpan(at, end - at + 1));
                snippet.Append('}');
                at = end + 1;
                continue;
            }
            AppendEscaped(snippet, template.AsSpan(at, 1));
            at++;
        }
        return snippet.ToString();
    }

    /// <summary>The index of the <c>]</c> closing the placeholder opened at <paramref name="open"/>; -1 when there is none ("[]", "[a [b]" opens at the inner one).</summary>
    private static int PlaceholderEnd(string template, int open)
    {
        for (var i = open + 1; i < template.Length; i++)
        {
            if (template[i] == '[') return -1;
            if (template[i] == ']') return i > open + 1 ? i : -1;
        }
        return -1;
    }

    private static void AppendEscaped(StringBuilder snippet, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is '$' or '}' or '\\') snippet.Append('\\');
            snippet.Append(c);
        }
    }
}
