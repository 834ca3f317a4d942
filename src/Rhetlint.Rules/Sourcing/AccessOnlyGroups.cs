using Rhetlint.Core.Semantics;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "Engineers who were briefed on the inspection say", "doctors familiar with the ward say": a group of professionals whose only
/// description is how they know names no body the reader could ask, so it is as anonymous as "a diplomat who attended the
/// talks" (the annotation guidelines flag an unnamed source described by its access, whatever the reason given). RH3009
/// lets professionals speak in public only when the phrase names their body ("economists at the Harlow Institute",
/// "Treasury economists"): a capitalized word other than the head that opens a sentence. Without one, the stronger the
/// access clause, the less the group was flagged: "historians who have studied the strikes say" was a vague group, while
/// "ecologists who have seen the survey say" was read as described and let through.
/// </summary>
internal static class AccessOnlyGroups
{
    public static bool NamesNoBody(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        for (var k = frame.SourceStart; k < frame.SourceEnd; k++)
            if (tokens[k].IsWord && tokens[k].IsCapitalized && !(k == frame.SourceStart && k == frame.SourceHeadEnd - 1)) return false;
        return Vocabulary.SourceAccessCues.OccursIn(tokens, frame.SourceHeadEnd, frame.SourceEnd);
    }
}
