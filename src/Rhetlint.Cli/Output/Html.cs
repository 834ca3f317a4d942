using System.Text;

namespace Rhetlint.Cli.Output;

/// <summary>Escaping for text and double-quoted attribute values, the only two places the report puts data.</summary>
internal static class Html
{
    /// <summary>Appends <paramref name="value"/> so that it reads as text in element content or a double-quoted attribute.</summary>
    public static StringBuilder Escaped(this StringBuilder html, string value)
    {
        foreach (var c in value) html.Escaped(c);
        return html;
    }

    /// <summary>
    /// Appends source text escaped, with every line break as <c>\n</c>: the browser would fold <c>\r\n</c> anyway, and
    /// doing it here keeps a mark's text equal to its span whatever the file's line endings.
    /// </summary>
    public static StringBuilder SourceText(this StringBuilder html, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') continue;
                html.Append('\n');
            }
            else html.Escaped(text[i]);
        }
        return html;
    }

    private static void Escaped(this StringBuilder html, char c)
    {
        switch (c)
        {
            case '&': html.Append("&amp;"); break;
            case '<': html.Append("&lt;"); break;
            case '>': html.Append("&gt;"); break;
            case '"': html.Append("&quot;"); break;
            case '\'': html.Append("&#39;"); break;
            default: html.Append(c); break;
        }
    }

    /// <summary>Only web links become hrefs: a pack's help URI of <c>javascript:…</c> must not run in the report.</summary>
    public static bool IsWebLink(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp);
}
