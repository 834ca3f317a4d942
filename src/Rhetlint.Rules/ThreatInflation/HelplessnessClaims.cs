using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Helplessness before a threat (RH1007): the writer says it cannot be stopped, which closes the question of what
/// could be done as surely as "inevitable" does. Its forms: "there is no way to stop it", "nothing can stop them",
/// "nobody can stop what is coming", "the virus cannot be contained", "unstoppable" said of a threat ("the flood of
/// fake invoices is unstoppable", "an unstoppable wave of burglaries"), and "we are powerless against". The word
/// classes are <c>helplessness_cues.txt</c>; RH1007 checks voice, negation, hedges, sport and the threat referent.
/// </summary>
internal static class HelplessnessClaims
{
    /// <summary>
    /// The claim's span, the word a negation or hedge is read at, where its subject is (-1 when it has none), and
    /// whether the claim is itself negative in form ("nothing can stop", "cannot be stopped"), so that only a negation
    /// before it denies it.
    /// </summary>
    public readonly record struct Helpless(int First, int End, int Head, int SubjectFirst, int SubjectEnd, bool NegativeForm);

    private static readonly Lazy<TaggedLexicon> Lexicon = new(() => TaggedLexicon.Load(RuleLexicons.Store, "helplessness_cues"));
    private static readonly Lazy<FrozenSet<string>> StopVerbs = new(() => Lexicon.Value.Words("stop"));
    private static readonly Lazy<FrozenSet<string>> StoppedForms = new(() => Lexicon.Value.Words("stopped"));
    private static readonly Lazy<FrozenSet<string>> Nobodies = new(() => Lexicon.Value.Words("nobody"));
    private static readonly Lazy<FrozenSet<string>> NoAgents = new(() => Lexicon.Value.Words("no-agent"));
    private static readonly Lazy<FrozenSet<string>> Powerless = new(() => Lexicon.Value.Words("powerless"));
    private static readonly Lazy<FrozenWordSet> Unstoppable = new(() => Lexicon.Value.Words("unstoppable").ToFrozenWordSet());

    /// <summary>Whether the claim rests on an adjective such as "unstoppable", which RH1011 also reads for an actor's forces.</summary>
    public static bool IsUnstoppable(Token token) => Unstoppable.Value.Contains(token);

    private static readonly FrozenSet<string> ObjectPronouns = FrozenSet.ToFrozenSet(["it", "them", "this", "that", "him", "her", "these", "those"], StringComparer.Ordinal);

