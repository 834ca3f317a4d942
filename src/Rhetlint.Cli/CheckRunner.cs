using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli;

/// <summary>Reads and lints files in parallel; results come back in input order.</summary>
/// <param name="rules">The rules each document runs, by its configuration (built-in rules and its packs).</param>
/// <param name="optionsFor">The configuration of a document, by path (standard input resolves from the working directory).</param>
internal sealed class CheckRunner(RuleSets rules, DocumentFormat stdinFormat, Func<string, DocumentOptions> optionsFor)
{
    public const string StdinDisplayName = "<stdin>";

    public CheckedFile[] Run(IReadOnlyList<string> paths, Func<Stream> stdin, CancellationToken cancellationToken)
    {
        var results = new CheckedFile[paths.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, paths.Count, options, i => results[i] = CheckOne(paths[i], stdin, cancellationToken));
        return results;
    }

    private CheckedFile CheckOne(string path, Func<Stream> stdin, CancellationToken cancellationToken)
    {
        var isStdin = path == FileCollector.StandardInput;
        var displayPath = isStdin ? StdinDisplayName : path;
        SourceText text;
        DocumentOptions options;
        try
        {
            text = isStdin ? SourceReader.Decode(ReadAll(stdin())) : SourceReader.ReadFile(path);
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
        var report = rules.For(options).LintForReport(displayPath, text, format, options, cancellationToken);
        return new CheckedFile(displayPath, text, report.Findings, null, report.Statistics) { Suppressed = report.Suppressed };
    }

    internal static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
