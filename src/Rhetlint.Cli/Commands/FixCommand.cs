using System.Collections.Immutable;
using System.CommandLine;
using Rhetlint.Cli.Fixes;
using Rhetlint.Cli.Output;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Docx;
using Rhetlint.Core.Fixes;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli.Commands;

/// <summary>
/// <c>rhetlint fix PATH... [--diff | --write [--unsafe] | --interactive]</c> with the configuration options of
/// <c>check</c>. Rewrites edit the writer's words, so a bare <c>fix</c> only shows them (as <c>--diff</c>); files change
/// with <c>--write</c> or <c>--interactive</c>.
/// </summary>
internal static class FixCommand
{
    private const string Description =
        "Apply the rules' rewrites. A rewrite edits the writer's words, so without --write nothing changes: fix prints a diff of "
        + "what --write would do (as --diff). --write applies the safe rewrites, --unsafe adds the ones that may change what a sentence "
        + "claims, --interactive asks about each finding. Rewrites with placeholders ([source]) are never applied.";

    private enum Mode { Diff, Write, Interactive }

    public static Command Create(CommandIO io)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories to fix (directories: *.md, *.markdown, *.txt, *.docx, recursively)",
            Arity = ArgumentArity.OneOrMore,
        };
        var diff = new Option<bool>("--diff") { Description = "Print a unified diff of the rewrites and change nothing (the default); exit 1 when there is something to fix" };
        var write = new Option<bool>("--write", "-w") { Description = "Apply the safe rewrites to the files (atomically, keeping encoding, byte-order mark and line endings)" };
        var includeUnsafe = new Option<bool>("--unsafe") { Description = "Also apply rewrites that may change what a sentence claims (deleting a booster, 'said' for 'admitted')" };
        var interactive = new Option<bool>("--interactive", "-i")
        {
            Description = "Ask about each finding: [a]ccept, [s]kip, [e]dit, [q]uit (answers are lines on standard input; unsafe rewrites are offered too)",
        };
        var enable = EnableOption.Create();
        var exclude = ExcludeOption.Create();
        var color = ColorOption.Create();
        var config = new ConfigOptions();

        var command = new Command("fix", Description) { paths, exclude, diff, write, includeUnsafe, interactive, enable, color };
        foreach (var option in config.All) command.Options.Add(option);
        command.Options.Add(config.AllowCodeRules);
        command.Validators.Add(result =>
        {
            var modes = new[] { diff, write, interactive }.Where(o => result.GetValue(o)).Select(o => o.Name).ToList();
            if (modes.Count > 1) result.AddError($"{string.Join(" and ", modes)} cannot be combined: --diff only shows, --write applies, --interactive asks");
        });
        command.SetAction((result, cancellationToken) =>
        {
            if (!config.TrySource(result, io, out var settings)) return Task.FromResult(ExitCodes.UsageOrInput);
            var mode = result.GetValue(write) ? Mode.Write : result.GetValue(interactive) ? Mode.Interactive : Mode.Diff;
            var least = result.GetValue(includeUnsafe) ? Applicability.Unsafe : Applicability.Safe;
            var palette = TerminalStyle.For(result.GetValue(color)!, io);
            var exitCode = Run(io, result.GetValue(paths)!, result.GetValue(exclude) ?? [], mode, least, palette, result.GetValue(enable) ?? [], settings,
                knownIds => config.UnmatchedPrefix(result, knownIds), cancellationToken);
            config.WriteWarnings(io);
            return Task.FromResult(exitCode);
        });
        return command;
    }

    private static int Run(CommandIO io, string[] paths, string[] excludes, Mode mode, Applicability least, Palette palette, string[] enable, Func<string, DocumentOptions> settings,
        Func<IReadOnlySet<string>, string?> unmatchedPrefix, CancellationToken cancellationToken)
    {
        var (files, missing) = FileCollector.Collect(paths, excludes);
        if (files.Remove(FileCollector.StandardInput))
            missing.Add("-: standard input cannot be fixed in place; `rhetlint check -` shows its rewrites");
        foreach (var error in missing) io.ErrorLine($"rhetlint: {error}");

        var rules = new RuleSets(enable);
        var (failed, changed) = mode == Mode.Interactive
            ? (RunInteractive(io, files, rules, settings, palette, cancellationToken), false)
            : RunBatch(io, files, rules, settings, least, mode == Mode.Write, palette, cancellationToken);

        // A broken pack rule was left out and the others' rewrites were applied: right, but the run must not pass as clean.
        var problems = rules.Problems;
        foreach (var problem in problems) io.Error.WriteLine(problem);
        // Known only once the drafts' packs are loaded; a prefix that matched nothing selected no rewrite.
        if (unmatchedPrefix(rules.KnownIds) is { } unmatched)
        {
            io.Error.WriteLine(unmatched);
            return ExitCodes.UsageOrInput;
        }
        if (failed == Failure.Bug) return ExitCodes.InternalError;
        if (missing.Count > 0 || failed != Failure.None || problems.Length > 0) return ExitCodes.UsageOrInput;
        // Like `ruff --diff`: a diff that is not empty fails, so CI can require drafts with nothing left to fix.
        return mode == Mode.Diff && changed ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>How a fix run failed: not at all, on a file it could not read or write, or on a bug (exit 3, which wins).</summary>
    private enum Failure { None, Input, Bug }

    private static Failure Worst(Failure one, Failure other) => one > other ? one : other;

    /// <summary>--diff and --write: every file fixed until its rewrites settle, in parallel; output in input order.</summary>
    private static (Failure Failed, bool Changed) RunBatch(CommandIO io, List<string> files, RuleSets rules, Func<string, DocumentOptions> settings,
        Applicability least, bool write, Palette palette, CancellationToken cancellationToken)
    {
        var outcomes = new (FixResult? Result, string? Error, DocxFixResult? Word)[files.Count];
        var bugs = new bool[files.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, files.Count, parallel, i =>
        {
            // A bug met in one draft costs that draft: the others are still fixed and reported.
            try
            {
                var (draft, error) = Draft.Load(files[i], rules, settings, cancellationToken);
                outcomes[i] = draft is null ? (null, error, null) : Fix(draft, least);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                outcomes[i] = (null, CheckedFile.InternalErrorMessage(e), null);
                bugs[i] = true;
            }
        });

        var failed = bugs.Contains(true) ? Failure.Bug : Failure.None;
        int fixedFindings = 0, changedFiles = 0, checkedFiles = 0;
        var left = new List<Finding>();
        for (var i = 0; i < files.Count; i++)
        {
            var (result, error, word) = outcomes[i];
            var path = files[i];
            if (result is null)
            {
                io.ErrorLine($"rhetlint: {path}: {error}");
                failed = Worst(failed, Failure.Input);
                continue;
            }
            checkedFiles++;
            if (!result.Settled)
            {
                // The text after the last pass is one some rule still wants to change: writing it would be arbitrary.
                io.ErrorLine($"rhetlint: {path}: rewrites did not settle after {Fixer.MaxPasses} passes ({string.Join(", ", result.UnsettledRules)} kept rewriting); file left unchanged");
                failed = Worst(failed, Failure.Input);
                continue;
            }
            foreach (var refusal in word?.Refusals ?? []) io.ErrorLine($"rhetlint: {path}: {refusal}");
            if (result.FixedCount > 0)
            {
                if (!write) io.Out.Write(UnifiedDiff.Coloured(Diff(path, result, word is not null), palette));
                else if ((word is null ? SourceWriter.Replace(path, result.Original, result.Fixed) : WordWriter.Replace(path, word.Original, word.Bytes!)) is { } problem)
                {
                    io.ErrorLine($"rhetlint: {path}: {problem}");
                    failed = Worst(failed, Failure.Input);
                    continue;
                }
                fixedFindings += result.FixedCount;
                changedFiles++;
            }
            left.AddRange(result.Remaining);
        }
        io.Error.WriteLine(FixSummary.Line(write, fixedFindings, changedFiles, checkedFiles, left, suggestUnsafe: least == Applicability.Safe));
        return (failed, changedFiles > 0);
    }

    /// <summary>
    /// The diff of the text; a Word document's is the diff of its paragraphs, one per line (its line breaks, which
    /// carry the paragraphs' kinds, written as line feeds: it is for reading, there is no text file to apply it to).
    /// </summary>
    private static string Diff(string path, FixResult result, bool isWord) => isWord
        ? UnifiedDiff.Of(path, result.Original.ToString().ReplaceLineEndings("\n"), result.Fixed.ToString().ReplaceLineEndings("\n"))
        : UnifiedDiff.Of(path, result.Original.ToString(), result.Fixed.ToString());

    /// <summary>The draft fixed until its rewrites settle, or why it cannot be read (Markdown nested too deeply to parse).</summary>
    private static (FixResult? Result, string? Error, DocxFixResult? Word) Fix(Draft draft, Applicability least)
    {
        try
        {
            if (draft.WordBytes is { } bytes)
            {
                var word = DocxFixer.Run(bytes, draft.Analyze, least);
                return (word.Result, null, word);
            }
            return (Fixer.Run(draft.Text, draft.Analyze, least), null, null);
        }
        catch (InputException e)
        {
            return (null, e.Message, null);
        }
    }

    /// <summary>--interactive: one file at a time, each written once its findings are reviewed (one pass: the writer decides, not the rules).</summary>
    private static Failure RunInteractive(CommandIO io, List<string> files, RuleSets rules, Func<string, DocumentOptions> settings, Palette palette,
        CancellationToken cancellationToken)
    {
        using var answers = new StrictLineReader(io.Stdin());
        var review = new InteractiveReview(answers, io.Out, palette);
        var failed = Failure.None;
        int fixedFindings = 0, changedFiles = 0, checkedFiles = 0;
        var left = new List<Finding>();
        foreach (var path in files)
        {
            if (review.Stopped) break;
            Draft? draft;
            string? error;
            var findings = ImmutableArray<Finding>.Empty;
            try
            {
                (draft, error) = Draft.Load(path, rules, settings, cancellationToken);
                if (draft is not null) findings = draft.Analyze(draft.Text);
            }
            catch (InputException e)
            {
                (draft, error) = (null, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // A bug met in one draft costs that draft: the writer goes on to the next one.
                io.ErrorLine($"rhetlint: {path}: {CheckedFile.InternalErrorMessage(e)}");
                failed = Failure.Bug;
                continue;
            }
            if (draft is null)
            {
                io.ErrorLine($"rhetlint: {path}: {error}");
                failed = Worst(failed, Failure.Input);
                continue;
            }
            checkedFiles++;
            var accepted = review.Review(path, draft.Text, findings);
            left.AddRange(findings.Where(f => !accepted.Any(e => ReferenceEquals(e.Finding, f))));
            if (accepted.IsEmpty) continue;
            var applied = accepted.Length;
            string? problem;
            if (draft.WordBytes is { } original)
            {
                var (bytes, written, refusals) = DocxFixer.Apply(original, accepted);
                foreach (var refusal in refusals) io.ErrorLine($"rhetlint: {path}: {refusal}");
                applied = written;
                if (bytes is null) continue;
                problem = WordWriter.Replace(path, original, bytes);
            }
            else problem = SourceWriter.Replace(path, draft.Text, TextEdits.Apply(draft.Text, accepted.SelectMany(e => e.Changes)));
            if (problem is not null)
            {
                io.ErrorLine($"rhetlint: {path}: {problem}");
                failed = Worst(failed, Failure.Input);
                continue;
            }
            fixedFindings += applied;
            changedFiles++;
        }
        if (review.StoppedOnInvalidAnswer)
        {
            io.Error.WriteLine("rhetlint: standard input: an answer is not valid UTF-8; the review stopped there (answers accepted before it were written)");
            failed = Worst(failed, Failure.Input);
        }
        io.Error.WriteLine(FixSummary.Line(applied: true, fixedFindings, changedFiles, checkedFiles, left, suggestUnsafe: false));
        return failed;
    }
}
