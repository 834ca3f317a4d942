using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A limitless ability claimed for a capability or an actor: "its missiles can now incinerate any city at will",
/// "Kestria could shut down the grid whenever it likes". RH1011 reports it as inflated capability; RH1012 does not read
/// the reach inside it ("anywhere", "at any time") as a second, ubiquitous threat.
/// </summary>
internal static class AbilityClaims
{
    private static readonly Lazy<PhraseList> Reaches = new(() => TaggedLexicon.Load(RuleLexicons.Store, "omnipotence_terms").Phrases("REACH"));

    /// <summary>Speed and sweep idioms ("in an afternoon", "overnight", "at a stroke"): the one kind of marker any threat's ability takes.</summary>
    private static readonly Lazy<PhraseList> Speeds = new(() => TaggedLexicon.Load(RuleLexicons.Store, "omnipotence_terms").Phrases("SPEED"));

    /// <summary>Who "can" do the harm: a force (a capability, a state) takes any marker; any other threat only a speed idiom.</summary>
    private enum Subject { Force, OtherThreat }

    /// <summary>Verbs of striking, reaching or disabling whose ability, made limitless, is an omnipotence claim.</summary>
    private static readonly FrozenSet<string> StrikeVerbs = TaggedLexicon.Load(RuleLexicons.Store, "omnipotence_terms").Words("STRIKE");

    private static readonly FrozenWordSet ModalAdverbs = TaggedLexicon.Load(RuleLexicons.Store, "omnipotence_terms").Words("ADVERB").ToFrozenWordSet();

    /// <summary>
    /// "its missiles can now incinerate any city at will", "Kestria could shut down the grid whenever it likes": a
    /// "can/could" at <paramref name="i"/> whose subject is a capability or an actor, a striking verb, and a marker
    /// that makes the reach limitless. Returns the range from the modal to the last marker.
    /// </summary>
    /// <param name="previous">The sentence before, in the same paragraph, where "it"/"they" may find the capability it
    /// stands for ("Varn has built four hundred drones. They can clear our skies in a single night.").</param>
    public static (int Start, int End)? At(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i, Sentence? previous = null)
    {
        var capable = IsCapableOf(tokens, sentence, i);
        if (tokens[i].Norm is not ("can" or "could") && !capable) return null;
        // A harm with no limit of object or manner is read whoever holds it, a force too when its verb is no strike:
        // "their hackers can break into any hospital's records at will".
        return (CapableSubject(actors, tokens, sentence, i, previous) is { } subject ? SubjectAbilityAt(tokens, sentence, i, capable, subject) : null)
            ?? FreeChoiceAt(tokens, sentence, i, capable);
    }

