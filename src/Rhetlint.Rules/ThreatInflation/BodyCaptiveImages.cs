using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Fear imagery by type clash in a verb or a restraint (RH1001): a vehicle whose literal holder is a living body, a
/// captive or prey, said of a group, a place, a building, an idea or holdings, which no wound, captor or predator
/// literally reaches (<c>body_captive_images.txt</c>, generated from WordNet by tools/gen_body_captive_images.py):
/// - a body dying: "local democracy is bleeding out", "our community hospital is bleeding to death", "the bus network
///   is in its death throes", "the town centre is on life support";
/// - predation: "the delivery apps are preying on every family-run cafe";
/// - a captive's restraint: "a leash around the neck of every grassroots club", "put shackles on every small
///   supplier", "has put the old town in chains".
/// The holder's type is its noun's most frequent WordNet sense (<see cref="NounTypes"/>): a person or an animal bleeds,
/// is hunted and is led on a leash, so those stay literal, and so does what the lexicon cannot type. A person is a
/// captive's figure only as a whole group ("every worker") that is no prisoner, with no word of custody in the sentence.
/// Sport and a year (history) make the scene literal or a rout.
/// </summary>
internal static class BodyCaptiveImages
{
    private static readonly Lazy<TaggedLexicon> Lexicon = new(() => TaggedLexicon.Load(RuleLexicons.Store, "body_captive_images"));

    private static readonly Lazy<FrozenSet<string>> Restraints = new(() => NounForms("restraint"));
    private static readonly Lazy<FrozenSet<string>> Restraining = new(() => VerbForms("restraining"));
    private static readonly Lazy<FrozenSet<string>> Preying = new(() => VerbForms("predation"));
    private static readonly Lazy<FrozenSet<string>> Bleeding = new(() => VerbForms("bleeding"));
    private static readonly Lazy<FrozenSet<string>> CaptivePeople = new(() => NounForms("captive-person"));
    private static readonly Lazy<FrozenSet<string>> CustodyCues = new(() => Lexicon.Value.Words("custody"));
    private static readonly Lazy<FrozenSet<string>> Terms = new(() => NounForms("terms"));

    /// <summary>What no wound kills: a group or institution, a place, a building or a made thing, an idea, speech, a trade, holdings.</summary>
    private static readonly FrozenSet<NounType> DyingHolders =
        [NounType.Group, NounType.Location, NounType.Structure, NounType.Artifact, NounType.Cognition, NounType.Communication, NounType.Act, NounType.Possession];

    /// <summary>
    /// What no captor binds: a group or institution, a place, an idea, holdings. A made thing or a building is left
    /// out: bikes are really chained, gates are chained shut, and a yoke is put on display or on a wall.
    /// </summary>
    private static readonly FrozenSet<NounType> CaptiveHolders =
        [NounType.Group, NounType.Location, NounType.Cognition, NounType.Possession];

    /// <summary>
    /// What no predator hunts: a place, a building, an idea, holdings. A group is left out: "preyed on elderly people",
    /// "prey on vulnerable families" are how crime news tells of fraud and abuse, and "people" is a group in WordNet.
    /// </summary>
    private static readonly FrozenSet<NounType> PreyHolders = [NounType.Location, NounType.Structure, NounType.Cognition, NounType.Possession];

    /// <summary>Verbs that put a restraint on its holder ("put shackles on", "slipped a leash around"), and a copula ("the rules are a leash on").</summary>
    private static readonly FrozenSet<string> PuttingVerbs = FrozenSet.ToFrozenSet(
        ["put", "puts", "putting", "placed", "places", "placing", "slipped", "slips", "slipping", "clamped", "clamps", "clamping",
         "fastened", "fastens", "fastening", "tightened", "tightens", "tightening", "locked", "locks", "locking", "snapped", "slapped",
         "is", "are", "become", "becomes"], StringComparer.Ordinal);

    /// <summary>Verbs that keep an object in a restraint ("has put the old town in chains", "keeps the county in irons").</summary>
    private static readonly FrozenSet<string> HoldingVerbs = FrozenSet.ToFrozenSet(
        ["put", "puts", "putting", "keep", "keeps", "keeping", "kept", "hold", "holds", "holding", "held", "left", "leaves", "leaving"], StringComparer.Ordinal);

