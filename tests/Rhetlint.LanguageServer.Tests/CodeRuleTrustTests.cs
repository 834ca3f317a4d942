using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Rules;

namespace Rhetlint.LanguageServer.Tests;

/// <summary>
/// The language server allows C# rule files only when the editor's <c>allowCodeRules</c> setting says so (the VS Code
/// extension sends it from user settings in a trusted workspace), never because the folder's .editorconfig does.
/// </summary>
public sealed class CodeRuleTrustTests : IDisposable
{
    private readonly TempWorkspace _workspace = new("root = true\n[*.md]\nrhetlint.allow_code_rules = true\n");

    /// <summary>The built-in rules, remembering whether each configuration the server asked for allowed code rules.</summary>
    private readonly ConcurrentQueue<bool> _asked = new();

    public void Dispose() => _workspace.Dispose();

    private LintEngine Engine()
    {
        var resolver = new EditorConfigResolver();
        var linter = new Linter(BuiltInRules.CreateDriver());
        return new LintEngine(resolver.Resolve, options =>
        {
            _asked.Enqueue(options.AllowCodeRules);
            return linter;
        }, _ => []);
    }

    private static JsonObject Settings(JsonNode? allowCodeRules) => new() { ["debounceMs"] = 0, ["allowCodeRules"] = allowCodeRules };

    [Fact]
    public async Task Without_the_setting_code_rules_stay_off_whatever_the_editorconfig_says()
    {
        await using var client = await LspClient.StartAsync(Engine, new JsonObject { ["debounceMs"] = 0 }, _workspace.Root);
        client.Open(_workspace.Uri("draft.md"), "The ferry ran.\n");
        await client.DiagnosticsAsync(_workspace.Uri("draft.md"));
        Assert.Equal([false], _asked);
    }

    [Fact]
    public async Task The_editor_setting_allows_them_and_turning_it_off_takes_them_away()
    {
        await using var client = await LspClient.StartAsync(Engine, Settings(true), _workspace.Root);
        var uri = _workspace.Uri("draft.md");
        client.Open(uri, "The ferry ran.\n");
        await client.DiagnosticsAsync(uri);
        Assert.Equal([true], _asked);

        client.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["rhetlint"] = Settings(false) } });
        await client.DiagnosticsAsync(uri);
        Assert.Equal([true, false], _asked);
    }

    [Fact]
    public async Task A_value_that_is_not_true_or_false_allows_nothing_and_is_logged()
    {
        await using var client = await LspClient.StartAsync(Engine, Settings("yes"), _workspace.Root);
        client.Open(_workspace.Uri("draft.md"), "The ferry ran.\n");
        await client.DiagnosticsAsync(_workspace.Uri("draft.md"));
        Assert.Equal([false], _asked);
        Assert.Contains("allowCodeRules must be true or false", client.Log.ToString());
    }
}
