using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Markup;

/// <summary>
/// Plain text; nothing is masked. A run of non-blank lines is one paragraph; when its shape says it is line-structured
/// — one sentence or one paragraph per line, as scraped and pasted copy arrives — each line is a block that starts a new
/// sentence (<see cref="LineStructure"/>). The decision reads only the run itself, so a run parses the same alone as in
/// its document.
/// </summary>
public static class PlainTextReader
{
    public static ProseText Read(SourceText source)
    {
        var text = source.ToString();
        var blocks = ImmutableArray.CreateBuilder<ProseBlock>();
        var run = new List<PlainLine>();
        foreach (var line in source.Lines)
        {
            if (text.AsSpan(line.Start, line.End - line.Start).IsWhiteSpace())
            {
                AddRun(text, run, blocks);
                run.Clear();
                continue;
            }
            run.Add(new PlainLine(line.Start, TrimmedContent(text, line.Start, line.End)));
        }
        AddRun(text, run, blocks);
        return new ProseText(source, DocumentFormat.PlainText, text, blocks.ToImmutable(), [], []);
    }

    private static TextSpan TrimmedContent(string text, int start, int end)
    {
        var content = text.AsSpan(start, end - start);
        return TextSpan.FromBounds(start + (content.Length - content.TrimStart().Length), start + content.TrimEnd().Length);
    }

    private static void AddRun(string text, List<PlainLine> run, ImmutableArray<ProseBlock>.Builder blocks)
    {
        if (run.Count > 0) blocks.AddRange(LineStructure.Blocks(text, run));
    }
}
