using System.Text.Json.Nodes;

namespace Rhetlint.LanguageServer.Tests;

/// <summary>The server as an editor sees it: initialize, open and change documents, diagnostics, code actions, hover, commands, settings.</summary>
public sealed class LanguageServerTests : IDisposable
{
    private const string WithWireStyle = "root = true\n[*.{md,txt}]\nrhetlint.packs = wire-style\n";

    private const string Superlative = "The council's plan is the most reckless giveaway in the city's history.";

    private readonly TempWorkspace _workspace = new(WithWireStyle);

    public void Dispose() => _workspace.Dispose();

    private Task<LspClient> StartAsync(JsonObject? settings = null, Action? engineCreated = null) =>
        LspClient.StartAsync(TestEngine.Factory(engineCreated), settings, _workspace.Root);

    private static JsonNode Only(JsonObject published, string code) =>
        Assert.Single(published["diagnostics"]!.AsArray(), d => (string?)d!["code"] == code)!;

    [Fact]
    public async Task Initialize_announces_utf16_incremental_sync_code_actions_hover_and_the_explain_command()
    {
        await using var client = new LspClient(TestEngine.Factory());
        var response = await client.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["capabilities"] = new JsonObject() });

        var capabilities = response["result"]!["capabilities"]!;
        Assert.Equal("utf-16", (string?)capabilities["positionEncoding"]);
        Assert.True((bool)capabilities["textDocumentSync"]!["openClose"]!);
        Assert.Equal(2, (int)capabilities["textDocumentSync"]!["change"]!);
        Assert.False((bool)capabilities["textDocumentSync"]!["save"]!["includeText"]!);
        Assert.Equal(["quickfix", "source.fixAll.rhetlint"], capabilities["codeActionProvider"]!["codeActionKinds"]!.AsArray().Select(k => (string)k!));
        Assert.True((bool)capabilities["hoverProvider"]!);
        Assert.Equal(["rhetlint.explainRule"], capabilities["executeCommandProvider"]!["commands"]!.AsArray().Select(k => (string)k!));
        Assert.Equal("rhetlint", (string?)response["result"]!["serverInfo"]!["name"]);
        Assert.Equal("9.9.9", (string?)response["result"]!["serverInfo"]!["version"]);
    }

    [Fact]
    public async Task Opening_a_document_publishes_its_findings_with_code_severity_help_link_source_and_fingerprint()
    {
        await using var client = await StartAsync();
        var uri = _workspace.Uri("draft.md");
        var text = $"# Ferry notes\n\n{Superlative}\n\nThe ferry board met in order to approve the winter timetable.\n";
        client.Open(uri, text, version: 7);

        var published = await client.DiagnosticsAsync(uri);
        Assert.Equal(7, (int)published["version"]!);
        var superlative = Only(published, "RH2001");
        Assert.Equal(2, (int)superlative["severity"]!);
        Assert.Equal("rhetlint", (string?)superlative["source"]);
        Assert.Equal("https://github.com/rhetlint/rhetlint/blob/main/docs/rules/RH2001.md", (string?)superlative["codeDescription"]!["href"]);
        Assert.StartsWith("'the most reckless giveaway' claims a rank", (string?)superlative["message"]);
        Assert.Matches("^[0-9a-f]{32}$", (string?)superlative["data"]!["fingerprint"]);
        Assert.Equal("the most reckless giveaway", TextEditing.Covered(text, superlative));
        Assert.Equal(new JsonObject { ["line"] = 2, ["character"] = 22 }.ToJsonString(), superlative["range"]!["start"]!.ToJsonString());

        // A pack rule: a suggestion, and no help link because the pack gives none.
        var wordy = Only(published, "WS102");
        Assert.Equal(3, (int)wordy["severity"]!);
        Assert.Equal("in order to", TextEditing.Covered(text, wordy));
    }

    [Fact]
    public async Task An_html_document_is_read_as_a_page_its_furniture_masked()
    {
        await using var client = await StartAsync();
        var uri = _workspace.Uri("page.html");
        var text = "<nav>The most popular stories ever</nav>\n<article><p>It is the <em>most</em> reckless giveaway the council&rsquo;s board ever made.</p></article>\n";
        client.Open(uri, text, languageId: "html");

        var superlative = Only(await client.DiagnosticsAsync(uri), "RH2001");
        Assert.Equal("the <em>most</em> reckless giveaway", TextEditing.Covered(text, superlative));
        Assert.StartsWith("'the most reckless giveaway' claims a rank", (string?)superlative["message"]);
    }

    [Fact]
    public async Task Incremental_changes_across_lines_with_non_ascii_text_and_emoji_move_and_update_the_findings()
    {
        await using var client = await StartAsync();
        var uri = _workspace.Uri("draft.md");
        // 🚢 is two UTF-16 code units: LSP characters count them, as the engine's offsets do.
        var text = $"Åsa Lindqvist 🚢 wrote to the Gazette.\nShe signed it “Åsa”.\n\n{Superlative}\n";
        client.Open(uri, text);
        var first = Only(await client.DiagnosticsAsync(uri, 1), "RH2001");
        Assert.Equal("the most reckless giveaway", TextEditing.Covered(text, first));

        // In one notification: insert three lines with emoji after the ship (character 16 = after "🚢"), then, in the
        // text that gives, delete from the middle of the new second line into the next one.
        client.ChangeDocument(uri, 2,
            LspClient.Change(0, 16, 0, 16, " and 🐟🐟 fish\nWe sailed 🚣 north\nand back"),
            LspClient.Change(1, 12, 2, 4, ""));
        var expected = text.Insert(16, " and 🐟🐟 fish\nWe sailed 🚣 north\nand back");
        var secondLineStart = expected.IndexOf('\n') + 1;
        var thirdLineStart = expected.IndexOf('\n', secondLineStart) + 1;
        expected = expected.Remove(secondLineStart + 12, thirdLineStart + 4 - (secondLineStart + 12));
        var moved = Only(await client.DiagnosticsAsync(uri, 2), "RH2001");
        Assert.Equal("the most reckless giveaway", TextEditing.Covered(expected, moved));
        Assert.Equal(4, (int)moved["range"]!["start"]!["line"]!);

        // Editing the claim itself: "the most reckless giveaway" → "a reckless giveaway" settles RH2001.
        var line = expected.Split('\n').ToList().FindIndex(l => l.Contains("the most reckless", StringComparison.Ordinal));
        var character = expected.Split('\n')[line].IndexOf("the most reckless", StringComparison.Ordinal);
        client.ChangeDocument(uri, 3, LspClient.Change(line, character, line, character + "the most reckless".Length, "a reckless"));
        var settled = await client.DiagnosticsAsync(uri, 3);
        Assert.DoesNotContain(settled["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "RH2001");
    }

    [Fact]
    public async Task A_quick_fix_applied_to_the_text_fixes_the_finding()
    {
        await using var client = await StartAsync();
        var uri = _workspace.Uri("draft.md");
        var text = "# Ferry notes\n\nClearly, the Varn fleet never meant to leave the strait.\n";
        client.Open(uri, text);
        var booster = Only(await client.DiagnosticsAsync(uri, 1), "RH4001");

        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = booster["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(booster.DeepClone()) },
        });
        var actions = response["result"]!.AsArray();
        var delete = Assert.Single(actions, a => (string?)a!["title"] == "Delete 'Clearly'")!;
        Assert.Equal("quickfix", (string?)delete["kind"]);
        Assert.Null(delete["isPreferred"]);
        Assert.Equal("RH4001", (string?)delete["diagnostics"]![0]!["code"]);
        // A template, to a client that takes no snippet edits, is its plain text, placeholders in brackets.
        var template = Assert.Single(actions, a => (string?)a!["title"] == "Show the evidence")!;
        Assert.Equal("# Ferry notes\n\n[claim] ([evidence: a figure, a document, a named source]), the Varn fleet never meant to leave the strait.\n",
            TextEditing.Apply(text, template["edit"]!["changes"]![uri]!.AsArray()));

        var fixedText = TextEditing.Apply(text, delete["edit"]!["changes"]![uri]!.AsArray());
        Assert.Equal("# Ferry notes\n\nThe Varn fleet never meant to leave the strait.\n", fixedText);
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = fixedText }),
        });
        Assert.DoesNotContain((await client.DiagnosticsAsync(uri, 2))["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "RH4001");
    }

    [Fact]
    public async Task A_safe_rewrite_is_the_preferred_quick_fix()
    {
        await using var client = await StartAsync();
        var uri = _workspace.Uri("draft.md");
        const string text = "The ferry board met in order to approve the winter timetable.\n";
        client.Open(uri, text);
        var wordy = Only(await client.DiagnosticsAsync(uri, 1), "WS102");

        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = new JsonObject { ["start"] = wordy["range"]!["start"]!.DeepClone(), ["end"] = wordy["range"]!["start"]!.DeepClone() },
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray("quickfix") },
        });
        var replace = Assert.Single(response["result"]!.AsArray(), a => (string?)a!["title"] == "Replace with 'to'")!;
        Assert.True((bool)replace["isPreferred"]!);
        Assert.Equal("The ferry board met to approve the winter timetable.\n", TextEditing.Apply(text, replace["edit"]!["changes"]![uri]!.AsArray()));
    }

    [Fact]
    public async Task A_template_goes_to_a_snippet_client_as_a_snippet_edit_with_its_placeholders_as_tab_stops()
    {
        var snippetClient = new JsonObject
        {
            ["workspace"] = new JsonObject { ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true, ["snippetEditSupport"] = true } },
        };
        await using var client = await LspClient.StartAsync(TestEngine.Factory(), new JsonObject { ["debounceMs"] = 0 }, _workspace.Root, capabilities: snippetClient);
        var uri = _workspace.Uri("draft.md");
        const string text = "# Ferry notes\n\nCritics say the Varn ferry levy will empty the harbor.\n";
        client.Open(uri, text, version: 4);
        var vague = Only(await client.DiagnosticsAsync(uri, 4), "RH3001");

        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = vague["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(vague.DeepClone()), ["only"] = new JsonArray("quickfix") },
        });
        var name = Assert.Single(response["result"]!.AsArray(), a => (string?)a!["title"] == "Name members of the group")!;
        Assert.Equal("quickfix", (string?)name["kind"]);
        Assert.Equal("RH3001", (string?)name["diagnostics"]![0]!["code"]);
        var documentEdit = Assert.Single(name["edit"]!["documentChanges"]!.AsArray())!;
        Assert.Equal(uri, (string?)documentEdit["textDocument"]!["uri"]);
        Assert.Equal(4, (int)documentEdit["textDocument"]!["version"]!);
        var edit = Assert.Single(documentEdit["edits"]!.AsArray())!;
        Assert.Equal("Critics", TextEditing.Covered(text, edit));
        Assert.Equal("snippet", (string?)edit["snippet"]!["kind"]);
        Assert.Equal("Critics, including ${1:[Name]}, ${2:[role]} at ${3:[organization]},", (string?)edit["snippet"]!["value"]);
        Assert.Null(name["edit"]!["changes"]);

        // An applicable rewrite stays a plain edit for the same client.
        var suppress = Assert.Single(response["result"]!.AsArray(), a => (string?)a!["title"] == "Suppress RH3001 for this block")!;
        Assert.NotNull(suppress["edit"]!["changes"]![uri]);
    }

    [Fact]
    public async Task The_suppress_action_puts_an_ignore_comment_before_the_block_and_the_finding_goes()
    {
        await using var client = await StartAsync();
        var uri = _workspace.Uri("draft.md");
        var text = $"# Ferry notes\n\n{Superlative}\n\n- The fleet is the most reckless purchase in the port's history.\n";
        client.Open(uri, text);
        var published = await client.DiagnosticsAsync(uri, 1);
        var inList = Assert.Single(published["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "RH2001" && (int)d["range"]!["start"]!["line"]! == 4)!;
        var inParagraph = Assert.Single(published["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "RH2001" && (int)d["range"]!["start"]!["line"]! == 2)!;

        async Task<JsonObject> SuppressAction(JsonNode diagnostic)
        {
            var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["range"] = diagnostic["range"]!.DeepClone(),
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()) },
            });
            return Assert.Single(response["result"]!.AsArray(), a => (string?)a!["title"] == "Suppress RH2001 for this block")!.AsObject();
        }

        // A paragraph gets the comment on a line of its own; a list item inline, before its text.
        var paragraph = await SuppressAction(inParagraph);
        Assert.Equal("quickfix", (string?)paragraph["kind"]);
        Assert.Equal($"# Ferry notes\n\n<!-- rhetlint-ignore RH2001 -->\n{Superlative}\n\n- The fleet is the most reckless purchase in the port's history.\n",
            TextEditing.Apply(text, paragraph["edit"]!["changes"]![uri]!.AsArray()));
        var listItem = await SuppressAction(inList);
        var suppressed = TextEditing.Apply(text, listItem["edit"]!["changes"]![uri]!.AsArray());
        Assert.Equal($"# Ferry notes\n\n{Superlative}\n\n- <!-- rhetlint-ignore RH2001 --> The fleet is the most reckless purchase in the port's history.\n", suppressed);

        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = suppressed }),
        });
        var after = Assert.Single((await client.DiagnosticsAsync(uri, 2))["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "RH2001")!;
        Assert.Equal(2, (int)after["range"]!["start"]!["line"]!);
    }

    [Fact]
    public async Task Fix_all_applies_every_safe_rewrite_as_fix_write_does()
    {
        await using var client = await StartAsync();
        var uri = _workspace.Uri("draft.md");
        const string text = "# Ferry notes\n\nThe ferry board met in order to approve the winter timetable.\n\n"
            + "Clearly, the Varn fleet never meant to leave the strait.\n\nThe pilots met in order to vote, and then in order to eat.\n";
        client.Open(uri, text);
        await client.DiagnosticsAsync(uri, 1);

        foreach (var only in new[] { "source.fixAll.rhetlint", "source.fixAll", "source" })
        {
            var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["range"] = new JsonObject { ["start"] = new JsonObject { ["line"] = 0, ["character"] = 0 }, ["end"] = new JsonObject { ["line"] = 0, ["character"] = 0 } },
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray(only) },
            });
            var fixAll = Assert.Single(response["result"]!.AsArray())!;
            Assert.Equal("Fix all safe rewrites", (string?)fixAll["title"]);
            Assert.Equal("source.fixAll.rhetlint", (string?)fixAll["kind"]);
            var edits = fixAll["edit"]!["changes"]![uri]!.AsArray();
            Assert.Single(edits);
            // The unsafe deletion of "Clearly" is left alone.
            Assert.Equal(text.Replace("in order to", "to"), TextEditing.Apply(text, edits));
        }

        // Asked for quick fixes only, no fix-all.
        var quickFixes = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = new JsonObject { ["start"] = new JsonObject { ["line"] = 0, ["character"] = 0 }, ["end"] = new JsonObject { ["line"] = 0, ["character"] = 0 } },
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray("quickfix") },
        });
        Assert.Empty(quickFixes["result"]!.AsArray());
    }

    [Fact]
    public async Task Hover_over_a_finding_shows_its_message_rewrite_why_and_rule_link_in_that_order()
    {
        await using var client = await StartAsync();
        var uri = _workspace.Uri("draft.md");
        client.Open(uri, $"# Ferry notes\n\n{Superlative}\n\nThe ferry board met in order to approve the winter timetable.\n");
        await client.DiagnosticsAsync(uri, 1);

        async Task<JsonNode?> HoverAsync(int line, int character) =>
            (await client.RequestAsync("textDocument/hover", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
            }))["result"];

        var hover = (await HoverAsync(2, 30))!;
        Assert.Equal("markdown", (string?)hover["contents"]!["kind"]);
        var value = (string)hover["contents"]!["value"]!;
        var paragraphs = value.Split("\n\n");
        Assert.Equal(4, paragraphs.Length);
        Assert.StartsWith("'the most reckless giveaway' claims a rank", paragraphs[0]);
        Assert.Equal("**Rewrite:** State the comparison and its source: `the most reckless giveaway [among which group, by what measure, since when] ([source])`", paragraphs[1]);
        Assert.Equal("*Why:* A superlative is a claim of rank.", paragraphs[2]);
        Assert.Equal("[RH2001 — Superlative without comparison basis](https://github.com/rhetlint/rhetlint/blob/main/docs/rules/RH2001.md)", paragraphs[3]);
        // The page stays behind the link: none of its sections, and no source file or word list.
        Assert.DoesNotContain("## ", value);
        Assert.DoesNotContain("src/", value);
        Assert.DoesNotContain(".txt", value);
        Assert.Equal(22, (int)hover["range"]!["start"]!["character"]!);

        // A pack rule: its safe rewrite by title, no why (a pack gives none), and the link the pack gives.
        var pack = (string)(await HoverAsync(4, 22))!["contents"]!["value"]!;
        Assert.Equal("Write 'to' instead of 'in order to'\n\n**Rewrite:** Replace with 'to'\n\n"
            + "[WS102 — Wordy phrase](https://github.com/rhetlint/rhetlint/blob/main/rules/packs/wire-style/wordy-phrases.yaml)", pack);

        Assert.Null(await HoverAsync(0, 2));
    }

    [Fact]
    public async Task The_explain_rule_command_returns_the_rule_page_and_null_for_an_unknown_id()
    {
        await using var client = await StartAsync();
        async Task<JsonNode> ExplainAsync(params JsonNode[] arguments) =>
            await client.RequestAsync("workspace/executeCommand", new JsonObject { ["command"] = "rhetlint.explainRule", ["arguments"] = new JsonArray(arguments) });

        Assert.StartsWith("# RH3002", (string?)(await ExplainAsync("RH3002"))["result"]);
        Assert.StartsWith("# RH3002", (string?)(await ExplainAsync("rh3002"))["result"]);
        // Pack rules, from the packs the workspace's configuration names.
        Assert.StartsWith("# WS102", (string?)(await ExplainAsync("WS102"))["result"]);
        var unknown = await ExplainAsync("RH9999");
        Assert.Null(unknown["error"]);
        Assert.Null(unknown["result"]);

        Assert.Equal(-32602, (int)(await ExplainAsync())["error"]!["code"]!);
        Assert.Equal(-32602, (int)(await client.RequestAsync("workspace/executeCommand", new JsonObject { ["command"] = "rhetlint.nothing" }))["error"]!["code"]!);
    }

    [Fact]
    public async Task A_configuration_change_republishes_every_open_document_under_the_new_profile_and_threshold()
    {
        await using var client = await StartAsync();
        var uri = _workspace.Uri("draft.md");
        var other = _workspace.Uri("notes.txt");
        client.Open(uri, $"{Superlative}\n\nClearly, the Varn fleet never meant to leave the strait.\n");
        client.Open(other, "Critics say the harbor plan is reckless.\n", languageId: "plaintext");
        Assert.Equal(2, (int)Only(await client.DiagnosticsAsync(uri, 1), "RH2001")["severity"]!);
        Assert.Single((await client.DiagnosticsAsync(other, 1))["diagnostics"]!.AsArray());

        // The opinion profile lowers superlatives a level: RH2001 becomes a suggestion.
        client.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["rhetlint"] = new JsonObject { ["profile"] = "opinion", ["debounceMs"] = 0 } } });
        Assert.Equal(3, (int)Only(await client.DiagnosticsAsync(uri, 1), "RH2001")["severity"]!);
        await client.DiagnosticsAsync(other, 1);

        // Settings of other extensions only, or none: nothing changes, and nothing is republished.
        client.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["editor"] = new JsonObject { ["tabSize"] = 2 } } });
        client.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });

        // Warnings and errors only: the suggestions go.
        client.Notify("workspace/didChangeConfiguration", new JsonObject
        {
            ["settings"] = new JsonObject { ["rhetlint"] = new JsonObject { ["profile"] = null, ["severityThreshold"] = "warning", ["debounceMs"] = 0 } },
        });
        var warnings = await client.DiagnosticsAsync(uri, 1);
        Assert.Equal(["RH2001"], warnings["diagnostics"]!.AsArray().Select(d => (string)d!["code"]!));
        Assert.Equal(2, (int)warnings["diagnostics"]![0]!["severity"]!);
        Assert.Equal(["RH3001"], (await client.DiagnosticsAsync(other, 1))["diagnostics"]!.AsArray().Select(d => (string)d!["code"]!));
    }

    [Fact]
    public async Task A_changed_editorconfig_is_read_again_and_the_documents_relinted()
    {
        var engines = 0;
        await using var client = await StartAsync(engineCreated: () => Interlocked.Increment(ref engines));
        var uri = _workspace.Uri("draft.md");
        client.Open(uri, $"{Superlative}\n");
        Assert.Equal(2, (int)Only(await client.DiagnosticsAsync(uri, 1), "RH2001")["severity"]!);

        _workspace.Write(".editorconfig", WithWireStyle + "rhetlint_diagnostic.RH2001.severity = error\n");
        // Another file's change is not configuration.
        client.Notify("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = _workspace.Uri("other.md"), ["type"] = 2 }) });
        client.Notify("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = _workspace.Uri(".editorconfig"), ["type"] = 2 }) });
        Assert.Equal(1, (int)Only(await client.DiagnosticsAsync(uri, 1), "RH2001")["severity"]!);
        Assert.Equal(2, engines);
    }

    [Theory]
    [InlineData("rhetlint.profile = gossip", "gossip")]
    [InlineData("rhetlint.RH2001.no_such_option = 3", "no_such_option")]
    public async Task A_bad_configuration_value_is_reported_at_the_top_of_the_document(string setting, string named)
    {
        _workspace.Write(".editorconfig", $"root = true\n[*.md]\n{setting}\n");
        await using var client = await StartAsync();
        var uri = _workspace.Uri("draft.md");
        client.Open(uri, $"{Superlative}\n");
        var problem = Assert.Single((await client.DiagnosticsAsync(uri, 1))["diagnostics"]!.AsArray())!;
        Assert.Equal("RH0001", (string?)problem["code"]);
        Assert.Equal(1, (int)problem["severity"]!);
        Assert.Contains(named, (string?)problem["message"]);
    }

    [Fact]
    public async Task In_on_save_mode_a_change_is_analyzed_when_the_document_is_saved()
    {
        await using var client = await StartAsync(new JsonObject { ["run"] = "onSave", ["debounceMs"] = 0 });
        var uri = _workspace.Uri("draft.md");
        client.Open(uri, "A quiet line about ferries.\n");
        Assert.Empty((await client.DiagnosticsAsync(uri, 1))["diagnostics"]!.AsArray());

        client.ChangeDocument(uri, 2, LspClient.Change(0, 0, 0, 0, Superlative + "\n\n"));
        Assert.False(await client.ArrivesWithinAsync(m => (string?)m["method"] == "textDocument/publishDiagnostics", TimeSpan.FromMilliseconds(500)));
        client.Notify("textDocument/didSave", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        Only(await client.DiagnosticsAsync(uri, 2), "RH2001");
    }

    [Fact]
    public async Task Changes_typed_within_the_debounce_are_analyzed_once_for_the_last_version()
    {
        await using var client = await StartAsync(new JsonObject { ["debounceMs"] = 1500 });
        var uri = _workspace.Uri("draft.md");
        client.Open(uri, "The council's plan\n");
        await client.DiagnosticsAsync(uri, 1);
        var typed = " is the most reckless giveaway in the city's history.";
        for (var i = 0; i < typed.Length; i++) client.ChangeDocument(uri, 2 + i, LspClient.Change(0, 18 + i, 0, 18 + i, typed[i].ToString()));

        var published = await client.NextAsync(m => (string?)m["method"] == "textDocument/publishDiagnostics");
        Assert.Equal(1 + typed.Length, (int)published["params"]!["version"]!);
        Assert.Equal("RH2001", (string?)published["params"]!["diagnostics"]![0]!["code"]);
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var client = await StartAsync();
        var uri = _workspace.Uri("draft.md");
        client.Open(uri, $"{Superlative}\n");
        Assert.NotEmpty((await client.DiagnosticsAsync(uri, 1))["diagnostics"]!.AsArray());
        client.Notify("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        var cleared = await client.DiagnosticsAsync(uri);
        Assert.Empty(cleared["diagnostics"]!.AsArray());
        Assert.Null(cleared["version"]);

        // Requests about a closed document find nothing.
        var hover = await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = new JsonObject { ["line"] = 0, ["character"] = 30 },
        });
        Assert.Null(hover["error"]);
        Assert.Null(hover["result"]);
    }

    [Fact]
    public async Task Plain_text_is_plain_text_and_markdown_is_known_by_its_extension_too()
    {
        await using var client = await StartAsync();
        // In Markdown the asterisks are emphasis; in plain text they are text, and the code span is prose.
        var text = $"`{Superlative}`\n";
        var plain = _workspace.Uri("notes.txt");
        var markdown = _workspace.Uri("draft.markdown");
        client.Open(plain, text, languageId: "plaintext");
        client.Open(markdown, text, languageId: "plaintext");
        Only(await client.DiagnosticsAsync(plain, 1), "RH2001");
        Assert.Empty((await client.DiagnosticsAsync(markdown, 1))["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_the_server_with_code_0()
    {
        var client = await StartAsync();
        Assert.Equal(0, await client.ShutdownAsync());
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Requests_after_shutdown_are_refused_and_exit_without_shutdown_is_code_1()
    {
        var client = await StartAsync();
        Assert.Null((await client.RequestAsync("shutdown", null))["error"]);
        Assert.Equal(-32600, (int)(await client.RequestAsync("textDocument/hover", new JsonObject()))["error"]!["code"]!);
        client.Notify("exit", null);
        Assert.Equal(0, await client.Exited.WaitAsync(LspClient.Timeout));

        var abrupt = await StartAsync();
        abrupt.Notify("exit", null);
        Assert.Equal(1, await abrupt.Exited.WaitAsync(LspClient.Timeout));
    }

    [Fact]
    public async Task The_end_of_the_input_ends_the_server()
    {
        var client = await StartAsync();
        await client.DisposeAsync();
        Assert.Equal(1, await client.Exited.WaitAsync(LspClient.Timeout));
    }
}
