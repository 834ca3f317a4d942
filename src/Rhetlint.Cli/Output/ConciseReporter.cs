namespace Rhetlint.Cli.Output;

/// <summary>
/// <c>path(line,col): severity ID: message</c>, one line per finding and nothing else, so an MSBuild problem
/// matcher, an editor's quickfix list or <c>grep</c> reads every line; the count goes to standard error.
/// </summary>
internal static class ConciseReporter
{
    public static void Write(TextWriter output, IReadOnlyList<CheckedFile> files, Palette palette)
    {
        foreach (var file in files.Where(f => f.Text is not null))
            foreach (var finding in file.Findings)
            {
                TextReporter.WriteHeadline(output, file.Path, finding, palette);
                output.WriteLine();
            }
    }
}
