using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli.Fixes;

/// <summary>A file read for fixing, with the analysis its configuration asks for (its rules, packs and settings), runnable on any version of its text.</summary>
internal sealed record Draft(string Path, SourceText Text, Func<SourceText, ImmutableArray<Finding>> Analyze)
{
    /// <summary>Reads the file and resolves its configuration, as <c>check</c> does; or the reason it cannot be fixed, as one line.</summary>
    public static (Draft? Draft, string? Error) Load(string path, RuleSets rules, Func<string, DocumentOptions> optionsFor, CancellationToken cancellationToken)
    {
        try
        {
            if (DocumentFormats.FromPath(path) == DocumentFormat.Docx)
                return (null, "fix does not write Word documents yet; `rhetlint check` shows its rewrites");
            var text = SourceReader.ReadFile(path);
            var options = optionsFor(path);
            var linter = rules.For(options);
            // A setting that names no rule is an input error here, not an exception in the middle of fixing.
            linter.Driver.OptionValues(options);
            var format = DocumentFormats.FromPath(path);
            return (new Draft(path, text, version => linter.LintForReport(path, version, format, options, cancellationToken).Findings), null);
        }
        catch (Exception e) when (e is InputException or ConfigException)
        {
            return (null, e.Message);
        }
    }
}
