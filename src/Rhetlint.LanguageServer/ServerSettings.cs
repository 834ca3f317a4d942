using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Config;

namespace Rhetlint.LanguageServer;

/// <summary>When the server analyzes a document: as it is typed (debounced) or when it is saved.</summary>
internal enum RunMode { OnType, OnSave }

/// <summary>
/// The client's settings (<c>initializationOptions</c>, and <c>settings.rhetlint</c> of
/// <c>workspace/didChangeConfiguration</c>): <c>profile</c> (news | opinion | null: the .editorconfig's),
/// <c>severityThreshold</c> (error | warning | suggestion: the least severe finding shown), <c>run</c> (onType |
/// onSave), <c>debounceMs</c>, <c>allowCodeRules</c> (true: the packs' C# rule files may run; the editor is the
/// user's agent, so this is the server's only opt-in, as <c>--allow-code-rules</c> is the command line's). A missing
/// or unusable value keeps its default, and says so in the log.
/// </summary>
internal sealed record ServerSettings(GenreProfile? Profile, DiagnosticSeverity Threshold, RunMode Run, int DebounceMs, bool AllowCodeRules = false)
{
    public static ServerSettings Default { get; } = new(null, DiagnosticSeverity.Info, RunMode.OnType, 150);

    private static readonly string[] Keys = ["profile", "severityThreshold", "run", "debounceMs", "allowCodeRules"];

    /// <summary>
    /// The settings in <paramref name="node"/>: an object with the keys above, or one with them under <c>rhetlint</c>;
    /// null when it has neither (a client that sends no settings, or only other extensions' settings, changes nothing).
    /// </summary>
    public static ServerSettings? Read(JsonNode? node, Action<string> log)
    {
        if (node is JsonObject outer && outer["rhetlint"] is JsonObject inner) node = inner;
        if (node is not JsonObject settings || !Keys.Any(settings.ContainsKey)) return null;
        var result = Default;

        if (Text(settings, "profile") is { Length: > 0 } profile)
        {
            if (GenreProfile.Names.Contains(profile)) result = result with { Profile = GenreProfile.Named(profile) };
            else log($"settings: unknown profile '{profile}' (expected {string.Join(" or ", GenreProfile.Names)}); using the .editorconfig's");
        }
        if (Text(settings, "severityThreshold") is { } threshold)
        {
            DiagnosticSeverity? parsed = threshold switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                "suggestion" or "info" => DiagnosticSeverity.Info,
                _ => null,
            };
            if (parsed is { } value) result = result with { Threshold = value };
            else log($"settings: unknown severityThreshold '{threshold}' (expected error, warning or suggestion)");
        }
        if (Text(settings, "run") is { } run)
        {
            if (run.Equals("onSave", StringComparison.OrdinalIgnoreCase)) result = result with { Run = RunMode.OnSave };
            else if (!run.Equals("onType", StringComparison.OrdinalIgnoreCase)) log($"settings: unknown run mode '{run}' (expected onType or onSave)");
        }
        if (settings["debounceMs"] is { } debounce)
        {
            if (Protocol.JsonRpc.Number(debounce) is { } ms && ms >= 0) result = result with { DebounceMs = (int)Math.Min(ms, 60_000) };
            else log("settings: debounceMs must be a number of milliseconds, 0 or more");
        }
        if (settings["allowCodeRules"] is { } allow)
        {
            if (allow.GetValueKind() is JsonValueKind.True or JsonValueKind.False) result = result with { AllowCodeRules = allow.GetValue<bool>() };
            else log("settings: allowCodeRules must be true or false; C# rule files stay off");
        }
        return result;
    }

    private static string? Text(JsonObject settings, string key) =>
        Protocol.JsonRpc.TryText(settings[key], out var value) ? value : null;
}
