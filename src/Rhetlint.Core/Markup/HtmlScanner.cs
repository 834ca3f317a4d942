using System.Collections.Immutable;
using AngleSharp.Html;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Text;

namespace Rhetlint.Core.Markup;

/// <summary>An element of an HTML page as <see cref="HtmlScanner"/> found it.</summary>
/// <param name="Start">The offset of its start tag's "&lt;".</param>
/// <param name="End">Where it ends: after its end tag, or where a tag or the page's end closed it.</param>
/// <param name="Parent">The index of the element it opened in, or -1.</param>
/// <param name="Kind">The kind of block its prose makes: a heading inside it, else the nearest list item, quotation or table cell.</param>
internal sealed record HtmlElement(string Name, int Start, int Parent, BlockKind Kind, string? Href)
{
    public int End { get; set; }
}

/// <summary>
/// One forward pass over an HTML page that keeps every offset (<see cref="ProseText"/>): text is copied, an entity is
/// decoded at its first offset with <see cref="MarkupFiller.EntityTail"/> after it, an inline tag ("&lt;em&gt;") becomes
/// <see cref="MarkupFiller.Tag"/> so it joins the words around it, any other tag spaces (it separates words), comments and the content of
/// raw-text elements (script, style, textarea, title) spaces; line breaks are kept everywhere. It records the elements
/// with their extents (a stack of open elements, with the end tags HTML implies for p, li, td and the like), the
/// comments, and the block boundaries: every tag that is not inline ends the prose run before it.
/// <para>
/// Its own scan rather than AngleSharp's DOM, because the DOM keeps where an element starts but not where its text and
/// its entities are, and its tree builder is quadratic in nesting depth; AngleSharp decodes the entities (the HTML5
/// table) and matches configured selectors (<see cref="HtmlReader"/>), mapped to these elements by start offset.
/// </para>
/// </summary>
internal sealed class HtmlScanner
{
    /// <summary>Deeper nesting is no article a person wrote: refused, so no later tree walk can take unbounded time or stack.</summary>
    public const int MaxDepth = 1000;

