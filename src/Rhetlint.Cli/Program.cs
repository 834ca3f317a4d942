using System.CommandLine;
using System.Globalization;
using System.Text;
using Rhetlint.Cli.Commands;

namespace Rhetlint.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        // Before Console.Out and Console.Error are read: setting the encoding replaces both writers.
        Console.OutputEncoding = new UTF8Encoding(false);
        var stdout = StandardOutput();
        try
        {
            return Run(args, stdout, Console.Error, Console.OpenStandardInput,
                terminals: new Terminals(!Console.IsOutputRedirected, !Console.IsErrorRedirected));
        }
        finally
        {
            stdout.Flush();
        }
    }

    /// <summary>
    /// The console's own writer flushes every line, a write call each: a megabyte's report is tens of thousands of
    /// lines, and those calls were a noticeable share of the check (issue 18). Redirected to a file or a pipe, the report
    /// goes through a buffer flushed when it fills and at exit; a terminal keeps the console's writer, so lines appear as
    /// they are written.
    /// </summary>
    private static TextWriter StandardOutput() =>
        Console.IsOutputRedirected ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false } : Console.Out;

    /// <summary>
    /// The whole CLI with its streams (and, for tests, its environment variables and which streams count as
    /// terminals) injected, so tests run it in-process.
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> stdin, Func<string, string?>? environment = null,
        Terminals? terminals = null)
    {
        // Messages and summaries are English whatever the machine's locale (CI runs under C.UTF-8).
        var english = CultureInfo.GetCultureInfo("en-US");
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = english;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = english;

        var io = new CommandIO(stdout, stderr, stdin, environment ?? Environment.GetEnvironmentVariable) { Terminals = terminals ?? Terminals.None };
        var root = new RootCommand("Rhetlint: a linter for argument rhetoric (threat inflation, unsupported superlatives, sourcing gaps).")
        {
            CheckCommand.Create(io),
            FixCommand.Create(io),
            RulesCommand.Create(io),
            EvalCommand.Create(io),
            ExplainCommand.Create(io),
            ConfigCommand.Create(io),
            ExplainRuleCommand.Create(io),
            TestPackCommand.Create(io),
            BaselineCommand.Create(io),
            LspCommand.Create(io),
        };
        var parse = root.Parse(args);
        if (UnknownTokens.FirstProblem(parse, args) is { } unknown)
        {
            stderr.WriteLine(Output.TerminalText.Escape($"rhetlint: {unknown}"));
            stderr.WriteLine($"Run '{UnknownTokens.CommandLine(parse)} --help' for usage.");
            return ExitCodes.UsageOrInput;
        }
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"rhetlint: {error.Message}");
            stderr.WriteLine("Run 'rhetlint --help' for usage.");
            return ExitCodes.UsageOrInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("rhetlint: cancelled");
            return ExitCodes.UsageOrInput;
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            var inner = e.Flatten().InnerExceptions[0];
            stderr.WriteLine($"rhetlint: internal error ({inner.GetType().Name}): {inner.Message}. Please report this with the input that caused it.");
            return ExitCodes.InternalError;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"rhetlint: internal error ({e.GetType().Name}): {e.Message}. Please report this with the input that caused it.");
            return ExitCodes.InternalError;
        }
    }
}

/// <summary>The streams a command reads and writes, and the environment variables it reads.</summary>
internal sealed record CommandIO(TextWriter Out, TextWriter Error, Func<Stream> Stdin, Func<string, string?> Environment)
{
    public Terminals Terminals { get; init; } = Terminals.None;

    /// <summary>
    /// A one-line message on standard error. File names and draft text in it are escaped, as in the reports, so a
    /// name with ESC or a newline can neither drive the terminal nor split the line a CI log is grepped by.
    /// </summary>
    public void ErrorLine(string line) => Error.WriteLine(Output.TerminalText.Escape(line));
}

internal static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageOrInput = 2;
    public const int InternalError = 3;
}