    /// <summary>The ability of a capability or an actor (<paramref name="subject"/>) at the modal <paramref name="i"/>: a striking verb and a limitless marker.</summary>
    private static (int Start, int End)? SubjectAbilityAt(ImmutableArray<Token> tokens, Sentence sentence, int i, bool capable, Subject subject)
    {
        var end = sentence.EndToken;
        var verb = capable ? i + 2 : i + 1;
        while (verb < end && ModalAdverbs.Contains(tokens[verb])) verb++;
        if (verb >= end || !StrikeVerbs.Contains(VerbBase(tokens[verb], capable))) return null;
        // Any other threat's ability must be a ruin ("wipe out every grocer", "shut down the port"), and unconditional:
        // "Harbrook could shut down the plant overnight if sales fall" is a company's contingency, "can reach every
        // shop overnight" its delivery.
        if (subject == Subject.OtherThreat && (Catastrophes.LongestAt(tokens, verb, end, CatastropheClass.Verb, CatastropheClass.VerbObj) is null || HasCondition(tokens, verb, end)))
            return null;
        var claimEnd = -1;
        for (var k = verb + 1; k < end && k - verb <= 8; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Norm is "but" or "although" or "if" or "unless") break;
            var length = Speeds.Value.LongestAt(tokens, k, end);
            if (length == 0 && subject == Subject.Force) length = Reaches.Value.LongestAt(tokens, k, end);
            if (length == 0) continue;
            // "any" and "every" need their noun ("any American city"); the rest are whole markers ("at will").
            claimEnd = tokens[k].Norm is "any" or "every" ? NounRunEnd(tokens, sentence, k + 1) : k + length;
            k = claimEnd - 1;
        }
        return claimEnd > 0 ? (i, claimEnd) : null;
    }

    /// <summary>
    /// "capable of emptying", "capable of striking": the adjective of ability (WordNet 3.0 capable.a.01 "able to do
    /// something") with "of" and a gerund says what "can" says, and is read as the modal. "Capable of great things" names
    /// no act.
    /// </summary>
    private static bool IsCapableOf(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        tokens[i].Norm == "capable" && i + 2 < sentence.EndToken && tokens[i + 1].Norm == "of" && tokens[i + 2].Norm.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The verb's base form after a modal (the token itself) or after "capable of" (the gerund's base, "striking" → "strike").</summary>
    private static string VerbBase(Token token, bool gerund) =>
        !gerund ? token.Norm : GerundBases.Value.TryGetValue(token.Norm, out var lemma) ? lemma : token.Norm;

    /// <summary>Verbs of harm (forgery, intrusion, ruin) whose ability, with no limit of object and manner, is inflated whoever holds it.</summary>
    private static readonly FrozenSet<string> HarmVerbs = TaggedLexicon.Load(RuleLexicons.Store, "omnipotence_terms").Words("HARM");

    /// <summary>Free-choice words that leave an object, a place or a manner open ("anything", "anywhere").</summary>
    private static readonly FrozenWordSet FreeChoiceWords = TaggedLexicon.Load(RuleLexicons.Store, "omnipotence_terms").Words("FREE").ToFrozenWordSet();

    /// <summary>How far after the first free-choice phrase the second may stand.</summary>
    private const int FreeChoiceReach = 5;

    /// <summary>
    /// "AI can now forge any mayor signing anything", "the botnet could hijack any account from anywhere": a
    /// "can/could" at <paramref name="modal"/>, a verb of harm, a free-choice object right after it and a second
    /// free-choice word in its clause. Two universals claim an ability with no limit of object or manner, whatever the
    /// holder; one ("the app can open any file", "can crack any password") is an ordinary reach. Not the writer's side
    /// ("we can fake any signature …" is a boast or a demonstration) and not under a condition.
    /// </summary>
    private static (int Start, int End)? FreeChoiceAt(ImmutableArray<Token> tokens, Sentence sentence, int modal, bool capable = false)
    {
        var end = sentence.EndToken;
        if (IsFirstPersonSubject(tokens, sentence, modal)) return null;
        var verb = capable ? modal + 2 : modal + 1;
        while (verb < end && ModalAdverbs.Contains(tokens[verb])) verb++;
        if (verb >= end || HasCondition(tokens, verb, end)) return null;
        var lemma = VerbBase(tokens[verb], capable);
        var k = verb + 1;
        // "break into any bank's network": a verb of intrusion only with its "into".
        if (IntrusionVerbs.Contains(lemma) && k < end && tokens[k].Norm == "into") k++;
        else if (!HarmVerbs.Contains(lemma)) return null;
        else if (k < end && tokens[k].Norm is "into" or "out" or "down" or "up") k++;
        if (FreeChoiceEnd(tokens, sentence, k) is not int first) return null;
        for (var m = first; m < end && m - first <= FreeChoiceReach; m++)
        {
            if (tokens[m].Text is "," or ";" or ":" || tokens[m].Kind == TokenKind.Dash || tokens[m].Norm is "but" or "although") return null;
            if ((FreeChoiceEnd(tokens, sentence, m) ?? DiscretionEnd(tokens, sentence, m)) is int second) return (modal, second);
        }
        return null;
    }

    /// <summary>Verbs that are intrusion only with "into" (INTO: "break into"); "break any record" is sport.</summary>
    private static readonly FrozenSet<string> IntrusionVerbs = TaggedLexicon.Load(RuleLexicons.Store, "omnipotence_terms").Words("INTO");

    /// <summary>Markers of the holder's pleasure (DISCRETION: "at will", "whenever they like"), a second free choice: of the time.</summary>
    private static readonly Lazy<PhraseList> Discretions = new(() => TaggedLexicon.Load(RuleLexicons.Store, "omnipotence_terms").Phrases("DISCRETION"));

    private static int? DiscretionEnd(ImmutableArray<Token> tokens, Sentence sentence, int m) =>
        Discretions.Value.LongestAt(tokens, m, sentence.EndToken) is > 0 and var length ? m + length : null;

    /// <summary>The gerunds of the verbs of striking and of harm, mapped to their base forms.</summary>
    private static readonly Lazy<FrozenDictionary<string, string>> GerundBases = new(() =>
    {
        var bases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var lemma in StrikeVerbs.Concat(HarmVerbs).Concat(IntrusionVerbs))
            foreach (var form in Inflections.VerbForms(lemma))
                if (form.EndsWith("ing", StringComparison.Ordinal)) bases.TryAdd(form, lemma);
        return bases.ToFrozenDictionary(StringComparer.Ordinal);
    });

    /// <summary>"we can …", "our lab could …": the writer's side holds the ability.</summary>
    private static bool IsFirstPersonSubject(ImmutableArray<Token> tokens, Sentence sentence, int modal)
    {
        for (var k = modal - 1; k >= sentence.FirstToken && modal - k <= 4; k--)
        {
            if (tokens[k].Text is "," or ";" or ":") return false;
            if (tokens[k].Norm is "we" or "i" or "our" or "my" or "you" or "your") return true;
        }
        return false;
    }

    /// <summary>The end of a free-choice phrase at <paramref name="k"/>: a free-choice word, or "any" and its noun ("any candidate", not "any candidate saying"), or null.</summary>
    private static int? FreeChoiceEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || !tokens[k].IsWord) return null;
        if (FreeChoiceWords.Contains(tokens[k])) return k + 1;
        if (tokens[k].Norm != "any") return null;
        var j = k + 1;
        while (j < sentence.EndToken && j - k <= 3 && tokens[j].IsWord && !FreeChoiceWords.Contains(tokens[j]) && !FunctionWords.NounPhraseBreakers.Contains(tokens[j])
            && !(j > k + 1 && (tokens[j].Norm.EndsWith("ing", StringComparison.Ordinal) || tokens[j].Norm.EndsWith("ed", StringComparison.Ordinal))))
            j++;
        return j > k + 1 ? j : null;
    }

    private static bool HasCondition(ImmutableArray<Token> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (tokens[k].Norm is "if" or "unless") return true;
        return false;
    }

    private static Subject? CapableSubject(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int modal, Sentence? previous)
    {
        for (var k = modal - 1; k >= sentence.FirstToken && modal - k <= 6; k--)
        {
            if (tokens[k].Text is "," or ";" or ":") return null;
            if (ThreatAgents.CapabilityAt(tokens, k, modal) > 0) return Subject.Force;
            var actor = actors.Match(tokens.AsSpan(0, modal), k);
            // A state or its capital; "Terrorists could strike anywhere" is ubiquity (RH1012), not a state's capability.
            if (actor is { } force && force.Class.FieldsForces() && tokens[k].IsCapitalized) return Subject.Force;
            // "it can shut down the grid whenever it likes": a pronoun whose antecedent the sentence makes a threat.
            if (tokens[k].Norm is "regime" or "enemy" or "adversary" or "it" or "they" && ThreatReferents.InSentence(actors, tokens, sentence)) return Subject.Force;
            // Capability stated in a separate clause from its owner: "They" right before the modal, the owned capability in the sentence before.
            if (tokens[k].Norm is "it" or "they" && k == modal - 1 && previous is not null && HasOwnedCapability(actors, tokens, previous)) return Subject.Force;
            // "Harbrook Holdings could wipe out every grocer in a single year", "the new strain can empty a ward
            // overnight": any other actor, or a threat that is brought in, heading the subject.
            if (actor is { } other && OnlyAdverbsBetween(tokens, k + other.Length, modal)) return Subject.OtherThreat;
            if (ThreatReferents.NounAt(tokens, k, modal) is { Domain: var domain, Length: var noun } && IsBroughtThreat(domain) && OnlyAdverbsBetween(tokens, k + noun, modal))
                return Subject.OtherThreat;
        }
        return null;
    }

    /// <summary>
    /// An uncounted capability noun with an owner before it in <paramref name="sentence"/> ("Kestria's engineers have
    /// finished a new drone fleet"); "Kestria has 40 attack drones" counts what the next sentence's "they" can do.
    /// </summary>
    private static bool HasOwnedCapability(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Kind == TokenKind.Number) return false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (ThreatAgents.CapabilityAt(tokens, k, sentence.EndToken) == 0) continue;
            for (var owner = k - 1; owner >= sentence.FirstToken && k - owner <= 6; owner--)
                if (ThreatAgents.IsOwner(actors, tokens, sentence, owner)) return true;
        }
        return false;
    }

    private static readonly Lazy<PhraseList> Arrivals = new(() => TaggedLexicon.Load(RuleLexicons.Store, "omnipotence_terms").Phrases("ARRIVE"));
    private static readonly Lazy<FrozenWordSet> TimeSpans = new(() => TaggedLexicon.Load(RuleLexicons.Store, "omnipotence_terms").Words("SPAN").ToFrozenWordSet());
    private static readonly Lazy<PhraseList> Deadlines = new(() => TaggedLexicon.Load(RuleLexicons.Store, "omnipotence_terms").Phrases("BY"));

    /// <summary>How far before its modal an arriving threat may be named, and how far after the verb its deadline.</summary>
    private const int ArrivalReach = 6;

    /// <summary>
    /// An arrival forecast RH1011 reports as capability stated as certain arrival; RH1012 does not read the place in
    /// it ("in every town") as a second, ubiquitous threat.
    /// "Ostrian tanks will be in Pellham within forty-eight hours", "the virus could reach every home by Christmas": a
    /// threat — a capability ("tanks", "missiles") or a threat referent ("the virus", "the gangs") — then "will/could/
    /// can", a verb of arrival (<c>omnipotence_terms.txt</c> ARRIVE) and a deadline ("within"/"in" + a time unit, "by"/
    /// "before" + a date or season) in its clause: capability stated as certain arrival. Not the writer's side ("our
    /// troops will be home by Christmas"). Returns the range from the threat to the deadline.
    /// </summary>
    public static (int Start, int End)? ArrivalAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (tokens[i].Norm is not ("will" or "could" or "can") || ArrivingThreatBefore(actors, tokens, sentence, i) is not int start) return null;
        var verb = i + 1;
        while (verb < end && ModalAdverbs.Contains(tokens[verb])) verb++;
        if (Arrivals.Value.LongestAt(tokens, verb, end) is not (> 0 and var arrive)) return null;
        for (var k = verb + arrive; k < end && k - verb <= ArrivalReach + 2; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Norm is "if" or "unless" or "but") return null;
            if (DeadlineEnd(tokens, k, end) is int deadlineEnd) return (start, deadlineEnd);
        }
        return null;
    }

    /// <summary>"within seventy-two hours", "in a matter of days", "by Christmas", "before nightfall": the deadline's end, or null.</summary>
    private static int? DeadlineEnd(ImmutableArray<Token> tokens, int k, int end)
    {
        if (tokens[k].Norm is "within" or "in")
            for (var unit = k + 1; unit < end && unit - k <= 4; unit++)
            {
                if (TimeSpans.Value.Contains(tokens[unit])) return unit + 1;
                if (!tokens[unit].IsWord && tokens[unit].Kind != TokenKind.Number) return null;
            }
        if (tokens[k].Norm is "by" or "before" && Deadlines.Value.LongestAt(tokens, k + 1, end) is > 0 and var deadline) return k + 1 + deadline;
        return null;
    }

    /// <summary>The start of the threat that is the subject of <paramref name="modal"/>: a capability or a threat referent, not ours.</summary>
    private static int? ArrivingThreatBefore(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int modal)
    {
        for (var k = modal - 1; k >= sentence.FirstToken && modal - k <= ArrivalReach; k--)
        {
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Norm is "we" or "our" or "us") return null;
            var length = ThreatAgents.CapabilityAt(tokens, k, modal);
            if (length == 0 && actors.Match(tokens.AsSpan(0, modal), k) is { } actor && actor.Class.IsAdversary()) length = actor.Length;
            if (length == 0 && ThreatReferents.NounAt(tokens, k, modal) is { Domain: var domain, Length: var noun } && IsBroughtThreat(domain)) length = noun;
            // The threat must head the subject: "the virus test will be in pharmacies" is about a test.
            if (length == 0 || !OnlyAdverbsBetween(tokens, k + length, modal)) continue;
            var start = k;
            while (start - 1 >= sentence.FirstToken && modal - start < ArrivalReach && tokens[start - 1].IsWord && !FunctionWords.Auxiliaries.Contains(tokens[start - 1])
                && (ThreatAgents.IsOwner(actors, tokens, sentence, start - 1) || FunctionWords.Definite.Contains(tokens[start - 1])))
                start--;
            return tokens[start].Norm is "our" ? null : start;
        }
        return null;
    }

    private static bool OnlyAdverbsBetween(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!ModalAdverbs.Contains(tokens[k]) && !tokens[k].Norm.EndsWith("ly", StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>Whether "could" or "can" stands in the claim: an arrival that may happen is a lower finding.</summary>
    /// <summary>
    /// Threats that someone or something carries in — armed force, terror, crime, cyber attack, disease, poison — whose
    /// certain arrival is the inflation. Weather, the climate and the economy are forecast every day in plain news
    /// ("the heatwave will be in the south by Friday", "the recession will be here by spring").
    /// </summary>
    private static bool IsBroughtThreat(ThreatDomain domain) =>
        domain is ThreatDomain.War or ThreatDomain.Terror or ThreatDomain.Crime or ThreatDomain.Cyber or ThreatDomain.Disease
            or ThreatDomain.Pathogen or ThreatDomain.Substance;

    public static bool HasHedgingModal(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (tokens[k].Norm is "could" or "can") return true;
        return false;
    }

    /// <summary>The end of the noun phrase after "any"/"every": up to three words, stopping at prepositions ("any city at will").</summary>
    private static int NounRunEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var j = k;
        while (j < sentence.EndToken && j - k < 3 && tokens[j].IsWord && tokens[j].Norm is not ("at" or "in" or "on" or "within" or "whenever" or "and" or "or" or "with" or "from" or "by"))
            j++;
        return j;
    }
}
