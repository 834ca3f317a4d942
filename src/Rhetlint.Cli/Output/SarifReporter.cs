using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Humanizer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Docx;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli.Output;

/// <summary>
/// A SARIF 2.1.0 log of one run, for GitHub code scanning, Azure DevOps and SARIF viewers: the rules that produced a
/// result (descriptors from the findings, so pack rules are there too), one result per finding with its region,
/// Safe and Unsafe rewrites as <c>fixes</c> (DisplayOnly ones have placeholders and are not edits), findings silenced
/// by a comment as results with an <c>inSource</c> suppression, and a fingerprint that survives lines moving.
/// </summary>
internal static class SarifReporter
{
    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private const string InformationUri = "https://github.com/rhetlint/rhetlint";
    /// <summary>The working directory: relative artifact URIs resolve against it.</summary>
    private const string SourceRoot = "%SRCROOT%";

    private static readonly SarifLogContext Context = new(new JsonSerializerOptions(SarifLogContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Through <see cref="TextWriterStream"/>, as the JSON report: never held as one string.</summary>
    public static void Write(TextWriter output, CheckRun run)
    {
        using (var stream = new TextWriterStream(output))
            JsonSerializer.Serialize(stream, Build(run), Context.SarifLog);
        output.WriteLine();
    }

    private static SarifLog Build(CheckRun run)
    {
        var files = run.ReadFiles.ToList();
        var artifacts = files.Select((f, i) => Artifact(f.Path, i)).ToList();

        // Rules with a result only: the log stays small and does not change when a rule that found nothing is added.
        var rules = files.SelectMany(f => f.Findings.Concat(f.Suppressed))
            .Select(f => f.Descriptor)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var ruleIndex = rules.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        var results = files.SelectMany((file, index) => file.Findings.Concat(file.Suppressed)
                .OrderBy(f => f.Span.Start).ThenBy(f => f.Span.Length).ThenBy(f => f.Id, StringComparer.Ordinal)
                .Select(finding => Result(file, index, finding, ruleIndex[finding.Id])));

        var driver = new SarifDriver("rhetlint", ToolVersion.Current, ToolVersion.Current, InformationUri, [.. rules.Select(Rule)]);
        var baseUri = new Uri(Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory) + Path.DirectorySeparatorChar).AbsoluteUri;
        var sarifRun = new SarifRun(
            new SarifTool(driver),
            [Invocation(run)],
            new Dictionary<string, SarifArtifactLocation> { [SourceRoot] = new(baseUri, null, null) },
            artifacts,
            results,
            // Columns are UTF-16 code units, as everywhere in Rhetlint (Roslyn's SourceText): SARIF's default kind, stated
            // so a consumer never has to guess.
            "utf16CodeUnits");
        return new SarifLog(SchemaUri, "2.1.0", [sarifRun]);
    }

    private static SarifRule Rule(DiagnosticDescriptor descriptor)
    {
        var title = descriptor.Title.ToString(CultureInfo.InvariantCulture);
        var description = descriptor.Description.ToString(CultureInfo.InvariantCulture);
        return new SarifRule(
            descriptor.Id,
            FriendlyName(title, descriptor.Id),
            new SarifText(title),
            description.Length > 0 ? new SarifText(description) : null,
            descriptor.HelpLinkUri is { Length: > 0 } help ? help : null,
            new SarifRuleConfiguration(Level(descriptor.DefaultSeverity), descriptor.IsEnabledByDefault),
            new SarifRuleProperties(descriptor.Category, [descriptor.Category, .. descriptor.CustomTags]));
    }

    /// <summary>SARIF's rule <c>name</c> is one Pascal-case identifier: "Unnamed specific source" → UnnamedSpecificSource.</summary>
    private static string FriendlyName(string title, string id)
    {
        var name = new string([.. title.Dehumanize().Where(char.IsLetterOrDigit)]);
        return name.Length > 0 && char.IsLetter(name[0]) ? name : id;
    }

    private static SarifResult Result(CheckedFile file, int artifactIndex, Finding finding, int ruleIndex)
    {
        var text = file.Text!;
        var location = ArtifactLocation(file.Path, artifactIndex);
        var isDocx = DocumentFormats.FromPath(file.Path) == DocumentFormat.Docx;
        // A replacement is a region of the artifact's text, and a Word file has none to replace: `rhetlint fix` edits its runs.
        var fixes = finding.Rewrites
            .Where(r => r.Applicability != Applicability.DisplayOnly && !isDocx)
            .Select(r => new SarifFix(
                new SarifText(r.Title),
                [new SarifArtifactChange(location, [.. r.Changes.Select(c => new SarifReplacement(Region(text, c.Span, withSnippet: false), new SarifText(c.NewText ?? "")))])],
                new SarifFixProperties(r.Applicability == Applicability.Safe ? "safe" : "unsafe")))
            .ToList();
        var suppressions = finding.Suppression is { } s
            ? new[] { new SarifSuppression("inSource", s.Justification, new SarifLocation(new SarifPhysicalLocation(location, Region(text, s.Comment, withSnippet: false)))) }
            : null;
        return new SarifResult(
            finding.Id,
            ruleIndex,
            Level(finding.Severity),
            new SarifText(finding.Message),
            [new SarifLocation(
                new SarifPhysicalLocation(location, Region(text, finding.Span, withSnippet: true), Region(text, ContextLines(text, finding.Span), withSnippet: true)),
                isDocx ? [Paragraph(finding)] : null)],
            new Dictionary<string, string> { [FindingFingerprint.SarifKey] = finding.Fingerprint ?? "" },
            fixes.Count > 0 ? fixes : null,
            suppressions);
    }

    private static SarifLogicalLocation Paragraph(Finding finding)
    {
        var lines = finding.LineSpan.Span;
        return new SarifLogicalLocation(DocxLocator.ParagraphName(lines), DocxLocator.Describe(lines), "element");
    }

    /// <summary>1-based lines and columns, end exclusive; Roslyn's line positions are 0-based and already UTF-16.</summary>
    private static SarifRegion Region(SourceText text, TextSpan span, bool withSnippet)
    {
        var lines = LineMap.Of(text).SpanOf(span);
        return new SarifRegion(
            lines.Start.Line + 1,
            lines.Start.Character + 1,
            lines.End.Line + 1,
            lines.End.Character + 1,
            withSnippet ? new SarifText(text.ToString(span)) : null);
    }

    /// <summary>
    /// The whole lines around a finding, but at most <see cref="ContextReach"/> characters either side of it: a draft
    /// written as one long line would otherwise repeat that line in every result, and a report grows with the square
    /// of the line (a 1 MB one-line file with thousands of findings wrote gigabytes).
    /// </summary>
    private static TextSpan ContextLines(SourceText text, TextSpan span)
    {
        var start = Math.Max(LineMap.Of(text).LineAt(span.Start).Start, span.Start - ContextReach);
        var end = Math.Min(LineMap.Of(text).LineAt(span.End).End, span.End + ContextReach);
        // Never split a surrogate pair at either edge of the window.
        if (start < span.Start && char.IsLowSurrogate(text[start])) start++;
        if (end > span.End && char.IsHighSurrogate(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Characters of context either side of a finding: a few sentences, enough for a viewer to show it in place.</summary>
    private const int ContextReach = 400;

    private static SarifInvocation Invocation(CheckRun run)
    {
        var execution = run.MissingPaths.Select(m => new SarifNotification("error", new SarifText(m), null))
            .Concat(run.Files.Where(f => f.Error is not null).Select(f => new SarifNotification(
                "error",
                new SarifText(f.Error!),
                [new SarifLocation(new SarifPhysicalLocation(ArtifactLocation(f.Path, null), null))])))
            .ToList();
        var configuration = run.RuleProblems.Select(p => new SarifNotification(
                "error",
                new SarifText(p.Message),
                [new SarifLocation(new SarifPhysicalLocation(
                    ArtifactLocation(RelativeWhenBelowWorkingDirectory(p.Path), null),
                    new SarifRegion(p.Line, p.Column, p.Line, p.Column, null)))]))
            .ToList();
        return new SarifInvocation(
            run.IsComplete,
            Timestamp(run.StartedUtc),
            Timestamp(run.FinishedUtc),
            execution.Count > 0 ? execution : null,
            configuration.Count > 0 ? configuration : null);
    }

    /// <summary>A path relative to the working directory becomes a relative URI against <see cref="SourceRoot"/>; any other an absolute <c>file:</c> URI.</summary>
    private static SarifArtifactLocation ArtifactLocation(string path, int? index)
    {
        if (Path.IsPathRooted(path)) return new SarifArtifactLocation(new Uri(path).AbsoluteUri, null, index);
        var segments = path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]).Select(Uri.EscapeDataString);
        return new SarifArtifactLocation(string.Join('/', segments), SourceRoot, index);
    }

    /// <summary>Pack files are named by their full path; below the working directory they get a relative URI like the drafts.</summary>
    private static string RelativeWhenBelowWorkingDirectory(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(path) : relative;
    }

    private static SarifArtifact Artifact(string path, int index) => DocumentFormats.FromPath(path) switch
    {
        DocumentFormat.Markdown => new SarifArtifact(ArtifactLocation(path, index), "text/markdown", "markdown"),
        DocumentFormat.Docx => new SarifArtifact(ArtifactLocation(path, index), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "plaintext"),
        DocumentFormat.Html => new SarifArtifact(ArtifactLocation(path, index), "text/html", "html"),
        _ => new SarifArtifact(ArtifactLocation(path, index), "text/plain", "plaintext"),
    };

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
