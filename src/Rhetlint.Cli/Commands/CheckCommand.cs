using System.CommandLine;
using Rhetlint.Cli.Output;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using Rhetlint.Rules;

namespace Rhetlint.Cli.Commands;

/// <summary><c>rhetlint check PATH... [--format text|json|html] [--fail-on …] [--profile news|opinion] [--config PATH] [--select IDS] [--ignore IDS]</c></summary>
internal static class CheckCommand
{
    public static Command Create(CommandIO io)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories to check (directories: *.md, *.markdown, *.txt, recursively); - reads standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with code 1 when a finding has at least this severity",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "suggestion", "none");
        var stdinFormat = new Option<string>("--stdin-format") { Description = "Markup of standard input", DefaultValueFactory = _ => "text" };
        stdinFormat.AcceptOnlyFromAmong("text", "markdown");
        var enable = EnableOption.Create();
        var config = new ConfigOptions();
        var addSuppressions = new Option<bool>("--add-suppressions")
        {
            Description = "Write a rhetlint-ignore comment before every Markdown block with findings (adopting Rhetlint on existing copy)",
        };

        var command = new Command("check", "Check drafts and report rhetoric findings") { paths, format, failOn, stdinFormat, enable, addSuppressions };
        foreach (var option in config.All) command.Options.Add(option);
        command.SetAction((result, cancellationToken) =>
        {
            Func<string, DocumentOptions> settings;
            try
            {
                settings = config.Source(result);
            }
            catch (ConfigException e)
            {
                io.Error.WriteLine($"rhetlint: {e.Message}");
                return Task.FromResult(ExitCodes.UsageOrInput);
            }
            return Task.FromResult(Run(io, result.GetValue(paths)!, result.GetValue(format)!, result.GetValue(failOn)!, result.GetValue(stdinFormat)!,
                result.GetValue(enable) ?? [], settings, result.GetValue(addSuppressions), cancellationToken));
        });
        return command;
    }

    private static int Run(CommandIO io, string[] paths, string format, string failOn, string stdinFormat, string[] enable,
        Func<string, DocumentOptions> settings, bool addSuppressions, CancellationToken cancellationToken)
    {
        var (files, missing) = FileCollector.Collect(paths);
        var rules = new RuleSets(enable);
        var runner = new CheckRunner(rules, stdinFormat == "markdown" ? DocumentFormat.Markdown : DocumentFormat.PlainText, settings);
        var results = runner.Run(files, io.Stdin, cancellationToken);

        if (format == "json") JsonReporter.Write(io.Out, results);
        else if (format == "html") HtmlReporter.Write(io.Out, results, stdinFormat == "markdown" ? DocumentFormat.Markdown : DocumentFormat.PlainText);
        else TextReporter.Write(io.Out, results);

        if (addSuppressions)
        {
            foreach (var file in results.Where(r => r.Path != CheckRunner.StdinDisplayName))
            {
                var (added, problem) = SuppressionWriter.AddTo(file);
                if (problem is not null) io.Error.WriteLine($"rhetlint: {file.Path}: {problem}");
                else if (added > 0) io.Error.WriteLine($"rhetlint: {file.Path}: added {added} suppression comment{(added == 1 ? "" : "s")}");
            }
        }

        foreach (var error in missing) io.Error.WriteLine($"rhetlint: {error}");
        foreach (var failed in results.Where(r => r.Error is not null)) io.Error.WriteLine($"rhetlint: {failed.Path}: {failed.Error}");
        // A broken pack rule was left out, the rest ran: the output above is real, but the run must not pass as clean.
        var problems = rules.Problems;
        foreach (var problem in problems) io.Error.WriteLine(problem);
        if (missing.Count > 0 || results.Any(r => r.Error is not null) || problems.Length > 0) return ExitCodes.UsageOrInput;

        var threshold = Severities.Threshold(failOn);
        var failing = threshold is { } t && results.Any(r => r.Findings.Any(f => f.Severity >= t));
        return failing ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
