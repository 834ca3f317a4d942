using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// A block of someone's words set off without quotation marks: a line that introduces speech or a text and ends in a colon
/// ("In a statement, Senator Vale expressed her doubts, saying:", "The board's notice stated:", "Lund gave
/// this reply:") hands the next line or paragraph to the speaker or the text, as a block quotation does. Wire copy and
/// web pages print statements, letters and posts that way, one paragraph a line. The block is reported content, not the
/// writer's assertion (RULES.md §1); the attribution frames read only a block after a blank line and only its first
/// sentence, so the block is read here, by layout. A first-person introduction ("As I wrote last week:") or the writer's
/// own manner of speaking ("To put it plainly:") introduces the writer, who still asserts it; a block that opens with a
/// quotation mark is a quotation already.
/// </summary>
public static class BlockQuotations
{
    /// <summary>How far before a speech or document noun its demonstrative may stand: "this withering assessment", "these brief remarks".</summary>
    private const int MaxDemonstrativeGap = 3;

    /// <summary>The tokens of each block, as token ranges (first, end exclusive).</summary>
    public static List<(int First, int End)> TokenRanges(ProseDocument syntax)
    {
        var ranges = new List<(int, int)>();
        var tokens = syntax.Tokens;
        var lines = syntax.Source.Lines;
        for (var colon = 1; colon + 1 < tokens.Length; colon++)
        {
            if (tokens[colon].Text != ":") continue;
            var next = colon + 1;
            var (colonLine, nextLine) = (lines.GetLineFromPosition(tokens[colon].Span.Start), lines.GetLineFromPosition(tokens[next].Span.Start));
            if (nextLine.LineNumber == colonLine.LineNumber || syntax.QuotationAt(tokens[next].Span.Start) is not null) continue;
            if (!Introduces(tokens, LineStart(syntax, colon, colonLine.Start), colon)) continue;
            // After a blank line the block is the next paragraph; right under the colon it is the next line.
            var blockEnd = nextLine.LineNumber - colonLine.LineNumber > 1
                ? syntax.Paragraphs[syntax.SentenceOfToken(next).ParagraphIndex].Span.End
                : nextLine.End;
            var end = next;
            while (end < tokens.Length && tokens[end].Span.End <= blockEnd) end++;
            if (end > next) ranges.Add((next, end));
        }
        return ranges;
    }

    /// <summary>
    /// Whether the words before the colon introduce someone else's speech or text: a finite or participle form of a
    /// reporting verb ("said", "saying", "wrote", "stated", "told the Courier"), or a speech or document noun a
    /// demonstrative or "the following" points to ("this assessment", "these remarks", "the following statement"). A base
    /// form is the writer's own manner of speaking ("Let me put it plainly:", "To put it simply:", "Note:"), and a
    /// first-person word anywhere on the line makes the writer the speaker ("As I told the council:", "my answer reads:").
    /// </summary>
    private static bool Introduces(ImmutableArray<Token> tokens, int first, int colon)
    {
        var introduced = false;
        for (var k = first; k < colon; k++)
        {
            var token = tokens[k];
            if (FirstPerson.Contains(token)) return false;
            if (Vocabulary.ReportingVerbLemma(token) is { } lemma && lemma != token.Norm) introduced = true;
            if (Vocabulary.IsSpeechNoun(token) || Vocabulary.IsDocumentNoun(token) || Vocabulary.IsPluralDocumentNoun(token))
                for (var d = Math.Max(first, k - MaxDemonstrativeGap); d < k; d++)
                    if (tokens[d].Norm is "this" or "these" or "following") introduced = true;
        }
        return introduced;
    }

    /// <summary>The writer as speaker: first-person pronouns and determiners.</summary>
    private static readonly FrozenWordSet FirstPerson = new[] { "i", "me", "my", "we", "us", "our", "let's" }.ToFrozenWordSet();

    /// <summary>The first token on the colon's line, within its sentence: the introduction is the line, not what came before it.</summary>
    private static int LineStart(ProseDocument syntax, int colon, int lineStart)
    {
        var tokens = syntax.Tokens;
        var first = syntax.SentenceOfToken(colon).FirstToken;
        var k = colon;
        while (k > first && tokens[k - 1].Span.Start >= lineStart) k--;
        return k;
    }
}
