using System.Text;

namespace Rhetlint.Cli.Output;

/// <summary><c>check --output FILE</c>: the report lands whole or not at all, so a CI step never uploads half a SARIF log.</summary>
internal static class ReportFile
{
    /// <summary>Writes to a temporary file beside <paramref name="path"/> and renames it over the target.</summary>
    /// <exception cref="IOException">The folder does not exist or is not writable (also <see cref="UnauthorizedAccessException"/>).</exception>
    public static void Write(string path, string contents)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.rhetlint-{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, contents, new UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
