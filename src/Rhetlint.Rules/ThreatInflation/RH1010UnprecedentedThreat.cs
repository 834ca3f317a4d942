using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>RH1010 — "greatest threat ever".</summary>
public sealed class RH1010UnprecedentedThreat : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags the writer ranking a threat above all others with nothing to rank it by:
            - a superlative of size or danger before a threat noun (threat, danger, peril, menace, enemy, adversary,
              plot): "the gravest threat this country has ever faced", "the single greatest threat to humanity";
            - an absolute comparison of danger: "has never been more dangerous", "more dangerous than ever", "more
              dangerous than at any time since 1945" (a date names no measure);
            - "the most dangerous moment since …";
            - "an unprecedented threat/danger/peril";
            - absolute exposure, when the sentence names a threat: "has never been more vulnerable to hackers", "more
              exposed than ever";
            - any superlative on a threat agent with a universal scope: "the most violent criminal gangs in history",
              "the most fanatical terrorists ever" (threat agents, criminal and armed groups of the
              gazetteer, "criminal/terrorist" + an organisation noun);
            - a superlative of harm on any head with a universal scope right after it: "the most dangerous man ever to
              run for mayor", "the most addictive product in history", "the most toxic chemical on earth", and known
              to all ("the most poisonous plant known to science"); a place scope bounds the set but the rank is still
              one of danger when the head is a place or a thing ("the most dangerous city in Europe"), except in a
              sentence about sport;
            - a hazard of matter on a substance with such a scope: "the most explosive gas known to man";
            - a superlative of size on a calamity — an economic, natural, disease or environmental threat, a
              catastrophe or an upheaval — with a universal scope, in a clause that is not past: "the biggest bubble in
              the history of finance", "the greatest economic upheaval ever";
            - a ranked threat with a relative clause that has no "that": "the greatest threat the league has faced in
              its entire history".

            A superlative on a threat noun counts only when the sentence is about a threat: it says "ever" or "in
            history", names another threat referent, or says what is threatened ("to humanity", "to the country"), or
            names a person, institution or public good it is to (`stake` entries: "the greatest threat to learning",
            "to our children").
            """,
        WhyIsThisBad = """
            Zenko and Cohen, and Fettweis, document how habitually "more dangerous than ever" is claimed and how rarely
            it survives a look at the data. A superlative that inflates a threat is threat inflation, not generic
            puffery.
            """,
        MoreSections =
        [
            new("Precedence", """
                RH1010 supersedes RH2001, RH2002 and RH2005: where both report the same move ("the gravest threat", "an
                unprecedented threat", "has never been more dangerous"), the engine keeps RH1010's finding, so one move
                gets one finding. This holds only when both rules run: with RH1010 off (`--select RH2`, `--ignore
                RH1010`), RH2001, RH2002 or RH2005 reports the phrase. Suppressing RH1010's finding with a comment does not bring theirs back.
                """),
        ],
        NotFlagged = """
            - a cited index or dataset, or a named dated assessment, in the same or next sentence;
            - a kept record ("the deadliest attack on record", "the 1931 flood was the worst disaster in the county's
              history") or a closed set ("the gravest of the three threats"); a scope alone ("since 1994", "in the
              region") names the set compared but supports nothing;
            - superlatives that are about anything but a threat ("the greatest threat to the home side", "his own worst
              enemy", "the finest criminal justice system"), a harm superlative with a bounded or no scope ("the most
              dangerous striker in the league"), a hazard of matter on anything but matter ("the most explosive sprinter
              ever"), exposure with no threat named ("our defence has never been
              more vulnerable" in a match report), danger said of a named side in a sentence about sport ("the Hawks
              have never been more dangerous on the break, with six goals in two matches": a team's form; "rugby has
              never been more dangerous" is still a claim), and agents ranked within a
              bounded set ("in the county"): RH2001 judges those;
            - negated, quoted or reported claims, and questions that ask for a ranking.

            A question lowers the finding to a suggestion.
            """,
        Examples =
        [
            "Kestria is [[the gravest threat this country has ever faced]].",
            "Phone screens are [[the greatest threat]] to learning.",
        ],
        UseInstead =
        [
            """
            By the Harlow Conflict Index, Kestria's border incidents are the most frequent since 2009 (2024 edition).
            """,
        ],
        Rewrite = "Display-only template `by [metric], [threat] is the [superlative] since [year] ([source])`.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1010",
        "\"Greatest threat ever\"",
        "'{0}' ranks a threat above all others with nothing to rank it by; name the measure, the period and the source",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The writer calls a threat the greatest, deadliest or most dangerous ever, or unprecedented, with no cited index or assessment.",
        helpLinkUri: RuleCategories.HelpUri("RH1010"),
        customTags: [RuleTags.LoweredInOpinion, RuleTags.Supersedes("RH2001"), RuleTags.Supersedes("RH2002"), RuleTags.Supersedes("RH2005"), EvidenceWindow.NextSentence.Tag]);

    /// <summary>Superlatives that grade how big or bad a threat is.</summary>
    private static readonly FrozenWordSet SizeSuperlatives = TaggedLexicon.Load(RuleLexicons.Store, "threat_superlatives").Words("size").ToFrozenWordSet();

    /// <summary>Adjectives graded by "most" that measure danger: "the most dangerous threat", "more perilous than ever".</summary>
    private static readonly FrozenWordSet DangerAdjectives = TaggedLexicon.Load(RuleLexicons.Store, "threat_superlatives").Words("danger").ToFrozenWordSet();

    /// <summary>Adjectives of harm that make "the most X [anything] ever" a ranked danger: "the most addictive product ever".</summary>
    private static readonly FrozenWordSet HarmAdjectives = TaggedLexicon.Load(RuleLexicons.Store, "threat_superlatives").Words("harm").ToFrozenWordSet();

    /// <summary>
    /// Whether "unprecedented" before this head is a threat claim ("an unprecedented threat"), which supersedes RH2002's
    /// record claim on the same words. Only the threat model's nouns that name a threat as
    /// such count (<see cref="ThreatDomain.General"/>: threat, danger, enemy, crisis). An "unprecedented attack" is not
    /// among them: attacks are as often words from critics as blows, and an unbacked record claim about either is RH2002's.
    /// </summary>
    private static bool IsUnprecedentedThreatHead(string norm) => ThreatReferents.DomainOf(norm) == ThreatDomain.General;

    /// <summary>Exposure to a threat graded as absolute: "has never been more vulnerable", "more exposed than ever".</summary>
    private static readonly FrozenSet<string> ExposureAdjectives = TaggedLexicon.Load(RuleLexicons.Store, "threat_superlatives").Words("exposure");

    /// <summary>People, institutions and public goods a ranked threat can be "to" ("the greatest threat to learning").</summary>
    private static readonly FrozenWordSet Stakes = TaggedLexicon.Load(RuleLexicons.Store, "threat_superlatives").Words("stake").ToFrozenWordSet();

    /// <summary>Heads of "the most dangerous moment since …".</summary>
    private static readonly FrozenSet<string> TimeHeads = TaggedLexicon.Load(RuleLexicons.Store, "threat_superlatives").Words("time-head");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        if (document.MoodOf(sentence) == SentenceMood.InformationQuestion) return;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (ClaimAt(document.Actors, tokens, sentence, i) is not (int start, int end, bool bounded)) continue;
            if (document.Voices[i] != Voice.Author || document.IsNegated(i)) continue;
            if (bounded || context.EvidenceFor(Descriptor, new Claim(ClaimKind.Rank, start, end) { Degree = i }).Strength >= EvidenceStrength.Strong) continue;

            var span = document.SpanOf(start, end);
            var lowered = document.IsQuestion(sentence) || document.IsHedged(i);
            var rewrite = Rewrite.Template("Rank the threat by a measure, with its source", span,
                "by [metric], [threat] is the [superlative] since [year] ([source])");
            context.Report(Descriptor, lowered ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span));
            i = end - 1;
        }
    }

    /// <summary>An absolute comparison of danger at <paramref name="comparative"/>: "more dangerous than ever", "… than at any".</summary>
    private static bool IsDangerComparative(ImmutableArray<Token> tokens, Sentence sentence, int comparative)
    {
        string Norm(int k) => sentence.NormAt(tokens, k);
        return Norm(comparative) == "more" && DangerAdjectives.Contains(Norm(comparative + 1)) && Norm(comparative + 2) == "than"
            && (Norm(comparative + 3) == "ever" || Norm(comparative + 3) == "at" && Norm(comparative + 4) == "any");
    }

    /// <summary>
    /// "The Ostry forwards have never been more dangerous", "Calder look more dangerous than ever": in a sentence about
    /// sport, danger said of a named side is its form. "Rugby has never been more dangerous" names no side (the sport
    /// itself, a common word) and stays a claim about harm.
    /// </summary>
    private static bool IsTeamsForm(ImmutableArray<Token> tokens, Sentence sentence, int comparison)
    {
        if (!SportContext.IsAboutSport(tokens, sentence)) return false;
        for (var k = sentence.FirstToken; k < comparison; k++)
            if (tokens[k].IsCapitalized && (k > sentence.FirstToken || !Vocabulary.IsCommonWord(tokens[k]))) return true;
        return false;
    }

    /// <summary>A threat-size claim starting at <paramref name="i"/>: its token range and whether a bound makes it checkable.</summary>
    private static (int Start, int End, bool Bounded)? ClaimAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int k) => sentence.NormAt(tokens, k);
        // "an unprecedented threat"
        if (Norm(i) == "unprecedented" && IsUnprecedentedThreatHead(Norm(i + 1))) return (i, i + 2, false);
        // "has never been more dangerous", "has never been so dangerous"; of a team in a match report, a compliment.
        if (Norm(i) == "never" && Norm(i + 1) == "been" && Norm(i + 2) is "more" or "so" && DangerAdjectives.Contains(Norm(i + 3)))
            return IsTeamsForm(tokens, sentence, i) ? null : (i, i + 4, false);
        // "has never been more vulnerable", "more exposed than ever": exposure, when the sentence names the threat.
        if (ExposureAt(tokens, sentence, i) is int exposureEnd && ThreatReferents.InSentence(actors, tokens, sentence))
            return (i, exposureEnd, false);
        // "more dangerous than ever", "more dangerous than at any time since 1945": the date names no measure.
        if (IsDangerComparative(tokens, sentence, i) && !IsTeamsForm(tokens, sentence, i))
        {
            if (Norm(i + 3) == "ever") return (i, Norm(i + 4) == "before" ? i + 5 : i + 4, false);
            if (Norm(i + 3) == "at" && Norm(i + 4) == "any" && Norm(i + 5) is "time" or "point" or "moment" or "stage")
                return (i, SinceEnd(tokens, sentence, i + 6), false);
        }
        if (AgentSuperlativeAt(actors, tokens, sentence, i) is (int agentStart, int agentEnd)) return (agentStart, agentEnd, false);
        if (HarmSuperlativeAt(tokens, sentence, i) is (int harmStart, int harmEnd)) return (harmStart, harmEnd, false);
        if (CalamitySuperlativeAt(tokens, sentence, i) is (int calamityStart, int calamityEnd)) return (calamityStart, calamityEnd, false);
        if (ThreatSuperlativeAt(tokens, sentence, i) is not int adjectiveEnd) return null;
        // "its own worst enemy" is an idiom about self-harm.
        if (i > sentence.FirstToken && tokens[i - 1].Norm == "own") return null;
        var start = i > sentence.FirstToken && tokens[i - 1].Norm is "the" or "single" ? i - 1 : i;
        if (start > sentence.FirstToken && tokens[start].Norm == "single" && tokens[start - 1].Norm == "the") start--;
        // "the most dangerous moment since the Cuban crisis": the era is the threat.
        if (TimeHeads.Contains(Norm(adjectiveEnd)) && Norm(adjectiveEnd + 1) is "since" or "in" or "of")
            return (start, SinceEnd(tokens, sentence, adjectiveEnd + 1), false);
        for (var k = adjectiveEnd; k < sentence.EndToken && k - adjectiveEnd < 3 && tokens[k].IsWord; k++)
        {
            if (ThreatHeadAt(tokens, sentence, k) is not int headEnd) continue;
            var ever = EverEnd(tokens, sentence, headEnd);
            // "the greatest threat to the home side" is sport; a threat to a country, or one "ever faced", is a threat claim.
            if (ever is null && !IsAboutAThreat(actors, tokens, sentence, k, headEnd)) return null;
            return (start, ever ?? headEnd, ClaimScope.NamesClosedSet(tokens, sentence, headEnd));
        }
        return null;
    }

    /// <summary>
    /// The end of the head noun of the ranked phrase when it names a threat as such (the threat model's
    /// <see cref="ThreatDomain.General"/> nouns: threat, danger, enemy, crisis), or null. Events are left to the
    /// superlative rules: "the deadliest attack in the country's history" ranks what happened, not a danger to come. A
    /// threat noun that modifies another is not the head: "the biggest threat assessment" ranks an assessment.
    /// </summary>
    private static int? ThreatHeadAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (ThreatReferents.DomainOf(tokens[k].Norm) != ThreatDomain.General) return null;
        return k + 1 < sentence.EndToken && ContinuesCompound(tokens[k + 1]) && !OpensReducedRelative(tokens, sentence, k + 1) ? null : k + 1;
    }

    /// <summary>
    /// "the greatest threat rugby has faced", "the gravest danger coastal towns will face": one or two bare words after
    /// the head followed by an auxiliary are the subject of a relative clause without "that", not the rest of a
    /// compound ("the greatest threat assessment").
    /// </summary>
    private static bool OpensReducedRelative(ImmutableArray<Token> tokens, Sentence sentence, int next)
    {
        for (var k = next + 1; k <= next + 2 && k < sentence.EndToken; k++)
        {
            if (tokens[k].Norm is "has" or "have" or "had" or "will" or "would" or "could" or "can" or "may" or "might" or "must" or "is" or "was") return true;
            if (!ContinuesCompound(tokens[k])) return false;
        }
        return false;
    }

    /// <summary>
    /// Whether a word after a noun makes it a modifier in a compound ("war poet", "crime novel"): a lower-case content
    /// word, not a function word or pronoun that starts a relative clause ("the greatest threat our children face"),
    /// an adverb, or a participle ("the gravest threat facing us", "the deadliest virus known").
    /// </summary>
    private static bool ContinuesCompound(Token next)
    {
        var norm = next.Norm;
        return next.IsWord && !next.IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(norm) && !FunctionWords.Definite.Contains(norm)
            && !FunctionWords.IndefiniteSingular.Contains(norm) && !FunctionWords.Possessive.Contains(norm) && !FunctionWords.PersonPronouns.Contains(norm)
            && !FunctionWords.AuthorPronouns.Contains(norm) && !FunctionWords.ObjectPronouns.Contains(norm) && !FunctionWords.VagueQuantifiers.Contains(norm)
            && norm is not ("ever" or "yet" or "known" or "seen" or "any" or "every" or "all" or "you" or "no")
            && !norm.EndsWith("ly", StringComparison.Ordinal) && !norm.EndsWith("ing", StringComparison.Ordinal) && !norm.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// "the most sophisticated criminal organisations in history", "the deadliest terrorists ever": any superlative
    /// on a threat agent (<see cref="ThreatAgents"/>, a criminal or armed group, a "criminal"/"terrorist" noun) with a
    /// universal scope. Without "ever" or "in history" the superlative may be bounded and is left to RH2001.
    /// </summary>
    private static (int Start, int End)? AgentSuperlativeAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        int adjectiveEnd;
        if (AdjectiveForms.IsSuperlative(tokens[i])) adjectiveEnd = i + 1;
        else if (tokens[i].Norm == "most" && i + 1 < sentence.EndToken && AdjectiveForms.IsAdjective(tokens[i + 1].Norm)) adjectiveEnd = i + 2;
        else return null;
        for (var k = adjectiveEnd; k < sentence.EndToken && k - adjectiveEnd < 2 && tokens[k].IsWord; k++)
        {
            if (AgentEndAt(actors, tokens, sentence, k) is not int agentEnd) continue;
            // "the finest criminal justice system": the agent word modifies another noun and is not the head.
            if (agentEnd < sentence.EndToken && ContinuesCompound(tokens[agentEnd])) continue;
            if (EverEnd(tokens, sentence, agentEnd) is not int end) return null;
            var start = i > sentence.FirstToken && tokens[i - 1].Norm is "the" ? i - 1 : i;
            return (start, end);
        }
        return null;
    }

    /// <summary>
    /// "the most dangerous man ever to stand for office", "the most addictive product in history": a superlative of
    /// harm (<c>harm</c> entries of threat_superlatives.txt) on any head ranks a danger above all others when a
    /// universal scope follows the head at once. Without it the set may be bounded ("the most dangerous striker in the
    /// league"), and RH2001 judges the rank.
    /// </summary>
    private static (int Start, int End)? HarmSuperlativeAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm != "most" || i + 1 >= sentence.EndToken || RankedCalamities.IsListPosition(tokens, sentence, i)) return null;
        var harm = HarmAdjectives.Contains(tokens[i + 1]);
        if (!harm && !RankedCalamities.IsMatterHazard(tokens[i + 1].Norm)) return null;
        for (var head = i + 2; head < sentence.EndToken && head - i - 2 < 2 && tokens[head].IsWord && !FunctionWords.NounPhraseBreakers.Contains(tokens[head]); head++)
        {
            // "the most explosive substance known to man" is a danger; "the most explosive sprinter ever" is praise.
            if (!harm && !RankedCalamities.IsMatter(tokens[head])) continue;
            // "the most dangerous capital in Europe": a place bounds the set but still ranks a danger of a place or a
            // thing; in sport it is a side's form.
            var end = UniversalScopeEnd(tokens, sentence, head + 1)
                ?? (!RankedCalamities.IsPhysical(tokens[head]) || SportContext.IsAboutSport(tokens, sentence) ? null : RankedCalamities.PlaceScopeEnd(tokens, sentence, head + 1));
            if (end is null) continue;
            var start = i > sentence.FirstToken && tokens[i - 1].Norm is "the" ? i - 1 : i;
            return (start, end.Value);
        }
        return null;
    }

    /// <summary>
    /// "the biggest bubble in the history of finance", "the greatest economic upheaval ever": a superlative of size on a
    /// calamity (<see cref="RankedCalamities.IsCalamity"/>) with a universal scope right after it, in a clause that is not
    /// past. The head may follow one modifier and must not itself modify a noun ("the biggest flood defence scheme").
    /// </summary>
    private static (int Start, int End)? CalamitySuperlativeAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!SizeSuperlatives.Contains(tokens[i]) || RankedCalamities.IsInPastClause(tokens, sentence, i) || RankedCalamities.IsListPosition(tokens, sentence, i)) return null;
        for (var head = i + 1; head < sentence.EndToken && head - i <= 2 && tokens[head].IsWord; head++)
        {
            if (!RankedCalamities.IsCalamity(tokens, head) || head + 1 < sentence.EndToken && ContinuesCompound(tokens[head + 1])) continue;
            if (UniversalScopeEnd(tokens, sentence, head + 1) is not int end) return null;
            var start = i > sentence.FirstToken && tokens[i - 1].Norm is "the" ? i - 1 : i;
            return (start, end);
        }
        return null;
    }

    /// <summary>"ever", "in history", "in the history of finance", "of all time", "in the world", "on earth", "known to man" right at <paramref name="k"/>: the end, or null.</summary>
    private static int? UniversalScopeEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (Norm(k) == "ever") return k + 1;
        if (Norm(k) == "of" && Norm(k + 1) == "all" && Norm(k + 2) == "time") return k + 3;
        if (Norm(k) == "on" && Norm(k + 1) == "earth") return k + 2;
        if (Norm(k) == "on" && Norm(k + 1) == "the" && Norm(k + 2) == "planet") return k + 3;
        if (Norm(k) == "known" && Norm(k + 1) == "to" && Norm(k + 2) is "man" or "mankind" or "humanity" or "humankind" or "science") return k + 3;
        if (Norm(k) != "in") return null;
        if (Norm(k + 1) == "history") return k + 2;
        if (Norm(k + 1) is "recorded" or "human" or "modern" && Norm(k + 2) == "history") return k + 3;
        if (Norm(k + 1) == "the" && Norm(k + 2) == "world") return k + 3;
        return Norm(k + 1) == "the" && Norm(k + 2) == "history" ? k + 3 : null;
    }

    /// <summary>Heads that make "criminal …" or "terrorist …" an agent rather than an event ("a terrorist attack").</summary>
    private static readonly FrozenSet<string> Organisations = FrozenSet.ToFrozenSet(
        ["organisation", "organisations", "organization", "organizations", "network", "networks", "gang", "gangs", "group", "groups",
         "syndicate", "syndicates", "enterprise", "enterprises", "cell", "cells"], StringComparer.Ordinal);

    private static int? AgentEndAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (tokens[k].Norm is "criminal" or "terrorist" or "terror" && k + 1 < sentence.EndToken && Organisations.Contains(tokens[k + 1].Norm)) return k + 2;
        if (ThreatAgents.AgentAt(tokens, k, sentence.EndToken) is > 0 and var length) return k + length;
        return actors.Match(tokens.AsSpan(0, sentence.EndToken), k) is { Class: ActorClass.Criminal or ActorClass.ArmedGroup } actor ? k + actor.Length : null;
    }

    /// <summary>"greatest", "most dangerous": returns just past the adjective, or null.</summary>
    private static int? ThreatSuperlativeAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (SizeSuperlatives.Contains(tokens[i])) return i + 1;
        return tokens[i].Norm == "most" && i + 1 < sentence.EndToken && DangerAdjectives.Contains(tokens[i + 1]) ? i + 2 : null;
    }

    /// <summary>
    /// A threat referent elsewhere in the sentence, or something large the threat is to ("to our democracy"), or a
    /// person, institution or public good it is to ("to learning", "to our children").
    /// </summary>
    private static bool IsAboutAThreat(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int head, int headEnd)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if ((k < head || k >= headEnd) && ThreatReferents.IsAt(actors, tokens, sentence, k, out _)) return true;
        return Catastrophes.HasLargeIn(actors, tokens, headEnd, Math.Min(headEnd + 4, sentence.EndToken)) || IsThreatToStake(tokens, sentence, headEnd);
    }

    /// <summary>"to learning", "to our children", "to the free press": "to" and a stake within three words.</summary>
    private static bool IsThreatToStake(ImmutableArray<Token> tokens, Sentence sentence, int headEnd)
    {
        if (headEnd >= sentence.EndToken || tokens[headEnd].Norm != "to") return false;
        for (var k = headEnd + 1; k < sentence.EndToken && k <= headEnd + 3 && tokens[k].IsWord; k++)
            if (Stakes.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>"never been more vulnerable", "never been so exposed", "more vulnerable than ever (before)": the end, or null.</summary>
    private static int? ExposureAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int k) => sentence.NormAt(tokens, k);
        if (Norm(i) == "never" && Norm(i + 1) == "been" && Norm(i + 2) is "more" or "so" && ExposureAdjectives.Contains(Norm(i + 3))) return i + 4;
        if (Norm(i) == "more" && ExposureAdjectives.Contains(Norm(i + 1)) && Norm(i + 2) == "than" && Norm(i + 3) == "ever")
            return Norm(i + 4) == "before" ? i + 5 : i + 4;
        return null;
    }

    /// <summary>"… ever faced", "… this country has ever faced", "… of our time", "… in history": the universal scope of the rank.</summary>
    private static int? EverEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        // Eight words reach "… rugby has faced in its entire history".
        for (var j = k; j < sentence.EndToken && j - k < 8 && tokens[j].IsWord; j++)
        {
            if (tokens[j].Norm == "ever") return j + 1 < sentence.EndToken && tokens[j + 1].IsWord && tokens[j + 1].Norm.EndsWith("ed", StringComparison.Ordinal) ? j + 2 : j + 1;
            if (tokens[j].Norm is "history" or "time") return j + 1;
        }
        return null;
    }

    /// <summary>"since 1945", "since the Cuban missile crisis", "in a generation": the reference point, up to five words.</summary>
    private static int SinceEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || tokens[k].Norm is not ("since" or "in" or "of")) return k;
        var j = k + 1;
        while (j < sentence.EndToken && j - k <= 5 && (tokens[j].IsWord || tokens[j].Kind == TokenKind.Number) && tokens[j].Norm is not ("and" or "but" or "when" or "because"))
            j++;
        return j;
    }
}
