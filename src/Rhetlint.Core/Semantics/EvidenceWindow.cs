using System.Globalization;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// The sentences around a claim where evidence may be, always within its paragraph: <see cref="Before"/> sentences
/// before it and <see cref="After"/> after. With <see cref="OpeningTakesParagraph"/>, a claim in a paragraph's first
/// sentence may be supported anywhere in the paragraph, since a topic sentence is often backed by what follows.
/// A rule declares its window in its descriptor's custom tags (<see cref="Tag"/>), so no rule computes its own.
/// </summary>
public readonly record struct EvidenceWindow(int Before, int After, bool OpeningTakesParagraph = false)
{
    private const string TagPrefix = "evidence-window:";
    private const string OpeningSuffix = ",opening-takes-paragraph";
    private const string ParagraphTag = TagPrefix + "paragraph";
    private const int WholeParagraph = int.MaxValue;

    /// <summary>The claim's own sentence.</summary>
    public static EvidenceWindow Sentence => new(0, 0);

    /// <summary>The claim's sentence and the next, as the annotation guidelines read superlatives.</summary>
    public static EvidenceWindow NextSentence => new(0, 1);

    /// <summary>The whole paragraph.</summary>
    public static EvidenceWindow Paragraph => new(WholeParagraph, WholeParagraph);

    /// <summary>The custom tag that declares this window: "evidence-window:0,1", "evidence-window:paragraph".</summary>
    public string Tag => this == Paragraph
        ? ParagraphTag
        : string.Create(CultureInfo.InvariantCulture, $"{TagPrefix}{Before},{After}{(OpeningTakesParagraph ? OpeningSuffix : "")}");

    /// <summary>The window declared among <paramref name="tags"/> (a descriptor's custom tags), or null when none is.</summary>
    /// <exception cref="FormatException">A tag starts like a window but does not read as one.</exception>
    public static EvidenceWindow? FromTags(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            if (!tag.StartsWith(TagPrefix, StringComparison.Ordinal)) continue;
            if (tag == ParagraphTag) return Paragraph;
            var body = tag[TagPrefix.Length..];
            var opening = body.EndsWith(OpeningSuffix, StringComparison.Ordinal);
            if (opening) body = body[..^OpeningSuffix.Length];
            var parts = body.Split(',');
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var before)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var after))
                return new EvidenceWindow(before, after, opening);
            throw new FormatException($"'{tag}' is not an evidence window: write {TagPrefix}BEFORE,AFTER[{OpeningSuffix}] or {ParagraphTag}.");
        }
        return null;
    }

    /// <summary>The first and last sentence indices the window covers around <paramref name="sentence"/>, within its paragraph.</summary>
    public (int First, int Last) Around(Syntax.Sentence sentence, Syntax.Paragraph paragraph)
    {
        var opening = OpeningTakesParagraph && sentence.Index == paragraph.FirstSentence;
        var first = sentence.Index - Math.Min(Before, sentence.Index - paragraph.FirstSentence);
        var last = opening ? paragraph.EndSentence - 1 : sentence.Index + Math.Min(After, paragraph.EndSentence - 1 - sentence.Index);
        return (first, last);
    }

    public override string ToString() => this == Paragraph
        ? "the paragraph"
        : (Before, After) switch
        {
            (0, 0) => "the sentence",
            (0, 1) => "the sentence and the next",
            (0, var a) => $"the sentence and {a} after",
            (var b, 0) => $"the sentence and {b} before",
            (var b, var a) => $"{b} sentence{(b == 1 ? "" : "s")} before to {a} after",
        } + (OpeningTakesParagraph ? ", or the paragraph for its opening sentence" : "");
}