    /// <summary>The span and head of a body, predation or restraint image at <paramref name="i"/>, or null.</summary>
    public static (int First, int End, int Head)? At(ImmutableArray<Token> tokens, Sentence sentence, int i, Func<int, int?> wholeGroupAt)
    {
        if (tokens[i].IsCapitalized && i > sentence.FirstToken) return null;
        var hit = BleedingOut(tokens, sentence, i) ?? DeathThroes(tokens, sentence, i) ?? PreyedOn(tokens, sentence, i)
                  ?? RestraintOn(tokens, sentence, i, wholeGroupAt) ?? InRestraints(tokens, sentence, i) ?? Bound(tokens, sentence, i);
        if (hit is null || SportContext.IsAboutSport(tokens, sentence) || DomainMismatch.HasYear(tokens, sentence)
            || BodyCaptiveGates.IsToldInThePast(tokens, hit.Value.Item1)) return null;
        return hit;
    }

    /// <summary>
    /// "local democracy is bleeding out", "our hospital is bleeding to death": a verb of losing blood (bleed.v.01) before
    /// "out" or "to death", its subject a holder no wound kills. Without the particle, "bleeding cash" and "stop the
    /// bleeding" are business idioms; "bleeding out the brake line" (an object after "out") is a mechanic's.
    /// </summary>
    private static (int, int, int)? BleedingOut(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!Bleeding.Value.Contains(tokens[i].Norm)) return null;
        int end;
        if (i + 1 < sentence.EndToken && tokens[i + 1].Norm == "out"
            && (i + 2 >= sentence.EndToken || !tokens[i + 2].IsWord || FunctionWords.NounPhraseBreakers.Contains(tokens[i + 2])))
            end = i + 2;
        else if (i + 2 < sentence.EndToken && tokens[i + 1].Norm == "to" && tokens[i + 2].Norm == "death")
            end = i + 3;
        else
            return null;
        return SubjectBefore(tokens, sentence, i) is int subject && IsHolder(tokens, sentence, subject, DyingHolders)
               && BodyCaptiveGates.HasSharedStake(tokens, sentence, subject, i)
            ? (StartOfVerb(tokens, sentence, i), end, i)
            : null;
    }

    /// <summary>
    /// "the bus network is in its death throes", "the town centre is on life support", "the high street is dying on its
    /// feet", "local democracy is gasping its last breath": a dying body's last state after a copula, its subject a holder no wound kills. A closed set of idioms of a
    /// body's end; "on its last legs" and "last gasp" are left out as everyday news idioms of no fear.
    /// </summary>
    private static (int, int, int)? DeathThroes(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        int end;
        if (Matches(tokens, sentence, i, "in", "its", "death", "throes") || Matches(tokens, sentence, i, "in", "their", "death", "throes")) end = i + 4;
        else if (Matches(tokens, sentence, i, "on", "life", "support")) end = i + 3;
        else if (Matches(tokens, sentence, i, "dying", "on", "its", "feet") || Matches(tokens, sentence, i, "dying", "on", "their", "feet")) end = i + 4;
        else if (tokens[i].Norm is "breathing" or "gasping" && (Matches(tokens, sentence, i + 1, "its", "last") || Matches(tokens, sentence, i + 1, "their", "last")))
            end = i + 3 < sentence.EndToken && tokens[i + 3].Norm is "breath" or "breaths" or "gasp" ? i + 4 : i + 3;
        else return null;
        var copula = tokens[i].Norm is "dying" or "breathing" or "gasping" || i > sentence.FirstToken && tokens[i - 1].Norm is "is" or "are" or "was" or "were" or "remains" or "remain" or "now" or "already" or "still";
        return copula && SubjectBefore(tokens, sentence, i) is int subject && IsHolder(tokens, sentence, subject, DyingHolders)
               && BodyCaptiveGates.HasSharedStake(tokens, sentence, subject, i)
            ? (StartOfVerb(tokens, sentence, i), end, i)
            : null;
    }

    /// <summary>
    /// "the apps are preying on every family-run cafe": a verb of predation (prey.v.01/.02) before "on" or "upon" and
    /// an object no predator hunts (<see cref="PreyHolders"/>). People and animals are real prey and victims of real abuse, fears and weaknesses
    /// ("preys on our worst fears") are a news idiom, and a criminal subject (pirates, raiders) makes the raid literal.
    /// </summary>
    private static (int, int, int)? PreyedOn(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!Preying.Value.Contains(tokens[i].Norm) || i + 1 >= sentence.EndToken || tokens[i + 1].Norm is not ("on" or "upon")) return null;
        if (SubjectBefore(tokens, sentence, i) is int subject && (CaptivePeople.Value.Contains(tokens[subject].Norm)
                                                                   || BodyCaptiveGates.IsNaturalAgent(tokens, sentence, subject))) return null;
        return ObjectHead(tokens, sentence, i + 2) is int head && IsHolder(tokens, sentence, head, PreyHolders)
               && !BodyCaptiveGates.IsPersonsMind(tokens, sentence, i + 2, head)
            ? (StartOfVerb(tokens, sentence, i), head + 1, i)
            : null;
    }

    /// <summary>
    /// "have slipped a leash around the neck of every club", "put shackles on every small supplier", "the rules are a
    /// muzzle on every laboratory": a captive's restraint after a verb of putting or a copula, before "on", "around" or
    /// "round" and its holder — "the neck of" it, or a whole group whose neck it is ("every worker's neck"). "Coffee
    /// chains on every high street" has no verb of putting.
    /// </summary>
    private static (int, int, int)? RestraintOn(ImmutableArray<Token> tokens, Sentence sentence, int i, Func<int, int?> wholeGroupAt)
    {
        if (!Restraints.Value.Contains(tokens[i].Norm) || i + 1 >= sentence.EndToken || tokens[i + 1].Norm is not ("on" or "around" or "round")) return null;
        if (PuttingVerbBefore(tokens, sentence, i) is not int verb) return null;
        var k = i + 2;
        if (k + 2 < sentence.EndToken && tokens[k].Norm == "the" && tokens[k + 1].Norm is "neck" or "necks" or "throat" or "throats" && tokens[k + 2].Norm == "of")
            k += 3;
        if (ObjectHead(tokens, sentence, k) is not int head) return null;
        var end = head + 1;
        // "around every worker's neck": the owner of the neck holds the restraint.
        var owner = Superlatives.ModifierSlots.IsPossessiveNoun(tokens[head]) && end < sentence.EndToken && tokens[end].IsWord;
        var noun = owner ? (tokens[head].Norm.EndsWith("s'", StringComparison.Ordinal) ? tokens[head].Norm[..^1] : tokens[head].Norm[..^2]) : tokens[head].Norm;
        if (owner) end++;
        var type = owner ? NounTypes.OfWord(noun) : NounTypes.OfHead(tokens, sentence, head);
        var whole = wholeGroupAt(k) is not null;
        var holds = type is { } t && CaptiveHolders.Contains(t)
                    || whole && type is NounType.Person && !CaptivePeople.Value.Contains(noun)
                       && !ImageryContext.SentenceHas(tokens, sentence, CustodyCues.Value);
        return holds ? (verb, end, i) : null;
    }

    /// <summary>
    /// "has put the old town of Ferris in chains", "keeps the county in irons": a verb of holding, its object a holder
    /// no captor binds, and "in" before a plural restraint. "was led into court in handcuffs" has no verb of holding.
    /// </summary>
    private static (int, int, int)? InRestraints(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!Restraints.Value.Contains(tokens[i].Norm) || !tokens[i].Norm.EndsWith('s') || i - 1 <= sentence.FirstToken || tokens[i - 1].Norm != "in") return null;
        for (var v = i - 2; v >= sentence.FirstToken && i - v <= 7; v--)
        {
            if (!tokens[v].IsWord) return null;
            if (!HoldingVerbs.Contains(tokens[v].Norm)) continue;
            return ObjectHead(tokens, sentence, v + 1) is int head && head < i - 1 && IsHolder(tokens, sentence, head, CaptiveHolders) ? (StartOfVerb(tokens, sentence, v), i + 1, i) : null;
        }
        return null;
    }

    /// <summary>
    /// "the insurers have chained every rural surgery to their price lists", "shackles the whole county": an active verb
    /// of binding a captive (chain.v.02, fetter.v.01, handcuff.v.01), its object a holder no captor binds. A passive
    /// ("chained to the EU", "was handcuffed") and "chained CPI" are left out, and so is a made thing ("chained the
    /// bikes to the railings").
    /// </summary>
    private static (int, int, int)? Bound(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!Restraining.Value.Contains(tokens[i].Norm) || i > sentence.FirstToken && FunctionWords.Auxiliaries.Contains(tokens[i - 1])
            && tokens[i - 1].Norm is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "get" or "gets" or "got") return null;
        if (i + 1 >= sentence.EndToken || !(FunctionWords.Definite.Contains(tokens[i + 1]) || FunctionWords.Possessive.Contains(tokens[i + 1])
                                            || tokens[i + 1].Norm is "every" or "each" or "all" or "whole" or "entire")) return null;
        // Police chaining a crew is custody, and a lease or a covenant binding a firm states its terms.
        if (ImageryContext.SentenceHas(tokens, sentence, CustodyCues.Value)
            || SubjectBefore(tokens, sentence, i) is int subject && Terms.Value.Contains(tokens[subject].Norm)) return null;
        return ObjectHead(tokens, sentence, i + 1) is int head && IsHolder(tokens, sentence, head, CaptiveHolders) && !CaptivePeople.Value.Contains(tokens[head].Norm)
            ? (StartOfVerb(tokens, sentence, i), head + 1, i)
            : null;
    }

    private static bool IsHolder(ImmutableArray<Token> tokens, Sentence sentence, int head, FrozenSet<NounType> holders) =>
        NounTypes.OfHead(tokens, sentence, head) is { } type && holders.Contains(type);

    /// <summary>
    /// The subject's head before the verb at <paramref name="verb"/>, past auxiliaries and adverbs; past a name after
    /// "of" ("the coastal villages of Penmor are"), whose head is the common noun.
    /// </summary>
    private static int? SubjectBefore(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var k = SkipAuxiliaries(tokens, sentence, verb - 1);
        // "has been left to bleed out": the subject is left to the verb.
        if (k - 1 >= sentence.FirstToken && tokens[k].Norm == "to" && tokens[k - 1].Norm is "left" or "allowed") k = SkipAuxiliaries(tokens, sentence, k - 2);
        if (k - 2 >= sentence.FirstToken && tokens[k].IsCapitalized && tokens[k - 1].Norm is "of" or "in") k -= 2;
        // "the ink on the protest banner bled out": the head stands before "on" or "of" and the noun phrase it governs.
        var p = k;
        while (p - 1 >= sentence.FirstToken && k - p < 4 && tokens[p - 1].IsWord && !tokens[p - 1].IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(tokens[p - 1])) p--;
        if (p - 2 >= sentence.FirstToken && tokens[p - 1].Norm is "on" or "of" && tokens[p - 2].IsWord) k = p - 2;
        return k >= sentence.FirstToken && tokens[k].IsWord ? k : null;
    }

    /// <summary>The index at or before <paramref name="k"/> once auxiliaries and adverbs are passed ("has now been", "is slowly").</summary>
    private static int SkipAuxiliaries(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        while (k >= sentence.FirstToken && (FunctionWords.Auxiliaries.Contains(tokens[k]) || tokens[k].Norm is "been" or "being" or "now" or "already" or "still" or "remains" or "remain"
                                            || tokens[k].Norm.EndsWith("ly", StringComparison.Ordinal) && !tokens[k].IsCapitalized))
            k--;
        return k;
    }

    /// <summary>
    /// The head of the noun phrase from <paramref name="k"/>: a determiner, possessive or quantifier, up to three
    /// lower-case words, the head before a preposition, a clause or the sentence's end, or an owner ("every worker's"); or null.
    /// </summary>
    private static int? ObjectHead(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        while (k < sentence.EndToken && (FunctionWords.Definite.Contains(tokens[k]) || FunctionWords.Possessive.Contains(tokens[k])
                                         || tokens[k].Norm is "a" or "an" or "every" or "each" or "all" or "whole" or "entire"))
            k++;
        var head = -1;
        // "like" opens a simile ("prey upon our savings like vultures"), not a noun.
        for (var m = k; m < sentence.EndToken && m - k < 3 && tokens[m].IsWord && !tokens[m].IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(tokens[m])
                        && tokens[m].Norm != "like"; m++)
        {
            head = m;
            if (Superlatives.ModifierSlots.IsPossessiveNoun(tokens[m])) break;
        }
        return head < 0 ? null : head;
    }

    private static int? PuttingVerbBefore(ImmutableArray<Token> tokens, Sentence sentence, int restraint)
    {
        for (var k = restraint - 1; k >= sentence.FirstToken && restraint - k <= 3; k--)
        {
            if (!tokens[k].IsWord) return null;
            if (PuttingVerbs.Contains(tokens[k].Norm)) return StartOfVerb(tokens, sentence, k);
        }
        return null;
    }

    /// <summary>The verb's group from its first auxiliary ("have slipped", "are preying").</summary>
    private static int StartOfVerb(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var k = verb;
        while (k - 1 >= sentence.FirstToken && FunctionWords.Auxiliaries.Contains(tokens[k - 1])) k--;
        return k;
    }

    private static bool Matches(ImmutableArray<Token> tokens, Sentence sentence, int i, params string[] words)
    {
        if (i + words.Length > sentence.EndToken) return false;
        for (var k = 0; k < words.Length; k++)
            if (tokens[i + k].Norm != words[k]) return false;
        return true;
    }

    private static FrozenSet<string> NounForms(string kind) =>
        Lexicon.Value.Entries(kind).Where(e => e.Length == 1).SelectMany(e => Inflections.FormsOf(e[0], Inflections.PartOfSpeech.Noun)).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> VerbForms(string kind) =>
        Lexicon.Value.Entries(kind).Where(e => e.Length == 1).SelectMany(e => Inflections.FormsOf(e[0], Inflections.PartOfSpeech.Verb)).ToFrozenSet(StringComparer.Ordinal);
}
