using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// The writer's own unnamed contact, introduced in one sentence and speaking in the next: "I've got a pal in the
/// planning office. He says …", "I have a friend at the ministry. She tells me …", "We know a man who drives for the firm. He
/// says …". The pronoun's speaker is the contact, one unnamed person the reader cannot check; a relative ("I have a
/// sister. She says …") is a relative, as "my mother told me" is.
/// </summary>
internal static class WriterContacts
{
    /// <summary>Verbs of having or knowing someone, after the writer: "have", "'ve got", "know".</summary>
    private static readonly HashSet<string> HavingVerbs = new(StringComparer.Ordinal) { "have", "has", "had", "got", "know", "knew" };

    /// <summary>The writer's contractions that carry "have": "I've got a guy".</summary>
    private static readonly HashSet<string> WriterHave = new(StringComparer.Ordinal) { "i've", "we've" };

    /// <summary>Tokens between the writer and the person noun: verb, "got", article and a modifier or two.</summary>
    private const int MaxIntroductionTokens = 5;

    /// <summary>
    /// For a singular pronoun speaker ("he", "she") whose sentence follows, in the same paragraph, one in which the writer
    /// has or knows "a"/"an" person: the introduction, from the writer to the person noun ("I've got a guy").
    /// </summary>
    public static (int Start, int End)? Introduction(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        if (frame.Speaker != SpeakerClass.Pronoun || tokens[frame.SourceStart].Norm is not ("he" or "she") || frame.SentenceIndex == 0) return null;
        // "He told me to wait", "she told me about the tea": an order or a topic, no claim passed on.
        var next = frame.CueToken + 1;
        if (next < tokens.Length && FunctionWords.ObjectPronouns.Contains(tokens[next])) next++;
        if (next < tokens.Length && tokens[next].Norm is "to" or "about") return null;
        var sentences = document.Syntax.Sentences;
        var sentence = sentences[frame.SentenceIndex];
        var before = sentences[frame.SentenceIndex - 1];
        if (before.ParagraphIndex != sentence.ParagraphIndex) return null;
        for (var k = before.FirstToken; k < before.EndToken; k++)
        {
            var writer = tokens[k].Norm;
            if (!(FunctionWords.AuthorPronouns.Contains(writer) || WriterHave.Contains(writer))) continue;
            var j = k + 1;
            while (j < before.EndToken && j - k <= 2 && (HavingVerbs.Contains(tokens[j].Norm) || tokens[j].Norm is "'ve" or "also")) j++;
            if (j == k + 1 && !WriterHave.Contains(writer) || j >= before.EndToken || tokens[j].Norm is not ("a" or "an")) continue;
            for (var n = j + 1; n < before.EndToken && n - k <= MaxIntroductionTokens; n++)
            {
                if (!tokens[n].IsWord) break;
                if (SourceNouns.Of(tokens[n]) is { Kind: SourceNounKind.Person, IsPlural: false } && !Vocabulary.IsKinNoun(tokens[n])
                    && (n + 1 >= before.EndToken || !tokens[n + 1].IsWord || tokens[n + 1].Norm is "in" or "at" or "on" or "who" or "from" or "inside"))
                    return (k, n + 1);
            }
        }
        return null;
    }
}