    /// <summary>The helplessness claim that starts at <paramref name="i"/>, or null.</summary>
    public static Helpless? At(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        NoWayToStop(tokens, sentence, i) ?? NobodyCanStop(tokens, sentence, i) ?? CannotBeStopped(tokens, sentence, i)
        ?? UnstoppableThreat(tokens, sentence, i) ?? PowerlessAgainst(tokens, sentence, i);

    /// <summary>"there is no way to stop it", "there's no way of halting them".</summary>
    private static Helpless? NoWayToStop(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (sentence.NormAt(tokens, i) != "no" || sentence.NormAt(tokens, i + 1) != "way" || sentence.NormAt(tokens, i + 2) is not ("to" or "of")) return null;
        var verb = i + 3;
        if (!StopVerbs.Value.Contains(sentence.NormAt(tokens, verb))) return null;
        var first = i >= sentence.FirstToken + 2 && sentence.NormAt(tokens, i - 2) == "there" && sentence.NormAt(tokens, i - 1) is "is" or "was" ? i - 2
            : i > sentence.FirstToken && sentence.NormAt(tokens, i - 1) == "there's" ? i - 1 : i;
        if (sentence.NormAt(tokens, first + 1) == "was") return null;
        return new Helpless(first, ObjectEnd(tokens, sentence, verb + 1), verb, -1, -1, NegativeForm: true);
    }

    /// <summary>"nothing can stop them", "nobody can stop what is coming", "no force on earth will halt it".</summary>
    private static Helpless? NobodyCanStop(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var k = i;
        if (Nobodies.Value.Contains(sentence.NormAt(tokens, k))) k++;
        else if (sentence.NormAt(tokens, k) == "no" && NoAgents.Value.Contains(sentence.NormAt(tokens, k + 1))) k += 2;
        else return null;
        if (sentence.NormAt(tokens, k) == "on" && sentence.NormAt(tokens, k + 1) == "earth") k += 2;
        if (sentence.NormAt(tokens, k) is not ("can" or "will" or "could")) return null;
        k++;
        if (sentence.NormAt(tokens, k) is "now" or "ever" or "possibly") k++;
        if (!StopVerbs.Value.Contains(sentence.NormAt(tokens, k))) return null;
        return new Helpless(i, ObjectEnd(tokens, sentence, k + 1), k, -1, -1, NegativeForm: true);
    }

    /// <summary>"the virus cannot be stopped", "these gangs can't be contained": the subject must be a threat.</summary>
    private static Helpless? CannotBeStopped(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (sentence.NormAt(tokens, i) is not ("cannot" or "can't") || sentence.NormAt(tokens, i + 1) != "be" || !StoppedForms.Value.Contains(sentence.NormAt(tokens, i + 2)))
            return null;
        var subject = Catastrophes.SubjectStart(tokens, sentence, i);
        return subject < i ? new Helpless(subject, i + 3, i + 2, subject, i, NegativeForm: true) : null;
    }

    /// <summary>"the flood of fake invoices is now unstoppable", "an unstoppable wave of burglaries"; "the striker was unstoppable" is a past match.</summary>
    private static Helpless? UnstoppableThreat(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!Unstoppable.Value.Contains(sentence.NormAt(tokens, i))) return null;
        var be = i - 1;
        if (be >= sentence.FirstToken && sentence.NormAt(tokens, be) is "now" or "simply" or "already") be--;
        if (be >= sentence.FirstToken && sentence.NormAt(tokens, be) is "is" or "are" or "'s" or "'re" or "seems" or "seem" or "looks" or "becoming")
        {
            var subject = Catastrophes.SubjectStart(tokens, sentence, be);
            return subject < be ? new Helpless(subject, i + 1, i, subject, be, NegativeForm: false) : null;
        }
        if (i == sentence.FirstToken || sentence.NormAt(tokens, i - 1) is not ("an" or "this" or "the" or "their" or "its")) return null;
        var end = Math.Min(i + 5, sentence.EndToken);
        var k = i + 1;
        while (k < end && tokens[k].IsWord && !FunctionWords.Auxiliaries.Contains(tokens[k]) && !FunctionWords.Copulas.Contains(tokens[k])
               && !(FunctionWords.Prepositions.Contains(tokens[k]) && tokens[k].Norm != "of"))
            k++;
        return new Helpless(i - 1, k, i, i + 1, k, NegativeForm: false);
    }

    /// <summary>"we are powerless against", "we are helpless to stop": the writer's own side told it can do nothing.</summary>
    private static Helpless? PowerlessAgainst(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (sentence.NormAt(tokens, i) is not ("we" or "we're")) return null;
        var k = i + 1;
        if (sentence.NormAt(tokens, i) == "we" && sentence.NormAt(tokens, k) is "are" or "feel" or "seem") k++;
        if (sentence.NormAt(tokens, k) is "now" or "simply" or "utterly" or "completely" or "totally") k++;
        if (!Powerless.Value.Contains(sentence.NormAt(tokens, k))) return null;
        var after = sentence.NormAt(tokens, k + 1);
        if (after == "against") return new Helpless(i, k + 2, k, -1, -1, NegativeForm: false);
        if (after == "to" && StopVerbs.Value.Contains(sentence.NormAt(tokens, k + 2))) return new Helpless(i, ObjectEnd(tokens, sentence, k + 3), k, -1, -1, NegativeForm: false);
        return null;
    }

    /// <summary>Past the object of a stop verb when it is a pronoun ("stop it") or a free relative ("what is coming").</summary>
    private static int ObjectEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (ObjectPronouns.Contains(sentence.NormAt(tokens, k))) return k + 1;
        if (sentence.NormAt(tokens, k) != "what") return k;
        var end = k + 1;
        while (end < sentence.EndToken && end - k <= 3 && tokens[end].IsWord) end++;
        return end;
    }
}
