namespace Rhetlint.Core.Semantics;

/// <summary>What a claim asserts, which decides what evidence can bear on it.</summary>
public enum ClaimKind
{
    /// <summary>A rank or a comparison against everything: "the lightest bike ever made", "worse than ever", "unprecedented".</summary>
    Rank,
    /// <summary>A size, amount, capability or reach: "an enormous budget", "a vast arsenal", "in every school".</summary>
    Magnitude,
    /// <summary>A forecast or a worst case: "will end in war", "first the ports, then the grid".</summary>
    Prediction,
    /// <summary>A motive or intent imputed to someone: "is bent on conquest". No figure shows an intent.</summary>
    Intent,
    /// <summary>An absolute or a claim of agreement: "nobody likes a toll road", "everyone agrees".</summary>
    Universal,
    /// <summary>A view or report credited to nobody: "it has been proven that", "is said to", "critics say". Only a
    /// source or a citation bears on it; a figure does not say who holds the view.</summary>
    Attribution,
    /// <summary>An appeal to research: "studies show". Only a citation, a named study or a publisher bears on it.</summary>
    ResearchAppeal,
    /// <summary>Any other assertion: the clause a booster declares certain, a pack rule's match.</summary>
    Assertion,
}

/// <summary>
/// A claim a rule asks evidence for: its kind and its tokens [<see cref="Start"/>, <see cref="End"/>) in
/// <see cref="Syntax.ProseDocument.Tokens"/>, usually the span the rule would report.
/// </summary>
public readonly record struct Claim(ClaimKind Kind, int Start, int End)
{
    /// <summary>The noun the claim is about ("budget" in "such an enormous budget"): a figure measuring it, a later
    /// sentence repeating it, or a source speaking of it bears on the claim.</summary>
    public int? Head { get; init; }

    /// <summary>The graded word ("lightest", "vast"), whose dimension a figure must measure (a weight for "lightest";
    /// nothing measures "most beautiful").</summary>
    public int? Degree { get; init; }

    /// <summary>What the claim says, when that is not the clause around it: the that-clause of "it has been proven
    /// that …", the clause a booster governs. A source whose words cover it bears on the claim.</summary>
    public (int First, int End)? About { get; init; }
}
