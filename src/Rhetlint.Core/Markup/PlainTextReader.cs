using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Markup;

/// <summary>Plain text: every run of non-blank lines is one paragraph; nothing is masked.</summary>
public static class PlainTextReader
{
    public static ProseText Read(SourceText source)
    {
        var text = source.ToString();
        var blocks = ImmutableArray.CreateBuilder<ProseBlock>();
        int? start = null;
        int end = 0;
        foreach (var line in source.Lines)
        {
            var content = text.AsSpan(line.Start, line.End - line.Start);
            if (content.IsWhiteSpace())
            {
                if (start is int s) blocks.Add(new ProseBlock(BlockKind.Paragraph, TextSpan.FromBounds(s, end)));
                start = null;
                continue;
            }
            start ??= line.Start + (content.Length - content.TrimStart().Length);
            end = line.Start + content.TrimEnd().Length;
        }
        if (start is int last) blocks.Add(new ProseBlock(BlockKind.Paragraph, TextSpan.FromBounds(last, end)));
        return new ProseText(source, DocumentFormat.PlainText, text, blocks.ToImmutable(), [], []);
    }
}
