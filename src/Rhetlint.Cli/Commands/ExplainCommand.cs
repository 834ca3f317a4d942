using System.Collections.Immutable;
using System.CommandLine;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Cli.Explain;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Text;
using Rhetlint.Rules;

namespace Rhetlint.Cli.Commands;

/// <summary>
/// <c>rhetlint explain FILE|- [--format text|json] [--stdin-format text|markdown]</c> or <c>rhetlint explain --text "…"</c>:
/// what the engine saw in a draft (sentences, quotations, attribution frames, voices, evidence, negation and
/// hedge cues, findings), so a writer can see why a rule fired or did not.
/// </summary>
internal static class ExplainCommand
{
    private const string TextDisplayName = "<text>";

    public static Command Create(CommandIO io)
    {
        // A path and inline text are told apart by the option, not by guessing: a mistyped file name must be
        // an error, not a one-sentence draft.
        var file = new Argument<string?>("file") { Description = "The draft to explain; - reads standard input", Arity = ArgumentArity.ZeroOrOne };
        var text = new Option<string?>("--text", "-t") { Description = "Explain this text instead of a file" };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var stdinFormat = new Option<string>("--stdin-format") { Description = "Markup of standard input and --text", DefaultValueFactory = _ => "text" };
        stdinFormat.AcceptOnlyFromAmong("text", "markdown", "html");
        var enable = EnableOption.Create();
        var color = ColorOption.Create();
        var config = new ConfigOptions();

        var command = new Command("explain", "Show what the engine saw in a draft: quotations, attribution frames, voices, evidence, cues and findings per sentence")
        {
            file, text, format, stdinFormat, enable, color,
        };
        foreach (var option in config.All) command.Options.Add(option);
        command.Validators.Add(result =>
        {
            var hasFile = result.GetValue(file) is not null;
            var hasText = result.GetValue(text) is not null;
            if (hasFile && hasText) result.AddError("explain takes a FILE or --text, not both");
            else if (!hasFile && !hasText) result.AddError("explain needs a FILE, - for standard input, or --text \"…\"");
        });
        command.SetAction((result, cancellationToken) =>
        {
            var exitCode = Run(io, result.GetValue(file), result.GetValue(text), result.GetValue(format)!, result.GetValue(stdinFormat)!,
                result.GetValue(enable) ?? [], TerminalStyle.For(result.GetValue(color)!, io), result, config, cancellationToken);
            config.WriteWarnings(io);
            return Task.FromResult(exitCode);
        });
        return command;
    }

    private static int Run(CommandIO io, string? path, string? inline, string format, string stdinFormat, string[] enable, Output.Palette palette, ParseResult result,
        ConfigOptions config, CancellationToken cancellationToken)
    {
        var typed = DocumentFormats.FromName(stdinFormat);
        string displayPath;
        SourceText source;
        DocumentFormat markup;
        try
        {
            (displayPath, source, markup) = inline is not null ? (TextDisplayName, SourceText.From(inline), typed)
                : path == FileCollector.StandardInput ? (CheckRunner.StdinDisplayName, SourceReader.Decode(SourceReader.ReadCapped(io.Stdin())), typed)
                : (path!, DocumentFile.Read(path!, DocumentFormats.FromPath(path!)), DocumentFormats.FromPath(path!));
        }
        catch (InputException e)
        {
            io.ErrorLine($"rhetlint: {path}: {e.Message}{TextHint(path!)}");
            return ExitCodes.UsageOrInput;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            io.ErrorLine($"rhetlint: {(path == FileCollector.StandardInput ? CheckRunner.StdinDisplayName : path)}: {CheckedFile.InternalErrorMessage(e)}");
            return ExitCodes.InternalError;
        }

        DocumentModel model;
        ImmutableArray<Finding> findings;
        var weighed = new List<WeighedClaim>();
        try
        {
            var options = config.Source(result, io)(path is null || path == FileCollector.StandardInput ? Path.Combine(Directory.GetCurrentDirectory(), displayPath) : path);
            model = Linter.BuildModel(displayPath, source, markup, options.Lexicons, options.SkipPageFurniture, options.Html);
            findings = BuiltInRules.CreateDriver(enable).Analyze(model, options, weighed, cancellationToken);
        }
        catch (ConfigException e)
        {
            io.ErrorLine($"rhetlint: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
        catch (InputException e)
        {
            io.ErrorLine($"rhetlint: {displayPath}: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            io.ErrorLine($"rhetlint: {displayPath}: {CheckedFile.InternalErrorMessage(e)}");
            return ExitCodes.InternalError;
        }
        var report = Explanation.Build(displayPath, model, findings, weighed);
        if (format == "json") ExplainWriter.WriteJson(io.Out, report);
        else ExplainWriter.WriteText(io.Out, report, palette);
        return ExitCodes.Clean;
    }

    /// <summary>A missing "file" with spaces in its name was most likely meant as the text to explain.</summary>
    private static string TextHint(string path) =>
        path.Any(char.IsWhiteSpace) && !File.Exists(path) && !Directory.Exists(path) ? "; to explain a sentence, pass it with --text" : "";
}
