using System.CommandLine;
using Rhetlint.Cli.Eval;
using Rhetlint.Core.Analysis;
using Rhetlint.Rules;

namespace Rhetlint.Cli.Commands;

/// <summary><c>rhetlint eval CASES.jsonl [--format text|json] [--verbose]</c>: precision and recall against gold cases.</summary>
internal static class EvalCommand
{
    public static Command Create(CommandIO io)
    {
        var cases = new Argument<string>("cases") { Description = "A JSON-lines file of gold-annotated cases" };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every false alarm and every miss" };

        var command = new Command("eval", "Score the rules against gold-annotated cases") { cases, format, verbose };
        command.SetAction(result =>
        {
            var path = result.GetValue(cases)!;
            List<EvalCase> loaded;
            try
            {
                loaded = EvalLoader.Load(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                io.ErrorLine($"rhetlint: {path}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : e.Message)}");
                return ExitCodes.UsageOrInput;
            }
            var report = EvalScorer.Score(loaded, new Linter(BuiltInRules.CreateDriver()));
            if (result.GetValue(format) == "json") EvalReporter.WriteJson(io.Out, report);
            else EvalReporter.WriteText(io.Out, report, result.GetValue(verbose));
            return ExitCodes.Clean;
        });
        return command;
    }
}
