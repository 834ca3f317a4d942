using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Cli.Output;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli;

/// <summary>
/// Check results on disk, one file per document, keyed by the document's text, its configuration and the engine
/// build (Ruff's cache, per document): a second run over an unchanged archive analyzes nothing. An entry that cannot
/// be read is a miss, and a write that fails only costs the next run time.
/// </summary>
internal sealed class ResultCache(string directory)
{
    /// <summary>The assemblies whose code decides findings: a new build of any of them invalidates every entry.</summary>
    private static readonly string EngineVersion = string.Join(",",
        new[] { typeof(Linter), typeof(Rules.BuiltInRules), typeof(Packs.PackLoader), typeof(ResultCache) }.Select(t => t.Module.ModuleVersionId));

    public string Directory { get; } = directory;

    private string? _writeFailure;

    /// <summary>
    /// Why the first write failed (a read-only or missing home, a full disk), or null: the run says so once, since
    /// otherwise every run would analyze everything again without a word.
    /// </summary>
    public string? WriteFailure => _writeFailure;

    /// <summary>The entry key for a document: its text and format, and the fingerprint of its rules and settings.</summary>
    public static string Key(SourceText text, string format, string configuration)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{EngineVersion}\n{format}\n{configuration}\n"));
        hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>The cached report, its findings located in <paramref name="path"/>'s <paramref name="text"/>, or null.</summary>
    public LintReport? TryRead(string key, string path, SourceText text, IReadOnlyDictionary<string, DiagnosticDescriptor> descriptors)
    {
        CacheEntry? entry;
        try
        {
            entry = JsonSerializer.Deserialize(File.ReadAllText(EntryPath(key)), ResultCacheContext.Default.CacheEntry);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
        if (entry is null || !IsConsistent(entry, text.Length, descriptors)) return null;
        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (var f in entry.Findings.Concat(entry.Suppressed))
        {
            var descriptor = descriptors[f.Id];
            var span = new TextSpan(f.Start, f.Length);
            var location = Location.Create(path, span, LineMap.Of(text).SpanOf(span));
            var diagnostic = Diagnostic.Create(descriptor.Id, descriptor.Category, f.Message, (DiagnosticSeverity)f.Severity, descriptor.DefaultSeverity,
                descriptor.IsEnabledByDefault, warningLevel: f.Severity == (int)DiagnosticSeverity.Error ? 0 : 1, descriptor.Title, descriptor.Description,
                descriptor.HelpLinkUri, location, customTags: descriptor.CustomTags);
            var rewrites = f.Rewrites.Select(r => new Rewrite(r.Title, [.. r.Changes.Select(c => new TextChange(new TextSpan(c.Start, c.Length), c.Text))],
                (Applicability)r.Applicability));
            var suppression = f.Suppression is { } s ? new Suppression(s.Directive, new TextSpan(s.CommentStart, s.CommentLength), s.Justification) : null;
            findings.Add(new Finding(diagnostic, [.. rewrites]) { Fingerprint = f.Fingerprint, Suppression = suppression });
        }
        var all = findings.ToImmutable();
        return new LintReport([.. all.Where(f => f.Suppression is null)], [.. all.Where(f => f.Suppression is not null)],
            new DocumentStatistics(entry.Words, entry.DirectQuotes, entry.NamedSourceQuotes));
    }

    /// <summary>
    /// Whether every part of the entry is there and every span lies inside the text. An entry is a file anyone can
    /// edit or a crash can truncate: one that is valid JSON but wrong (a null list, a span past the end of the text, a
    /// severity that does not exist) is a miss, never a crash or a finding the rules did not report.
    /// </summary>
    private static bool IsConsistent(CacheEntry entry, int textLength, IReadOnlyDictionary<string, DiagnosticDescriptor> descriptors) =>
        entry.Findings is not null && entry.Suppressed is not null && entry.Words >= 0 && entry.DirectQuotes >= 0 && entry.NamedSourceQuotes >= 0
        && entry.Findings.Concat(entry.Suppressed).All(f => f is not null && f.Id is not null && descriptors.ContainsKey(f.Id) && f.Message is not null
            && Enum.IsDefined((DiagnosticSeverity)f.Severity) && IsInside(f.Start, f.Length, textLength)
            && f.Rewrites is not null && f.Rewrites.All(r => r is not null && r.Title is not null && Enum.IsDefined((Applicability)r.Applicability)
                && r.Changes is not null && r.Changes.All(c => c is not null && c.Text is not null && IsInside(c.Start, c.Length, textLength)))
            && (f.Suppression is null || f.Suppression.Directive is not null && IsInside(f.Suppression.CommentStart, f.Suppression.CommentLength, textLength)));

    private static bool IsInside(int start, int length, int textLength) => start >= 0 && length >= 0 && start <= textLength - length;

    public void Write(string key, LintReport report)
    {
        var entry = new CacheEntry([.. report.Findings.Select(Cached)], [.. report.Suppressed.Select(Cached)],
            report.Statistics.Words, report.Statistics.DirectQuotes, report.Statistics.NamedSourceQuotes);
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            ReportFile.Write(EntryPath(key), JsonSerializer.Serialize(entry, ResultCacheContext.Default.CacheEntry));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FileWriteException)
        {
            // A read-only or full disk makes the next run slower, nothing worse; the first failure is kept to tell the user.
            Interlocked.CompareExchange(ref _writeFailure, e.Message, null);
        }
    }

    private static CachedFinding Cached(Finding f) => new(f.Id, f.Span.Start, f.Span.Length, (int)f.Severity, f.Message,
        [.. f.Rewrites.Select(r => new CachedRewrite(r.Title, (int)r.Applicability, [.. r.Changes.Select(c => new CachedChange(c.Span.Start, c.Span.Length, c.NewText ?? ""))]))],
        f.Fingerprint,
        f.Suppression is { } s ? new CachedSuppression(s.Directive, s.Comment.Start, s.Comment.Length, s.Justification) : null);

    private string EntryPath(string key) => Path.Combine(Directory, key + ".json");
}

internal sealed record CacheEntry(List<CachedFinding> Findings, List<CachedFinding> Suppressed, int Words, int DirectQuotes, int NamedSourceQuotes);

internal sealed record CachedFinding(string Id, int Start, int Length, int Severity, string Message, List<CachedRewrite> Rewrites, string? Fingerprint,
    CachedSuppression? Suppression);

internal sealed record CachedSuppression(string Directive, int CommentStart, int CommentLength, string? Justification);

internal sealed record CachedRewrite(string Title, int Applicability, List<CachedChange> Changes);

internal sealed record CachedChange(int Start, int Length, string Text);

[JsonSerializable(typeof(CacheEntry))]
internal sealed partial class ResultCacheContext : JsonSerializerContext;
