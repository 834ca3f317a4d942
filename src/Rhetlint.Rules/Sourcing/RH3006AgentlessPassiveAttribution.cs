using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>RH3006 — agentless passive attribution.</summary>
public sealed class RH3006AgentlessPassiveAttribution : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a view or finding that the sentence credits to nobody:

            - impersonal "it" with a that-clause: "it is widely believed that", "it has been shown that", "it is
              generally agreed that", "it is an open secret in the ministry that", "it is no secret that", "it is common
              knowledge that", "it has been estimated that", also with a repetition adverbial before the clause ("it has
              been shown time and again that") or one of certainty ("it has been established beyond doubt that"), a view put to the writer by nobody named ("it was put to me that",
              "it has been suggested to us that", "it was pointed out to me that"), and the same passive set off by commas
              after the clause it covers ("two scouts watched the winger, it is understood.", "the chef, it is believed,
              trained in Lyon"; not after an opening adverb alone: "Indeed, it was understood, …");
            - a passive with no agent: "is widely seen as", "has been described as", "has been called a …", in the perfect with "the" and a lower-case label too ("has
              already been called the comeback of the season", "has been dubbed the weakest in a decade"; not a name: "has been
              called the Harbor Clause"), "is thought
              to favour", "has been shown to cut", "has been hailed", "has been praised", "has been much discussed", "is hotly debated";
              also reduced, in an appositive or a relative: "the chef, often hailed as the finest cook in Varn, …", "a
              ferry widely seen as the safest", "the tram, touted as the quickest way into town, …", "the scheme, billed
              as the answer to congestion, …";
            - a passive that names or holds up, with a rank after "as": "is known as the most cautious court", "Kestrel,
              referred to as the deadliest archer in the regiment, …", "thrift is held up as the single most useful virtue";
            - a bare judgement after a verb of considering (considered, deemed, reckoned) with a degree adverb or a rank:
              "is widely considered the safest crossing", "is considered one of the finest buildings", "has long been deemed a failure".

            The rule reads structure, not fixed strings: a finite passive auxiliary (is, was, has been, is being, it's),
            up to three adverbs, then a participle or predicate from a reviewed list, in the
            construction the list allows for it (dummy "it" + that-clause, "as", "to" + verb, a degree adverb such as
            *much* or *widely*, or praise on its own).
            """,
        WhyIsThisBad = """
            The passive hides who holds the view. "It is believed" may mean an intelligence agency, one blogger or the
            writer, and the reader cannot check any of them. Wikipedia's guideline on unsupported attributions and
            Ganter & Strube's weasel-word study both single out this pattern.
            """,
        NotFlagged = """
            - A by-phrase names the agent: "was reported by the Harbor Gazette", "is seen as a hardliner by the Norvania
              Institute".
            - The same or the next sentence carries at least medium evidence: a figure, a full date, a link or citation,
              or a named or definite source ("…, the city's transport department said"). A paragraph's first sentence
              may be backed anywhere in its paragraph. For "X is widely seen as Y" the source must speak of the view Y,
              not only of X: "The storm is widely seen as a warning. Dr Ana Lind … said storms would become more common"
              is flagged.
            - The passive is negated ("it has never been shown that").
            - Modal passives that hedge or forecast ("it could be argued", "will be seen as"); "is expected to reopen".
            - A verb of considering with neither a degree adverb nor a rank may classify in a technical sense: "is
              considered a misdemeanour under state law", "was deemed unfit to testify"; so does a taxonomy ("generally
              considered a kind of bun"), and "what is commonly considered the Narrows" gives a name.
            - Naming and other senses: "is known as the Narrows", "are referred to as the Dreamers", "held up as an example", "described as follows", "shown to students", "reported
              to the police", "it was put to the vote that".
            - Quoted or reported speech ("the mayor said the design is widely seen as a success"). A clause coordinated
              after a report's own clause is the writer's again: in "Surveyors say the pier is unsafe, and it is widely
              believed that it will close" the second attribution is flagged.
            - Hearsay ("is said to have threatened", "is reported to", "it is rumoured that") is reported by
              [RH3011](RH3011.md) instead.
            """,
        Examples =
        [
            "[[It is widely believed]] that Kestria is rebuilding its nuclear program.",
            "The envoy [[is widely seen as]] a hardliner.",
            "The new ferry timetable [[has been praised]].",
        ],
        UseInstead =
        [
            """
            Norvania's intelligence service believes Kestria is rebuilding its nuclear program, its director told
            parliament on 4 May.
            """,
        ],
        Rewrite = """
            Display-only templates: `[Name or agency] [believes/showed]` for the impersonal form, and the passive with
            `by [named source] ([where, when])` added for the others.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3006",
        "Agentless passive attribution",
        "'{0}' credits a view to nobody; say who holds it, or cite where it is shown",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A passive or impersonal construction (\"it is widely believed that\", \"is seen as\", \"has been shown\") attributes a view without naming its holder, and nothing nearby cites one.",
        helpLinkUri: RuleCategories.HelpUri("RH3006"),
        customTags: new EvidenceWindow(0, 1, OpeningTakesParagraph: true).Tag);

    private static readonly Lazy<Patterns> Lexicon = new(() => new Patterns(TaggedLexicon.Load(RuleLexicons.Store, "agentless_attribution")));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var patterns = Lexicon.Value;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!tokens[i].IsWord || !(document.Voices[i].IsWritersWords() || document.Voices[i] == Voice.Reported)) continue;
            if ((MatchImpersonal(document.Actors, tokens, sentence, patterns, i) ?? MatchPersonal(tokens, sentence, patterns, i) ?? MatchCreditedRank(tokens, sentence, i)) is not { } match) continue;
            if (!IsWritersAttribution(document, sentence, match.Start) || document.IsNegated(i)) continue;
            if (SourcingCues.HasNamedAgent(document.Actors, tokens, sentence, match.End, match.AgentSearchEnd)) continue;
            // A source whose words cover the view, or a citation: a figure or a date says nothing about who holds it. The view
            // of "X is widely seen as Y" is Y: a named source who speaks of X ("Dr Lind said storms will grow") says
            // nothing of whether anyone sees X as Y.
            var claim = new Claim(ClaimKind.Attribution, match.Start, match.End) { About = match.Impersonal ? null : (match.End, sentence.EndToken) };
            if (context.EvidenceFor(Descriptor, claim).Strength >= EvidenceStrength.Medium) continue;

            var span = document.SpanOf(match.Start, match.End);
            var rewrite = match.Impersonal
                ? Rewrite.Template("Name who holds the view, and cite where", span, "[Name or agency] [believes/showed]")
                : Rewrite.Template("Name the agent", span,
                    document.Excerpt(document.SpanOf(match.Start, match.ParticipleEnd)) + " by [named source] ([where, when])" + (match.End > match.ParticipleEnd ? " " + tokens[match.End - 1].Text : ""));
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span));
            i = match.End - 1;
        }
    }

    /// <summary>
    /// The writer's words, or a clause the writer coordinates after a report ("Critics say the pier is unsafe, and it is
    /// widely believed that …"): the report covers its own clause, not a second attribution added after it.
    /// </summary>
    private static bool IsWritersAttribution(DocumentModel document, Sentence sentence, int start) =>
        document.Voices[start].IsWritersWords()
        || document.Voices[start] == Voice.Reported && SubjectCues.OpensCoordinateClause(document.Tokens, sentence, start);

    /// <param name="Start">First token of the span ("It", or the auxiliary).</param>
    /// <param name="ParticipleEnd">Just past the participle or predicate phrase.</param>
    /// <param name="End">Just past the span (after "as" when the construction has one).</param>
    /// <param name="AgentSearchEnd">Where a by-phrase naming the agent may still appear.</param>
    private readonly record struct Match(int Start, int ParticipleEnd, int End, int AgentSearchEnd, bool Impersonal);

    /// <summary>"It is widely believed that …", "It has been shown that …", "It is an open secret in X that …".</summary>
    private static Match? MatchImpersonal(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, Patterns patterns, int i)
    {
        foreach (var position in patterns.Impersonal.PositionsOfMatchesAt(tokens, i, sentence.EndToken))
        {
            var (words, needsDegree) = (patterns.Impersonal.Phrases[position], patterns.NeedsDegree[position]);
            if (PassiveChain.FiniteStart(tokens, sentence, i) is not int aux) continue;
            if (SourcingCues.DummySubject(tokens, sentence, aux) is not int subject) continue;
            if (needsDegree && !HasDegreeAdverb(tokens, patterns, aux, i)) continue;
            var end = i + words.Length;
            var isParticiple = words.Length == 1;
            if (SourcingCues.ThatClauseAt(actors, tokens, sentence, end, allowBare: isParticiple) is int clause)
                return new Match(subject, end, end, clause, Impersonal: true);
            if (IsParentheticalAfterClause(tokens, sentence, subject, end))
                return new Match(subject, end, end, Math.Min(sentence.EndToken, end + MaxParentheticalAgentTokens), Impersonal: true);
        }
        return null;
    }

    /// <summary>How far after a parenthetical "it is understood," a named source may still own it ("…, as the Gazette said, …").</summary>
    private const int MaxParentheticalAgentTokens = 8;

    /// <summary>Words before a parenthetical "it is understood": fewer are an opening adverb ("Indeed, it was understood, …"), no clause.</summary>
    private const int MinClauseTokensBeforeParenthetical = 3;

    /// <summary>
    /// "The club owes its players three months' wages, it is understood.", "The squad, it is believed, is already picked":
    /// set off by commas after the clause it covers, the impersonal passive credits that clause to nobody, as a that-clause after it does.
    /// </summary>
    private static bool IsParentheticalAfterClause(ImmutableArray<Token> tokens, Sentence sentence, int subject, int end) =>
        subject - 1 - sentence.FirstToken >= MinClauseTokensBeforeParenthetical && tokens[subject - 1].Text == ","
        && (end >= sentence.EndToken || tokens[end].Text is "," or "." or ";");

    /// <summary>"X is widely seen as", "is thought to have", "has been much discussed", "has been hailed".</summary>
    private static Match? MatchPersonal(ImmutableArray<Token> tokens, Sentence sentence, Patterns patterns, int i)
    {
        var norm = tokens[i].Norm;
        if (!patterns.AnyPersonal.Contains(norm)) return null;
        var limit = Math.Min(sentence.EndToken, i + 14);
        var next = i + 1 < sentence.EndToken ? tokens[i + 1].Norm : "";
        if (PassiveChain.FiniteStart(tokens, sentence, i) is not int aux)
        {
            // "The chef, often hailed as the finest cook …": the reduced passive of an appositive credits its view to
            // nobody as the finite one does; the voice layer reads the description as someone's, so this is its finding.
            // A description holding a quotation is someone's words ("described as one of the ''ablest engineers'' in the
            // letter"); the quotation rules judge whose.
            var reduced = patterns.As.Contains(norm) && next == "as" && AsIntroducesDescription(tokens, sentence, i + 2)
                && !DescriptionHoldsQuotation(tokens, sentence, i + 2)
                ? ReportedComplements.ReducedDescriptionStart(tokens, sentence, i) ?? AppositiveStart(tokens, sentence, i) : null;
            return reduced is int start ? new Match(start, i + 1, i + 2, limit, Impersonal: false) : null;
        }

        if (patterns.As.Contains(norm) && next == "as" && AsIntroducesDescription(tokens, sentence, i + 2))
            return new Match(aux, i + 1, i + 2, limit, Impersonal: false);
        if (patterns.To.Contains(norm) && next == "to" && SourcingCues.VerbFollowsTo(tokens, sentence, i + 2))
            return new Match(aux, i + 1, i + 1, limit, Impersonal: false);
        if (patterns.Named.Contains(norm) && i + 1 < sentence.EndToken
            && (next is "a" or "an" || tokens[i + 1].Kind == TokenKind.Quote || DefiniteLabels.At(tokens, sentence, aux, i)))
            return new Match(aux, i + 1, i + 1, limit, Impersonal: false);

        if (patterns.Small.Contains(norm) && IsBareJudgement(tokens, sentence, i + 1) && !IsClassOrName(tokens, sentence, aux, i + 1)
            && (HasDegreeAdverb(tokens, patterns, aux, i) || OpensOneOf(tokens, sentence, i + 1)))
            return new Match(aux, i + 1, i + 1, limit, Impersonal: false);
        // Without a complement, "to" or "that" after the participle belongs to another construction ("is widely
        // reported to have" is hearsay; "was much feared that" is not English).
        if (next is "to" or "that") return null;
        foreach (var words in patterns.Degree)
            if (PhraseList.MatchesAt(tokens, i, sentence.EndToken, words) && HasDegreeAdverb(tokens, patterns, aux, i))
                return new Match(aux, i + words.Length, i + words.Length, limit, Impersonal: false);
        return patterns.Alone.Contains(norm) ? new Match(aux, i + 1, i + 1, limit, Impersonal: false) : null;
    }

    /// <summary>
    /// "is known as the most cautious court", "Kestrel, referred to as the deadliest archer, …", "is held up as the finest":
    /// a verb that names or holds up credits a rank after "as" to nobody (<see cref="CreditedRanks"/>), finite or reduced.
    /// </summary>
    private static Match? MatchCreditedRank(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        CreditedRanks.At(tokens, sentence, i) is { } credited
            ? new Match(PassiveChain.FiniteStart(tokens, sentence, i) ?? PassiveChain.SkipAdverbsBack(tokens, sentence, i - 1) + 1, credited.As, credited.As + 1,
                Math.Min(sentence.EndToken, i + 14), Impersonal: false)
            : null;

    /// <summary>
    /// "The tram, touted as the fastest in the region, …", "the scheme, billed as the answer to congestion, …": the
    /// lexicon's participles of crediting that the voice layer does not read as speech (it knows the verbs of saying and
    /// regarding) credit their description to nobody in an appositive as in the finite passive. Only after a comma,
    /// with adverbs between: without it the participle may be an active past ("the judge dismissed as frivolous …").
    /// Returns the appositive's first token.
    /// </summary>
    private static int? AppositiveStart(ImmutableArray<Token> tokens, Sentence sentence, int participle)
    {
        var start = PassiveChain.SkipAdverbsBack(tokens, sentence, participle - 1) + 1;
        return start - 1 > sentence.FirstToken && tokens[start - 1].Text == "," ? start : null;
    }

    private static bool HasDegreeAdverb(ImmutableArray<Token> tokens, Patterns patterns, int aux, int participle)
    {
        for (var k = aux + 1; k < participle; k++)
            if (patterns.DegreeAdverbs.Contains(tokens[k].Norm)) return true;
        return false;
    }

    /// <summary>
    /// "considered the best", "deemed a success", "considered unsafe": a complement that judges without "as". Not
    /// another construction's word ("considered to", "considered as", "deemed by", "considered that") nor punctuation.
    /// </summary>
    private static bool IsBareJudgement(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k < sentence.EndToken && tokens[k].IsWord && tokens[k].Norm is not ("to" or "as" or "by" or "that" or "and" or "or" or "in" or "for" or "at" or "on" or "with");

    /// <summary>Nouns that place a thing in a taxonomy: "considered a type of cushion" classifies, it does not judge.</summary>
    private static readonly HashSet<string> KindNouns = new(StringComparer.Ordinal)
        { "type", "kind", "sort", "form", "variety", "species", "subspecies", "genus", "subtype", "class", "category", "branch" };

    /// <summary>
    /// "is commonly considered a type of cushion" classifies, and "what is commonly considered the Narrows" names a
    /// place: a free relative's "what" makes the phrase a name, not a view of a subject.
    /// </summary>
    private static bool IsClassOrName(ImmutableArray<Token> tokens, Sentence sentence, int aux, int k)
    {
        if (aux > sentence.FirstToken && tokens[aux - 1].Norm == "what") return true;
        if (k < sentence.EndToken && tokens[k].Norm is "a" or "an" or "the") k++;
        return k + 1 < sentence.EndToken && KindNouns.Contains(tokens[k].Norm) && tokens[k + 1].Norm == "of";
    }

    /// <summary>"considered one of the finest", "deemed one of the safest": a rank among peers is a judgement, never a legal class.</summary>
    private static bool OpensOneOf(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k + 1 < sentence.EndToken && tokens[k].Norm == "one" && tokens[k + 1].Norm == "of";

    /// <summary>"seen as a hardliner", not "seen as it entered the harbor" or "described as follows".</summary>
    /// <summary>A quotation mark before the description's clause ends at a comma, a semicolon or the sentence's end.</summary>
    private static bool DescriptionHoldsQuotation(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        for (var k = start; k < sentence.EndToken && tokens[k].Text is not ("," or ";"); k++)
            if (tokens[k].Kind == TokenKind.Quote) return true;
        return false;
    }

    private static bool AsIntroducesDescription(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k < sentence.EndToken && tokens[k].Norm is not ("follows" or "well" or "soon" or "long" or "much" or "far" or "though" or "if" or "i" or "it" or "you" or "he" or "she" or "we" or "they");

    private sealed class Patterns
    {
        public Patterns(TaggedLexicon lexicon)
        {
            (string[] Words, bool NeedsDegree)[] impersonal = [.. lexicon.Entries("it").Select(w => (w, false)), .. lexicon.Entries("it-degree").Select(w => (w, true))];
            // Longest first, so "a well-known fact" wins over "well-known".
            Array.Sort(impersonal, (a, b) => b.Words.Length.CompareTo(a.Words.Length));
            Impersonal = PhraseList.From(impersonal.Select(p => p.Words));
            NeedsDegree = [.. impersonal.Select(p => p.NeedsDegree)];
            As = lexicon.Words("as");
            To = lexicon.Words("to");
            Named = lexicon.Words("named");
            Small = lexicon.Words("small");
            Alone = lexicon.Words("alone");
            Degree = [.. lexicon.Entries("degree")];
            DegreeAdverbs = lexicon.Words("adverb");
            AnyPersonal = As.Concat(To).Concat(Named).Concat(Small).Concat(Alone).Concat(Degree.Select(w => w[0])).ToFrozenSet(StringComparer.Ordinal);
        }

        /// <summary>Tried in this order; <see cref="NeedsDegree"/> says, at a pattern's position, whether it needs a degree adverb.</summary>
        public PhraseList Impersonal { get; }
        public bool[] NeedsDegree { get; }
        public FrozenSet<string> As { get; }
        public FrozenSet<string> To { get; }
        public FrozenSet<string> Named { get; }
        public FrozenSet<string> Small { get; }
        public FrozenSet<string> Alone { get; }
        public string[][] Degree { get; }
        public FrozenSet<string> DegreeAdverbs { get; }
        public FrozenSet<string> AnyPersonal { get; }
    }
}
