using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>RH1005 — loaded threat label.</summary>
public sealed class RH1005LoadedThreatLabel : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags demonizing labels for states and blocs in the writer's voice:
            - fixed labels: "rogue state", "evil empire", "axis of evil", "pariah state", "barbarians at the gate";
            - the bloc pattern "(axis|alliance|partnership|league|bloc|coalition|union|…) of (predators|tyrants|thugs|
              autocrats|dictators|…)", with its premodifiers: "a new polar alliance of thugs";
            - "axis of" + an abstract evil: "an axis of upheaval";
            - loose group nouns ("a club of dictators", "an unholy alliance") only when a state or collective actor is
              named in the sentence or the one before;
            - labels that turn the press into a machine of propaganda ("a propaganda machine", "mouthpieces"), said of a
              press noun through a copula: "the networks are now a propaganda machine", "the county papers have become
              mouthpieces", or of a name the document gives to the press ("Marlowe has become a propaganda arm" where it
              names "Marlowe Public Media");
            - war and swarm nouns that label migration as an attack ("an invasion in all but name", "hordes of asylum
              seekers", "this onslaught"): a migration noun after "of", or in the sentence or the one before;
            - crime and crowd nouns that turn any domestic group into outlaws or a rabble (kinds `outlaw`: cartel, mafia,
              racket, syndicate, cabal; `crowd`: mob, rabble, gang — the WordNet synsets of these nouns, reviewed by
              hand): an outlaw noun with people after "of" ("a cartel of property speculators", "a syndicate of
              speculators"), and either kind through a copula, a simile or in apposition, with "a" or "an" ("the
              letting agents are a racket", "the marchers are a mob waiting for the signal", "the agencies behave like
              a mafia", "the board, a cabal of developers, met");
            - a loaded category predicated of a place, a body or a policy, from whole WordNet families
              (tools/gen_loaded_categories.py): coercive rule (police state, dictatorship, martial law, re-education
              camps), places without law (a lawless frontier, a no-go zone, a ghetto), and coercive roles (informer,
              spy, border guard, enforcer, jailer, censor). The frame carries the move: a present or perfect copula or
              verb of becoming ("Ashby Vale has become a police state", "our schools are now re-education camps"), a verb
              of change with "into" ("is turning into a lawless frontier"), "no better than a dictatorship", or "a
              police state in all but name"; a role only when a causative imposes it on people ("the bill would turn
              every landlord into a border guard").
            """,
        WhyIsThisBad = """
            A label replaces the argument. It tells the reader the actors are outlaws instead of showing what they have
            agreed or done, and welds separate states into one menacing bloc.
            """,
        NotFlagged = """
            - Second World War context ("The Axis powers signed their pact in 1940").
            - Mentions: "the 'axis of evil' label", "so-called axis of autocrats".
            - A label someone else applied: "Brandt called Norvania a rogue state".
            - Negated labels, quoted or reported words, names ("the Union of Concerned Scientists"), and titles in Title
              Case inside a sentence that is not ("Barbarians at the Gate, a 1989 book about a buyout").
            - Migration as a topic ("net migration rose 3% last year"), and an invasion that is war: an armed force or
              a state named in the sentence ("refugees fled the Varnian invasion"), or a named place invaded ("since
              the invasion of Kestria, refugees have …").

            - Literal crime and crowds: a crime modifier ("the drug cartel", "a street gang"), a name ("the Sinaloa
              cartel"), criminals as members ("a gang of burglars"), a count ("a mob of 200 people"), the noun as a
              modifier ("a gang member"), the subject of a sentence after an opening phrase ("In March, a gang calling
              itself …"), and any sentence with words of the courts, the police or enforcement ("the watchdog fined
              the cement cartel"); mockery ("a gang that can't shoot straight"); a crowd noun in sport ("the
              defenders played like a gang of strangers"), though not an outlaw noun ("the league is run by a cartel
              of owners" is a charge about its owners).

            - A press label not said of the press ("the ministry runs a propaganda machine abroad"), or said where a
              state or its forces are named ("Varn's state channels are a propaganda arm of its army").

            - A category told as history, a job, a real regime or a story: a past tense or a date ("Portugal was a
              dictatorship until 1974"), a role by a copula ("Fenwick worked as a border guard", "he became an
              informant for the FBI"), a state described by a bare present copula ("North Korea is a dictatorship"), a
              place or role in sport ("the defender is an enforcer"), a work as the subject ("her novel turns a postman
              into a spy"), a compound ("the police state's archives"), a weak modal ("could become") and a question;
              a role imposed on someone not universal ("the course turns recruits into border guards"); a real regime
              or occupation reported, a state or its forces named with a regime type or a time ("Since the coup, the
              generals have turned Kestria into a military dictatorship", "In the autumn the occupiers turn the old
              quarter into a ghetto"); a no-go place closed for a period or to those who cannot pass ("a no-go zone for
              drivers this morning"); a tyranny "for" some people ("the inbox has become a tyranny for office
              workers"); and a work named by its part ("Season two turns the suburb into a surveillance state").

            RH1005 takes precedence over RH4003 (contentious label); its span is the label alone.
            """,
        Examples =
        [
            "[[This new axis of autocrats]], from Varn to Kestria, is planning its next move.",
            "The asylum hostels on the seafront are [[an invasion in all but name]].",
            "The regional networks are now [[a propaganda machine]] for the Glenmoor council.",
            "The Harlow letting agents are [[a racket]].",
            "The tenancy bill would [[turn every landlord into a border guard]].",
        ],
        UseInstead = ["Varn and Kestria signed an arms-supply agreement in March, the Harbor Gazette reported."],
        Rewrite = """
            Display-only template `[actor A] and [actor B], which have [specific agreement or action] ([source])`.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1005",
        "Loaded threat label",
        "'{0}' labels a state, bloc or group instead of describing it; say what the actors have agreed or done, with a source",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A demonizing label for a state or bloc (rogue state, evil empire, axis of evil, a partnership of predators) in the writer's voice.",
        helpLinkUri: RuleCategories.HelpUri("RH1005"));

    private static readonly Lazy<LabelWords> Words = new(() => new LabelWords(TaggedLexicon.Load(RuleLexicons.Store, "threat_labels")));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence, word => Words.Value.MayStartLabel(word));

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var words = Words.Value;
        if (ImageryContext.SentenceHas(tokens, sentence, words.History)) return;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!tokens[i].IsWord) continue;
            if ((FixedLabel(words, document, sentence, i) ?? BlocOf(words, document, sentence, i) ?? MigrationLabel(words, document, sentence, i) ?? PressLabel(words, document, sentence, i)
                ?? OutlawLabel(words, document, sentence, i)
                ?? (CategoryPredicates.At(document, sentence, i) is (int first, int end) ? new Hit(first, end) : null)) is not { } hit) continue;
            if (!ImageryContext.IsAuthors(document, hit.First, hit.End) || document.IsNegated(hit.First)
                || ImageryContext.IsMentioned(tokens, sentence, hit.First, hit.End) || ImageryContext.IsTitleCased(document, sentence, hit.First, hit.End))
                continue;

            var span = document.SpanOf(hit.First, hit.End);
            var rewrite = Rewrite.Template("Describe what the actors have done", span,
                "[actor A] and [actor B], which have [specific agreement or action] ([source])");
            context.Report(Descriptor, ImageryContext.SeverityAt(document, sentence, i, Descriptor.DefaultSeverity, hedgeLowers: false),
                span, [rewrite], document.Excerpt(span));
            i = hit.End - 1;
        }
    }

    /// <summary>"a rogue state", "the evil empire", "an unholy alliance" (the last only with an actor nearby).</summary>
    private static Hit? FixedLabel(LabelWords words, DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        if (words.Labels.FirstAt(tokens, i, sentence.EndToken) is not (>= 0 and var position)) return null;
        if (words.NeedsActor[position] && !ActorNearby(document, sentence)) return null;
        return new Hit(ImageryContext.PhraseStart(tokens, sentence, i), i + words.Labels.Phrases[position].Length);
    }

    /// <summary>"a polar partnership of predators", "an axis of upheaval", "a club of dictators" (with an actor nearby).</summary>
    private static Hit? BlocOf(LabelWords words, DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var norm = tokens[i].Norm;
        var bloc = words.Blocs.Contains(norm);
        if (!bloc && !words.Groups.Contains(norm) || i + 2 >= sentence.EndToken || tokens[i + 1].Norm != "of") return null;
        // Capitalized mid-sentence, the noun is part of a name ("the Union of Concerned Scientists").
        if (ModifierSlots.IsNameOrTitle(tokens, sentence, i)) return null;
        var k = i + 2;
        if (tokens[k].Norm is "the" or "petty" or "would-be" or "aspiring") k++;
        var member = words.Members.FirstPhraseAt(tokens, k, sentence.EndToken);
        var end = member is not null ? k + member.Length
            : norm == "axis" && k < sentence.EndToken && words.AxisNouns.Contains(tokens[k].Norm) ? k + 1 : 0;
        if (end == 0) return null;
        if (!bloc && !ActorNearby(document, sentence)) return null;
        return new Hit(ImageryContext.PhraseStart(tokens, sentence, i, maxModifiers: 3), end);
    }

    /// <summary>
    /// "an invasion in all but name", "hordes of asylum seekers", "this invasion of our coast": a war or swarm noun
    /// (<c>threat_labels.txt</c>, kind migration) that labels migration — a migration noun after "of", or in the sentence
    /// or the one before — where no armed force is named in the sentence ("refugees fled the Varnian invasion") and the
    /// noun is not a war on a named place ("the invasion of Kestria").
    /// </summary>
    private static Hit? MigrationLabel(LabelWords words, DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var limit = sentence.EndToken;
        if (!words.MigrationLabels.Contains(tokens[i].Norm)) return null;
        var ofMigrants = i + 2 < limit && tokens[i + 1].Norm == "of" ? ThreatReferents.MigrationAt(tokens, i + 2, limit) : 0;
        if (ofMigrants == 0 && (i + 2 < limit && tokens[i + 1].Norm == "of" && tokens[i + 2].IsCapitalized || !MigrationNearby(document, sentence))) return null;
        // "the Varnian invasion": a named invader is war news, whether or not the gazetteer knows the name.
        if (ForcesIn(document, sentence) || i - 1 > sentence.FirstToken && tokens[i - 1].IsCapitalized) return null;
        var end = ofMigrants > 0 ? i + 2 + ofMigrants : i + 1;
        if (PhraseList.MatchesAt(tokens, end, limit, InAllButName)) end += InAllButName.Length;
        return new Hit(ImageryContext.PhraseStart(tokens, sentence, i), end);
    }

    /// <summary>
    /// "the networks are a propaganda machine", "the papers have become mouthpieces": a press label
    /// (<c>threat_labels.txt</c>, kind press-label) said of a press noun before it in the sentence through a copula, or
    /// of a name the document gives to the press ("Kittering has become a propaganda arm" beside "Kittering Public
    /// Media", <see cref="PressNames"/>), where no state or armed group is named (a state's own media described by analysts).
    /// </summary>
    private static Hit? PressLabel(LabelWords words, DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        if (words.PressLabels.FirstPhraseAt(tokens, i, sentence.EndToken) is not { } label) return null;
        var k = i - 1;
        while (k >= sentence.FirstToken && k >= i - 3 && tokens[k].IsWord && !IsCopula(tokens[k].Norm)) k--;
        if (k < sentence.FirstToken || !IsCopula(tokens[k].Norm)) return null;
        var pressBefore = false;
        for (var j = sentence.FirstToken; j < k && !pressBefore; j++) pressBefore = words.PressNouns.Contains(tokens[j].Norm);
        if (!pressBefore && !PressNames.IsPressName(document, sentence, k, words.PressNouns) || StateNamedIn(document, sentence)) return null;
        return new Hit(ImageryContext.PhraseStart(tokens, sentence, i), i + label.Length);
    }

    /// <summary>
    /// "a cartel of property speculators", "the letting agents are a racket", "the marchers outside are a mob", "the board, a
    /// cabal of cronies,": a noun of a criminal organisation or a lawless crowd (<c>threat_labels.txt</c>, kinds outlaw
    /// and crowd) that labels a domestic group. An organisation noun labels through "of" + people who are not
    /// criminals; both kinds label through a copula or a simile ("behave like a mob") and in apposition. Not literal
    /// crime: a crime modifier ("drug cartel", "street gang"), a name ("the Sinaloa cartel", "the Vance gang"), crime
    /// members ("a gang of burglars"), a count ("a mob of 200"), words of enforcement or the courts in the sentence
    /// ("the watchdog fined the cement cartel"), or a crowd noun in sport.
    /// </summary>
    private static Hit? OutlawLabel(LabelWords words, DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var outlaw = words.OutlawNouns.Contains(tokens[i].Norm);
        if (!outlaw && !words.CrowdNouns.Contains(tokens[i].Norm)) return null;
        if (i - 1 >= sentence.FirstToken && (words.CrimeModifiers.Contains(tokens[i - 1].Norm) || tokens[i - 1].IsCapitalized && i - 1 > sentence.FirstToken)
            || ModifierSlots.IsNameOrTitle(tokens, sentence, i)) return null;
        var members = i + 2 < end && tokens[i + 1].Norm == "of" ? PeopleAfter(words, tokens, i + 2, end) : 0;
        if (members < 0) return null;
        var labelEnd = members > 0 ? i + 2 + members : i + 1;
        // "a gang member", "mob rule": the noun modifies another; "a gang that can't shoot straight" mocks, it does not alarm.
        if (labelEnd < end && (words.CompoundHeads.Contains(tokens[labelEnd].Norm) || words.Idioms.FirstAt(tokens, labelEnd, end) >= 0)) return null;
        var opening = LabelOpening(tokens, sentence, i);
        // Apposition is closed by punctuation ("the board, a cabal of cronies, met"); "In February, a gang calling
        // itself …" opens the sentence's subject.
        if (opening is int comma && tokens[comma].Text == "," && labelEnd < end && tokens[labelEnd].IsWord) opening = null;
        if (opening is null && !(outlaw && members > 0)) return null;
        // A team or its fans called a mob or a gang is sport talk; a league run by a cartel is a charge about its owners.
        if (ImageryContext.SentenceHas(tokens, sentence, words.Literal) || HasLegalContext(tokens, sentence)
            || !outlaw && SportContext.IsAboutSport(tokens, sentence)) return null;
        return new Hit(ImageryContext.PhraseStart(tokens, sentence, i), labelEnd);
    }

    /// <summary>
    /// How many words of people follow "of" at <paramref name="start"/> ("asset-strippers", "greedy landlords",
    /// "cronies"); 0 when no plural of people follows, -1 when they are criminals or counted ("of burglars", "of 200").
    /// </summary>
    private static int PeopleAfter(LabelWords words, ImmutableArray<Token> tokens, int start, int end)
    {
        for (var k = start; k < end && k - start <= 2 && tokens[k].IsWord; k++)
        {
            if (FunctionWords.IsCardinal(tokens[k]) || tokens[k].Norm is "hundreds" or "dozens" or "thousands" || words.CrimeMembers.Contains(tokens[k].Norm)) return -1;
            if (tokens[k].IsCapitalized) return 0;
            if (IsPeoplePlural(tokens[k])) return k + 1 - start;
        }
        return 0;
    }

    /// <summary>A plural of people: a role noun ("landlords"), an agent noun ("asset-strippers", "speculators"), or "cronies".</summary>
    private static bool IsPeoplePlural(Token token) =>
        Vocabulary.IsPluralRoleNoun(token) || token.Norm is "cronies" or "people" or "men" or "women" or "insiders" or "elites"
        || token.Norm.Length > 5 && (token.Norm.EndsWith("ers", StringComparison.Ordinal) || token.Norm.EndsWith("ors", StringComparison.Ordinal)
            || token.Norm.EndsWith("ists", StringComparison.Ordinal));

    /// <summary>
    /// The label's opening before <paramref name="noun"/>: a copula ("are a racket", "have become a cartel", "are
    /// nothing but a mob"), a simile ("behave like a mob", "run like a cartel"), or a comma of apposition ("the board, a
    /// cabal"), with "a" or "an" and up to two more words between ("nothing but", modifiers). "In the city, gangs run the
    /// docks" and "the cause is gangs" name crime; null for them and for any other shape.
    /// </summary>
    private static int? LabelOpening(ImmutableArray<Token> tokens, Sentence sentence, int noun)
    {
        var article = false;
        for (var k = noun - 1; k >= sentence.FirstToken && noun - k <= 4; k--)
        {
            var norm = tokens[k].Norm;
            if (IsCopula(norm) || norm == "like" || tokens[k].Text == "," && k > sentence.FirstToken && tokens[k - 1].IsWord) return article ? k : null;
            if (!tokens[k].IsWord) return null;
            article |= norm is "a" or "an";
        }
        return null;
    }

    private static readonly Lazy<FrozenWordSet> LegalContext = new(() => RuleLexicons.Store.Set("legal_context"));

    /// <summary>A word of the courts or the police in the sentence (<c>legal_context.txt</c>): a gang or a cartel there is a charge.</summary>
    private static bool HasLegalContext(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (LegalContext.Value.Contains(tokens[k])) return true;
        return false;
    }

    private static bool IsCopula(string norm) => norm is "is" or "are" or "was" or "were" or "become" or "became" or "becomes" or "remain" or "remains";

    private static readonly string[] InAllButName = ["in", "all", "but", "name"];

    /// <summary>A migration noun in the sentence or the one before it in its paragraph.</summary>
    private static bool MigrationNearby(DocumentModel document, Sentence sentence)
    {
        var paragraph = document.Syntax.Paragraphs[sentence.ParagraphIndex];
        var from = sentence.Index > paragraph.FirstSentence ? document.Syntax.Sentences[sentence.Index - 1].FirstToken : sentence.FirstToken;
        for (var k = from; k < sentence.EndToken; k++)
            if (ThreatReferents.MigrationAt(document.Tokens, k, sentence.EndToken) > 0) return true;
        return false;
    }

    /// <summary>A state, its forces or an armed group named in the sentence: an invasion there is war, not a label.</summary>
    private static bool ForcesIn(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (document.Actors.Match(tokens.AsSpan(0, sentence.EndToken), k) is { } actor && actor.Class.FieldsForces()
                || ThreatAgents.CapabilityAt(tokens, k, sentence.EndToken) > 0)
                return true;
        return false;
    }

    /// <summary>
    /// A state or armed group named in the sentence: its media described as propaganda is analysis of a state, not a
    /// label for the press. Actors only, since "propaganda machine" is itself a capability noun.
    /// </summary>
    private static bool StateNamedIn(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (document.Actors.Match(tokens.AsSpan(0, sentence.EndToken), k) is { } actor && actor.Class.FieldsForces()) return true;
        return false;
    }

    /// <summary>A state or collective actor named in the sentence or the one before: who the label is about.</summary>
    private static bool ActorNearby(DocumentModel document, Sentence sentence)
    {
        if (ImageryContext.HasActor(document.Actors, document.Tokens, sentence)) return true;
        var paragraph = document.Syntax.Paragraphs[sentence.ParagraphIndex];
        return sentence.Index > paragraph.FirstSentence && ImageryContext.HasActor(document.Actors, document.Tokens, document.Syntax.Sentences[sentence.Index - 1]);
    }

    private readonly record struct Hit(int First, int End);

    private sealed class LabelWords
    {
        public LabelWords(TaggedLexicon lexicon)
        {
            (string[] Label, bool NeedsActor)[] labels =
                [.. lexicon.Entries("label").Select(l => (l, false)).Concat(lexicon.Entries("actor-label").Select(l => (l, true))).OrderByDescending(e => e.Item1.Length)];
            Labels = PhraseList.From(labels.Select(l => l.Label));
            NeedsActor = [.. labels.Select(l => l.NeedsActor)];
            Blocs = lexicon.Words("bloc");
            Groups = lexicon.Words("group");
            Members = PhraseList.From(lexicon.Entries("member").OrderByDescending(m => m.Length));
            AxisNouns = lexicon.Words("axis");
            History = lexicon.Words("history");
            MigrationLabels = lexicon.Words("migration");
            PressLabels = PhraseList.From(lexicon.Entries("press-label").OrderByDescending(l => l.Length));
            PressNouns = lexicon.Words("press");
            OutlawNouns = lexicon.Words("outlaw");
            CrowdNouns = lexicon.Words("crowd");
            CrimeModifiers = lexicon.Words("crime-modifier");
            CrimeMembers = lexicon.Words("crime-member");
            Literal = lexicon.Words("literal");
            CompoundHeads = lexicon.Words("compound-head");
            Idioms = PhraseList.From(lexicon.Entries("idiom").OrderByDescending(l => l.Length));
        }

        /// <summary>Longest first; <see cref="NeedsActor"/> says, at a label's position, whether it needs an actor nearby.</summary>
        /// <summary>
        /// Whether a label can start at a word: each reading (<see cref="FixedLabel"/>, <see cref="BlocOf"/>,
        /// <see cref="MigrationLabel"/>, <see cref="PressLabel"/>, <see cref="OutlawLabel"/>) tests the word at its
        /// start first. The rule's sentence cue.
        /// </summary>
        public bool MayStartLabel(string norm) =>
            Labels.CanStartWith(norm) || Blocs.Contains(norm) || Groups.Contains(norm) || MigrationLabels.Contains(norm)
            || PressLabels.CanStartWith(norm) || OutlawNouns.Contains(norm) || CrowdNouns.Contains(norm) || CategoryPredicates.MayStart(norm);

        public PhraseList Labels { get; }
        public bool[] NeedsActor { get; }
        public FrozenSet<string> Blocs { get; }
        public FrozenSet<string> Groups { get; }
        /// <summary>Longest first: the first that matches is the longest.</summary>
        public PhraseList Members { get; }
        public FrozenSet<string> AxisNouns { get; }
        public FrozenSet<string> History { get; }
        public FrozenSet<string> MigrationLabels { get; }
        /// <summary>Longest first: the first that matches is the longest.</summary>
        public PhraseList PressLabels { get; }
        public FrozenSet<string> PressNouns { get; }
        public FrozenSet<string> OutlawNouns { get; }
        public FrozenSet<string> CrowdNouns { get; }
        public FrozenSet<string> CrimeModifiers { get; }
        public FrozenSet<string> CrimeMembers { get; }
        public FrozenSet<string> Literal { get; }
        public FrozenSet<string> CompoundHeads { get; }
        /// <summary>Longest first.</summary>
        public PhraseList Idioms { get; }
    }
}
