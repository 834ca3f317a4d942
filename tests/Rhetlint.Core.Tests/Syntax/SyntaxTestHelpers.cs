using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Syntax;

internal static class SyntaxTestHelpers
{
    public static ProseDocument Parse(string text) => ProseParser.Parse(PlainTextReader.Read(SourceText.From(text)));

    public static string[] TokenTexts(string text) => Parse(text).Tokens.Select(t => t.Text).ToArray();

    public static string[] Sentences(string text)
    {
        var doc = Parse(text);
        return doc.Sentences.Select(s => text[s.Span.Start..s.Span.End]).ToArray();
    }

    public static string[] QuotationTexts(ProseDocument doc, string text) =>
        doc.Quotations.Select(q => text[q.Span.Start..q.Span.End]).ToArray();
}
