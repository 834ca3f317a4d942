using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Syntax;

/// <summary>
/// Splits the tokens of one paragraph into sentences (RULES.md §3 M2). A boundary is a terminator (. ? ! …),
/// then closers (closing quotation marks, ) and ]), then a space, then a capital, a digit or an opening mark.
/// Where the evidence is weak it keeps one sentence: under-splitting is cheaper for rules than mis-splitting.
/// </summary>
internal sealed class SentenceSplitter(List<Token> tokens, QuotationPairer pairer, ImmutableArray<Sentence>.Builder sentences)
{
    /// <summary>How many capitalized words a name before a speech verb may have ("Dr. Ilse Brandt asked").</summary>
    private const int MaxNameWords = 4;

    public void Split(int paragraph, int first, int end)
    {
        int start = first, i = first;
        while (i < end)
        {
            var terminator = tokens[i];
            if (!IsTerminator(terminator)) { i++; continue; }
            int next = i + 1;
            if (terminator.Kind != TokenKind.Word)
                while (next < end && IsTerminator(tokens[next]) && tokens[next].Kind != TokenKind.Word && Adjacent(next)) next++;
            bool quoted = false;
            while (next < end && Adjacent(next) && IsCloser(next))
            {
                quoted |= tokens[next].Kind == TokenKind.Quote;
                next++;
            }
            if (next < end && !Adjacent(next) && StartsSentence(terminator, quoted, next, end))
            {
                Add(paragraph, start, next);
                start = next;
            }
            i = next;
        }
        if (start < end) Add(paragraph, start, end);
    }

    private static bool IsTerminator(Token token) => token.Kind switch
    {
        TokenKind.Punctuation => token.Text is "." or "?" or "!" or "‽",
        TokenKind.Ellipsis => true,
        TokenKind.Word => token.Text.EndsWith('.'),
        _ => false,
    };

    private bool IsCloser(int index) => tokens[index] switch
    {
        { Kind: TokenKind.Quote } => !pairer.IsOpening(index),
        { Kind: TokenKind.Punctuation, Text: ")" or "]" } => true,
        _ => false,
    };

    private bool Adjacent(int index) => tokens[index - 1].Span.End == tokens[index].Span.Start;

    private bool StartsSentence(Token terminator, bool quoted, int next, int end)
    {
        var token = tokens[next];
        // An abbreviation ends a sentence only before a word that usually opens one ("... Varn Inc. The firm").
        if (terminator.Kind == TokenKind.Word)
            return Abbreviations.MayEndSentence(terminator.Text) && token.IsWord && Abbreviations.IsSentenceStarter(token.Text);
        if (quoted && terminator.Text is "?" or "!" && IsAttribution(next, end)) return false;
        return token.Kind switch
        {
            TokenKind.Word => char.IsUpper(token.Text[0]),
            TokenKind.Number => true,
            TokenKind.Quote => pairer.IsOpening(next),
            TokenKind.Punctuation => token.Text is "(" or "[" && next + 1 < end && tokens[next + 1].IsCapitalized,
            // "Who won? - The pollster …", "Whom would you pick? * Ana Ruiz * Tom Vale": a dash or a bullet after the
            // terminator opens the next item of a list flattened into one line ("“Why now?” — Brandt" attributes a quote).
            TokenKind.Dash or TokenKind.Symbol => !quoted && (token.Kind == TokenKind.Dash || token.Text is "*" or "•")
                && next + 1 < end && tokens[next + 1].IsCapitalized,
            _ => false,
        };
    }

    /// <summary>"“Why now?” Brandt asked." — a short capitalized name and a speech verb attribute the quote.</summary>
    private bool IsAttribution(int next, int end)
    {
        int i = next;
        while (i < end && i - next < MaxNameWords && tokens[i].IsWord && tokens[i].IsCapitalized) i++;
        return i > next && i < end && tokens[i].IsWord && Abbreviations.IsAttributionVerb(tokens[i].Text);
    }

    private void Add(int paragraph, int first, int end) =>
        sentences.Add(new Sentence(sentences.Count, paragraph, TextSpan.FromBounds(tokens[first].Span.Start, tokens[end - 1].Span.End), first, end - first));
}
