using System.Collections.Immutable;
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
        if (!document.Voices[frame.SourceStart].IsWritersWords()) return false;
        var tokens = document.Tokens;
        var first = document.SentenceOf(frame.CueToken).FirstToken;
        for (var k = frame.CueToken - 1; k >= first && frame.CueToken - k <= 3; k--)
        {
            if (tokens[k].Norm is "would" or "could" or "might" or "may" or "should" or "can" or "will" or "must") return false;
            // "residents who say the port is unsafe": a description inside the writer's own sentence, not a source.
            if (tokens[k].Norm is "who" or "that" or "which" && k >= frame.SourceHeadEnd) return false;
        }
        return true;
    }

    private static readonly Lazy<FrozenWordSet> ObjectVerbs = new(() => LexiconStore.Set("object_reporting_verbs"));
    private static readonly Lazy<FrozenWordSet> MannerVerbs = new(() => LexiconStore.Set("manner_of_speaking_verbs"));

    /// <summary>
    /// The frame reports an act, not a claim, so no source rule judges it: "voters rejected the levy", "an official
    /// recalled the night" (a verb whose object is a thing, unless "that", a colon, a quotation, or an "as"/"of"
    /// complement follows: "denounced the plan as reckless", "accused the minister of lying"); "protesters chanted"
    /// (a crowd voicing something at an event is a scene, not a view held).
    /// </summary>
    public static bool IsActionNotClaim(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        if (Vocabulary.ReportingVerbLemma(tokens[frame.CueToken]) is not { } lemma) return false;
        if (MannerVerbs.Value.Contains(lemma)) return true;
        if (!ObjectVerbs.Value.Contains(lemma) || frame.QuotationIndex is not null) return false;
        var next = frame.CueToken + 1;
        if (next >= tokens.Length || tokens[next].Norm == "that" || tokens[next].Text is ":" or "," || tokens[next].Kind == TokenKind.Quote) return false;
        var sentenceEnd = document.SentenceOf(frame.CueToken).EndToken;
        for (var k = next; k < sentenceEnd && k - next < 8; k++)
            if (tokens[k].Norm is "as" or "of") return false;
        return true;
    }

    /// <summary>"Ten voters said", "three officials", "a majority of voters": the source phrase gives a count.</summary>
    public static bool IsCounted(DocumentModel document, AttributionFrame frame)
    {
        for (var i = frame.SourceStart; i < frame.SourceHeadEnd; i++)
            if (document.Tokens[i].Kind == TokenKind.Number || Counts.Contains(document.Tokens[i].Norm)) return true;
        return false;
    }

    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundred", "hundreds",
        "thousand", "thousands", "million", "millions", "majority", "minority", "half", "third", "quarter", "percent", "%",
    };

    /// <summary>An unnamed or vague source saying something pejorative about a person (RH3010 owns the frame).</summary>
    public static bool IsAnonymousAttack(DocumentModel document, AttributionFrame frame) =>
        frame.Speaker is SpeakerClass.AnonymousBare or SpeakerClass.AnonymousDescribed or SpeakerClass.VagueCollective or SpeakerClass.VagueSingular
        && AttackWord(document, frame) is not null;

    /// <summary>
    /// The first character attack in the frame's content that is said of a person: a person is named or referred to
    /// before it ("Lind an incompetent puppet", "the minister is a coward") and the word is not a modifier of some other
    /// noun ("corrupt officials", "a dishonest plan" attack no one in particular). Negated attacks attack nobody.
    /// </summary>
    public static Token? AttackWord(DocumentModel document, AttributionFrame frame)
    {
        if (frame.Content.IsEmpty) return null;
        var tokens = document.Tokens;
        var first = document.Syntax.TokenIndexAt(frame.Content.Start);
        if (first < 0) return null;
        var sentenceStart = document.SentenceOf(first).FirstToken;
        var person = false;
        // Attacks sit near their cue; the bound keeps long sentences full of frames linear.
        for (var i = first; i < tokens.Length && i - first < 40 && tokens[i].Span.End <= frame.Content.End; i++)
        {
            var token = tokens[i];
            if (!token.IsWord) continue;
            if (CharacterAttacks.Value.Contains(token))
            {
                if (person && ModifiesNothingElse(tokens, i) && !document.IsNegated(i)) return token;
                continue;
            }
            // A capitalized word is a person only when no noun follows it ("Lind is", "Lind an incompetent …", not "the Harbor plan").
            person |= token.IsCapitalized && i > sentenceStart && token.Norm != "i" && IsFollowedByNoNoun(tokens, i)
                || token.Norm is "he" or "she" or "him" or "her" or "his" or "you"
                || Vocabulary.IsRoleNoun(token) && i > first && tokens[i - 1].Norm is "the" or "our" or "their" or "his" or "her";
        }
        return null;
    }

    private static bool IsFollowedByNoNoun(ImmutableArray<Token> tokens, int i) =>
        i + 1 >= tokens.Length || !tokens[i + 1].IsWord || tokens[i + 1].IsCapitalized
        || FunctionWords.Auxiliaries.Contains(tokens[i + 1].Norm) || FunctionWords.IndefiniteSingular.Contains(tokens[i + 1].Norm)
        || tokens[i + 1].Norm is "and" or "was" or "is" or "the";

    private static bool ModifiesNothingElse(ImmutableArray<Token> tokens, int i) =>
        i + 1 >= tokens.Length || !tokens[i + 1].IsWord || CharacterAttacks.Value.Contains(tokens[i + 1])
        || tokens[i + 1].Norm is "and" or "or" or "of" or "for" or "to" or "in" or "as" or "who" or "on" or "at" or "than";
}
