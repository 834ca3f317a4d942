using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The writer's claim that a process runs on to an end point it does not name ("where this ends", "they won't stop at
/// the depots", "the direction of travel is clear"): beside a list of targets taken in turn, the frame makes the list a
/// path nothing stops. The frame must be the writer's: a quoted "this is just the beginning" is news.
/// </summary>
internal static class TrajectoryFrames
{
    private static readonly Lazy<PhraseList> Frames = new(() => PhraseList.Load(RuleLexicons.Store, "trajectory_frames"));

    /// <summary>Sentences either side of a list, within its paragraph, that may frame it ("Make no mistake about where this ends. First …").</summary>
    private const int Reach = 1;

    public static bool Near(DocumentModel document, Sentence sentence)
    {
        foreach (var near in document.Syntax.SentencesAround(sentence, Reach))
            if (InSentence(document, near)) return true;
        return false;
    }

    private static bool InSentence(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (Frames.Value.LongestAt(tokens, k, sentence.EndToken) is not (> 0 and var length) || document.Voices[k] != Voice.Author) continue;
            // "only the beginning of the festival" names the start of a thing, not of a process running on.
            var next = k + length;
            if (tokens[next - 1].Norm is "beginning" or "start" && next < sentence.EndToken && tokens[next].Norm == "of") continue;
            return true;
        }
        return false;
    }
}
