using Rhetlint.Core.Semantics;

namespace Rhetlint.Rules.Hedging;

/// <summary>The voice gate every supporting-signal rule shares (RULES.md §1 modulators).</summary>
internal static class HedgingVoice
{
    /// <summary>
    /// Whether the tokens [<paramref name="start"/>, <paramref name="end"/>) are the writer's own words, asserted: all
    /// in author voice (not quoted, reported or mentioned) and not under a negation cue.
    /// </summary>
    public static bool IsAuthorAssertion(DocumentModel document, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (document.Voices[k] != Voice.Author) return false;
        return !document.IsNegated(start);
    }
}
