using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rhetlint.Cli.Output;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli;

/// <summary>
/// The findings a newsroom has accepted as they stand (<c>rhetlint baseline create</c>): per file, the fingerprint of
/// each finding (<see cref="FindingFingerprint"/>: rule, sentence text, occurrence — not line numbers, so findings
/// stay known when text moves above them). <c>check --baseline FILE</c> then reports only new ones. Paths are
/// relative to the baseline file, with forward slashes, so the file can be committed and used from any checkout.
/// </summary>
internal sealed class Baseline
{
    public const string DefaultFileName = ".rhetlint-baseline.json";

    private readonly string _folder;
    private readonly Dictionary<string, List<BaselineEntry>> _files;

    private Baseline(string path, Dictionary<string, List<BaselineEntry>> files)
    {
        _folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        _files = files;
    }

    public int Count => _files.Values.Sum(f => f.Count);

    /// <summary>A baseline of every finding in <paramref name="results"/>, to be stored at <paramref name="path"/>.</summary>
    public static Baseline Of(string path, IEnumerable<CheckedFile> results)
    {
        var baseline = new Baseline(path, new Dictionary<string, List<BaselineEntry>>(StringComparer.Ordinal));
        foreach (var file in results.Where(r => r.Text is not null && r.Path != CheckRunner.StdinDisplayName))
        {
            var entries = file.Findings.Where(f => f.Fingerprint is not null).Select(f => new BaselineEntry(f.Id, f.Fingerprint!, f.Message)).ToList();
            if (entries.Count > 0) baseline._files[baseline.Key(file.Path)] = entries;
        }
        return baseline;
    }

    /// <exception cref="BaselineException">The file is missing or not a baseline.</exception>
    public static Baseline Load(string path)
    {
        try
        {
            var stored = JsonSerializer.Deserialize(File.ReadAllBytes(path), BaselineContext.Default.StoredBaseline)
                ?? throw new BaselineException($"{path}: not a Rhetlint baseline");
            if (stored.Version != 1) throw new BaselineException($"{path}: baseline version {stored.Version} is not one this rhetlint reads (1)");
            if (Malformed(stored) is { } problem) throw new BaselineException($"{path}: not a Rhetlint baseline ({problem})");
            return new Baseline(path, stored.Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BaselineException($"{path}: cannot read the baseline: {e.Message}");
        }
        catch (JsonException e)
        {
            throw new BaselineException($"{path}: not a Rhetlint baseline ({e.Message})");
        }
    }

    /// <summary>
    /// What valid JSON of the right shape can still lack: the deserializer leaves a missing or null <c>files</c>, a null
    /// entry list or a null entry as null. An entry without a fingerprint is kept (it matches nothing).
    /// </summary>
    private static string? Malformed(StoredBaseline stored)
    {
        if (stored.Files is null) return "no \"files\" object";
        foreach (var (file, entries) in stored.Files)
        {
            if (entries is null) return $"the entry of \"{file}\" is not a list of findings";
            if (entries.Any(e => e is null)) return $"the entry of \"{file}\" has a null finding";
        }
        return null;
    }

    // The file is committed and reviewed: relaxed escaping keeps the messages' apostrophes and quotes as written
    // (not \u0027), so a diff of the baseline reads like the findings. The output is still valid JSON.
    private static readonly BaselineContext Readable = new(new JsonSerializerOptions(BaselineContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <exception cref="FileWriteException">The file cannot be written.</exception>
    public void Save(string path)
    {
        var stored = new StoredBaseline(1, new SortedDictionary<string, List<BaselineEntry>>(_files, StringComparer.Ordinal));
        ReportFile.Write(path, JsonSerializer.Serialize(stored, Readable.StoredBaseline) + "\n");
    }

    /// <summary>Whether the finding is in the baseline (same file, same fingerprint).</summary>
    public bool Contains(string path, Finding finding) =>
        finding.Fingerprint is { } fingerprint && _files.TryGetValue(Key(path), out var entries) && entries.Any(e => e.Fingerprint == fingerprint);

    /// <summary>The baseline without the findings <paramref name="results"/> no longer have (Psalm's update: fixed ones go, new ones are not added).</summary>
    public Baseline Without(IEnumerable<CheckedFile> results, IReadOnlySet<string> checkedPaths)
    {
        var current = results.Where(r => r.Text is not null).ToDictionary(r => Key(r.Path), r => r.Findings.Select(f => f.Fingerprint).ToHashSet(), StringComparer.Ordinal);
        var kept = new Dictionary<string, List<BaselineEntry>>(StringComparer.Ordinal);
        var checkedKeys = checkedPaths.Select(Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, entries) in _files)
        {
            // A file this run did not check keeps its entries; a checked file keeps those still found.
            var stillThere = !checkedKeys.Contains(file) ? entries : current.TryGetValue(file, out var found) ? [.. entries.Where(e => found.Contains(e.Fingerprint))] : [];
            if (stillThere.Count > 0) kept[file] = stillThere;
        }
        return new Baseline(Path.Combine(_folder, DefaultFileName), kept);
    }

    private string Key(string path) => Path.GetRelativePath(_folder, Path.GetFullPath(path)).Replace('\\', '/');
}

/// <param name="Message">For people reading the file: what the finding said when it was accepted.</param>
internal sealed record BaselineEntry(string Id, string Fingerprint, string Message);

internal sealed record StoredBaseline(int Version, SortedDictionary<string, List<BaselineEntry>> Files);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(StoredBaseline))]
internal sealed partial class BaselineContext : JsonSerializerContext;

/// <summary>A baseline file that cannot be read or is not one; the message names the file.</summary>
internal sealed class BaselineException(string message) : Exception(message);
