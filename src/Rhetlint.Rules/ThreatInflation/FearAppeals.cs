using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A direct fear appeal (RH1001): the writer tells a broad audience to be afraid instead of showing why. Its forms: a
/// fear verb after a modal of obligation with a broad audience as object ("should terrify every parent", "ought to
/// send a chill down the spine of anyone who …"); a broad audience told how to feel ("we should all be horrified",
/// "every parent should be very afraid"); a fear adjective for a broad audience ("is terrifying for anyone who …");
/// and fixed appeals ("is the stuff of nightmares", "keeps me up at night"). The word classes are
/// <c>fear_appeals.txt</c> (the fear verbs and adjectives come from WordNet). Voice, negation, fiction and the threat
/// referent are RH1001's checks.
/// </summary>
internal static class FearAppeals
{
    /// <summary>The appeal's span and the word negation is read at (the fear verb or adjective).</summary>
    public readonly record struct Appeal(int First, int End, int Head);

    /// <summary>The fear appeal that starts at <paramref name="i"/>, or null.</summary>
    public static Appeal? At(AppealWords words, ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        FixedAppeal(words, tokens, sentence, i)
        ?? AudienceToldToFear(words, tokens, sentence, i)
        ?? FearVerbOnAudience(words, tokens, sentence, i)
        ?? FearfulForAudience(words, tokens, sentence, i);

    /// <summary>"is the stuff of nightmares", "keeps me up at night".</summary>
    private static Appeal? FixedAppeal(AppealWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var length = words.Phrases.LongestAt(tokens, i, sentence.EndToken);
        return length == 0 ? null : new Appeal(i, i + length, i);
    }

    /// <summary>
    /// "should terrify every parent", "ought to alarm us all", "must send a chill down the spine of anyone who …": a
    /// modal of obligation, a fear verb, and a broad audience as its object.
    /// </summary>
    private static Appeal? FearVerbOnAudience(AppealWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (ModalEnd(words, tokens, sentence, i) is not int k) return null;
        while (k < sentence.EndToken && words.Degrees.Contains(tokens[k].Norm)) k++;
        if (k >= sentence.EndToken) return null;
        if (words.Verbs.Contains(tokens[k].Norm))
            return AudienceEnd(words, tokens, sentence, OutOfEnd(words, tokens, sentence, k + 1)) is int end ? new Appeal(i, end, k) : null;
        return ChillEnd(words, tokens, sentence, k) is int chill ? new Appeal(i, chill, k) : null;
    }

    /// <summary>"scare the life out of", "frighten the wits out of": past the idiom's "out of" at <paramref name="k"/>, or <paramref name="k"/> itself.</summary>
    private static int OutOfEnd(AppealWords words, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k + 3 >= sentence.EndToken || tokens[k].Norm != "the") return k;
        var last = words.OutOf.Contains(tokens[k + 1].Norm) ? k + 1 : tokens[k + 1].Norm == "living" && words.OutOf.Contains(tokens[k + 2].Norm) ? k + 2 : -1;
        return last > 0 && last + 2 < sentence.EndToken && tokens[last + 1].Norm == "out" && tokens[last + 2].Norm == "of" ? last + 3 : k;
    }

    /// <summary>"send a chill down the spine of anyone who", "send shivers down our spines": the end of the phrase with its audience, or null.</summary>
    private static int? ChillEnd(AppealWords words, ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        if (tokens[verb].Norm != "send") return null;
        var k = verb + 1;
        if (k < sentence.EndToken && tokens[k].Norm is "a") k++;
        if (k + 1 >= sentence.EndToken || !words.Chills.Contains(tokens[k].Norm) || tokens[k + 1].Norm != "down") return null;
        for (var s = k + 2; s < sentence.EndToken && s - k <= 4; s++)
        {
            if (tokens[s].Norm is not ("spine" or "spines")) continue;
            if (s - 1 > k + 1 && tokens[s - 1].Norm is "our" or "your") return s + 1;
            return s + 1 < sentence.EndToken && tokens[s + 1].Norm == "of" && AudienceEnd(words, tokens, sentence, s + 2) is int end ? end : null;
        }
        return null;
    }

