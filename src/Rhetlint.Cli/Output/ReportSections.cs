using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli.Output;

/// <summary>A part of a document the report counts findings in: the text from one Markdown heading to the next.</summary>
/// <param name="Title">The heading's text, or a description for text before the first heading or a document without headings.</param>
/// <param name="Start">Where the section starts; it runs to the next section's start.</param>
/// <param name="HeadingLines">The lines of the heading itself (to set it apart in the text), or null when there is none.</param>
internal sealed record ReportSection(string Title, int Start, TextSpan? HeadingLines);

/// <summary>The families the report charts: the four rule families, and everything else (house style, engine) together.</summary>
internal static class ReportFamilies
{
    public const string Other = "Other";

    /// <summary>In chart order; <see cref="Other"/> comes last and takes every category not named before it.</summary>
    public static ImmutableArray<(string Key, string Label)> All { get; } =
    [
        (RuleCategories.ThreatInflation, "Threat inflation"),
        (RuleCategories.Superlatives, "Superlatives"),
        (RuleCategories.Sourcing, "Sourcing"),
        (RuleCategories.Hedging, "Hedging"),
        (Other, "House style / other"),
    ];

    public static string Of(string category) => category switch
    {
        RuleCategories.ThreatInflation or RuleCategories.Superlatives or RuleCategories.Sourcing or RuleCategories.Hedging => category,
        _ => Other,
    };

    /// <summary>The position in <see cref="All"/> of the family a category is counted in.</summary>
    public static int IndexOf(string category)
    {
        var key = Of(category);
        for (var i = 0; i < All.Length - 1; i++)
            if (All[i].Key == key) return i;
        return All.Length - 1;
    }

    public static string Label(string key) => All[IndexOf(key)].Label;
}

internal static class ReportSections
{
    public const string WholeDocument = "Whole document";
    public const string BeforeFirstHeading = "Before the first heading";

    /// <summary>
    /// A section per heading of a Markdown, HTML or Word document, plus one for what comes before the first heading when
    /// it has prose or findings; plain text (and a document without headings) is one section.
    /// </summary>
    public static ImmutableArray<ReportSection> Of(SourceText text, DocumentFormat format, IEnumerable<int> findingStarts)
    {
        if (format == DocumentFormat.PlainText) return [new ReportSection(WholeDocument, 0, null)];
        var prose = MarkupReader.Read(text, format);
        var blocks = prose.Blocks;
        var headings = blocks.Where(b => b.Kind == BlockKind.Heading).Select(b =>
        {
            var first = LineMap.Of(text).LineAt(b.Span.Start);
            var last = LineMap.Of(text).LineAt(b.Span.End);
            return new ReportSection(HeadingTitle(prose, b.Span), first.Start, TextSpan.FromBounds(first.Start, last.End));
        }).ToList();
        if (headings.Count == 0) return [new ReportSection(WholeDocument, 0, null)];
        var firstHeading = headings[0].Start;
        var hasPreamble = blocks.Any(b => b.Kind != BlockKind.Heading && b.Span.Start < firstHeading) || findingStarts.Any(s => s < firstHeading);
        return hasPreamble ? [new ReportSection(BeforeFirstHeading, 0, null), .. headings] : [.. headings];
    }

    /// <summary>A heading as a reader sees it: without its markup (HTML tags and entities, Markdown emphasis), on one line.</summary>
    private static string HeadingTitle(ProseText prose, TextSpan span) =>
        string.Join(' ', MarkupFiller.Strip(prose.Masked.Substring(span.Start, span.Length)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The index of the section a position falls in.</summary>
    public static int IndexAt(ImmutableArray<ReportSection> sections, int position)
    {
        var index = 0;
        for (var i = 0; i < sections.Length && sections[i].Start <= position; i++) index = i;
        return index;
    }
}
