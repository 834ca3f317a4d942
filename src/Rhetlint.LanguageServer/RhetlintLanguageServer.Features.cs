using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Fixes;
using Rhetlint.Core.Markup;
using Rhetlint.LanguageServer.Analysis;
using Rhetlint.LanguageServer.Protocol;

namespace Rhetlint.LanguageServer;

/// <summary>The requests: hover, code actions, commands.</summary>
public sealed partial class RhetlintLanguageServer
{
    /// <summary>Over a finding: its message, rewrite, why and rule link (<see cref="FindingHover"/>), one section per finding there; null elsewhere.</summary>
    private async Task<JsonNode?> HoverAsync(JsonNode? parameters, CancellationToken cancellationToken)
    {
        if (Document(parameters) is not { } document) return null;
        var snapshot = document.Current;
        var offset = snapshot.Lines.OffsetOf(JsonRpc.Object(parameters, "position"));
        var analysis = await AnalyzeAsync(document, snapshot, cancellationToken);
        var hits = Visible(analysis).Where(f => f.Span.Start <= offset && offset <= f.Span.End).ToList();
        if (hits.Count == 0) return null;
        var sections = hits.Select(FindingHover.Markdown);
        var range = TextSpan.FromBounds(hits.Min(f => f.Span.Start), hits.Max(f => f.Span.End));
        return new JsonObject
        {
            ["contents"] = new JsonObject { ["kind"] = "markdown", ["value"] = string.Join("\n\n---\n\n", sections) },
            ["range"] = snapshot.Lines.Range(range),
        };
    }

