using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Rhetlint.Core.Markup;
using Rhetlint.LanguageServer.Analysis;
using Rhetlint.LanguageServer.Protocol;

namespace Rhetlint.LanguageServer;

/// <summary>One version of a document's text. Requests and analyses hold on to the version they started from.</summary>
internal sealed class Snapshot(string text, int version, LineIndex? lines = null)
{
    private LineIndex? _lines = lines;

    public string Text { get; } = text;
    public int Version { get; } = version;
    public LineIndex Lines => _lines ??= new LineIndex(Text);
}

/// <summary>
/// The findings of one snapshot under one configuration generation, with the linter that found them (its
/// configuration and rules, for fix-all and rule pages); or, without a linter, the configuration problem that
/// stopped the analysis.
/// </summary>
internal sealed record DocumentAnalysis(Snapshot Snapshot, int Generation, ImmutableArray<DocumentFinding> Findings, WindowedLinter? Linter, string? ConfigurationError);

/// <summary>
/// A document the client has open. Its text changes only on the reading loop (notifications are applied in order);
/// analyses run on the thread pool, one at a time per document (<see cref="Gate"/>).
/// </summary>
internal sealed class OpenDocument(string uri, string path, DocumentFormat format, Snapshot snapshot)
{
    public string Uri { get; } = uri;

    /// <summary>Where configuration is looked up: the file's path, or a path in the workspace for an unsaved document.</summary>
    public string Path { get; } = path;

    public DocumentFormat Format { get; } = format;

    public Snapshot Current { get; private set; } = snapshot;

    /// <summary>Held while the document is analyzed: the windowed linter and its cache are not thread-safe.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>The pending or running analysis that will publish; a newer one cancels it.</summary>
    public CancellationTokenSource? Scheduled { get; set; }

    /// <summary>The document's linter under its current configuration, and the configuration generation it was made in.</summary>
    public (WindowedLinter Linter, int Generation)? Linter { get; set; }

    /// <summary>The newest analysis; a request for the same snapshot and generation reuses it.</summary>
    public DocumentAnalysis? Latest { get; set; }

    /// <summary>Set on close: nothing is published for the document after its empty list.</summary>
    public bool Closed { get; set; }

    /// <summary>Applies <c>contentChanges</c> in order: incremental ones (a range in UTF-16 positions and its new text) or a whole new text.</summary>
    public void Apply(JsonArray changes, int version)
    {
        var text = Current.Text;
        var lines = Current.Lines;
        foreach (var change in changes)
        {
            var newText = JsonRpc.String(change, "text");
            if (JsonRpc.Member(change, "range") is null)
            {
                text = newText;
            }
            else
            {
                var span = lines.SpanOf(JsonRpc.Member(change, "range"));
                text = string.Concat(text.AsSpan(0, span.Start), newText, text.AsSpan(span.End));
            }
            lines = new LineIndex(text);
        }
        Current = new Snapshot(text, version, lines);
    }
}
