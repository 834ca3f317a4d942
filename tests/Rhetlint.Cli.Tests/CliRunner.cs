using System.Text;

namespace Rhetlint.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error);

internal static class CliRunner
{
    public static CliResult Run(params string[] args) => RunWithInput("", args);

    public static CliResult RunWithInput(string stdin, params string[] args) => RunWith(stdin, new(), args);

    /// <summary>With these environment variables on top of the process's own (the process's are never changed: tests run in parallel).</summary>
    public static CliResult RunWithEnvironment(Dictionary<string, string?> environment, params string[] args) => RunWith("", environment, args);

    private static CliResult RunWith(string stdin, Dictionary<string, string?> environment, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)),
            name => environment.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name));
        return new CliResult(code, output.ToString(), error.ToString());
    }
}

/// <summary>A temporary folder of drafts, deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("rhetlint-test-").FullName;

    public string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
