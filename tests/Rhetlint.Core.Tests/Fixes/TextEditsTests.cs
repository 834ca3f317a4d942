using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Fixes;

namespace Rhetlint.Core.Tests.Fixes;

public class TextEditsTests
{
    private static TextChange Change(int start, int length, string text) => new(new TextSpan(start, length), text);

    [Theory]
    [InlineData(0, 4, 4, 2, false)] // touching: the second starts where the first ends
    [InlineData(0, 4, 3, 2, true)]  // sharing a character
    [InlineData(2, 0, 2, 0, true)]  // two insertions at one place: either order would do
    [InlineData(2, 0, 2, 3, true)]  // an insertion where a replacement starts
    [InlineData(2, 0, 0, 2, false)] // an insertion where a replacement ends goes after it
    [InlineData(3, 0, 1, 4, true)]  // an insertion inside a replacement
    public void Conflicts(int start, int length, int otherStart, int otherLength, bool conflict)
    {
        Assert.Equal(conflict, TextEdits.Conflict(Change(start, length, "x"), Change(otherStart, otherLength, "y")));
        Assert.Equal(conflict, TextEdits.Conflict(Change(otherStart, otherLength, "y"), Change(start, length, "x")));
    }

    [Fact]
    public void Apply_copies_everything_outside_the_changes_and_keeps_the_encoding()
    {
        var text = SourceText.From("Varn’s harbour, Kestria’s harbour.", System.Text.Encoding.Unicode);
        var fixedText = TextEdits.Apply(text, [Change(26, 7, "harbor"), Change(7, 7, "harbor")]);
        Assert.Equal("Varn’s harbor, Kestria’s harbor.", fixedText.ToString());
        Assert.Same(text.Encoding, fixedText.Encoding);
        Assert.Throws<ArgumentException>(() => TextEdits.Apply(text, [Change(0, 5, ""), Change(3, 2, "")]));
        Assert.Throws<ArgumentException>(() => TextEdits.Apply(text, [Change(30, 10, "")]));
    }

    [Theory]
    [InlineData("One.\r\nTwo.", 4, "\n\n", "\r\n\r\n")]
    [InlineData("One.\nTwo.", 4, "\r\n\r\n", "\n\n")]
    [InlineData("One.", 4, "\r\n", "\n")]                        // no line break in the file: LF
    [InlineData("One.\r\nTwo. Three.", 10, "\n\n", "\r\n\r\n")]  // the last line has none: the one above it
    [InlineData("One.\nTwo.\r\nThree.", 2, "\n", "\n")]          // a mixed file: the break of the line edited
    [InlineData("One.\nTwo.\r\nThree.", 7, "\n", "\r\n")]
    [InlineData("One.\r\nTwo.", 4, "said", "said")]
    public void Inserted_line_breaks_follow_the_document(string document, int at, string inserted, string expected)
    {
        var change = TextEdits.InDocumentLineEndings(SourceText.From(document), Change(at, 0, inserted));
        Assert.Equal(expected, change.NewText);
    }
}