    /// <summary>
    /// For each finding in the range: a quick fix per rewrite (safe ones preferred; a template as a snippet to fill in,
    /// <see cref="TemplateFix"/>) and, in Markdown, one that suppresses the rule for the finding's block; with <c>source.fixAll.rhetlint</c> (or a kind above it)
    /// asked for, one action that applies every safe rewrite as <c>rhetlint fix --write</c> would.
    /// </summary>
    private async Task<JsonNode?> CodeActionsAsync(JsonNode? parameters, CancellationToken cancellationToken)
    {
        var actions = new JsonArray();
        if (Document(parameters) is not { } document) return actions;
        var snapshot = document.Current;
        var range = snapshot.Lines.SpanOf(JsonRpc.Object(parameters, "range"));
        var only = JsonRpc.Object(parameters, "context")["only"] switch
        {
            null => null,
            JsonArray kinds => kinds.Select(k => JsonRpc.TryText(k, out var kind) ? kind : null).OfType<string>().ToList(),
            _ => throw new RpcException(ErrorCodes.InvalidParams, "'context.only' must be an array of strings"),
        };
        bool Wanted(string kind) => only is null || only.Any(k => kind == k || kind.StartsWith(k + ".", StringComparison.Ordinal));

        var analysis = await AnalyzeAsync(document, snapshot, cancellationToken);
        var source = SourceText.From(snapshot.Text);
        if (Wanted("quickfix"))
        {
            var blocks = document.Format is DocumentFormat.Markdown or DocumentFormat.Html ? MarkupReader.Read(source, document.Format).Blocks : [];
            foreach (var finding in Visible(analysis).Where(f => f.Span.Start <= range.End && range.Start <= f.Span.End))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var diagnostic = Diagnostics.Of(finding, snapshot.Lines);
                foreach (var rewrite in finding.Rewrites)
                {
                    if (finding.Source is null || FixPlanner.Prepare(source, finding.Source, rewrite) is not { } edit) continue;
                    var action = rewrite.Applicability == Applicability.DisplayOnly
                        ? TemplateFix(rewrite.Title, diagnostic, document.Uri, snapshot, edit.Changes)
                        : QuickFix(rewrite.Title, diagnostic, document.Uri, snapshot.Lines, edit.Changes);
                    if (rewrite.Applicability == Applicability.Safe) action["isPreferred"] = true;
                    actions.Add((JsonNode)action);
                }
                // Directive problems sit on comments, which are in no block: they get no suppression of their own.
                if (blocks.FirstOrDefault(b => b.Span.Contains(finding.Span.Start)) is { Span.IsEmpty: false } block)
                    actions.Add((JsonNode)QuickFix($"Suppress {finding.Id} for this block", diagnostic, document.Uri, snapshot.Lines,
                        [SuppressionDirectives.IgnoreComment(source, block.Span.Start, [finding.Id])]));
            }
        }
        if (only is not null && Wanted(FixAllKind) && analysis.Linter is { } linter && FixAll(document, linter, snapshot, source, cancellationToken) is { } fixAll)
            actions.Add((JsonNode)fixAll);
        return actions;
    }

    private static JsonObject QuickFix(string title, JsonObject diagnostic, string uri, LineIndex lines, IEnumerable<TextChange> changes) => new()
    {
        ["title"] = title,
        ["kind"] = "quickfix",
        ["diagnostics"] = new JsonArray(diagnostic.DeepClone()),
        ["edit"] = WorkspaceEdit(uri, lines, changes),
    };

    /// <summary>
    /// A template with placeholders for the writer to fill in. To a client that takes snippet edits (LSP 3.18
    /// <c>SnippetTextEdit</c>, which vscode-languageclient turns into VS Code's <c>SnippetTextEdit</c>) it goes as a
    /// snippet whose placeholders are tab stops, so choosing the fix selects the first one; to any other client as
    /// the template's plain text, brackets and all, as <c>rhetlint check</c> prints it.
    /// </summary>
    /// <remarks>
    /// A snippet edit rather than a command the VS Code extension would run (<c>editor.insertSnippet</c>): it is the
    /// protocol's own, so every LSP 3.18 client gets it with no extension code; it is applied as one undoable edit,
    /// refused by the version if the draft changed since; and VS Code's API from 1.100 (the extension's
    /// <c>engines.vscode</c>) has <c>SnippetTextEdit</c> in a <c>WorkspaceEdit</c>.
    /// </remarks>
    private JsonObject TemplateFix(string title, JsonObject diagnostic, string uri, Snapshot snapshot, IEnumerable<TextChange> changes)
    {
        if (!_clientTakesSnippetEdits) return QuickFix(title, diagnostic, uri, snapshot.Lines, changes);
        var edits = new JsonArray();
        foreach (var change in changes)
        {
            edits.Add((JsonNode)new JsonObject
            {
                ["range"] = snapshot.Lines.Range(change.Span),
                ["snippet"] = new JsonObject { ["kind"] = "snippet", ["value"] = TemplateSnippet.From(change.NewText ?? "") },
            });
        }
        return new JsonObject
        {
            ["title"] = title,
            ["kind"] = "quickfix",
            ["diagnostics"] = new JsonArray(diagnostic.DeepClone()),
            ["edit"] = new JsonObject
            {
                // Snippet edits live only in documentChanges; the version refuses the edit if the draft changed since.
                ["documentChanges"] = new JsonArray(new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = snapshot.Version },
                    ["edits"] = edits,
                }),
            },
        };
    }

    private static JsonObject WorkspaceEdit(string uri, LineIndex lines, IEnumerable<TextChange> changes)
    {
        var edits = new JsonArray();
        foreach (var change in changes) edits.Add((JsonNode)new JsonObject { ["range"] = lines.Range(change.Span), ["newText"] = change.NewText ?? "" });
        return new JsonObject { ["changes"] = new JsonObject { [uri] = edits } };
    }

    /// <summary>
    /// Every safe rewrite, applied by the fix engine until nothing changes (rewrites that conflict in one pass are
    /// applied in the next), as one edit of the part of the text that changed; null when there is nothing to fix or
    /// fixing does not settle (as <c>fix --write</c>, which then leaves the file alone).
    /// </summary>
    private static JsonObject? FixAll(OpenDocument document, WindowedLinter linter, Snapshot snapshot, SourceText source, CancellationToken cancellationToken)
    {
        var options = linter.Options;
        var result = Fixer.Run(source, text => linter.Linter.LintForReport(document.Path, text, document.Format, options, cancellationToken).Findings, Applicability.Safe);
        if (!result.Settled || result.FixedCount == 0) return null;
        var before = snapshot.Text;
        var after = result.Fixed.ToString();
        var prefix = before.AsSpan().CommonPrefixLength(after);
        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)]) suffix++;
        var change = new TextChange(TextSpan.FromBounds(prefix, before.Length - suffix), after.Substring(prefix, after.Length - suffix - prefix));
        return new JsonObject
        {
            ["title"] = "Fix all safe rewrites",
            ["kind"] = FixAllKind,
            ["edit"] = WorkspaceEdit(document.Uri, snapshot.Lines, [change]),
        };
    }

    /// <summary><c>rhetlint.explainRule [id]</c>: the rule's page as Markdown, null for an unknown id.</summary>
    private async Task<JsonNode?> ExecuteCommandAsync(JsonNode? parameters, CancellationToken cancellationToken)
    {
        var command = JsonRpc.String(parameters, "command");
        if (command != ExplainRuleCommand) throw new RpcException(ErrorCodes.InvalidParams, $"unknown command '{command}' (this server has {ExplainRuleCommand})");
        if (JsonRpc.Member(parameters, "arguments") is not JsonArray { Count: > 0 } arguments || arguments[0] is not JsonValue first || first.GetValueKind() != JsonValueKind.String)
            throw new RpcException(ErrorCodes.InvalidParams, $"{ExplainRuleCommand} takes one argument, a rule id");
        var id = JsonRpc.Text(first, "arguments").Trim().ToUpperInvariant();
        // Pack rules are known only to the configurations that name their packs: those of the open documents.
        var documents = _documents.Values.ToList();
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        var configurations = documents.Select(d => d.Linter?.Linter.Options).OfType<Core.Config.DocumentOptions>().ToList();
        if (configurations.Count == 0 && _workspaceRoot is not null)
        {
            try
            {
                configurations.Add(Engine.OptionsFor(Path.Combine(_workspaceRoot, "untitled.md")));
            }
            catch (Core.Config.ConfigException e)
            {
                Log($"{ExplainRuleCommand}: {e.Message}");
            }
        }
        return RuleDocumentation.Page(id, Engine, configurations);
    }
}
