using System.Security.Cryptography;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// The fingerprints of the findings in one normalized sentence, equal to <see cref="FindingFingerprint.Of"/>'s: the
/// hash of the rule id and the sentence, which every occurrence of the rule there shares, is made once per rule and
/// only the occurrence is hashed per finding. A long sentence with thousands of findings (a list of superlatives, a
/// run of unclosed quotes) is then hashed once per rule, not once per finding (issue 18).
/// </summary>
internal sealed class SentenceFingerprints(string normalized) : IDisposable
{
    private readonly Dictionary<string, IncrementalHash> _prefixes = new(StringComparer.Ordinal);

    public string Of(string ruleId, int occurrence)
    {
        if (!_prefixes.TryGetValue(ruleId, out var prefix)) _prefixes[ruleId] = prefix = FindingFingerprint.Prefix(ruleId, normalized);
        return FindingFingerprint.Finish(prefix, occurrence);
    }

    public void Dispose()
    {
        foreach (var prefix in _prefixes.Values) prefix.Dispose();
    }
}
