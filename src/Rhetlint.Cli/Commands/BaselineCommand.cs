using System.CommandLine;
using Rhetlint.Cli.Output;
using Rhetlint.Core.Config;
using Rhetlint.Core.Text;
using Rhetlint.Core.Markup;

namespace Rhetlint.Cli.Commands;

/// <summary>
/// <c>rhetlint baseline create|update PATH... [--file FILE]</c>: records the findings of the drafts as accepted, so
/// <c>check --baseline FILE</c> reports only new ones (adopting Rhetlint on an archive). <c>create</c> records every
/// finding; <c>update</c> only drops the findings that are gone (fixed, or their sentence rewritten) and never adds
/// new ones, so a new problem cannot slip into the baseline by accident (Psalm's rule).
/// </summary>
internal static class BaselineCommand
{
    public static Command Create(CommandIO io) => new("baseline", "Record the current findings so check reports only new ones")
    {
        Verb(io, "create", "Write a baseline of every current finding"),
        Verb(io, "update", "Drop the findings that are gone from an existing baseline (never adds new ones)"),
    };

    private static Command Verb(CommandIO io, string name, string description)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or directories to check", Arity = ArgumentArity.OneOrMore };
        var file = new Option<string>("--file")
        {
            Description = "The baseline file",
            DefaultValueFactory = _ => Baseline.DefaultFileName,
        };
        var enable = EnableOption.Create();
        var exclude = ExcludeOption.Create();
        var config = new ConfigOptions();
        var command = new Command(name, description) { paths, exclude, file, enable };
        foreach (var option in config.All) command.Options.Add(option);
        command.Options.Add(config.AllowCodeRules);
        command.SetAction((result, cancellationToken) =>
        {
            if (!config.TrySource(result, io, out var settings)) return Task.FromResult(ExitCodes.UsageOrInput);
            Baseline? existing = null;
            try
            {
                if (name == "update") existing = Baseline.Load(result.GetValue(file)!);
            }
            catch (BaselineException e)
            {
                io.ErrorLine($"rhetlint: {e.Message}");
                return Task.FromResult(ExitCodes.UsageOrInput);
            }
            var (files, missing) = FileCollector.Collect(result.GetValue(paths)!, result.GetValue(exclude) ?? []);
            var rules = new RuleSets(result.GetValue(enable) ?? []);
            var results = new CheckRunner(rules, DocumentFormat.PlainText, settings).Run([.. files.Where(f => f != FileCollector.StandardInput)], io.Stdin, cancellationToken);
            config.WriteWarnings(io);
            foreach (var error in missing) io.ErrorLine($"rhetlint: {error}");
            foreach (var failed in results.Where(r => r.Error is not null)) io.ErrorLine($"rhetlint: {failed.Path}: {failed.Error}");
            foreach (var problem in rules.Problems) io.Error.WriteLine(problem);
            // A baseline written from a partial run would accept less than the archive holds, or forget findings.
            if (results.Any(r => r.IsInternalError)) return Task.FromResult(ExitCodes.InternalError);
            if (missing.Count > 0 || results.Any(r => r.Error is not null) || !rules.Problems.IsEmpty) return Task.FromResult(ExitCodes.UsageOrInput);
            // A selector that matches no rule would record a baseline of nothing; pack ids are known only now.
            if (config.UnmatchedPrefix(result, rules.KnownIds) is { } unmatched)
            {
                io.Error.WriteLine(unmatched);
                return Task.FromResult(ExitCodes.UsageOrInput);
            }

            var path = result.GetValue(file)!;
            var baseline = existing is null
                ? Baseline.Of(path, results)
                : existing.Without(results, results.Select(r => r.Path).ToHashSet(StringComparer.Ordinal));
            try
            {
                baseline.Save(path);
            }
            catch (FileWriteException e)
            {
                io.ErrorLine($"rhetlint: cannot write {path}: {e.Message}");
                return Task.FromResult(ExitCodes.UsageOrInput);
            }
            var dropped = existing is null ? "" : $" ({Quantity.Of(existing.Count - baseline.Count, "finding")} gone)";
            io.ErrorLine($"rhetlint: {path}: {Quantity.Of(baseline.Count, "finding")} in the baseline{dropped}");
            return Task.FromResult(ExitCodes.Clean);
        });
        return command;
    }
}
