using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;

namespace Rhetlint.Core.Config;

/// <summary>
/// A genre's severity policy (RULES.md §1, after SemEval-2023's split of reporting and opinion), read from the tags on
/// each rule's descriptor (<see cref="RuleTags"/>), so the engine names no rule:
/// <list type="bullet">
/// <item><c>news</c> (the default) raises the rules tagged <see cref="RuleTags.RaisedInNews"/> one level — to a warning
/// at most: an error blocks CI and stays reserved for the high-precision sourcing findings.</item>
/// <item><c>opinion</c> lowers the rules tagged <see cref="RuleTags.LoweredInOpinion"/> one level (the built-in
/// threat-inflation and superlative rules, except imputed intent, bloc labels and a pattern of inflation, which are no
/// more acceptable in a column) and turns those tagged <see cref="RuleTags.OffInOpinion"/> off (editorializing
/// adverbs). Opinion writers still have to attribute quotes: no sourcing rule is lowered.</item>
/// </list>
/// </summary>
public sealed class GenreProfile
{
    private readonly Func<DiagnosticDescriptor, DiagnosticSeverity, DiagnosticSeverity?> _adjust;

    private GenreProfile(string name, Func<DiagnosticDescriptor, DiagnosticSeverity, DiagnosticSeverity?> adjust)
    {
        Name = name;
        _adjust = adjust;
    }

    public string Name { get; }

    public static GenreProfile News { get; } = new("news", (descriptor, severity) =>
        RuleTags.Has(descriptor, RuleTags.RaisedInNews) ? Raise(severity) : severity);

    public static GenreProfile Opinion { get; } = new("opinion", (descriptor, severity) =>
        RuleTags.Has(descriptor, RuleTags.OffInOpinion) ? null
        : RuleTags.Has(descriptor, RuleTags.LoweredInOpinion) ? Lower(severity)
        : severity);

    public static IReadOnlyList<string> Names { get; } = ["news", "opinion"];

    /// <summary>The profile called <paramref name="name"/>; throws for an unknown name (the CLI validates first).</summary>
    public static GenreProfile Named(string name) => name switch
    {
        "news" => News,
        "opinion" => Opinion,
        _ => throw new ArgumentException($"unknown profile '{name}' (expected {string.Join(" or ", Names)})", nameof(name)),
    };

    /// <summary>
    /// The severity a finding gets under this profile, or null when the profile turns the rule off. The profile
    /// moves the rule's default severity; a finding the rule itself lowered (a hedge, "one of the") moves by as
    /// many levels, so the rule's own softening survives ("arguably the best" stays a level below "the best").
    /// </summary>
    public DiagnosticSeverity? Adjust(DiagnosticDescriptor descriptor, DiagnosticSeverity reported)
    {
        if (_adjust(descriptor, descriptor.DefaultSeverity) is not { } profileDefault) return null;
        var level = Level(reported) + Level(profileDefault) - Level(descriptor.DefaultSeverity);
        return level <= 0 ? DiagnosticSeverity.Info : level == 1 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
    }

    private static int Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 2,
        DiagnosticSeverity.Warning => 1,
        _ => 0,
    };

    private static DiagnosticSeverity Raise(DiagnosticSeverity severity) =>
        severity == DiagnosticSeverity.Info ? DiagnosticSeverity.Warning : severity;

    private static DiagnosticSeverity Lower(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => DiagnosticSeverity.Warning,
        DiagnosticSeverity.Warning => DiagnosticSeverity.Info,
        _ => severity,
    };
}
