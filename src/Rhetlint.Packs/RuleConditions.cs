using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Packs.Matching;

namespace Rhetlint.Packs;

/// <summary>
/// An <c>unless: … evidence within …</c> condition: how much evidence, and in which sentences around the match. The
/// match is weighed as a plain assertion: a figure in its clause (not a date, an age or a model number), a later
/// figure that refers back to it, a citation, or a source whose words cover it.
/// </summary>
internal sealed record EvidenceCondition(EvidenceStrength AtLeast, EvidenceWindow Window);

/// <summary>
/// When a pack rule's match is a finding, reusing the engine's analysis: whose words it is (<c>voice</c>) and what
/// excuses it (<c>unless</c>: negated, hedged, evidence nearby).
/// </summary>
internal sealed record RuleConditions(ImmutableArray<Voice> Voices, bool UnlessNegated, bool UnlessHedged, ImmutableArray<EvidenceCondition> UnlessEvidence)
{
    /// <summary>The default: the writer's own assertions (not quoted, reported, mentioned, perceived or rebutted), with no excuses.</summary>
    public static RuleConditions Default { get; } = new([Voice.Author], false, false, []);

    /// <summary>The <c>voice:</c> values and the voices each admits.</summary>
    public static readonly IReadOnlyDictionary<string, Voice[]> VoiceNames = new Dictionary<string, Voice[]>(StringComparer.Ordinal)
    {
        ["author"] = [Voice.Author],
        ["writer"] = [Voice.Author, Voice.Perceived, Voice.Rebutted],
        ["quoted"] = [Voice.Quoted],
        ["reported"] = [Voice.Reported],
        ["any"] = [Voice.Author, Voice.Quoted, Voice.Reported, Voice.Mention, Voice.Perceived, Voice.Rebutted],
    };

    /// <summary>The <c>unless:</c> phrases a rule may use, spelled as a person would say them.</summary>
    public static readonly ImmutableArray<string> UnlessPhrases =
    [
        "negated",
        "hedged",
        "evidence within sentence",
        "evidence within next sentence",
        "evidence within surrounding sentences",
        "strong evidence within sentence",
        "strong evidence within next sentence",
        "strong evidence within surrounding sentences",
    ];

    /// <summary>A condition parsed from one <c>unless:</c> phrase, or null when the phrase is not one of <see cref="UnlessPhrases"/>.</summary>
    public RuleConditions? With(string unless)
    {
        var phrase = string.Join(' ', unless.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (phrase == "negated") return this with { UnlessNegated = true };
        if (phrase == "hedged") return this with { UnlessHedged = true };
        if (!UnlessPhrases.Contains(phrase)) return null;
        var strength = phrase.StartsWith("strong ", StringComparison.Ordinal) ? EvidenceStrength.Strong : EvidenceStrength.Medium;
        var (before, after) = phrase.EndsWith("next sentence", StringComparison.Ordinal) ? (0, 1)
            : phrase.EndsWith("surrounding sentences", StringComparison.Ordinal) ? (1, 1)
            : (0, 0);
        return this with { UnlessEvidence = UnlessEvidence.Add(new EvidenceCondition(strength, new EvidenceWindow(before, after))) };
    }

    public bool Admits(SentenceContext context, DiagnosticDescriptor rule, PackMatch match)
    {
        var document = context.Document;
        if (!Voices.Contains(document.Voices[match.FirstToken])) return false;
        if (UnlessNegated && document.IsNegated(match.FirstToken)) return false;
        if (UnlessHedged && document.IsHedged(match.FirstToken)) return false;
        var claim = new Claim(ClaimKind.Assertion, match.FirstToken, match.EndToken);
        return !UnlessEvidence.Any(e => context.EvidenceFor(rule, claim, e.Window).Strength >= e.AtLeast);
    }
}
