namespace Rhetlint.Packs;

/// <summary>What a pack rule does with a match (Vale's rule kinds, narrowed to what newsrooms asked for).</summary>
internal enum PackRuleKind
{
    /// <summary>Flags phrases or a regex: a banned word, a cliché.</summary>
    Existence,
    /// <summary>Flags a phrase and offers its replacement as a rewrite.</summary>
    Substitution,
    /// <summary>Flags a token pattern with word classes, skips and negation.</summary>
    Sequence,
}
