using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// A finding's identity that survives edits elsewhere in the file (ARCHITECTURE.md, baseline): the rule id, the
/// normalized text of the sentence the finding starts in, and which occurrence of that rule in that sentence text it
/// is (0 for the first, counting every finding, suppressed ones included, in document order). Line numbers and
/// offsets are left out on purpose, so a paragraph inserted above a finding does not make it new; editing the
/// sentence itself does. SARIF carries it in <c>partialFingerprints</c>; a baseline stores it.
/// </summary>
public static class FindingFingerprint
{
    /// <summary>The key SARIF's <c>partialFingerprints</c> uses; the version changes if the definition ever does.</summary>
    public const string SarifKey = "rhetlintSentenceHash/v1";

    /// <summary>The fingerprint of each finding, parallel to <paramref name="findings"/> (which must be in document order).</summary>
    public static ImmutableArray<string> Compute(ProseDocument document, IReadOnlyList<Finding> findings)
    {
        var seen = new Dictionary<(string Id, string Sentence), int>();
        var result = ImmutableArray.CreateBuilder<string>(findings.Count);
        foreach (var finding in findings)
        {
            var sentence = NormalizeSentence(SentenceText(document, finding));
            var occurrence = seen.GetValueOrDefault((finding.Id, sentence));
            seen[(finding.Id, sentence)] = occurrence + 1;
            result.Add(Of(finding.Id, sentence, occurrence));
        }
        return result.MoveToImmutable();
    }

    /// <summary>32 hex digits of SHA-256 over the three parts (a unit separator between them keeps them apart).</summary>
    public static string Of(string ruleId, string normalizedSentence, int occurrence)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{ruleId}\u001F{normalizedSentence}\u001F{occurrence}"));
        return Convert.ToHexStringLower(bytes, 0, 16);
    }

    /// <summary>
    /// The sentence as a reader sees it, not as it is laid out: compatibility-normalized (NFKC), curly quotes made
    /// straight, every run of whitespace (a re-wrapped Markdown line) one space, lower case. Reflowing a paragraph
    /// or a smart-quotes pass keeps the fingerprint; changing a word does not.
    /// </summary>
    public static string NormalizeSentence(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' => '"',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString();
    }

    /// <summary>
    /// The sentence holding the finding's start; outside prose (a suppression comment, a whole-document engine
    /// finding) the finding's own text, or its line when it has none.
    /// </summary>
    private static string SentenceText(ProseDocument document, Finding finding)
    {
        var start = finding.Span.Start;
        var sentences = document.Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + (hi - lo) / 2;
            var span = sentences[mid].Span;
            if (start < span.Start) hi = mid - 1;
            else if (start >= span.End) lo = mid + 1;
            else return document.Source.ToString(span);
        }
        if (!finding.Span.IsEmpty) return document.Source.ToString(finding.Span);
        return document.Source.Lines.GetLineFromPosition(start).ToString();
    }
}
