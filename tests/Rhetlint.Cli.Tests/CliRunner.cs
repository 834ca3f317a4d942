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

    /// <summary>As if standard output and standard error were terminals (the captured text is what a terminal would be sent).</summary>
    public static CliResult RunOnTerminal(Dictionary<string, string?> environment, params string[] args) =>
        RunWith("", environment, args, new Terminals(Out: true, Error: true));

    private static CliResult RunWith(string stdin, Dictionary<string, string?> environment, string[] args, Terminals? terminals = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)),
            name => environment.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name), terminals);
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

    /// <summary>
    /// Packs with safe rewrites for the whole folder — wire-style and a house spelling list (HP101: harbour → harbor,
    /// judgement → judgment) — so that fix has edits to make.
    /// </summary>
    public void WriteHouseAndWireStylePacks()
    {
        Write(".editorconfig", "root = true\n[*.{md,txt}]\nrhetlint.packs = wire-style, house\n");
        Write("house/pack.yaml", "name: house\n");
        Write("house/spelling.yaml",
            "id: HP101\nkind: substitution\nmessage: \"Write '{replacement}'\"\nvoice: writer\napplicability: safe\nswap:\n  harbour: harbor\n  judgement: judgment\n"
            + "examples:\n  flag: ['The [[harbour]] closed.']\n  pass: [The harbor closed.]\n");
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
