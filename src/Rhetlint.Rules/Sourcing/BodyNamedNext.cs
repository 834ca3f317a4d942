using Rhetlint.Core.Semantics;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "A flock tested positive, state health officials said. The Varn Department of Health said the site would be
/// closed": wire copy opens with officials described by their field and names their body as the speaker of the next
/// sentence. The field word of the description ("health", "agriculture", "transport") recurs, capitalized, in the
/// source of an attribution in the next sentence, so the reader is told whose officials they are. Officials whose
/// body no later attribution names ("health officials said" and nothing more) stay anonymous, and so does one person
/// inside a named body ("a council insider said. A spokesperson for the Harlow Council said …"): the body speaks for
/// its officials as a whole, not for an unnamed member.
/// </summary>
internal static class BodyNamedNext
{
    public static bool Names(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        var sentences = document.Syntax.Sentences;
        if (frame.SentenceIndex + 1 >= sentences.Length || tokens[frame.SourceHeadEnd - 1].Norm is not ("officials" or "authorities")) return false;
        var next = sentences[frame.SentenceIndex + 1];
        for (var k = frame.SourceStart; k < frame.SourceHeadEnd - 1; k++)
        {
            var field = tokens[k];
            if (!field.IsWord || field.IsCapitalized || field.Norm.Length < 4 || FunctionWords.Prepositions.Contains(field)) continue;
            foreach (var named in document.FramesIn(next))
                for (var m = named.SourceStart; m < named.SourceEnd; m++)
                    if (tokens[m].IsCapitalized && tokens[m].Norm == field.Norm && m > named.SourceStart) return true;
        }
        return false;
    }
}
