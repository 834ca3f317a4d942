using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Config;
using Rhetlint.Core.Text;

namespace Rhetlint.Core.Markup;

/// <summary>
/// Which elements of an HTML page are read, as CSS selectors (<c>rhetlint.html.include</c>, <c>rhetlint.html.exclude</c>):
/// the elements <paramref name="Include"/> matches are read instead of the article root, and those <paramref name="Exclude"/>
/// matches are masked as well as the page furniture.
/// </summary>
public sealed record HtmlSelection(string? Include, string? Exclude)
{
    public static readonly HtmlSelection Default = new(null, null);

    public bool IsDefault => Include is null && Exclude is null;

    /// <summary>Why <paramref name="selectors"/> is no selector list AngleSharp can match, or null when it is one.</summary>
    public static string? Problem(string selectors)
    {
        try
        {
            new HtmlParser().ParseDocument("").QuerySelectorAll(selectors);
            return null;
        }
        catch (DomException)
        {
            return $"'{selectors}' is not a valid CSS selector list";
        }
    }
}

/// <summary>
/// An HTML page's article prose (<see cref="HtmlScanner"/> keeps the offsets). Read: the article root — the first
/// <c>&lt;article&gt;</c>, else the first <c>&lt;main&gt;</c>, else the whole page — or the elements the include
/// selectors match. Masked inside it: page furniture (scripts, styles, templates, navigation, asides, figures and
/// their captions, forms and their controls, embedded objects, code, and a header or footer that belongs to no
/// article) and the elements the exclude selectors match. Blocks: the prose between two tags that are not inline
/// (paragraphs, headings, list items, quotations, table cells, and text a div holds); links: the <c>&lt;a href&gt;</c>
/// elements with prose in them; comments: every HTML comment, so <c>&lt;!-- rhetlint-disable … --&gt;</c> works as in Markdown.
/// </summary>
public static class HtmlReader
{
    private static readonly HashSet<string> Furniture = new(StringComparer.Ordinal)
    {
        "aside", "audio", "button", "canvas", "code", "dialog", "embed", "figcaption", "figure", "form", "head", "iframe", "input",
        "math", "nav", "noscript", "object", "pre", "script", "select", "style", "svg", "template", "textarea", "video",
    };

    /// <exception cref="InputException">The page nests deeper than <see cref="HtmlScanner.MaxDepth"/>.</exception>
    /// <exception cref="ConfigException">A selector of <paramref name="selection"/> is invalid.</exception>
    public static ProseText Read(SourceText source, HtmlSelection? selection = null)
    {
        var text = source.ToString();
        var scan = HtmlScanner.Scan(text);
        selection ??= HtmlSelection.Default;
        var read = ReadElements(scan.Elements, text, selection, out var readOutside);
        MaskUnread(scan.Masked, scan.Elements, read, readOutside);
        var masked = new string(scan.Masked);
        return new ProseText(source, DocumentFormat.Html, masked, Blocks(scan, masked), Links(scan.Elements, read, masked), scan.Comments.ToImmutable());
    }

    /// <summary>Which elements are read; <paramref name="readOutside"/>: whether text outside every element is.</summary>
    private static bool[] ReadElements(List<HtmlElement> elements, string text, HtmlSelection selection, out bool readOutside)
    {
        var roots = selection.Include is { } include ? Matching(elements, text, include) : DefaultRoot(elements);
        var excluded = selection.Exclude is { } exclude ? Matching(elements, text, exclude) : [];
        readOutside = roots.Count == 0 && selection.Include is null;
        var read = new bool[elements.Count];
        var inArticle = new bool[elements.Count];
        for (var e = 0; e < elements.Count; e++)
        {
            var element = elements[e];
            var parent = element.Parent;
            inArticle[e] = parent >= 0 && (inArticle[parent] || elements[parent].Name == "article");
            var inherited = parent >= 0 ? read[parent] : readOutside;
            read[e] = !excluded.Contains(e) && (roots.Contains(e) || inherited && !IsFurniture(element, inArticle[e]));
        }
        return read;
    }

    private static bool IsFurniture(HtmlElement element, bool inArticle) =>
        Furniture.Contains(element.Name) || element.Name is "header" or "footer" && !inArticle;

