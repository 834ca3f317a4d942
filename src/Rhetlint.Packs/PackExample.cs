namespace Rhetlint.Packs;

/// <summary>What an inline example expects of its rule.</summary>
internal enum ExampleExpectation
{
    /// <summary>At least one finding; with <c>[[…]]</c> marks, a finding on exactly the marked words.</summary>
    Flag,
    /// <summary>No finding.</summary>
    Pass,
    /// <summary>Applying the rule's rewrites turns the text into <see cref="PackExample.After"/>.</summary>
    Fix,
}

/// <summary>An inline <c>examples:</c> entry of a pack rule, with its place in the rule file for failures.</summary>
internal sealed record PackExample(ExampleExpectation Expectation, string Text, string? After, int Line, int Column);
