using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// The two figures an editor asks for first: how dense the findings are (per 1,000 words, per family) and how
/// many direct quotes name their source.
/// </summary>
/// <param name="Words">Words of prose (markup, code and URLs excluded).</param>
/// <param name="DirectQuotes">Direct quotations spoken by someone: top-level, not a mentioned term or title.</param>
/// <param name="NamedSourceQuotes">Those whose speaker is a named person, organization or document.</param>
public sealed record DocumentStatistics(int Words, int DirectQuotes, int NamedSourceQuotes)
{
    /// <summary>The families a density is reported for, in report order (the engine's own findings are not rhetoric).</summary>
    public static ImmutableArray<string> Families { get; } =
        [RuleCategories.ThreatInflation, RuleCategories.Superlatives, RuleCategories.Sourcing, RuleCategories.Hedging];

    public static DocumentStatistics Empty { get; } = new(0, 0, 0);

    public static DocumentStatistics Of(DocumentModel model) => Of(model, new TextSpan(0, model.Source.Length));

    /// <summary>The words and quotations that start in <paramref name="part"/> of the model's text (a section of a larger document).</summary>
    public static DocumentStatistics Of(DocumentModel model, TextSpan part)
    {
        var words = 0;
        foreach (var token in model.Tokens)
            if (token.IsWord && part.Contains(token.Span.Start)) words++;
        int quotes = 0, named = 0;
        foreach (var quotation in model.Syntax.Quotations)
        {
            if (quotation.ParentIndex is not null || model.IsMention(quotation) || !part.Contains(quotation.Span.Start)) continue;
            quotes++;
            if (model.QuotationSpeaker(quotation.Index)?.SpeakerClass is SpeakerClass.NamedPerson or SpeakerClass.NamedOrganization or SpeakerClass.NamedDocument)
                named++;
        }
        return new DocumentStatistics(words, quotes, named);
    }

    public DocumentStatistics Add(DocumentStatistics other) =>
        new(Words + other.Words, DirectQuotes + other.DirectQuotes, NamedSourceQuotes + other.NamedSourceQuotes);

    /// <summary>The share of direct quotes with a named source, or null when there are no direct quotes.</summary>
    public double? NamedSourceShare => DirectQuotes == 0 ? null : (double)NamedSourceQuotes / DirectQuotes;

    /// <summary>Findings per 1,000 words for each family in <see cref="Families"/> (0 for an empty document).</summary>
    public ImmutableArray<(string Family, double Rate)> FindingRates(IEnumerable<Finding> findings)
    {
        var counts = findings.GroupBy(f => f.Category).ToDictionary(g => g.Key, g => g.Count());
        return [.. Families.Select(family => (family, Words == 0 ? 0.0 : counts.GetValueOrDefault(family) * 1000.0 / Words))];
    }
}
