using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Rhetlint.Cli.Output;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Text;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using Rhetlint.Rules;

namespace Rhetlint.Cli.Commands;

/// <summary><c>rhetlint check PATH... [--format text|concise|json|sarif|github|junit|checkstyle|html] [--color auto|always|never] [--output FILE] [--fail-on …] [--profile news|opinion] [--config PATH] [--select IDS] [--ignore IDS]</c></summary>
internal static class CheckCommand
{
    public static Command Create(CommandIO io)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories to check (directories: *.md, *.markdown, *.txt, *.docx, recursively); - reads standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(ReportFormats.Names);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of standard output" };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with code 1 when a finding has at least this severity",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "suggestion", "none");
        var stdinFormat = new Option<string>("--stdin-format") { Description = "Markup of standard input", DefaultValueFactory = _ => "text" };
        stdinFormat.AcceptOnlyFromAmong("text", "markdown", "html");
        var enable = EnableOption.Create();
        var config = new ConfigOptions();
        var addSuppressions = new Option<bool>("--add-suppressions")
        {
            Description = "Write a rhetlint-ignore comment before every Markdown block with findings (adopting Rhetlint on existing copy)",
        };

        var noCache = new Option<bool>("--no-cache") { Description = "Analyze every file, neither reading nor writing cached results" };
        var cacheDir = new Option<string?>("--cache-dir")
        {
            Description = "Where results are cached (default: $RHETLINT_CACHE_DIR/results, else $XDG_CACHE_HOME/rhetlint/results, else ~/.cache/rhetlint/results)",
        };

        var maxWarnings = new Option<int?>("--max-warnings")
        {
            Description = "Also exit with code 1 when there are more than this many warnings",
            CustomParser = WarningCount,
        };
        var exitZero = new Option<bool>("--exit-zero") { Description = "Exit with code 0 whatever the findings (input and configuration errors still exit 2)" };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Report only findings that are not in this baseline file (`rhetlint baseline create` writes one)",
        };
        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "Report only findings on lines changed since this git revision (and in files git does not track yet)",
        };

        var color = ColorOption.Create();
        var statistics = new Option<bool>("--statistics")
        {
            Description = "Count the findings per rule (count, id, name; most frequent first) instead of listing them; with --format text or json",
        };

        var exclude = ExcludeOption.Create();

        var command = new Command("check", "Check drafts and report rhetoric findings")
        {
            paths, exclude, format, output, failOn, stdinFormat, enable, addSuppressions, noCache, cacheDir, maxWarnings, exitZero, changedSince, baseline, color, statistics,
        };
        foreach (var option in config.All) command.Options.Add(option);
        command.Options.Add(config.AllowCodeRules);
        command.SetAction((result, cancellationToken) =>
        {
            var reportFormat = result.GetValue(format)!;
            if (result.GetValue(statistics) && !RuleStatistics.Formats.Contains(reportFormat))
            {
                io.Error.WriteLine($"rhetlint: --statistics prints text or json, not --format {reportFormat}");
                return Task.FromResult(ExitCodes.UsageOrInput);
            }
            if (!config.TrySource(result, io, out var settings)) return Task.FromResult(ExitCodes.UsageOrInput);
            var cache = result.GetValue(noCache) ? null : OpenCache(io, result.GetValue(cacheDir));
            var gate = new Gate(Severities.Threshold(result.GetValue(failOn)!), result.GetValue(maxWarnings), result.GetValue(exitZero));
            var palette = TerminalStyle.For(result.GetValue(color)!, io);
            var report = new ReportChoice(reportFormat, result.GetValue(statistics), palette);
            var exitCode = Run(io, result.GetValue(paths)!, result.GetValue(exclude) ?? [], report, result.GetValue(output), gate, result.GetValue(stdinFormat)!,
                result.GetValue(enable) ?? [], settings, result.GetValue(addSuppressions), cache, result.GetValue(changedSince), result.GetValue(baseline),
                knownIds => config.UnmatchedPrefix(result, knownIds), cancellationToken);
            config.WriteWarnings(io);
            return Task.FromResult(exitCode);
        });
        return command;
    }

    /// <summary>The result cache in <paramref name="cacheDir"/>, else under the cache root; without a root, none, said in one line.</summary>
    private static ResultCache? OpenCache(CommandIO io, string? cacheDir)
    {
        if (cacheDir is not null) return new ResultCache(cacheDir);
        if (CacheDirectories.Root(io.Environment) is { } root) return new ResultCache(Path.Combine(root, "results"));
        io.ErrorLine("rhetlint: checking without a result cache: no home folder, XDG_CACHE_HOME or RHETLINT_CACHE_DIR to keep one in "
            + "(--cache-dir DIR or RHETLINT_CACHE_DIR=DIR gives it one, --no-cache silences this)");
        return null;
    }

    /// <summary>
    /// A count from 0 to <see cref="int.MaxValue"/>. Parsed here rather than by the default parser, whose failure
    /// (a word, a number too large) a validator cannot read without throwing.
    /// </summary>
    private static int? WarningCount(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return count;
        result.AddError($"--max-warnings must be a whole number from 0 to {int.MaxValue}, not '{token}'");
        return null;
    }

    private static int Run(CommandIO io, string[] paths, string[] excludes, ReportChoice report, string? outputPath, Gate gate, string stdinFormat, string[] enable,
        Func<string, DocumentOptions> settings, bool addSuppressions, ResultCache? cache, string? changedSince, string? baselinePath,
        Func<IReadOnlySet<string>, string?> unmatchedPrefix, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var (files, missing) = FileCollector.Collect(paths, excludes);
        Baseline? accepted = null;
        if (baselinePath is not null)
        {
            try
            {
                accepted = Baseline.Load(baselinePath);
            }
            catch (BaselineException e)
            {
                io.ErrorLine($"rhetlint: {e.Message}");
                return ExitCodes.UsageOrInput;
            }
        }
        ChangedLines? changed = null;
        if (changedSince is not null)
        {
            try
            {
                changed = ChangedLines.Since(changedSince, [.. files.Where(f => f != FileCollector.StandardInput)]);
            }
            catch (GitException e)
            {
                io.ErrorLine($"rhetlint: {e.Message}");
                return ExitCodes.UsageOrInput;
            }
        }
        var rules = new RuleSets(enable);
        var runner = new CheckRunner(rules, DocumentFormats.FromName(stdinFormat), settings, cache);
        var progress = ProgressLine.ForTerminal(io, files.Count, () => runner.Analyzed);
        var results = runner.Run(files, io.Stdin, cancellationToken, progress is null ? null : progress.Update);
        progress?.Finish();
        // Pack rule ids are known only once the drafts' configuration is read, so an unknown prefix is caught here, not by the parser.
        if (unmatchedPrefix(rules.KnownIds) is { } unmatched)
        {
            io.Error.WriteLine(unmatched);
            return ExitCodes.UsageOrInput;
        }
        if (changed is not null)
            results = [.. results.Select(r => r.Path == CheckRunner.StdinDisplayName ? r
                : r with { Findings = [.. r.Findings.Where(f => changed.Touches(r.Path, f.LineSpan.Span))] })];

        if (accepted is not null)
        {
            var before = results.Sum(r => r.Findings.Length);
            results = [.. results.Select(r => r.Path == CheckRunner.StdinDisplayName ? r : r with { Findings = [.. r.Findings.Where(f => !accepted.Contains(r.Path, f))] })];
            var hidden = before - results.Sum(r => r.Findings.Length);
            if (hidden > 0) io.ErrorLine($"rhetlint: {Quantity.Of(hidden, "finding")} in the baseline not shown");
        }

        var run = new CheckRun(results, missing, rules.Problems, started, DateTime.UtcNow) { StdinFormat = runner.StdinFormat };
        var written = WriteReport(io, report, outputPath, run);

        var unwritten = false;
        if (addSuppressions)
        {
            foreach (var file in results.Where(r => r.Path != CheckRunner.StdinDisplayName))
            {
                var (added, problem, failed) = SuppressionWriter.AddTo(file);
                unwritten |= failed;
                if (problem is not null) io.ErrorLine($"rhetlint: {file.Path}: {problem}");
                else if (added > 0) io.ErrorLine($"rhetlint: {file.Path}: added {added} suppression comment{(added == 1 ? "" : "s")}");
            }
        }

        foreach (var error in missing) io.ErrorLine($"rhetlint: {error}");
        foreach (var failed in results.Where(r => r.Error is not null)) io.ErrorLine($"rhetlint: {failed.Path}: {failed.Error}");
        // A broken pack rule was left out, the rest ran: the output above is real, but the run must not pass as clean.
        foreach (var problem in run.RuleProblems) io.Error.WriteLine(problem);
        if (cache?.WriteFailure is { } why)
            io.ErrorLine($"rhetlint: results were not cached: cannot write in {cache.Directory} ({why}); --cache-dir DIR or RHETLINT_CACHE_DIR=DIR moves the cache, --no-cache turns it off");
        // A bug met in one file was reported as that file's error, after every other file's report: the run still failed.
        if (results.Any(r => r.IsInternalError)) return ExitCodes.InternalError;
        // A draft the user asked to change and that was left as it was is not a clean run.
        if (!written || unwritten || !run.IsComplete) return ExitCodes.UsageOrInput;

        var failures = gate.Failures(results);
        foreach (var failure in failures) io.ErrorLine($"rhetlint: failed: {failure}");
        return failures.Count > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>To standard output, or whole to <paramref name="outputPath"/>; false (and a line on standard error) when that file cannot be written.</summary>
    /// <remarks>A report written to a file is never coloured: a file is read by tools and editors, not a terminal.</remarks>
    private static bool WriteReport(CommandIO io, ReportChoice report, string? outputPath, CheckRun run)
    {
        if (outputPath is null)
        {
            report.Write(io.Out, io.Error, run);
            return true;
        }
        var text = new StringWriter();
        (report with { Palette = Palette.Plain }).Write(text, io.Error, run);
        try
        {
            ReportFile.Write(outputPath, text.ToString());
            return true;
        }
        catch (FileWriteException e)
        {
            io.ErrorLine($"rhetlint: cannot write {outputPath}: {e.Message}");
            return false;
        }
    }
}

/// <summary>What <c>check</c> prints: the report in a format, or with <c>--statistics</c> the counts per rule; coloured or not.</summary>
internal sealed record ReportChoice(string Format, bool Statistics, Palette Palette)
{
    public void Write(TextWriter output, TextWriter status, CheckRun run)
    {
        if (Statistics) RuleStatistics.Write(Format, output, run, Palette);
        else ReportFormats.Write(Format, output, status, run, Palette);
    }
}
