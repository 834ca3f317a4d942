namespace Rhetlint.Core.Semantics;

/// <summary>Whose words a token is.</summary>
public enum Voice : byte
{
    /// <summary>The writer's own assertion.</summary>
    Author,
    /// <summary>Inside a direct quotation.</summary>
    Quoted,
    /// <summary>The content of an indirect report ("Brandt said that …", "according to the ministry, …").</summary>
    Reported,
    /// <summary>
    /// Quoted words that are mentioned rather than used: a term or label ("the word “deterrence”", "known as
    /// “the quiet veto”"), a title ("her essay, “Why Deterrence Still Works,”") or a nickname. Neither the
    /// author's assertion nor speech to attribute.
    /// </summary>
    Mention,
}