    /// <summary>The first article, else the first main element; none (the whole page) when the page has neither.</summary>
    private static HashSet<int> DefaultRoot(List<HtmlElement> elements)
    {
        var article = elements.FindIndex(e => e.Name == "article");
        var root = article >= 0 ? article : elements.FindIndex(e => e.Name == "main");
        return root >= 0 ? [root] : [];
    }

    /// <summary>The elements <paramref name="selectors"/> matches in AngleSharp's DOM, found by where their start tags stand.</summary>
    private static HashSet<int> Matching(List<HtmlElement> elements, string text, string selectors)
    {
        var byStart = new Dictionary<int, int>(elements.Count);
        for (var e = 0; e < elements.Count; e++) byStart.TryAdd(elements[e].Start, e);
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(text);
        IHtmlCollection<IElement> matches;
        try
        {
            matches = document.QuerySelectorAll(selectors);
        }
        catch (DomException)
        {
            throw new ConfigException($"rhetlint.html: '{selectors}' is not a valid CSS selector list");
        }
        var found = new HashSet<int>();
        foreach (var match in matches)
        {
            // An element the parser implied (a missing <body>) has no start tag in the source and no text of its own to select.
            if (match.SourceReference is not { } reference) continue;
            var tagStart = reference.Position.Position - 1;
            if (tagStart >= 0 && tagStart < text.Length && text[tagStart] == '<' && byStart.TryGetValue(tagStart, out var e)) found.Add(e);
        }
        return found;
    }

    /// <summary>Blanks every character no read element holds (line breaks stay): one sweep with the stack of elements around the position.</summary>
    private static void MaskUnread(char[] masked, List<HtmlElement> elements, bool[] read, bool readOutside)
    {
        var around = new Stack<int>();
        var next = 0;
        for (var p = 0; p < masked.Length; p++)
        {
            while (next < elements.Count && elements[next].Start <= p)
            {
                if (elements[next].End > p)
                {
                    while (around.Count > 0 && elements[around.Peek()].End <= elements[next].Start) around.Pop();
                    around.Push(next);
                }
                next++;
            }
            while (around.Count > 0 && elements[around.Peek()].End <= p) around.Pop();
            var isRead = around.Count > 0 ? read[around.Peek()] : readOutside;
            if (!isRead && masked[p] is not ('\r' or '\n')) masked[p] = ' ';
        }
    }

    /// <summary>The prose between consecutive block boundaries, trimmed of markup, as blocks of the kind of the element around it.</summary>
    private static ImmutableArray<ProseBlock> Blocks(HtmlScanner scan, string masked)
    {
        var blocks = ImmutableArray.CreateBuilder<ProseBlock>();
        var (start, element) = (0, -1);
        foreach (var boundary in scan.Boundaries.Append((masked.Length, -1)))
        {
            if (ProseExtent(masked, start, boundary.Item1) is { } prose)
                blocks.Add(new ProseBlock(element >= 0 ? scan.Elements[element].Kind : BlockKind.Paragraph, prose));
            (start, element) = (Math.Max(start, boundary.Item1), boundary.Item2);
        }
        return blocks.ToImmutable();
    }

    /// <summary>From the first to the last character of prose in [start, end), or null when there is none.</summary>
    private static TextSpan? ProseExtent(string masked, int start, int end)
    {
        int first = start, last = end - 1;
        while (first < end && IsBlank(masked[first])) first++;
        while (last > first && IsBlank(masked[last])) last--;
        return first < end ? TextSpan.FromBounds(first, last + 1) : null;
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || MarkupFiller.IsFiller(c);

    private static ImmutableArray<MarkupLink> Links(List<HtmlElement> elements, bool[] read, string masked)
    {
        var links = ImmutableArray.CreateBuilder<MarkupLink>();
        for (var e = 0; e < elements.Count; e++)
        {
            var element = elements[e];
            if (element.Href is { } href && read[e] && ProseExtent(masked, element.Start, element.End) is not null)
                links.Add(new MarkupLink(TextSpan.FromBounds(element.Start, element.End), href));
        }
        return links.ToImmutable();
    }
}
