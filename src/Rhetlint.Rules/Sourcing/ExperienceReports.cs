using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "Several members reported mildew on the beans", "local cafés reported a busy weekend": lay people who report a thing
/// give an account of what happened to them — their takings, their crops, their symptoms — the way a show of hands
/// does, not a view about the world put in an unnamed crowd's mouth. In the development sets no such report with a noun
/// object is gold, across four writers, while the same groups with "that", a colon, a quotation, a gerund or a clause
/// ("members reported that the council had lied", "tenants reported seeing rats") pass a claim on. Experts reporting a
/// finding ("doctors reported a rise in cases") lean on their trade's authority and stay a source to name.
/// </summary>
internal static class ExperienceReports
{
    /// <summary>Words that open "report"'s other complements: a hearer, a topic, a duty ("reported to the police", "reported on the plan", "reported for duty").</summary>
    private static readonly HashSet<string> NonObjectStarts = new(StringComparer.Ordinal)
        { "that", "to", "on", "for", "back", "in", "at", "by", "how", "whether", "why", "what", "when", "where", "who", "if", "as" };

    /// <summary>How far into the object an "of" or "as" is looked for, as in <see cref="SourceFrames.IsActionNotClaim"/>.</summary>
    private const int MaxObjectTokens = 8;

    public static bool IsOwnExperience(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        if (frame.QuotationIndex is not null || frame.CueToken < frame.SourceEnd || Vocabulary.ReportingVerbLemma(tokens[frame.CueToken]) != "report"
            || Vocabulary.IsExpertNoun(tokens[frame.SourceHeadEnd - 1]))
            return false;
        var next = frame.CueToken + 1;
        var end = document.SentenceOf(frame.CueToken).EndToken;
        if (next >= end || !tokens[next].IsWord || NonObjectStarts.Contains(tokens[next].Norm)) return false;
        if (tokens[next].Norm.Length > 4 && tokens[next].Norm.EndsWith("ing", StringComparison.Ordinal)) return false;
        // "reported the same thing: the rules had halved their trade": what follows the colon or in quotation marks is the claim.
        for (var k = next; k < end; k++)
            if (tokens[k].Text == ":" || tokens[k].Kind == TokenKind.Quote) return false;
        // "reported the symptoms of diplomats", "reported the post as spam": an "of" or "as" in the object reports on
        // others, or judges, rather than tells what happened to the group itself.
        var objectEnd = next;
        for (; objectEnd < end && objectEnd - next < MaxObjectTokens && tokens[objectEnd].Text != ","; objectEnd++)
            if (tokens[objectEnd].Norm is "of" or "as") return false;
        return !ReportedWrongdoing.ChargesOthers(document, next, objectEnd) && !SourceFrames.ClauseFollows(document, next);
    }
}
