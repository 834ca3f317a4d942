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
    public static string Of(IReadOnlyList<TextSpan> sentences, string text, TextSpan finding, Func<int, string> lineAt)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + (hi - lo) / 2;
            var span = sentences[mid];
            if (finding.Start < span.Start) hi = mid - 1;
            else if (finding.Start >= span.End) lo = mid + 1;
            else return FindingFingerprint.NormalizeSentence(text.Substring(span.Start, span.Length));
        }
        return FindingFingerprint.NormalizeSentence(finding.IsEmpty ? lineAt(finding.Start) : text.Substring(finding.Start, finding.Length));
    }
}
