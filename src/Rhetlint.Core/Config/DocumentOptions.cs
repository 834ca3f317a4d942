using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Config;

/// <summary>
/// What configuration says about one document: its genre profile and the severities set per rule id and per
/// category. Resolution order for a finding (Roslyn's): a per-id setting, else a category setting, else the rule's
/// own severity under the profile.
/// </summary>
public sealed record DocumentOptions(
    GenreProfile Profile,
    ImmutableDictionary<string, ReportDiagnostic> SeverityById,
    ImmutableDictionary<string, ReportDiagnostic> SeverityByCategory)
{
    /// <summary>Rule packs for this document: absolute folder paths, or names of packs bundled with Rhetlint.</summary>
    public ImmutableArray<string> Packs { get; init; } = [];

    /// <summary>
    /// Whether C# rule files (<c>*.rule.cs</c>) in those packs may be compiled and run: trusted code, so only the person
    /// running Rhetlint sets this (a command-line flag, an environment variable, an editor setting), never a
    /// configuration file found beside the documents.
    /// </summary>
    public bool AllowCodeRules { get; init; }

    /// <summary>
    /// An <c>.editorconfig</c> says <c>rhetlint.allow_code_rules = true</c>, the switch of earlier versions: it allows
    /// nothing now, and is kept so the run can say what to do instead.
    /// </summary>
    public bool CodeRulesRequested { get; init; }

    /// <summary>Rule id prefixes to report only (<c>--select RH2,HG</c>); empty: all. Beats the files.</summary>
    public ImmutableArray<string> Selected { get; init; } = [];

    /// <summary>Rule id prefixes never to report (<c>--ignore RH2004</c>). Beats the files and <see cref="Selected"/>.</summary>
    public ImmutableArray<string> Ignored { get; init; } = [];

    /// <summary>
    /// Rule options as written: <c>rhetlint.&lt;id&gt;.&lt;option&gt;</c> keys (lower-cased, as Roslyn reads them) and their values.
    /// The driver checks them against the options its rules declare (<see cref="Analysis.RuleOptionValues.Read"/>).
    /// </summary>
    public ImmutableDictionary<string, string> RuleOptions { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// The rule ids <c>rhetlint_diagnostic.&lt;id&gt;.severity</c> keys name (lower-cased), which the driver checks
    /// against its rules; <c>dotnet_diagnostic</c> keys are shared with C# analyzers and are not checked.
    /// </summary>
    public ImmutableArray<string> SeverityRuleIds { get; init; } = [];

    /// <summary>The files behind <see cref="Lexicons"/> (actors, outlets, vocabulary), for a cache that must notice when they change.</summary>
    public ImmutableArray<string> LexiconFiles { get; init; } = [];

    /// <summary>The actor gazetteer, outlet names and accepted vocabulary, with the files configuration adds.</summary>
    public DocumentLexicons Lexicons { get; init; } = DocumentLexicons.Default;

    /// <summary>
    /// Whether page furniture (bylines, reader polls, captions, "Related:" lines, share prompts, repeated widgets) is left
    /// out of the analysis: <c>rhetlint.page_furniture = skip</c> (the default) or <c>check</c>.
    /// </summary>
    public bool SkipPageFurniture { get; init; } = true;

    /// <summary>Which elements of an HTML page are read: <c>rhetlint.html.include</c> and <c>rhetlint.html.exclude</c>, CSS selector lists.</summary>
    public HtmlSelection Html { get; init; } = HtmlSelection.Default;

    public static DocumentOptions Default { get; } = ForProfile(GenreProfile.News);

    /// <summary>No per-rule settings, only a profile.</summary>
    public static DocumentOptions ForProfile(GenreProfile profile) =>
        new(profile, ImmutableDictionary<string, ReportDiagnostic>.Empty, ImmutableDictionary<string, ReportDiagnostic>.Empty);

    /// <summary>The severity a finding gets, or null when configuration turns it off.</summary>
    public DiagnosticSeverity? Apply(DiagnosticDescriptor descriptor, DiagnosticSeverity reported)
    {
        // Asked for every finding a rule makes (700,000 in a quote storm): loops, not a closure per call.
        if (StartsWithAny(descriptor.Id, Ignored) || Selected.Length > 0 && !StartsWithAny(descriptor.Id, Selected))
            return null;
        if (SeverityById.TryGetValue(descriptor.Id, out var byId)) return ToSeverity(byId, reported);
        if (SeverityByCategory.TryGetValue(descriptor.Category, out var byCategory)) return ToSeverity(byCategory, reported);
        return Profile.Adjust(descriptor, reported);
    }

    private static bool StartsWithAny(string id, ImmutableArray<string> prefixes)
    {
        foreach (var prefix in prefixes)
            if (id.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    private static DiagnosticSeverity? ToSeverity(ReportDiagnostic setting, DiagnosticSeverity reported) => setting switch
    {
        ReportDiagnostic.Error => DiagnosticSeverity.Error,
        ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
        ReportDiagnostic.Info => DiagnosticSeverity.Info,
        // Rhetlint has no hidden findings: "silent" turns a rule off, like "none".
        ReportDiagnostic.Hidden or ReportDiagnostic.Suppress => null,
        _ => reported,
    };
}
