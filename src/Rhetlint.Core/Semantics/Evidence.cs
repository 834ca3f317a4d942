namespace Rhetlint.Core.Semantics;

/// <summary>How strongly a sentence supports a claim with checkable evidence (RULES.md §3 M6).</summary>
public enum EvidenceStrength : byte
{
    None,
    /// <summary>A bare year or a relative date.</summary>
    Weak,
    /// <summary>A figure with a unit, percent, currency or count; a full date; a named source without a date.</summary>
    Medium,
    /// <summary>A link, footnote, parenthetical citation, "according to" a named source, or a named source on the record.</summary>
    Strong,
}