    /// <summary>"we should all be horrified", "every parent should be very afraid", "you ought to be terrified".</summary>
    private static Appeal? AudienceToldToFear(AppealWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (SubjectAudienceEnd(words, tokens, sentence, i) is not int modal || ModalEnd(words, tokens, sentence, modal) is not int k) return null;
        while (k < sentence.EndToken && words.Degrees.Contains(tokens[k].Norm)) k++;
        if (k >= sentence.EndToken || tokens[k].Norm != "be") return null;
        k++;
        while (k < sentence.EndToken && words.Degrees.Contains(tokens[k].Norm)) k++;
        return k < sentence.EndToken && words.Felt.Contains(tokens[k].Norm) ? new Appeal(i, k + 1, k) : null;
    }

    /// <summary>"is terrifying for every parent", "should be chilling to anyone who …": a fear adjective for a broad audience.</summary>
    private static Appeal? FearfulForAudience(AppealWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("is" or "are" or "be" or "it's" or "that's")) return null;
        var k = i + 1;
        while (k < sentence.EndToken && words.Degrees.Contains(tokens[k].Norm)) k++;
        if (k + 1 >= sentence.EndToken || !words.Causing.Contains(tokens[k].Norm) || tokens[k + 1].Norm is not ("for" or "to")) return null;
        return AudienceEnd(words, tokens, sentence, k + 2) is int end ? new Appeal(i, end, k) : null;
    }

    /// <summary>Just past "should", "must" or "ought to" at <paramref name="i"/>, or null.</summary>
    private static int? ModalEnd(AppealWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!words.Modals.Contains(tokens[i].Norm)) return null;
        if (tokens[i].Norm != "ought") return i + 1;
        return i + 1 < sentence.EndToken && tokens[i + 1].Norm == "to" ? i + 2 : null;
    }

    /// <summary>
    /// The end of a broad audience at <paramref name="k"/>: "every parent", "any voter", "all of us", "each of us", "us
    /// all", "anyone", "everyone", "you". A named or private object ("me", "the minister") is not an audience.
    /// </summary>
    private static int? AudienceEnd(AppealWords words, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || !words.Audience.Contains(tokens[k].Norm)) return null;
        string Norm(int at) => sentence.NormAt(tokens, at);
        return tokens[k].Norm switch
        {
            "us" => Norm(k + 1) == "all" ? k + 2 : k + 1,
            "all" or "each" when Norm(k + 1) == "of" && Norm(k + 2) is "us" or "you" => k + 3,
            "every" when Norm(k + 1) == "one" && Norm(k + 2) == "of" && Norm(k + 3) is "us" or "you" => k + 4,
            "every" or "any" or "all" or "each" => k + 1 < sentence.EndToken && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized ? k + 2 : null,
            "we" or "our" => null,
            _ => k + 1,
        };
    }

    /// <summary>The modal after a broad subject at <paramref name="i"/>: "we should", "every parent should", "all of us must"; or null.</summary>
    private static int? SubjectAudienceEnd(AppealWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i > sentence.FirstToken && tokens[i - 1].IsWord && tokens[i - 1].Norm is not ("and" or "but" or "so" or "that")) return null;
        var end = tokens[i].Norm is "we" or "you" ? i + 1 : AudienceEnd(words, tokens, sentence, i);
        if (end is not int k || k >= sentence.EndToken) return null;
        if (tokens[k].Norm == "all") k++;
        return k < sentence.EndToken && words.Modals.Contains(tokens[k].Norm) ? k : null;
    }

    public sealed class AppealWords(TaggedLexicon lexicon)
    {
        public FrozenSet<string> Verbs { get; } = lexicon.Words("verb");
        public FrozenSet<string> Felt { get; } = lexicon.Words("felt");
        public FrozenSet<string> Causing { get; } = lexicon.Words("causing");
        public FrozenSet<string> Audience { get; } = lexicon.Words("audience");
        public FrozenSet<string> Modals { get; } = lexicon.Words("modal");
        public FrozenSet<string> Degrees { get; } = lexicon.Words("degree");
        public FrozenSet<string> Chills { get; } = lexicon.Words("chill");
        public FrozenSet<string> OutOf { get; } = lexicon.Words("out-of");
        public PhraseList Phrases { get; } = lexicon.Phrases("phrase");

        /// <summary>Cues that the fear is a work's effect on its audience: a review of a horror film is not an appeal.</summary>
        public FrozenSet<string> FictionCues { get; } = lexicon.Words("fiction");
    }
}
