using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// Superlatives that rank within a set the document itself lays out and measures: the rows of a table it printed, or
/// the items of what it reviews (a menu, a hotel's rooms) when the sentence gives the extreme item's figure. The
/// reader can check the rank on the page, as the annotation guidelines accept a rank next to the results table it
/// comes from.
/// </summary>
internal static class LaidOutSets
{
    /// <summary>Copulas whose subject a predicate superlative ranks: "Northgate is the largest ward".</summary>
    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(["is", "was", "are", "were", "remains", "remained"]);

    /// <summary>Verbs that give an item's price, size or capacity: "costs £9", "starts at $140", "seats 40".</summary>
    private static readonly FrozenSet<string> MeasureVerbs = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "cost", "costs", "start", "starts", "sell", "sells", "weigh", "weighs", "measure", "measures",
         "seat", "seats", "sleep", "sleeps", "hold", "holds", "run", "runs"]);

    /// <summary>Words between a measure verb and its figure: "starts at", "sells for", "runs to", "costs about".</summary>
    private static readonly FrozenSet<string> FigureLinks = FrozenSet.ToFrozenSet(["at", "from", "for", "to", "about", "around", "just", "only"]);

    /// <summary>
    /// "Northgate is the largest ward" after a table whose cells name the wards: the subject of the copula is a word a
    /// table cell earlier in the document holds alone, so the rank is among the rows the table measures. A scope after
    /// the phrase ("the largest group in the country", "ever") compares with a wider set and keeps the rank.
    /// </summary>
    public static bool IsRankOfTabulatedMember(DocumentModel document, Sentence sentence, int start, int end)
    {
        var tokens = document.Tokens;
        if (end < sentence.EndToken && (FunctionWords.Prepositions.Contains(tokens[end]) || tokens[end].Norm == "ever")) return false;
        var subject = start - 2;
        if (subject < sentence.FirstToken || !Copulas.Contains(tokens[start - 1].Norm)) return false;
        var member = tokens[subject];
        if (!(member.IsWord && member.IsCapitalized || member.Kind == TokenKind.Number)) return false;
        var syntax = document.Syntax;
        foreach (var paragraph in syntax.Paragraphs)
        {
            if (paragraph.Span.Start >= sentence.Span.Start) break;
            if (paragraph.Kind != BlockKind.TableCell || paragraph.SentenceCount != 1) continue;
            var cell = syntax.Sentences[paragraph.FirstSentence];
            if (cell.TokenCount == 1 && tokens[cell.FirstToken].Norm == member.Norm) return true;
        }
        return false;
    }

    /// <summary>
    /// "The most expensive dish, a lobster risotto, is $42", "the cheapest seats, behind the goal, start at £15", "the
    /// largest cabin sleeps six": a superlative subject that opens its sentence or a clause after a semicolon or colon,
    /// with no scope after its head, whose verb gives its price, size or capacity as a figure, picks out the extreme
    /// item of what the text describes and measures it. A scope ("the most expensive dish in Ohio") ranks the world;
    /// a comparison after the figure ("is 40% larger than …") is a claim about the item, not its measure.
    /// </summary>
    public static bool IsMeasuredExtreme(ImmutableArray<Token> tokens, Sentence sentence, int start, int end)
    {
        if (end >= sentence.EndToken || start != sentence.FirstToken && tokens[start - 1].Text is not (";" or ":")) return false;
        // "The smallest ward sleeps six": the phrase reader may have run on into the verb ("sleeps", "runs", "start").
        var k = end - 2 > start && MeasureVerbs.Contains(tokens[end - 1].Norm) ? end - 1 : end;
        // An apposition or a place between commas: ", a lobster risotto,", ", behind the north goal,".
        if (tokens[k].Text == ",")
        {
            var open = k++;
            while (k < sentence.EndToken && k - open <= 10 && tokens[k].Text != ",") k++;
            if (k >= sentence.EndToken || k - open > 10) return false;
            k++;
        }
        else if (FunctionWords.Prepositions.Contains(tokens[k])) return false;
        if (k >= sentence.EndToken || !MeasureVerbs.Contains(tokens[k].Norm)) return false;
        k++;
        while (k < sentence.EndToken && FigureLinks.Contains(tokens[k].Norm)) k++;
        if (k < sentence.EndToken && tokens[k].Text is "$" or "£" or "€") k++;
        if (k >= sentence.EndToken || !(tokens[k].Kind == TokenKind.Number || ClaimScope.IsNumberWord(tokens[k]))) return false;
        for (var m = k + 1; m < sentence.EndToken && m - k <= 4; m++)
            if (tokens[m].Norm == "than") return false;
        return true;
    }
}
