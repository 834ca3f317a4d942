using System.Text.Json;

namespace Rhetlint.Cli.Eval;

/// <summary>Reads a cases file: one JSON object per line; blank lines are skipped.</summary>
internal static class EvalLoader
{
    /// <exception cref="FormatException">A line is not a valid case; the message names the line.</exception>
    public static List<EvalCase> Load(string path)
    {
        var cases = new List<EvalCase>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            EvalCase? evalCase;
            try
            {
                evalCase = JsonSerializer.Deserialize(line, EvalJsonContext.Default.EvalCase);
            }
            catch (JsonException e)
            {
                throw new FormatException($"line {number}: not a valid case: {e.Message}");
            }
            if (evalCase is null || evalCase.Id is null || evalCase.Text is null)
                throw new FormatException($"line {number}: a case needs \"id\" and \"text\"");
            evalCase = evalCase with { Findings = evalCase.Findings ?? [], MustNotFlag = evalCase.MustNotFlag ?? [] };
            if (evalCase.MustNotFlag.Any(string.IsNullOrEmpty))
                throw new FormatException($"line {number}: case {evalCase.Id}: a must_not_flag entry is empty");
            foreach (var gold in evalCase.Findings)
            {
                if (string.IsNullOrEmpty(gold.Span) || gold.Occurrence < 1)
                    throw new FormatException($"line {number}: case {evalCase.Id}: a finding needs a non-empty \"span\" and an \"occurrence\" of at least 1");
                try
                {
                    EvalScorer.Locate(evalCase.Text, gold.Span, gold.Occurrence);
                }
                catch (FormatException e)
                {
                    throw new FormatException($"line {number}: case {evalCase.Id}: {e.Message}");
                }
            }
            cases.Add(evalCase);
        }
        return cases;
    }
}
