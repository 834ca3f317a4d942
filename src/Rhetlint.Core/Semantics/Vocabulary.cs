using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>The lexicons the semantic layer reads, loaded once per process.</summary>
public static class Vocabulary
{
    private static readonly Lazy<WordKeyMap<string>> ReportingVerbForms = new(() =>
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in LexiconStore.Engine.Lines("reporting_verbs"))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var form in words) forms.TryAdd(Token.Normalize(form), Token.Normalize(words[0]));
        }
        return new WordKeyMap<string>(forms);
    });

    private static readonly Lazy<FrozenWordSet> EndorsementVerbForms = new(() =>
        LexiconStore.Engine.Lines("endorsement_verbs").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Token.Normalize)
            .ToFrozenWordSet());

    /// <summary>Lemmas of expert_nouns.txt with their plurals ("doctors", "researchers", "analysts").</summary>
    private static readonly Lazy<FrozenWordSet> ExpertNounForms = new(() =>
        LexiconStore.Engine.Lines("expert_nouns").Select(Token.Normalize).SelectMany(l => Inflections.NounForms(l).Append(Plural(l)))
            .ToFrozenWordSet());

    /// <summary>Lemmas of inhabitant_nouns.txt with their plurals ("residents", "villagers", "neighbours").</summary>
    private static readonly Lazy<FrozenWordSet> InhabitantNounForms = new(() =>
        LexiconStore.Engine.Lines("inhabitant_nouns").Select(Token.Normalize).SelectMany(l => Inflections.NounForms(l).Append(Plural(l)))
            .ToFrozenWordSet());

    private static readonly Lazy<FrozenWordSet> StanceVerbForms = new(() =>
        LexiconStore.Engine.Lines("stance_verbs").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Token.Normalize)
            .ToFrozenWordSet());

    private static readonly Lazy<FrozenWordSet> RoleNounsSingular = new(() => LexiconStore.Engine.Set("role_nouns"));
    private static readonly Lazy<FrozenWordSet> RoleNounsPlural = new(() =>
        RoleNounsSingular.Value.Select(Plural).ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> DocumentNounsSingular = new(() => LexiconStore.Engine.Set("document_nouns"));
    /// <summary>
    /// Plurals of document_nouns.txt, irregular ones included: "analyses", not only "analysises", so "independent analyses
    /// agree …" is a source whose content is reported speech rather than the writer's assertion.
    /// </summary>
    private static readonly Lazy<FrozenWordSet> DocumentNounsPlural = new(() =>
        DocumentNounsSingular.Value.SelectMany(l => Inflections.NounForms(l).Skip(1).Append(Plural(l))).ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> OrganizationNouns = new(() => LexiconStore.Engine.Set("organization_descriptors"));
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> RoleSuffixExceptions =
        new(() => Normalized("role_suffix_exceptions").GetAlternateLookup<ReadOnlySpan<char>>());
    private static readonly Lazy<FrozenWordSet> AnonymousSourceNouns = new(() => LexiconStore.Engine.Set("anonymous_source_nouns"));
    private static readonly Lazy<FrozenWordSet> PufferySet = new(() => LexiconStore.Engine.Set("puffery_adjectives"));

    /// <summary>Words before a quotation that doubt it: "so-called", "supposed", "self-styled" (scare quotes, RH3005).</summary>
    public static PhraseList DoubtCues => Doubt.Value;
    /// <summary>Verbs that give a name or label: "dubbed", "called", "branded".</summary>
    public static FrozenWordSet NamingVerbs => Naming.Value;

    private static readonly Lazy<PhraseList> Doubt = new(() => PhraseList.Load(LexiconStore.Engine, "scare_quote_cues"));
    private static readonly Lazy<FrozenWordSet> Naming = new(() => LexiconStore.Engine.Set("naming_verbs"));

    /// <summary>Phrases after an unnamed source that say how it knows ("familiar with", "who attended").</summary>
    public static PhraseList SourceAccessCues => AccessCues.Value;
    /// <summary>Phrases that give the reason a source is not named ("on condition of anonymity").</summary>
    public static PhraseList AnonymityReasons => Reasons.Value;

    private static readonly Lazy<PhraseList> AccessCues = new(() => PhraseList.Load(LexiconStore.Engine, "source_access_cues"));
    private static readonly Lazy<PhraseList> Reasons = new(() => PhraseList.Load(LexiconStore.Engine, "anonymity_reasons"));

    /// <summary>The lemma of a reporting verb form ("declared" → "declare"), or null.</summary>
    public static string? ReportingVerbLemma(Token token) =>
        token.IsWord && ReportingVerbForms.Value.TryGetValue(token, out var lemma) ? lemma : null;

    public static bool IsReportingVerb(Token token) => ReportingVerbLemma(token) is not null;
    /// <summary>"chanted", "whispered", "pleaded": how something was voiced (a lemma of a reporting verb).</summary>
    public static bool IsMannerOfSpeaking(string lemma) => MannerLemmas.Value.Contains(lemma);

    private static readonly Lazy<FrozenSet<string>> MannerLemmas = new(() => Normalized("manner_of_speaking_verbs"));

    /// <summary>
    /// "beamed", "touted", "continued": a verb of communicating (WordNet verb.communication, generated), far wider than
    /// the reporting verbs; it names a quotation's speaker only right beside the quotation (<see cref="QuotationSpeakers"/>).
    /// </summary>
    public static bool IsCommunicationVerb(Token token) => token.IsWord && CommunicationVerbForms.Value.Contains(token);

    /// <summary>
    /// A form of a verb of informing or persuading whose object is the hearer ("convince", "reminding", "assured"):
    /// hearer_verbs_wordnet.txt, generated from WordNet by tools/gen_hearer_verbs.py (issue 17).
    /// </summary>
    public static bool IsHearerVerb(Token token) => token.IsWord && HearerVerbForms.Value.Contains(token);

    private static readonly Lazy<FrozenWordSet> HearerVerbForms = new(() => FormsListedIn("hearer_verbs_wordnet"));

    /// <summary>
    /// "sent", "issued", "made": the past form of a verb that needs a noun-phrase object (object_verbs_wordnet.txt, from
    /// WordNet's verb frames by tools/gen_object_verbs.py). With no object after it, its clause has a gap: "the memos that
    /// Halvard sent" is a relative clause about the memos (issue 17).
    /// </summary>
    public static bool IsObjectVerbPast(Token token) => token.IsWord && ObjectVerbPasts.Value.Contains(token);

    /// <summary>The past forms of object_verbs_wordnet.txt: each line's words after its lemma.</summary>
    private static readonly Lazy<FrozenWordSet> ObjectVerbPasts = new(() =>
        LexiconStore.Engine.Lines("object_verbs_wordnet").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)).Select(Token.Normalize)
            .ToFrozenWordSet());

    private static readonly Lazy<FrozenWordSet> CommunicationVerbForms = new(() => FormsListedIn("communication_verbs_wordnet"));

    /// <summary>Every word of a generated verb lexicon, whose lines list a lemma's forms separated by spaces.</summary>
    private static FrozenWordSet FormsListedIn(string lexicon) =>
        LexiconStore.Engine.Lines(lexicon).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Token.Normalize)
            .ToFrozenWordSet();

    /// <summary>
    /// "claim", "warn", "insist": a reporting verb whose most frequent sense takes a clause or no object (WordNet frames,
    /// tools/gen_clause_verbs.py). After a person noun its participle is that person's report, not a reduced passive.
    /// </summary>
    public static bool IsClauseTakingVerb(string lemma) => ClauseVerbs.Value.Contains(lemma);

    private static readonly Lazy<FrozenSet<string>> ClauseVerbs = new(() => Normalized("clause_verbs_wordnet"));

    /// <summary>"seen", "regarded", "viewed": a verb of regarding, whose passive with "by … as" credits a view to the agent.</summary>
    public static bool IsRegardVerb(Token token) => token.IsWord && RegardVerbForms.Value.Contains(token);

    private static readonly Lazy<FrozenWordSet> RegardVerbForms = new(() =>
        LexiconStore.Engine.Lines("regard_verbs").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Token.Normalize)
            .ToFrozenWordSet());

    /// <summary>
    /// A verb that confers a rank on its object: the conferred_ranks lexicon's verbs ("ranked", "voted", "crowned"), the
    /// naming verbs ("dubbed") and the verbs of regard but those of perception, which confer a rank only with "as"
    /// ("fans saw Brandt score the best goal" reports what was seen).
    /// </summary>
    public static bool IsRankConferringVerb(Token token) =>
        token.IsWord && (IsRegardVerb(token) && !PerceptionRegardForms.Value.Contains(token) || NamingVerbs.Contains(token) || ConferringVerbForms.Value.Contains(token));

    /// <summary>
    /// "positioned", "cited", "selected": a verb that credits a description to its object with "as" ("Brandt positioned
    /// Vale as the ablest candidate"), from credit_as_verbs_wordnet. The description is the subject's view, as a verb of
    /// regarding's is ("unions see him as the ablest").
    /// </summary>
    public static bool IsCreditAsVerb(Token token) => token.IsWord && CreditAsVerbForms.Value.Contains(token);

    private static readonly Lazy<FrozenWordSet> CreditAsVerbForms = new(() =>
        LexiconStore.Engine.Lines("credit_as_verbs_wordnet").SelectMany(Inflections.VerbForms).ToFrozenWordSet());

    private static readonly Lazy<TaggedLexicon> ConferredRanks = new(() => TaggedLexicon.Load(LexiconStore.Engine, "conferred_ranks_wordnet"));

    /// <summary>Nouns of a ranked list someone keeps ("shortlist", "ranking"), both numbers.</summary>
    public static bool IsRankingList(Token token) => token.IsWord && RankingListForms.Value.Contains(token);

    private static readonly Lazy<FrozenWordSet> ConferringVerbForms = new(() =>
        ConferredRanks.Value.Words("conferring-verb").SelectMany(Inflections.VerbForms).ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> RankingListForms = new(() =>
        ConferredRanks.Value.Words("ranking-list").SelectMany(Inflections.NounForms).ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> PerceptionRegardForms = new(() =>
        new[] { "see", "view", "perceive" }.SelectMany(Inflections.VerbForms).ToFrozenWordSet());

    /// <summary>"compared … to", "lumps … with", "framed … as": the words that complete a verb of classifying, or null.</summary>
    public static FrozenSet<string>? ClassificationComplements(Token token) =>
        token.IsWord && Classifications.Value.TryGetValue(token.Norm, out var complements) ? complements : null;

    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> Classifications = new(() => ComplementTable("classification_verbs", formsFirst: false));

    /// <summary>"keen on", "unanimous that", "sceptical of": the words that open the view after a stance adjective, or null.</summary>
    public static FrozenSet<string>? StanceAdjectiveComplements(Token token) =>
        token.IsWord && StanceAdjectives.Value.TryGetValue(token.Norm, out var complements) ? complements : null;

    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> StanceAdjectives = new(() => ComplementTable("stance_adjectives", formsFirst: true));

    /// <summary>"documented", "established": a verb of recording that credits a clause to its subject in "As S VERB, …".</summary>
    public static bool IsDocumentingVerb(Token token) => token.IsWord && DocumentingVerbForms.Value.Contains(token);

    private static readonly Lazy<FrozenWordSet> DocumentingVerbForms = new(() =>
        LexiconStore.Engine.Lines("documenting_verbs").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Token.Normalize)
            .ToFrozenWordSet());

    /// <summary>
    /// A two-column lexicon of words and the complements they take, as word → complements. <paramref name="formsFirst"/>:
    /// the words are in the first column ("keen&lt;TAB&gt;on to that"), else the complement is ("to&lt;TAB&gt;compare compared …").
    /// </summary>
    private static FrozenDictionary<string, FrozenSet<string>> ComplementTable(string lexicon, bool formsFirst)
    {
        var table = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in LexiconStore.Engine.Lines(lexicon))
        {
            var columns = line.Split('\t', 2);
            if (columns.Length != 2) continue;
            var (forms, complements) = formsFirst ? (columns[0], columns[1]) : (columns[1], columns[0]);
            foreach (var form in forms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!table.TryGetValue(Token.Normalize(form), out var set)) table[Token.Normalize(form)] = set = new HashSet<string>(StringComparer.Ordinal);
                set.UnionWith(complements.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Token.Normalize));
            }
        }
        return table.ToFrozenDictionary(e => e.Key, e => e.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>"blasted", "praised", "dubbed": a speech cue only right before a quotation.</summary>
    public static bool IsEvaluationVerb(Token token) => token.IsWord && EvaluationVerbForms.Value.Contains(token);

    private static readonly Lazy<FrozenWordSet> EvaluationVerbForms = new(() =>
        LexiconStore.Engine.Lines("evaluation_verbs").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Token.Normalize)
            .ToFrozenWordSet());

    /// <summary>"warning", "remarks", "claim": nouns that cue speech after a possessive source.</summary>
    public static bool IsSpeechNoun(Token token) => token.IsWord && SpeechNouns.Value.Contains(token);

    private static readonly Lazy<FrozenWordSet> SpeechNouns = new(() => LexiconStore.Engine.Set("speech_nouns"));

    /// <summary>"parents", "cousins": kin, whom "my" places for the reader.</summary>
    public static bool IsKinNoun(Token token) => token.IsWord && KinNouns.Value.Contains(token);

    private static readonly Lazy<FrozenWordSet> KinNouns = new(() => LexiconStore.Engine.Set("kin_nouns"));

    /// <summary>"help", "an ambulance": what one calls for in the sense "send for".</summary>
    public static bool IsSummonedNoun(Token token) => token.IsWord && SummonedNouns.Value.Contains(token);

    private static readonly Lazy<FrozenWordSet> SummonedNouns = new(() => LexiconStore.Engine.Set("summoned_nouns"));

    /// <summary>"want", "hope", "favor": a position ascribed to someone, a frame only for a quantified vague group.</summary>
    public static bool IsStanceVerb(Token token) => token.IsWord && StanceVerbForms.Value.Contains(token);

    /// <summary>"feel", "suppose", "doubt": a belief held, a frame only for a quantified vague group before "that".</summary>
    public static bool IsBeliefVerb(Token token) => token.IsWord && BeliefVerbForms.Value.Contains(token);

    /// <summary>"worry", "dread", "suspect", "imagine": a perception of the world (perception_verbs.txt), a view when a clause follows.</summary>
    public static bool IsPerceptionVerb(Token token) => token.IsWord && PerceptionVerbForms.Value.Contains(token);

    private static readonly Lazy<FrozenWordSet> PerceptionVerbForms = new(() =>
        LexiconStore.Engine.Lines("perception_verbs").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Token.Normalize)
            .ToFrozenWordSet());

    private static readonly Lazy<FrozenWordSet> BeliefVerbForms = new(() =>
        LexiconStore.Engine.Lines("belief_verbs").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Token.Normalize)
            .ToFrozenWordSet());

    /// <summary>A verb by which a group vouches for a thing: "recommend", "prescribe", "praise", "tout" (endorsement_verbs.txt).</summary>
    public static bool IsEndorsementVerb(Token token) => token.IsWord && EndorsementVerbForms.Value.Contains(token);

    /// <summary>A person noun that names expertise: "doctors", "researcher", "analysts" (expert_nouns.txt, from WordNet).</summary>
    public static bool IsExpertNoun(Token token) => token.IsWord && ExpertNounForms.Value.Contains(token);
    /// <summary>A person noun that names people by where they live: "residents", "villager", "neighbours" (inhabitant_nouns.txt, from WordNet).</summary>
    public static bool IsInhabitantNoun(Token token) => token.IsWord && InhabitantNounForms.Value.Contains(token);
    public static bool IsRoleNoun(Token token) => token.IsWord && (RoleNounsSingular.Value.Contains(token) || HasRoleSuffix(token.Norm));
    public static bool IsPluralRoleNoun(Token token) =>
        token.IsWord && (RoleNounsPlural.Value.Contains(token) || token.Norm.EndsWith('s') && HasRoleSuffix(token.Norm.AsSpan(0, token.Norm.Length - 1)));
    /// <summary>A word the common-word list says is never a name ("research", "aviation"): capitalized, it only opens a sentence.</summary>
    public static bool IsCommonWord(Token token) => token.IsWord && CommonWords.Value.TryGetValue(token.Norm, token.WordKey, out _);

    /// <param name="word">A normalized word (<see cref="Token.Norm"/>).</param>
    public static bool IsCommonWord(string word) => CommonWords.Value.Contains(word);

    /// <param name="word">A normalized word, or a slice of one (a lemma without its plural "s"), looked up without a string.</param>
    public static bool IsCommonWord(ReadOnlySpan<char> word) => CommonWords.Value.Contains(word);

    // 60,000 words, prebuilt at build time into a table read in place: indexing them at run time was 5% of a
    // one-paragraph check (issue 18).
    private static readonly Lazy<WordImage> CommonWords = new(() => new WordImage(LexiconStore.Engine.Prebuilt("common_words"), 0));

    /// <summary>Roles whose job is to speak for an organization: with the organization named they are on the record in all but name.</summary>
    public static bool IsSpokesperson(Token token) => token.IsWord && Spokespeople.Contains(token);

    private static readonly FrozenWordSet Spokespeople = new[]
    {
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen", "spokespersons", "representative", "representatives",
    }.ToFrozenWordSet();

    public static bool IsAnonymousSourceNoun(Token token) => token.IsWord && AnonymousSourceNouns.Value.Contains(token);
    public static bool IsDocumentNoun(Token token) => token.IsWord && DocumentNounsSingular.Value.Contains(token);
    public static bool IsPluralDocumentNoun(Token token) => token.IsWord && DocumentNounsPlural.Value.Contains(token);
    public static bool IsOrganizationNoun(Token token) => token.IsWord && OrganizationNouns.Value.Contains(token);
    public static bool IsPufferyAdjective(Token token) => token.IsWord && PufferySet.Value.Contains(token);

    /// <summary>A graded word that names a measurable dimension ("tallest", "longest", "richest"), not a judgement ("best").</summary>
    public static bool IsMeasurableDegree(Token token) => !Measures.OfAdjective(token).IsEmpty;

    /// <summary>The dimensions a graded word measures ("coldest": temperature, "longest": length and time); empty for a judgement.</summary>
    public static ImmutableArray<Dimension> DimensionsOf(Token token) => Measures.OfAdjective(token);

    /// <summary>Professions named by suffix ("agronomist", "statistician", "cartographer"): open classes no list can hold.</summary>
    private static readonly string[] RoleSuffixes = ["ologist", "ographer", "ician", "ist"];

    /// <param name="word">A normalized word or a slice of one (a plural without its "s"): read on every word, so it allocates nothing.</param>
    internal static bool HasRoleSuffix(ReadOnlySpan<char> word)
    {
        if (word.Length < 6) return false;
        foreach (var c in word)
            if (!char.IsLetter(c)) return false;
        foreach (var suffix in RoleSuffixes)
            if (word.EndsWith(suffix, StringComparison.Ordinal)) return !RoleSuffixExceptions.Value.Contains(word);
        return false;
    }

    /// <summary>A regular English plural: enough for role and document nouns, whose irregulars are rare.</summary>
    public static string Plural(string noun)
    {
        // The stem as a span, not a string: thousands of source nouns are pluralized at startup (issue 18).
        var (kept, suffix) = PluralParts(noun);
        return string.Concat(noun.AsSpan(0, kept), suffix);
    }

    /// <summary><see cref="Plural(string)"/> written into <paramref name="destination"/> (two characters longer than the noun); returns its length.</summary>
    internal static int Plural(ReadOnlySpan<char> noun, Span<char> destination)
    {
        var (kept, suffix) = PluralParts(noun);
        return Inflections.WriteForm(noun, kept, suffix, destination);
    }

    /// <summary>How <see cref="Plural(string)"/> spells a noun's plural: how much of the noun it keeps, and the ending it adds.</summary>
    private static (int Kept, string Suffix) PluralParts(ReadOnlySpan<char> noun) =>
        noun.EndsWith("man", StringComparison.Ordinal) && !noun.SequenceEqual("human") ? (noun.Length - 3, "men")
        : noun.EndsWith('y') && noun.Length > 1 && !"aeiou".Contains(noun[^2]) ? (noun.Length - 1, "ies")
        : noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) ? (noun.Length, "es")
        : (noun.Length, "s");

    private static FrozenSet<string> Normalized(string lexicon) =>
        LexiconStore.Engine.Lines(lexicon).Select(Token.Normalize).ToFrozenSet(StringComparer.Ordinal);
}
