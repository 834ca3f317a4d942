using System.Text;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli.Output;

/// <summary><c>check --output FILE</c>, baselines and cache entries: the file lands whole or not at all, so a CI step never
/// uploads half a SARIF log.</summary>
internal static class ReportFile
{
    /// <summary>Replaces <paramref name="path"/> by <see cref="AtomicFile"/>: through a symbolic link, never over a device
    /// or a pipe, keeping the file's mode and owner.</summary>
    /// <exception cref="FileWriteException">Nothing was written; the message names no temporary file.</exception>
    public static void Write(string path, string contents) => AtomicFile.Write(path, new UTF8Encoding(false).GetBytes(contents));
}
