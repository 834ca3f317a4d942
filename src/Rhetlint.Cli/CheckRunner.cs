using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli;

/// <summary>Reads and lints files in parallel; results come back in input order.</summary>
/// <param name="rules">The rules each document runs, by its configuration (built-in rules and its packs).</param>
/// <param name="optionsFor">The configuration of a document, by path (standard input resolves from the working directory).</param>
/// <param name="cache">Results of earlier runs (files only, not standard input); null to analyze everything.</param>
internal sealed class CheckRunner(RuleSets rules, DocumentFormat stdinFormat, Func<string, DocumentOptions> optionsFor, ResultCache? cache = null)
{
    public const string StdinDisplayName = "<stdin>";

    private int _analyzed;

    public DocumentFormat StdinFormat => stdinFormat;

    /// <summary>How many documents this runner analyzed rather than took from the cache.</summary>
    public int Analyzed => _analyzed;

    /// <param name="progress">Called after each file with the number done so far (from any thread).</param>
    public CheckedFile[] Run(IReadOnlyList<string> paths, Func<Stream> stdin, CancellationToken cancellationToken, Action<int>? progress = null)
    {
        var results = new CheckedFile[paths.Count];
        var done = 0;
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, paths.Count, options, i =>
        {
            results[i] = CheckContained(paths[i], stdin, cancellationToken);
            progress?.Invoke(Interlocked.Increment(ref done));
        });
        return results;
    }

    /// <summary>One file's result, whatever happens while checking it: a bug costs that file, not the whole run's report.</summary>
    private CheckedFile CheckContained(string path, Func<Stream> stdin, CancellationToken cancellationToken)
    {
        try
        {
            return CheckOne(path, stdin, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return CheckedFile.InternalError(DisplayPath(path), e);
        }
    }

    private static string DisplayPath(string path) => path == FileCollector.StandardInput ? StdinDisplayName : path;

    private CheckedFile CheckOne(string path, Func<Stream> stdin, CancellationToken cancellationToken)
    {
        var isStdin = path == FileCollector.StandardInput;
        var displayPath = DisplayPath(path);
        SourceText text;
        DocumentOptions options;
        try
        {
            text = isStdin ? SourceReader.Decode(SourceReader.ReadCapped(stdin())) : DocumentFile.Read(path, DocumentFormats.FromPath(path));
            options = optionsFor(isStdin ? Path.Combine(Directory.GetCurrentDirectory(), StdinDisplayName) : path);
        }
        catch (InputException e)
        {
            return new CheckedFile(displayPath, null, [], e.Message, null);
        }
        catch (ConfigException e)
        {
            return new CheckedFile(displayPath, null, [], e.Message, null);
        }
        var format = isStdin ? stdinFormat : DocumentFormats.FromPath(path);
        try
        {
            var linter = rules.For(options);
            // Checked before the cache is read, so a cached result never hides a setting that names no rule.
            linter.Driver.OptionValues(options);
            var key = cache is null || isStdin ? null : ResultCache.Key(text, format.ToString(), rules.Fingerprint(options));
            if (key is not null && cache!.TryRead(key, displayPath, text, linter.Driver.Descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal)) is { } cached)
                return new CheckedFile(displayPath, text, cached.Findings, null, cached.Statistics) { Suppressed = cached.Suppressed };
            Interlocked.Increment(ref _analyzed);
            var report = linter.LintForReport(displayPath, text, format, options, cancellationToken);
            if (key is not null) cache!.Write(key, report);
            return new CheckedFile(displayPath, text, report.Findings, null, report.Statistics) { Suppressed = report.Suppressed };
        }
        catch (ConfigException e)
        {
            // A rule id or option no rule declares: only the driver knows its rules.
            return new CheckedFile(displayPath, null, [], e.Message, null);
        }
        catch (InputException e)
        {
            // Text that decodes but cannot be parsed (Markdown nested too deeply).
            return new CheckedFile(displayPath, null, [], e.Message, null);
        }
    }
}
