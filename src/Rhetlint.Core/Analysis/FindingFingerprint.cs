using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.Text;
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
        // Thousands of findings can share one long sentence (a list of superlatives, a run of unclosed quotes): the
        // sentence is normalized and hashed once per rule, never once per finding, and occurrences are counted by
        // a digest of its text rather than by the text, so the work stays linear in the document and no sentence's
        // text is kept past its findings.
        var occurrences = new Dictionary<(string Id, UInt128 Text), int>();
        var result = ImmutableArray.CreateBuilder<string>(findings.Count);
        (TextSpan Span, UInt128 TextId, SentenceFingerprints Fingerprints)? current = null;
        try
        {
            foreach (var finding in findings)
            {
                var span = SentenceSpan(document, finding);
                if (current?.Span != span)
                {
                    current?.Fingerprints.Dispose();
                    var normalized = NormalizeSentence(document.Source.ToString(span));
                    current = (span, Digest(normalized), new SentenceFingerprints(normalized));
                }
                var (_, textId, fingerprints) = current.Value;
                var key = (finding.Id, textId);
                var occurrence = occurrences.GetValueOrDefault(key);
                occurrences[key] = occurrence + 1;
                result.Add(fingerprints.Of(finding.Id, occurrence));
            }
        }
        finally
        {
            current?.Fingerprints.Dispose();
        }
        return result.MoveToImmutable();
    }

    /// <summary>128 bits of SHA-256 over a normalized sentence's characters: equal texts, equal digests, and no two texts of one document alike by chance.</summary>
    internal static UInt128 Digest(string normalized)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(normalized.AsSpan()), hash);
        return MemoryMarshal.Read<UInt128>(hash);
    }

    /// <summary>32 hex digits of SHA-256 over the three parts (a unit separator between them keeps them apart).</summary>
    /// <remarks>
    /// One hash over a buffer on the stack (or rented, for a long sentence): large documents and the language server
    /// fingerprint every finding this way, so it allocates only the result.
    /// </remarks>
    public static string Of(string ruleId, string normalizedSentence, int occurrence)
    {
        var size = Encoding.UTF8.GetMaxByteCount(ruleId.Length + normalizedSentence.Length + 2) + MaxDigits;
        byte[]? rented = null;
        Span<byte> buffer = size <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(size));
        var length = Encoding.UTF8.GetBytes(ruleId, buffer);
        buffer[length++] = Separator;
        length += Encoding.UTF8.GetBytes(normalizedSentence, buffer[length..]);
        buffer[length++] = Separator;
        length += Digits(occurrence, buffer[length..]);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer[..length], hash);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return Convert.ToHexStringLower(hash[..16]);
    }

    private const byte Separator = 0x1F;

    private const int MaxDigits = 11;

    /// <summary>The occurrence in invariant digits, as UTF-8.</summary>
    private static int Digits(int occurrence, Span<byte> destination)
    {
        occurrence.TryFormat(destination, out var written, provider: CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>The first two parts, which every occurrence of the rule in the sentence shares, with their separators, as UTF-8.</summary>
    internal static byte[] PrefixBytes(string ruleId, string normalizedSentence)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(ruleId) + Encoding.UTF8.GetByteCount(normalizedSentence) + 2];
        var length = Encoding.UTF8.GetBytes(ruleId, bytes);
        bytes[length++] = Separator;
        length += Encoding.UTF8.GetBytes(normalizedSentence, bytes.AsSpan(length));
        bytes[length] = Separator;
        return bytes;
    }

    /// <summary>A running hash of <see cref="PrefixBytes"/>, for a sentence too long to hash again for each occurrence.</summary>
    internal static IncrementalHash Prefix(byte[] prefix)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(prefix);
        return hash;
    }

    internal static string Finish(IncrementalHash prefix, int occurrence)
    {
        using var hash = prefix.Clone();
        Span<byte> digits = stackalloc byte[MaxDigits];
        hash.AppendData(digits[..Digits(occurrence, digits)]);
        Span<byte> result = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(result);
        return Convert.ToHexStringLower(result[..16]);
    }

    /// <summary>The fingerprint of an occurrence after a short <see cref="PrefixBytes"/>: one hash over it and the digits.</summary>
    internal static string Finish(byte[] prefix, int occurrence)
    {
        Span<byte> buffer = stackalloc byte[prefix.Length + MaxDigits];
        prefix.CopyTo(buffer);
        var length = prefix.Length + Digits(occurrence, buffer[prefix.Length..]);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer[..length], hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>
    /// The sentence as a reader sees it, not as it is laid out: compatibility-normalized (NFKC), curly quotes made
    /// straight, every run of whitespace (a re-wrapped Markdown line) one space, lower case. Reflowing a paragraph
    /// or a smart-quotes pass keeps the fingerprint; changing a word does not.
    /// </summary>
    public static string NormalizeSentence(string text)
    {
        var normalized = CompatibilityNormalized(text);
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
    /// NFKC, except that <see cref="string.Normalize(NormalizationForm)"/> throws on U+FFFE and on an unpaired
    /// surrogate, which a draft may hold: those are kept as they are and the runs between them normalized. They have
    /// no decomposition and combine with nothing, so a text without them normalizes exactly as before.
    /// </summary>
    private static string CompatibilityNormalized(string text)
    {
        var builder = new StringBuilder(text.Length);
        var runStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                i++;
                continue;
            }
            if (text[i] != '\uFFFE' && !char.IsSurrogate(text[i])) continue;
            builder.Append(text.AsSpan(runStart, i - runStart).ToString().Normalize(NormalizationForm.FormKC)).Append(text[i]);
            runStart = i + 1;
        }
        return runStart == 0 ? text.Normalize(NormalizationForm.FormKC)
            : builder.Append(text[runStart..].Normalize(NormalizationForm.FormKC)).ToString();
    }

    /// <summary>
    /// The span of the sentence holding the finding's start; outside prose (a suppression comment, a whole-document
    /// engine finding) the finding's own span, or its line when it has none.
    /// </summary>
    private static TextSpan SentenceSpan(ProseDocument document, Finding finding)
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
            else return span;
        }
        if (!finding.Span.IsEmpty) return finding.Span;
        return document.Source.Lines.GetLineFromPosition(start).Span;
    }
}
