using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Syntax;

/// <summary>Builds the syntax model: tokens, sentences, paragraphs and paired quotations, in one pass over the prose.</summary>
public static class ProseParser
{
    /// <summary>
    /// Every block of <paramref name="prose"/> becomes one paragraph, even if it has no tokens, except a block that
    /// continues the paragraph before it (<see cref="ProseBlock.ContinuesParagraph"/>), whose sentences join that one.
    /// A block always starts a new sentence.
    /// </summary>
    public static ProseDocument Parse(ProseText prose)
    {
        // About one token per five characters of prose: enough that the list rarely regrows.
        var tokens = new List<Token>(prose.Blocks.Sum(b => b.Span.Length) / 5);
        var pairer = new QuotationPairer(prose.Masked, tokens);
        var tokenizer = new Tokenizer(prose.Masked, tokens, pairer);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var splitter = new SentenceSplitter(tokens, pairer, sentences);
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();

        ProseBlock? paragraph = null;
        var firstSentence = 0;
        void EndParagraph()
        {
            if (paragraph is { } p) paragraphs.Add(new Paragraph(paragraphs.Count, p.Kind, p.Span, firstSentence, sentences.Count - firstSentence));
        }

        foreach (var block in prose.Blocks)
        {
            if (paragraph is { } open && block.ContinuesParagraph)
            {
                paragraph = open with { Span = TextSpan.FromBounds(open.Span.Start, block.Span.End) };
            }
            else
            {
                EndParagraph();
                paragraph = block;
                firstSentence = sentences.Count;
            }
            var firstToken = tokens.Count;
            pairer.BeginBlock(paragraphs.Count, block.Span, firstToken);
            tokenizer.Tokenize(block.Span);
            pairer.EndBlock(tokens.Count > firstToken ? tokens[^1].Span.End : block.Span.End);
            splitter.Split(paragraphs.Count, firstToken, tokens.Count);
        }
        EndParagraph();

        var (quotations, issues) = pairer.Finish();
        return new ProseDocument(prose, [.. tokens], sentences.ToImmutable(), paragraphs.ToImmutable(), quotations, issues);
    }
}
