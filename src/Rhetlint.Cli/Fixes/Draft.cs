using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Docx;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli.Fixes;

/// <summary>A file read for fixing, with the analysis its configuration asks for (its rules, packs and settings), runnable on any version of its text.</summary>
/// <param name="WordBytes">A Word document's bytes as read (its <paramref name="Text"/> is the extracted text); null for text files.</param>
internal sealed record Draft(string Path, SourceText Text, Func<SourceText, ImmutableArray<Finding>> Analyze, byte[]? WordBytes = null)
{
    /// <summary>Reads the file and resolves its configuration, as <c>check</c> does; or the reason it cannot be fixed, as one line.</summary>
    public static (Draft? Draft, string? Error) Load(string path, RuleSets rules, Func<string, DocumentOptions> optionsFor, CancellationToken cancellationToken)
    {
        try
        {
            var format = DocumentFormats.FromPath(path);
            var wordBytes = format == DocumentFormat.Docx ? DocxFile.ReadBytes(path) : null;
            var text = wordBytes is null ? SourceReader.ReadFile(path) : DocxFile.ReadText(wordBytes).Text;
            var options = optionsFor(path);
            var linter = rules.For(options);
            // A setting that names no rule is an input error here, not an exception in the middle of fixing.
            linter.Driver.OptionValues(options);
            return (new Draft(path, text, version => linter.LintForReport(path, version, format, options, cancellationToken).Findings, wordBytes), null);
        }
        catch (Exception e) when (e is InputException or ConfigException)
        {
            return (null, e.Message);
        }
    }
}
