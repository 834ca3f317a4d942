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
}