    /// <summary>Tags that format a run of text: their markup must not split a word they stand in.</summary>
    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };

    /// <summary>
    /// Elements that stand inside a line of text without ending its block: formatting, and the objects and controls a
    /// sentence can hold (an image, a line break, a button), which separate the words around them.
    /// </summary>
    private static readonly HashSet<string> Inline = new(Formatting, StringComparer.Ordinal)
    {
        "audio", "br", "button", "canvas", "code", "embed", "iframe", "img", "input", "label", "math", "meter", "noscript", "object",
        "output", "picture", "progress", "ruby", "script", "select", "style", "svg", "template", "textarea", "video", "wbr",
    };

    /// <summary>Elements whose content is text up to their end tag, never markup.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private readonly string _text;
    /// <summary>The open elements, innermost last, as indexes into <see cref="Elements"/>.</summary>
    private readonly List<int> _open = [];
    /// <summary>How many elements of each name are open: an end tag of none is ignored without a look down the stack.</summary>
    private readonly Dictionary<string, int> _openNames = new(StringComparer.Ordinal);

    private HtmlScanner(string text)
    {
        _text = text;
        Masked = new char[text.Length];
    }

    public char[] Masked { get; }
    public List<HtmlElement> Elements { get; } = [];
    public ImmutableArray<MarkupComment>.Builder Comments { get; } = ImmutableArray.CreateBuilder<MarkupComment>();
    /// <summary>Offsets where prose runs break, in order, each with the element open after the tag there (-1 for none).</summary>
    public List<(int Offset, int Element)> Boundaries { get; } = [];

    /// <exception cref="InputException">The page nests deeper than <see cref="MaxDepth"/>.</exception>
    public static HtmlScanner Scan(string text)
    {
        var scanner = new HtmlScanner(text);
        scanner.Run();
        return scanner;
    }

    private void Run()
    {
        var i = 0;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == '<') i = Markup(i);
            else if (c == '&') i = Entity(i);
            else
            {
                Masked[i] = c == MarkupFiller.EntityTail ? ' ' : c;
                i++;
            }
        }
        while (_open.Count > 0) Close(_open.Count - 1, _text.Length);
    }

    /// <summary>A tag, comment or declaration at <paramref name="i"/>, or a literal "&lt;"; returns where the text goes on.</summary>
    private int Markup(int i)
    {
        if (At(i + 1) == '!' && At(i + 2) == '-' && At(i + 3) == '-') return Comment(i);
        if (At(i + 1) is '!' or '?') return Blank(i, EndOfTag(i + 1), ' ');
        var closing = At(i + 1) == '/';
        var nameStart = closing ? i + 2 : i + 1;
        if (!char.IsAsciiLetter(At(nameStart)))
        {
            Masked[i] = '<';
            return i + 1;
        }
        var nameEnd = nameStart;
        while (nameEnd < _text.Length && !char.IsWhiteSpace(_text[nameEnd]) && _text[nameEnd] is not ('/' or '>')) nameEnd++;
        var name = _text[nameStart..nameEnd].ToLowerInvariant();
        var end = EndOfTag(nameEnd, out var href);
        Blank(i, end, Formatting.Contains(name) ? MarkupFiller.Tag : ' ');
        if (closing)
        {
            EndTag(name, i, end);
            return end;
        }
        StartTag(name, i, end, href, selfClosing: end >= 2 && _text[end - 2] == '/');
        return RawText.Contains(name) ? RawContent(name, end) : end;
    }

    private void StartTag(string name, int start, int end, string? href, bool selfClosing)
    {
        ImpliedEnds(name, start);
        var inline = Inline.Contains(name);
        if (!inline) Boundaries.Add((start, Innermost));
        var parent = Innermost;
        Elements.Add(new HtmlElement(name, start, parent, KindOf(name, parent < 0 ? null : Elements[parent]), name == "a" ? href : null) { End = end });
        if (Void.Contains(name) || selfClosing)
        {
            if (!inline) Boundaries.Add((end, parent));
            return;
        }
        if (_open.Count >= MaxDepth) throw new InputException($"HTML nested too deeply to read (more than {MaxDepth} levels of elements)");
        _open.Add(Elements.Count - 1);
        _openNames[name] = _openNames.GetValueOrDefault(name) + 1;
        if (!inline) Boundaries.Add((end, Elements.Count - 1));
    }

    private int Innermost => _open.Count > 0 ? _open[^1] : -1;

    private string NameAt(int openIndex) => Elements[_open[openIndex]].Name;

    private static BlockKind KindOf(string name, HtmlElement? parent)
    {
        if (parent?.Kind == BlockKind.Heading) return BlockKind.Heading;
        return name switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
            "td" or "th" => BlockKind.TableCell,
            "blockquote" => BlockKind.BlockQuote,
            "li" => BlockKind.ListItem,
            _ => parent?.Kind ?? BlockKind.Paragraph,
        };
    }

    private void EndTag(string name, int start, int end)
    {
        if (!Inline.Contains(name)) Boundaries.Add((start, Innermost));
        if (_openNames.GetValueOrDefault(name) == 0) return;
        var at = _open.FindLastIndex(e => Elements[e].Name == name);
        while (_open.Count > at + 1) Close(_open.Count - 1, start);
        Close(at, end);
        if (!Inline.Contains(name)) Boundaries.Add((end, Innermost));
    }

    /// <summary>The end tags HTML implies: a block closes an open paragraph; a list item, cell, row or option closes its open sibling.</summary>
    private void ImpliedEnds(string name, int at)
    {
        string[] closes = name switch
        {
            "li" => ["li"],
            "dt" or "dd" => ["dt", "dd"],
            "td" or "th" => ["td", "th"],
            "tr" => ["tr", "td", "th"],
            "option" => ["option"],
            _ => [],
        };
        if (!Inline.Contains(name))
            while (_open.Count > 0 && (NameAt(_open.Count - 1) == "p" || Inline.Contains(NameAt(_open.Count - 1)) && _openNames.GetValueOrDefault("p") > 0))
                Close(_open.Count - 1, at);
        if (closes.Length == 0) return;
        var sibling = _open.FindLastIndex(e => closes.Contains(Elements[e].Name));
        var container = _open.FindLastIndex(e => Elements[e].Name is "ul" or "ol" or "dl" or "table" or "tbody" or "thead" or "tfoot" or "select");
        if (sibling >= 0 && sibling > container)
            while (_open.Count > sibling) Close(_open.Count - 1, at);
    }

    /// <summary>Closes the open element at <paramref name="index"/> of the stack (the innermost, or the one an end tag names once those inside it are closed).</summary>
    private void Close(int index, int end)
    {
        var element = Elements[_open[index]];
        element.End = end;
        _openNames[element.Name]--;
        _open.RemoveAt(index);
    }

    /// <summary>Where a tag that starts before <paramref name="from"/> ends: after its "&gt;", past quoted attribute values; its href when it has one.</summary>
    private int EndOfTag(int from, out string? href)
    {
        href = null;
        var i = from;
        while (i < _text.Length && _text[i] != '>')
        {
            // A quote opens a value only right after "=": in an unquoted value (href=it's) it is a character of the value.
            if (_text[i] is '"' or '\'' && PrecededByEquals(i, from))
            {
                var close = _text.IndexOf(_text[i], i + 1);
                i = close < 0 ? _text.Length : close + 1;
                continue;
            }
            if (href is null && IsAttribute(i, "href")) href = AttributeValue(i + 4);
            i++;
        }
        return Math.Min(i + 1, _text.Length);
    }

    private int EndOfTag(int from) => EndOfTag(from, out _);

    private bool PrecededByEquals(int i, int from)
    {
        var before = i - 1;
        while (before >= from && char.IsWhiteSpace(_text[before])) before--;
        return before >= from && _text[before] == '=';
    }

    private bool IsAttribute(int i, string name) =>
        char.IsWhiteSpace(At(i - 1)) && string.Compare(_text, i, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
        && At(SkipSpaces(i + name.Length)) == '=';

    private int SkipSpaces(int i)
    {
        while (i < _text.Length && char.IsWhiteSpace(_text[i])) i++;
        return i;
    }

    private string AttributeValue(int afterName)
    {
        var i = SkipSpaces(SkipSpaces(afterName) + 1);
        if (i >= _text.Length) return "";
        int start, end;
        if (_text[i] is '"' or '\'')
        {
            start = i + 1;
            end = _text.IndexOf(_text[i], start);
            if (end < 0) end = _text.Length;
        }
        else
        {
            start = i;
            end = i;
            while (end < _text.Length && !char.IsWhiteSpace(_text[end]) && _text[end] != '>') end++;
        }
        return Decode(_text[start..end]);
    }

    /// <summary>The text of a raw-text element up to its end tag is masked; the end tag is read as a tag.</summary>
    private int RawContent(string name, int from)
    {
        var close = from;
        while (true)
        {
            close = _text.IndexOf("</", close, StringComparison.Ordinal);
            if (close < 0) return Blank(from, _text.Length, ' ');
            if (string.Compare(_text, close + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0 && !char.IsAsciiLetterOrDigit(At(close + 2 + name.Length)))
                return Blank(from, close, ' ');
            close += 2;
        }
    }

    private int Comment(int i)
    {
        // From the opener's own dashes: "<!-->" and "<!--->" are empty comments, closed at once.
        var close = _text.IndexOf("-->", i + 2, StringComparison.Ordinal);
        var end = close < 0 ? _text.Length : close + 3;
        Comments.Add(new MarkupComment(TextSpan.FromBounds(i, end), _text[i..end]));
        return Blank(i, end, ' ');
    }

    /// <summary>
    /// A character reference: its decoded text at its first offsets and filler after; an ampersand that starts none is text.
    /// </summary>
    private int Entity(int i)
    {
        var end = i + 1;
        string? decoded = null;
        if (At(end) == '#')
        {
            end++;
            var hex = At(end) is 'x' or 'X';
            if (hex) end++;
            var digits = end;
            while (end < _text.Length && end - digits < 8 && (hex ? char.IsAsciiHexDigit(_text[end]) : char.IsAsciiDigit(_text[end]))) end++;
            if (end > digits && int.TryParse(_text.AsSpan(digits, end - digits), hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, null, out var code))
                decoded = code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD";
            if (decoded is not null && At(end) == ';') end++;
        }
        else
        {
            while (end < _text.Length && end - i <= 32 && char.IsAsciiLetterOrDigit(_text[end])) end++;
            if (end > i + 1)
            {
                var semicolon = At(end) == ';';
                decoded = HtmlEntityProvider.Resolver.GetSymbol(_text.Substring(i + 1, end - i - 1) + (semicolon ? ";" : ""));
                if (decoded is { Length: 0 }) decoded = null;
                if (decoded is not null && semicolon) end++;
            }
        }
        if (decoded is null || decoded.Length > end - i)
        {
            Masked[i] = '&';
            return i + 1;
        }
        Blank(i, end, MarkupFiller.EntityTail);
        for (var k = 0; k < decoded.Length; k++) Masked[i + k] = decoded[k] == MarkupFiller.EntityTail ? ' ' : decoded[k];
        return end;
    }

    /// <summary>Fills [start, end) with <paramref name="fill"/>, keeping line breaks.</summary>
    private int Blank(int start, int end, char fill)
    {
        for (var k = start; k < end; k++)
            Masked[k] = _text[k] is '\r' or '\n' ? _text[k] : fill;
        return end;
    }

    private char At(int i) => i >= 0 && i < _text.Length ? _text[i] : '\0';

    /// <summary>An attribute value with its character references decoded.</summary>
    private static string Decode(string value) => value.Contains('&') ? System.Net.WebUtility.HtmlDecode(value) : value;
}
