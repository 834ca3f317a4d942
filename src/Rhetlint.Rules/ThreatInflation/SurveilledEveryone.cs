using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Everyone said to be put under surveillance, in the passive: "every one of us will be tracked from our front doors",
/// "each of you is being watched", "every resident on the estate will be monitored". RH1012 reads surveillance by a
/// threat over a universal set of people in the active ("spying on every voter"); the passive leaves the watcher out
/// and spreads the watching over all of us. The subject must be people as such: the collective "us"/"you" ("every one
/// of us", "all of you", "each of us"), "everyone"/"everybody", or a universal over people named by home or
/// citizenship (<c>ubiquity_cues.txt</c>, people: residents, citizens, voters). Things tracked ("every parcel") and
/// people in care ("every patient will be monitored") are record keeping; a watcher named by "by" ("watched by the
/// selectors") and a sentence about sport are reports.
/// </summary>
internal static class SurveilledEveryone
{
    /// <summary>
    /// Past participles of keeping someone under watch: WordNet's surveil.v.01 (surveil, follow), spy.v.03, monitor.v.01,
    /// track.v.01 and wiretap.v.01 (tap, bug), with watch.v.02, film.v.01 and profile (a record built on someone).
    /// "Followed" and "tapped" are left out: "followed by a meal", "tapped for a job".
    /// </summary>
    private static readonly FrozenWordSet Participles = new[]
    {
        "tracked", "monitored", "surveilled", "spied", "watched", "filmed", "profiled", "wiretapped", "bugged",
    }.ToFrozenWordSet();

    private static readonly Lazy<FrozenWordSet> People = new(() => TaggedLexicon.Load(RuleLexicons.Store, "ubiquity_cues").Words("people").ToFrozenWordSet());

    /// <summary>Most words from the universal to its verb: "every resident of the Holt estate".</summary>
    private const int SubjectWords = 7;

    /// <summary>Returns the range from the universal to the participle at <paramref name="i"/>, or null.</summary>
    public static (int Start, int End)? At(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (SubjectEnd(tokens, sentence, i) is not int subjectEnd) return null;
        var k = subjectEnd;
        while (k < end && k - i <= SubjectWords && tokens[k].IsWord && !IsBe(tokens[k].Norm)) k++;
        if (k >= end || !IsBe(tokens[k].Norm)) return null;
        if (tokens[k].Norm == "will" && k + 1 < end && tokens[k + 1].Norm == "be") k++;
        k++;
        if (k < end && tokens[k].Norm is "being" or "now" or "already") k++;
        if (k >= end || !Participles.Contains(tokens[k])) return null;
        // "watched by the selectors": a named watcher is a report of who watches whom, and a match is watched by design.
        if (k + 1 < end && tokens[k + 1].Norm == "by" || SportContext.IsAboutSport(tokens, sentence)) return null;
        return (i, k + 1);
    }

    /// <summary>The index after a universal subject of people at <paramref name="i"/>: "every one of us", "everyone", "every resident".</summary>
    private static int? SubjectEnd(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        var norm = tokens[i].Norm;
        if (norm is "everyone" or "everybody") return i + 1;
        if (norm is not ("every" or "each" or "all") || i + 1 >= end) return null;
        var k = i + 1;
        if (norm == "every" && tokens[k].Norm is "one" or "single") k++;
        if (k + 1 < end && tokens[k].Norm == "of" && tokens[k + 1].Norm is "us" or "you") return k + 2;
        return norm != "all" && k < end && People.Value.Contains(tokens[k]) ? k + 1 : null;
    }

    private static bool IsBe(string norm) => norm is "is" or "are" or "will" or "'ll";
}
