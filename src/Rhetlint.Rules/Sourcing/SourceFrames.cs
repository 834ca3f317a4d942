using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// What the source rules (RH3001, RH3002, RH3009, RH3010) share: the span they report, which frames they may
/// judge at all, and the precedence that gives each unnamed source exactly one finding
/// (RH3010 &gt; RH3009 &gt; RH3002 &gt; RH3001, RULES.md §1).
/// </summary>
internal static class SourceFrames
{
    private static readonly Lazy<FrozenWordSet> CharacterAttacks = new(() => LexiconStore.Set("character_attacks"));

    /// <summary>The source phrase, with the cue when it is next to it ("One columnist noted", "said a diplomat", "according to a report").</summary>
    public static TextSpan AttributionSpan(DocumentModel document, AttributionFrame frame)
    {
        var cue = document.Tokens[frame.CueToken];
        if (cue.Kind == TokenKind.Quote) return document.SpanOf(frame.SourceStart, frame.SourceEnd);
        if (frame.CueToken < frame.SourceStart) return document.SpanOf(frame.CueToken, frame.SourceHeadEnd);
        var verbAdjacent = frame.CueToken - frame.SourceEnd <= 2 && frame.SourceEnd == frame.SourceHeadEnd;
        return verbAdjacent ? document.SpanOf(frame.SourceStart, frame.CueToken + 1) : document.SpanOf(frame.SourceStart, frame.SourceEnd);
    }

    /// <summary>
    /// Frames a source rule judges: the writer's own attribution — not one inside a quotation or inside what
    /// someone else reports ("she said leaders had agreed" is her claim) — and not hypothetical speech
    /// ("critics would call it", "some may argue").
    /// </summary>
    public static bool IsAuthorAttribution(DocumentModel document, AttributionFrame frame)
    {
        if (document.Voices[frame.SourceStart] != Voice.Author) return false;
        var tokens = document.Tokens;
        var first = document.SentenceOf(frame.CueToken).FirstToken;
        for (var k = frame.CueToken - 1; k >= first && frame.CueToken - k <= 3; k--)
            if (tokens[k].Norm is "would" or "could" or "might" or "may" or "should" or "can" or "will" or "must") return false;
        return true;
    }

    /// <summary>An unnamed or vague source saying something pejorative about a person (RH3010 owns the frame).</summary>
    public static bool IsAnonymousAttack(DocumentModel document, AttributionFrame frame) =>
        frame.Speaker is SpeakerClass.AnonymousBare or SpeakerClass.AnonymousDescribed or SpeakerClass.VagueCollective or SpeakerClass.VagueSingular
        && AttackWord(document, frame) is not null;

    /// <summary>The first character attack in the frame's content that is not negated ("is not a coward" attacks nobody).</summary>
    public static Token? AttackWord(DocumentModel document, AttributionFrame frame)
    {
        if (frame.Content.IsEmpty) return null;
        var tokens = document.Tokens;
        var first = document.Syntax.TokenIndexAt(frame.Content.Start);
        if (first < 0) return null;
        // Attacks sit near their cue; the bound keeps long sentences full of frames linear.
        for (var i = first; i < tokens.Length && i - first < 40 && tokens[i].Span.End <= frame.Content.End; i++)
            if (tokens[i].IsWord && CharacterAttacks.Value.Contains(tokens[i]) && !document.IsNegated(i)) return tokens[i];
        return null;
    }

    /// <summary>Whether <paramref name="phrases"/> has a match starting anywhere in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static bool ContainsPhrase(DocumentModel document, PhraseList phrases, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (phrases.LongestAt(document.Tokens, k, to) > 0) return true;
        return false;
    }
}
