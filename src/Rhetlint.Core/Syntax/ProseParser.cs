using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Syntax;

/// <summary>Builds the syntax model: tokens, sentences, paragraphs and paired quotations, in one pass over the prose.</summary>
public static class ProseParser
{
    public static ProseDocument Parse(ProseText prose) => throw new NotImplementedException("helper B implements this");
}
