namespace Rhetlint.Core.Analysis;

/// <summary>When and how a large document is analyzed in sections (<see cref="SectionedLinter"/>).</summary>
/// <param name="Threshold">A document of at least this many characters is analyzed in sections; a smaller one whole.</param>
/// <param name="SectionSize">A section gathers whole chunks (paragraphs between blank lines) until it holds at least this many characters.</param>
/// <param name="Margin">Chunks of context analyzed before and after a section, whose own findings are dropped.</param>
public sealed record SectionSizes(int Threshold, int SectionSize, int Margin)
{
    /// <summary>
    /// Chosen, not yet tuned by a sweep: 128 KB sections cut bench/inputs.py's 10 MB input into about 80 sections, so both
    /// cores stay busy to the end and a section's model is a small fraction of the whole document's; eight chunks of
    /// margin on each side are about 6% more text analyzed with that input's paragraphs of 400–600 characters, and cover
    /// the cross-paragraph reach of the semantic layer (a speaker introduced a paragraph or two before a quotation, a
    /// rebuttal in the next paragraph, a quote paragraph continuing the one before). The threshold of 512 KB is five
    /// times a long-form feature of about 100 KB and far above every annotated document, so ordinary drafts are
    /// analyzed whole, as before.
    /// </summary>
    public static SectionSizes Default { get; } = new(Threshold: 512 * 1024, SectionSize: 128 * 1024, Margin: 8);
}
