using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// The sentence part of a finding's fingerprint, chosen as <see cref="FindingFingerprint.Compute"/> chooses it — the
/// sentence holding the finding's start; outside prose the finding's own text, or its line when it has none —
/// from sentence spans rather than a parsed document, because the language server's and large documents' findings come from windows and sections.
/// </summary>
public static class FingerprintSentence
{
    /// <param name="sentences">Sentence spans in <paramref name="text"/>, in order.</param>
    public static string Of(IReadOnlyList<TextSpan> sentences, string text, TextSpan finding, Func<int, string> lineAt) =>
        Holding(sentences, finding) is { } sentence ? FindingFingerprint.NormalizeSentence(text.Substring(sentence.Start, sentence.Length))
            : FindingFingerprint.NormalizeSentence(finding.IsEmpty ? lineAt(finding.Start) : text.Substring(finding.Start, finding.Length));

    /// <summary>
    /// Where <see cref="Of"/> takes its text from: the span to normalize later, when holding the text of every finding's
    /// sentence until the findings are counted would cost as much memory as the document (<see cref="SectionedLinter"/>).
    /// </summary>
    /// <param name="sentences">Sentence spans, in order.</param>
    /// <param name="lineAt">The span of the line holding a position, without its line break.</param>
    public static TextSpan SpanOf(IReadOnlyList<TextSpan> sentences, TextSpan finding, Func<int, TextSpan> lineAt) =>
        Holding(sentences, finding) ?? (finding.IsEmpty ? lineAt(finding.Start) : finding);

    /// <summary>The sentence that holds the finding's start, if any.</summary>
    private static TextSpan? Holding(IReadOnlyList<TextSpan> sentences, TextSpan finding)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + (hi - lo) / 2;
            var span = sentences[mid];
            if (finding.Start < span.Start) hi = mid - 1;
            else if (finding.Start >= span.End) lo = mid + 1;
            else return span;
        }
        return null;
    }
}
