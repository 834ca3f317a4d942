using System.Security.Cryptography;
using System.Text;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// The fingerprints of the findings in one normalized sentence, equal to <see cref="FindingFingerprint.Of"/>'s. The
/// bytes of the rule id and the sentence, which every occurrence of the rule there shares, are encoded once per rule;
/// a short sentence's occurrence is then one hash of those bytes and its digits, and a long sentence (a list of
/// superlatives, a run of unclosed quotes) is hashed once per rule and only the occurrence per finding (issue 18).
/// Cloning the running hash for every finding of a short sentence cost more than hashing the sentence again.
/// </summary>
internal sealed class SentenceFingerprints(string normalized) : IDisposable
{
    /// <summary>Below this many bytes of rule id and sentence, an occurrence hashes them again rather than cloning a running hash.</summary>
    private const int ShortPrefix = 512;

    private readonly Dictionary<string, Prefix> _prefixes = new(StringComparer.Ordinal);

    public string Of(string ruleId, int occurrence)
    {
        if (!_prefixes.TryGetValue(ruleId, out var prefix)) _prefixes[ruleId] = prefix = PrefixOf(ruleId);
        return prefix.Running is { } running ? FindingFingerprint.Finish(running, occurrence) : FindingFingerprint.Finish(prefix.Bytes!, occurrence);
    }

    /// <summary>The shared part for <paramref name="ruleId"/>: its bytes when short, else a running hash of them.</summary>
    private Prefix PrefixOf(string ruleId)
    {
        var bytes = FindingFingerprint.PrefixBytes(ruleId, normalized);
        return bytes.Length <= ShortPrefix ? new(bytes, null) : new(null, FindingFingerprint.Prefix(bytes));
    }

    public void Dispose()
    {
        foreach (var prefix in _prefixes.Values) prefix.Running?.Dispose();
    }

    private readonly record struct Prefix(byte[]? Bytes, IncrementalHash? Running);
}
