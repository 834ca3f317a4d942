using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Fixes;

namespace Rhetlint.Core.Docx;

/// <summary>What fixing a Word document did: the passes on its text, the new file, and the rewrites it could not write.</summary>
/// <param name="Original">The document's bytes as read: the file is replaced only if it still holds them.</param>
/// <param name="Bytes">The fixed document, or null when nothing was applied or the passes did not settle.</param>
/// <param name="Refusals">One line per rewrite that was not written, naming its finding and why.</param>
public sealed record DocxFixResult(FixResult Result, byte[] Original, byte[]? Bytes, ImmutableArray<string> Refusals);

/// <summary>
/// <see cref="Fixer"/> for a Word document: each pass chooses rewrites on the extracted text, writes them into the runs
/// (<see cref="DocxRewriter"/>) and extracts the text again, until nothing changes. A rewrite that cannot be written
/// into one run is left out before the pass is chosen (so it never blocks the rewrites around it) and reported once.
/// </summary>
public static class DocxFixer
{
    /// <param name="original">The document's bytes, as read.</param>
    /// <param name="analyze">The findings on a version of its text.</param>
    /// <exception cref="Text.InputException">The document cannot be read.</exception>
    public static DocxFixResult Run(byte[] original, Func<SourceText, ImmutableArray<Finding>> analyze, Applicability least)
    {
        var refusals = new List<string>();
        using var document = DocxFile.Open(original, editable: true);
        var text = DocxFile.Extract(document);
        var result = Fixer.Run(text.Text, analyze, least, finding => Writable(text, finding, least, refusals), (_, edits) =>
        {
            DocxRewriter.Apply(document, text, edits);
            text = DocxFile.Extract(document);
            return text.Text;
        });
        return new DocxFixResult(result, original, result.Settled && result.FixedCount > 0 ? document.Save() : null, [.. refusals]);
    }

    /// <summary>
    /// Writes edits chosen on the document's text (by <c>fix --interactive</c>: one pass, the writer's choice) into its
    /// runs; those that cannot be written are named in <see cref="DocxFixResult.Refusals"/> instead.
    /// </summary>
    /// <param name="original">The document's bytes, as read; its extracted text is the text the edits were made on.</param>
    /// <returns>The new document's bytes (null when no edit could be written), how many edits were written, and the refusals.</returns>
    /// <exception cref="Text.InputException">The document cannot be read.</exception>
    public static (byte[]? Bytes, int Written, ImmutableArray<string> Refusals) Apply(byte[] original, IEnumerable<FixEdit> edits)
    {
        var refusals = new List<string>();
        using var document = DocxFile.Open(original, editable: true);
        var text = DocxFile.Extract(document);
        var writable = edits.Where(e => Writable(text, e, refusals)).ToList();
        DocxRewriter.Apply(document, text, writable);
        return (writable.Count > 0 ? document.Save() : null, writable.Count, [.. refusals]);
    }

    /// <summary>Whether the finding's rewrite can be written into the runs; when not, why is added to <paramref name="refusals"/> (once).</summary>
    private static bool Writable(DocxText text, Finding finding, Applicability least, List<string> refusals)
    {
        return FixPlanner.FirstApplicable(finding, least) is not { } rewrite || FixPlanner.Prepare(text.Text, finding, rewrite) is not { } edit
            || Writable(text, edit, refusals);
    }

    private static bool Writable(DocxText text, FixEdit edit, List<string> refusals)
    {
        if (DocxRewriter.Refusal(text, edit) is not { } reason) return true;
        var finding = edit.Finding;
        var where = DocxLocator.Describe(text.Text.Lines.GetLinePositionSpan(finding.Span));
        var refusal = $"{finding.Id} at {where} ('{text.Text.ToString(finding.Span)}') not rewritten: {reason}; edit it in Word";
        if (!refusals.Contains(refusal)) refusals.Add(refusal);
        return false;
    }
}
