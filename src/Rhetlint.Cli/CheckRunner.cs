using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli;

/// <summary>Reads and lints files in parallel; results come back in input order.</summary>
internal sealed class CheckRunner(Linter linter, DocumentFormat stdinFormat)
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
        try
        {
            text = isStdin ? SourceReader.Decode(ReadAll(stdin())) : SourceReader.ReadFile(path);
        }
        catch (InputException e)
        {
            return new CheckedFile(displayPath, null, [], e.Message, null);
        }
        var format = isStdin ? stdinFormat : DocumentFormats.FromPath(path);
        var (findings, statistics) = linter.LintWithStatistics(displayPath, text, format, cancellationToken);
        return new CheckedFile(displayPath, text, findings, null, statistics);
    }

    internal static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
