using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Syntax;

public class SentencesAroundTests
{
    private const string Text = "The ferry left late. Rain fell. The pier flooded. Nobody was hurt.\n\nThe council met on Monday.\n";

    private static string[] Around(int index, int reach)
    {
        var doc = SyntaxTestHelpers.Parse(Text);
        return [.. doc.SentencesAround(doc.Sentences[index], reach).ToArray().Select(s => Text[s.Span.Start..s.Span.End])];
    }

    [Fact]
    public void Reach_counts_sentences_on_either_side_and_includes_the_sentence() =>
        Assert.Equal(["Rain fell.", "The pier flooded.", "Nobody was hurt."], Around(2, 1));

    [Fact]
    public void The_paragraph_bounds_the_reach() =>
        Assert.Equal(["Rain fell.", "The pier flooded.", "Nobody was hurt."], Around(3, 2));

    [Fact]
    public void A_sentence_alone_in_its_paragraph_has_only_itself() =>
        Assert.Equal(["The council met on Monday."], Around(4, 2));
}
