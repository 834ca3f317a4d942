using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "Officials announced a new road", "a staffer announced plans to sue", "authorities announced the closure of the
/// pier": announcing a thing, a plan or a decision is an act, the news itself, and what it puts on the record is the act,
/// not a claim that needs a source to stand behind it. With "that", a colon, a quotation or a finite clause it reports a
/// claim ("officials announced this week that the raid had led to 232 arrests", "announced the bridge would close").
/// </summary>
internal static class AnnouncedActs
{
    /// <summary>How far after the verb a "that" still opens what was announced: "announced on Tuesday that".</summary>
    private const int MaxThatTokens = 6;

    public static bool Are(DocumentModel document, AttributionFrame frame, string lemma)
    {
        if (lemma != "announce" || frame.QuotationIndex is not null) return false;
        var tokens = document.Tokens;
        var end = document.SentenceOf(frame.CueToken).EndToken;
        var next = frame.CueToken + 1;
        // "…, officials announced.": the content came first.
        if (next >= end || !tokens[next].IsWord || frame.Side == ContentSide.Before) return false;
        for (var k = next; k < end && k - next < MaxThatTokens; k++)
            if (tokens[k].Norm is "that" or "whether" || tokens[k].Text == ":" || tokens[k].Kind == TokenKind.Quote) return false;
        return !SourceFrames.ClauseFollows(document, next);
    }
}
