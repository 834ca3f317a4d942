using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "I've had growers ring me at home and tell me the dam is leaking", "we had three landlords call the show saying rents
/// will double": the writer's unnamed callers, brought in by "have" with a bare verb of getting in touch, who then tell
/// the writer something. They are the writer's own unnamed circle, as "growers I speak to say" is, but no reporting verb
/// follows the group, so no attribution frame holds them. Columns and phone-in shows use it in two writers' development
/// sets; news prose (PolNeAR, SemEval 2023) has none, so it costs nothing there.
/// </summary>
internal static class WriterCallers
{
    /// <summary>Verbs of getting in touch, bare or in -ing after "have" (WordNet's call.v.03 telephone, write.v.07, e-mail, text, approach).</summary>
    private static readonly HashSet<string> ContactVerbs = new(StringComparer.Ordinal)
    {
        "call", "calling", "ring", "ringing", "phone", "phoning", "write", "writing", "email", "emailing", "e-mail", "e-mailing",
        "text", "texting", "message", "messaging", "contact", "contacting", "approach", "approaching", "stop", "stopping", "come", "coming",
        "tell", "telling",
    };

    /// <summary>Verbs that pass a claim on to the writer once the callers have got in touch: "… and tell me", "… telling me".</summary>
    private static readonly HashSet<string> TellingVerbs = new(StringComparer.Ordinal) { "tell", "telling", "say", "saying", "insist", "insisting", "warn", "warning" };

    /// <summary>
    /// Words that open what a telling verb asks or offers rather than asserts: a request ("tell me to turn back") or a
    /// courtesy ("call me to say thank you", "ring to say sorry"), which pass no claim on.
    /// </summary>
    private static readonly HashSet<string> NonClaimOpeners = new(StringComparer.Ordinal)
        { "to", "thank", "thanks", "sorry", "hello", "hi", "goodbye", "bye", "congratulations", "please", "well" };

    /// <summary>Words a group of callers may take before its plural head: "three business owners", "some nurses".</summary>
    private const int MaxGroupWords = 4;

    /// <summary>How far after the contact verb the telling may come: "call me off the air and tell me".</summary>
    private const int MaxTellingDistance = 8;

    /// <summary>
    /// The group of callers ("nurses", "four bakers") of each such report in the sentence: the vague source, and the span
    /// a rewrite that names them may replace.
    /// </summary>
    public static IEnumerable<(int Start, int End)> In(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (var had = sentence.FirstToken + 1; had < sentence.EndToken - 2; had++)
        {
            if (tokens[had].Norm != "had" || WriterBefore(tokens, sentence, had) is not int writer || !document.Voices[writer].IsWritersWords()) continue;
            if (GroupEnd(tokens, had + 1, sentence.EndToken) is not int head || head + 1 >= sentence.EndToken || !ContactVerbs.Contains(tokens[head + 1].Norm)) continue;
            var verb = head + 1;
            if (!TellsTheWriter(tokens, verb, sentence.EndToken)) continue;
            yield return (had + 1, head + 1);
        }
    }

    /// <summary>"I've had", "we had", "I have had": the writer's token before <paramref name="had"/>.</summary>
    private static int? WriterBefore(ImmutableArray<Token> tokens, Sentence sentence, int had)
    {
        var k = had - 1;
        if (tokens[k].Norm is "i've" or "we've") return k;
        if (tokens[k].Norm is "have" or "'ve" && k - 1 >= sentence.FirstToken) k--;
        return FunctionWords.AuthorPronouns.Contains(tokens[k]) && tokens[k].Norm is "i" or "we" ? k : null;
    }

    /// <summary>The plural person noun that ends the group of callers opening at <paramref name="start"/> ("nurses", "three business owners").</summary>
    private static int? GroupEnd(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var k = start; k < end && k - start < MaxGroupWords; k++)
        {
            var token = tokens[k];
            if (!token.IsWord && token.Kind != TokenKind.Number || token.IsWord && token.IsCapitalized) return null;
            if ((SourceNouns.Of(token) is { Kind: SourceNounKind.Person, IsPlural: true } || token.Norm == "people") && !Vocabulary.IsKinNoun(token)) return k;
        }
        return null;
    }

    /// <summary>
    /// The callers tell the writer something: the contact verb is "tell me", or a telling verb follows within reach, and
    /// what it takes is a claim, not a request, a courtesy or the callers' own trouble or feeling.
    /// </summary>
    private static bool TellsTheWriter(ImmutableArray<Token> tokens, int verb, int end)
    {
        var from = tokens[verb].Norm is "tell" or "telling" ? verb : verb + 1;
        for (var k = from; k < end && k - verb <= MaxTellingDistance; k++)
        {
            if (!TellingVerbs.Contains(tokens[k].Norm) || k + 1 >= end || !(tokens[k + 1].Norm is "me" or "us" or "that" || tokens[k].Norm.StartsWith("say", StringComparison.Ordinal)))
                continue;
            var complement = tokens[k + 1].Norm is "me" or "us" ? k + 2 : k + 1;
            if (complement < end && (NonClaimOpeners.Contains(tokens[complement].Norm) || CallerSelfReports.AboutThemselves(tokens, complement, end))) continue;
            return k + 2 < end;
        }
        return false;
    }
}
