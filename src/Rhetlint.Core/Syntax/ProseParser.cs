using System.Collections.Immutable;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Syntax;

/// <summary>Builds the syntax model: tokens, sentences, paragraphs and paired quotations, in one pass over the prose.</summary>
public static class ProseParser
{
    /// <summary>Every block of <paramref name="prose"/> becomes one paragraph, with the same index, even if it has no tokens.</summary>
    public static ProseDocument Parse(ProseText prose)
    {
        // About one token per five characters of prose: enough that the list rarely regrows.
        var tokens = new List<Token>(prose.Blocks.Sum(b => b.Span.Length) / 5);
        var pairer = new QuotationPairer(prose.Masked, tokens);
        var tokenizer = new Tokenizer(prose.Masked, tokens, pairer);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var splitter = new SentenceSplitter(tokens, pairer, sentences);
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>(prose.Blocks.Length);

        foreach (var block in prose.Blocks)
        {
            int paragraph = paragraphs.Count, firstToken = tokens.Count, firstSentence = sentences.Count;
            pairer.BeginParagraph(paragraph, block.Span, firstToken);
            tokenizer.Tokenize(block.Span);
            pairer.EndParagraph(tokens.Count > firstToken ? tokens[^1].Span.End : block.Span.End);
            splitter.Split(paragraph, firstToken, tokens.Count);
            paragraphs.Add(new Paragraph(paragraph, block.Kind, block.Span, firstSentence, sentences.Count - firstSentence));
        }

        var (quotations, issues) = pairer.Finish();
        return new ProseDocument(prose, [.. tokens], sentences.ToImmutable(), paragraphs.MoveToImmutable(), quotations, issues);
    }
}
