using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.ThreatInflation;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// Readings of a superlative that RH2001 must tell apart from a claim of rank (<c>rules/lexicons/rules/superlative_readings.txt</c>):
/// compounds that are superlatives ("the hardest-working"), and superlatives that describe a distribution, give advice,
/// rank the parts of a whole named right there, or name whom a rule covers.
/// </summary>
internal static class SuperlativeReadings
{
    private static readonly Lazy<TaggedLexicon> Lexicon = new(() => TaggedLexicon.Load(RuleLexicons.Store, "superlative_readings"));
    private static readonly Lazy<FrozenWordSet> FrequencyWords = new(() => Lexicon.Value.Words("frequency").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> AdviceHeads = new(() => Lexicon.Value.Words("advice-head").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> PartHeads = new(() => Lexicon.Value.Words("part-head").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> FrameHeads = new(() => Lexicon.Value.Words("frame-head").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> ApproachDegrees = new(() => Lexicon.Value.Words("approach-degree").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> ApproachVerbs = new(() => Lexicon.Value.Words("approach-verb").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> LikenessHeads = new(() => Lexicon.Value.Words("likeness-head").ToFrozenWordSet());
    private static readonly Lazy<FrozenSet<string>> Aspirations = new(() => Lexicon.Value.Words("aspiration"));
    private static readonly Lazy<FrozenSet<string>> ContestVerbs = new(() => Lexicon.Value.Words("contest"));
    private static readonly Lazy<FrozenWordSet> AllocationVerbs = new(() => Lexicon.Value.Words("allocation-verb").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> CountHeads = new(() => Lexicon.Value.Words("count-head").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> SizeDegrees = new(() => Lexicon.Value.Words("size-degree").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> ChoiceVerbs = new(() => Lexicon.Value.Words("choice-verb").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> SeekVerbs = new(() => Lexicon.Value.Words("seek-verb").ToFrozenWordSet());
    private static readonly Lazy<FrozenSet<string>> SearchWords = new(() => Lexicon.Value.Words("search-word"));
    private static readonly Lazy<FrozenWordSet> OwnRecords = new(() => Lexicon.Value.Words("own-record").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> PriorityDegrees = new(() => Lexicon.Value.Words("priority-degree").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> UnboundedParties = new(() => Lexicon.Value.Words("unbounded-party").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> ExpectationVerbs = new(() => Lexicon.Value.Words("expectation-verb").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> AwardHeads = new(() => Lexicon.Value.Words("award-head").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> SubsetPrepositions = new(() => Lexicon.Value.Words("subset-preposition").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> PossibilityScopes = new(() => Lexicon.Value.Words("possibility-scope").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> QuestionVerbs = new(() => Lexicon.Value.Words("question-verb").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> HarmDegrees = new(() => Lexicon.Value.Words("harm-degree").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> EffectHeads = new(() => Lexicon.Value.Words("effect-head").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> ForecastParticiples = new(() => Lexicon.Value.Words("forecast-participle").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> TreatmentVerbs = new(() => Lexicon.Value.Words("treatment-verb").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> ShareNouns = new(() => Lexicon.Value.Words("share-noun").ToFrozenWordSet());

    /// <summary>Adjectives of harm that "most" grades ("the most destructive hurricane"): the harm entries of the threat superlatives.</summary>
    private static readonly Lazy<FrozenWordSet> HarmAdjectives = new(() => TaggedLexicon.Load(RuleLexicons.Store, "threat_superlatives").Words("harm").ToFrozenWordSet());

    /// <summary>How far after "of" a noun of effect may name its threat: "the worst effects of a two-year drought".</summary>
    private const int MaxEffectOfWords = 4;

    /// <summary>Possessives that tie a record to the subject of the sentence; "our" and "your" speak for the reader ("the election of our lifetime").</summary>
    private static readonly FrozenSet<string> SubjectPossessives = FrozenSet.ToFrozenSet(["his", "her", "its", "their", "my"], StringComparer.Ordinal);

    /// <summary>Hyphenated entries of the group list ("lowest-paid"), which writers also spell apart ("the lowest paid").</summary>
    private static readonly Lazy<FrozenWordSet> HyphenatedGroups = new(() =>
        RuleLexicons.Store.Lines("group_superlatives").Select(Token.Normalize).Where(w => w.Contains('-') && !w.Contains(' ')).ToFrozenWordSet());

    /// <summary>
    /// A superlative joined to a participle: "the hardest-working", "the worst-run", "the fastest-growing", "the
    /// best-known". Like "the most celebrated", it ranks by how well something is done. "best-in-class" (puffery,
    /// RH2003) and "worst-case" are not participles.
    /// </summary>
    public static bool IsCompoundSuperlative(Token token, Func<Token, bool> isRankingSuperlative)
    {
        if (!token.IsWord) return false;
        // Exactly one hyphen, not the first character; most words have none and allocate nothing here.
        var norm = token.Norm;
        var hyphen = norm.IndexOf('-');
        if (hyphen <= 0 || norm.IndexOf('-', hyphen + 1) >= 0) return false;
        var first = Token.Create(TokenKind.Word, token.Span, norm[..hyphen]);
        return isRankingSuperlative(first) && Participles.IsParticiple(norm[(hyphen + 1)..]);
    }

    /// <summary>"most celebrated", "most trusted", "most promising candidate": a participle graded by "most" (not "most voting").</summary>
    public static bool IsGradedParticiple(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || !tokens[k].IsWord || tokens[k].IsCapitalized) return false;
        var word = tokens[k].Norm;
        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) return true;
        // "the most overpaid managers", "the most spoken language": an irregular participle grades as a regular one does
        // when a noun follows it and "the most" is no verb's object ("the clubs that invested the most bought three").
        if (word.Length > 4 && Inflections.IsIrregularVerbForm(word) && k + 1 < sentence.EndToken && IsContentWord(tokens[k + 1])
            && !ClosesVerbObject(tokens, sentence, k - 1)) return true;
        // "-ing" is as often a noun ("the most funding"): only a participle when a noun follows it.
        return word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && k + 1 < sentence.EndToken && IsContentWord(tokens[k + 1]);
    }

    /// <summary>"invested the most", "lost the most": "the most" at <paramref name="most"/> is the object of the verb before it.</summary>
    private static bool ClosesVerbObject(ImmutableArray<Token> tokens, Sentence sentence, int most) =>
        most - 2 >= sentence.FirstToken && tokens[most - 1].Norm == "the" && tokens[most - 2].IsWord
        && Participles.IsParticiple(tokens[most - 2].Norm) && !FunctionWords.Copulas.Contains(tokens[most - 2]);

    /// <summary>
    /// "the lowest paid", "among the worst off": a group entry written without its hyphen, alone or before a plural —
    /// a place in a distribution, not a rank.
    /// </summary>
    public static bool IsGroupSpelledApart(ImmutableArray<Token> tokens, Sentence sentence, int superlative)
    {
        var second = superlative + 1;
        if (second >= sentence.EndToken || !HyphenatedGroups.Value.Contains(tokens[superlative].Norm + "-" + tokens[second].Norm)) return false;
        var after = second + 1;
        // "hit the worst paid hardest": an adverb after it ends the group as surely as a plural or punctuation does.
        return after >= sentence.EndToken || !IsContentWord(tokens[after]) || tokens[after].Norm.EndsWith('s')
            || tokens[after].Norm.EndsWith("ly", StringComparison.Ordinal) || AdjectiveForms.IsSuperlative(tokens[after]);
    }

    /// <summary>
    /// "The most frequent complaint was a headache, logged by 6% of riders": a superlative of frequency with a
    /// figure in its sentence or the next one of its paragraph reads a distribution out of the data being reported —
    /// when the document has named where that data comes from (a source, dataset, record, citation or link) before it.
    /// A share nobody is said to have measured stays a claim.
    /// </summary>
    public static bool IsFrequencyWithFigure(DocumentModel document, Sentence sentence, int superlative, int adjectiveEnd)
    {
        var tokens = document.Tokens;
        var frequency = false;
        for (var k = superlative; k < adjectiveEnd && !frequency; k++)
            frequency = FrequencyWords.Value.Contains(tokens[k]) || AdjectiveForms.BaseOf(tokens[k].Norm) is string lemma && FrequencyWords.Value.Contains(lemma);
        if (!frequency || !HasEarlierProvenance(document, sentence)) return false;
        if (HasFigure(tokens, sentence)) return true;
        var sentences = document.Syntax.Sentences;
        var next = sentence.Index + 1 < sentences.Length ? sentences[sentence.Index + 1] : null;
        return next is not null && next.ParagraphIndex == sentence.ParagraphIndex && HasFigure(tokens, next);
    }

    /// <summary>
    /// "We tried five kettles this spring; the Aurora was the quietest of them": "of them" right after the phrase points
    /// back to a set the text has counted, in its sentence or the one before in its paragraph, a closed set as "of the
    /// five" is. An uncounted group ("Of the harbor pilots, Lund is the best of them") and "of them all" stay open.
    /// </summary>
    public static bool IsOfCountedThem(DocumentModel document, Sentence sentence, int end)
    {
        var tokens = document.Tokens;
        if (end + 1 >= sentence.EndToken || tokens[end].Norm != "of" || tokens[end + 1].Norm != "them") return false;
        if (end + 2 < sentence.EndToken && tokens[end + 2].Norm == "all") return false;
        var sentences = document.Syntax.Sentences;
        var before = sentence.Index > 0 && sentences[sentence.Index - 1].ParagraphIndex == sentence.ParagraphIndex ? sentences[sentence.Index - 1] : sentence;
        for (var k = before.FirstToken; k < end; k++)
            if (IsCountOfPlural(tokens, k, end)) return true;
        return false;
    }

    /// <summary>
    /// "five kettles", "nine new openings", "4 bakeries": a cardinal with a plural noun up to two words after it, or
    /// after <paramref name="skip"/> ("three of the spring contests" skips "of the").
    /// </summary>
    public static bool IsCountOfPlural(ImmutableArray<Token> tokens, int k, int end, int? skip = null)
    {
        var count = tokens[k].Kind == TokenKind.Number && tokens[k].Norm.All(char.IsAsciiDigit) && tokens[k].Norm.Length < 4 || ClaimScope.IsNumberWord(tokens[k]);
        if (!count) return false;
        var from = skip ?? k;
        for (var n = from + 1; n < end && n - from <= 3 && tokens[n].IsWord; n++)
            if (IsPlural(tokens[n].Norm)) return true;
        return false;
    }

    /// <summary>Whether the document names a source, dataset, record, citation or link before <paramref name="sentence"/>.</summary>
    public static bool HasEarlierProvenance(DocumentModel document, Sentence sentence)
    {
        foreach (var item in document.EvidenceItems)
            if (item.SentenceIndex < sentence.Index && item.Kind != EvidenceKind.Figure) return true;
        return false;
    }

    /// <summary>
    /// "Review: The Coldest Shore at Tamsby" over a review that says "the best way to read The Coldest Shore at
    /// Tamsby": a headline capitalizes every word, so its capitals say nothing about names, but running text that
    /// repeats the phrase in capitals after its first word treats it as a name — a title of a book, a film or a show, which
    /// ranks nothing. A headline superlative the body does not name that way is read as text.
    /// </summary>
    public static bool IsTitleNamedInBody(DocumentModel document, Sentence headline, int start, int end)
    {
        var tokens = document.Tokens;
        var length = end - start;
        foreach (var other in document.Syntax.Sentences)
        {
            if (other.Index == headline.Index || document.Syntax.IsHeadline(other)) continue;
            for (var k = other.FirstToken + 1; k + length <= other.EndToken; k++)
                if (IsCapitalizedCopy(tokens, start, k, length)) return true;
        }
        return false;
    }

    /// <summary>Whether the <paramref name="length"/> tokens at <paramref name="copy"/> repeat those at <paramref name="original"/>, every word capitalized.</summary>
    private static bool IsCapitalizedCopy(ImmutableArray<Token> tokens, int original, int copy, int length)
    {
        for (var offset = 0; offset < length; offset++)
        {
            var token = tokens[copy + offset];
            if (token.Norm != tokens[original + offset].Norm || token.IsWord && !token.IsCapitalized) return false;
        }
        return true;
    }

    /// <summary>
    /// "Rents rose 9.4% in March, the steepest rise in 30 years", "Crowds averaged 3,870, the most since
    /// 1987": a measured rank set off after the figure it ranks, bounded by a counted or dated span ("in 30 years", "since
    /// 1987", "on record"), is a record read off a series. In copy that has named where its data comes from earlier (a
    /// source, a dataset, a citation or a link: wire copy names the statistics office in its first paragraph) the series is
    /// that source's, and the record can be checked against it. <paramref name="measuredHere"/> says a figure in the
    /// sentence measures the rank (the evidence linker's judgement). Without an earlier source, a rank with an open scope
    /// ("the highest rate in the world") or a judgement ("the worst rate in 41 years" is a harm degree too) it still ranks.
    /// </summary>
    public static bool IsRecordOfReportedSeries(DocumentModel document, Sentence sentence, int start, int degree, int end, bool measuredHere)
    {
        var tokens = document.Tokens;
        if (!measuredHere || !Vocabulary.IsMeasurableDegree(tokens[degree]) || start <= sentence.FirstToken) return false;
        var before = tokens[start - 1];
        if (before.Text is not ("," or ":") && before.Kind != TokenKind.Dash) return false;
        return IsCountedSpan(tokens, sentence, end) && HasEarlierProvenance(document, sentence);
    }

    /// <summary>"in 41 years", "in a decade", "since 1987", "since April", "on record" at <paramref name="k"/>, ending the phrase.</summary>
    private static bool IsCountedSpan(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k + 1 >= sentence.EndToken) return false;
        var first = tokens[k + 1];
        switch (tokens[k].Norm)
        {
            case "on" when first.Norm == "record":
                return EndsNounPhrase(tokens, sentence, k + 2);
            case "since" when first.IsYear || FunctionWords.Months.Contains(first):
                return EndsNounPhrase(tokens, sentence, k + 2);
            case "in" or "for":
                // "in 41 years", "in a decade", "in more than 40 years", "in nearly a decade".
                var count = k + 1;
                if (first.Norm is "more" or "less" && sentence.NormAt(tokens, count + 1) == "than") count += 2;
                else if (first.Norm is "over" or "almost" or "nearly" or "about") count++;
                if (count + 1 >= sentence.EndToken || !(tokens[count].Kind == TokenKind.Number || ClaimScope.IsNumberWord(tokens[count]) || tokens[count].Norm == "a")) return false;
                return NounTypes.Of(tokens[count + 1]) == NounType.Time && EndsNounPhrase(tokens, sentence, count + 2);
            default:
                return false;
        }
    }

    /// <summary>
    /// "give utilities a tax credit to replace the riskiest equipment", "the council should fix the worst roads first",
    /// "Retrofit the leakiest homes": the object of a verb that acts on things already there, in a proposal (after "to",
    /// a modal, or as an imperative opening the sentence), names which members the action takes first — a triage over a
    /// set the reader knows, not a rank the writer claims. A scope after the head ("replace the worst trains in Europe")
    /// compares with a wider world and still ranks, and so does a statement of what is done ("the board replaced the
    /// worst pumps in the valley").
    /// </summary>
    public static bool IsTriageObject(ImmutableArray<Token> tokens, Sentence sentence, int start, int end)
    {
        var verb = start - 1;
        if (tokens[start].Norm != "the" || verb < sentence.FirstToken || !TreatmentVerbs.Value.Contains(tokens[verb])) return false;
        var proposal = verb == sentence.FirstToken || tokens[verb - 1].Norm is "to" or "should" or "must" or "will" or "would" or "could" or "can" or "shall";
        return proposal && (EndsNounPhrase(tokens, sentence, end) || tokens[end].Norm is "first" or "now" or "before" or "by" or "within" or "this" or "next");
    }

    /// <summary>
    /// "the highest demand expected this winter", "the lowest temperature forecast for the week": a measurable superlative
    /// whose head a participle of forecasting completes names the peak of a forecast, a quantity a plan is built on,
    /// not a rank the writer claims. A judgement ("the best result expected") has no forecast peak and still ranks.
    /// </summary>
    public static bool IsForecastPeak(ImmutableArray<Token> tokens, int degree, int adjectiveEnd, int end)
    {
        if (!Vocabulary.IsMeasurableDegree(tokens[degree])) return false;
        for (var k = adjectiveEnd + 1; k < end; k++)
            if (ForecastParticiples.Value.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// "It is 21 June, the longest day of the year", "demand peaks on the coldest weekday evening", "the fire began during
    /// the hottest week of the summer": a superlative of temperature, length or duration on a time noun picks a day or a
    /// season out of the calendar by what nature does to it, a fact of the weather or the sky. It needs the calendar as its
    /// set ("of the year", "of this winter") or a time adjunct that dates an event (after "on", "during", "in", "at",
    /// "through", "until", "by"). A record ("the hottest summer on record", "the coldest night in 40 years", "the longest
    /// winter ever") and a bare predicate ("This was the hottest summer") still claim a rank, and so does a judgement ("the
    /// best day of the year").
    /// </summary>
    public static bool IsCalendarExtreme(ImmutableArray<Token> tokens, Sentence sentence, int start, int degree, int head, int end)
    {
        if (NounTypes.Of(tokens[head]) != NounType.Time || !Vocabulary.DimensionsOf(tokens[degree]).Any(d => d is Dimension.Time or Dimension.Length or Dimension.Temperature))
            return false;
        if (CalendarScopeEnd(tokens, sentence, end) is int calendarEnd) return EndsNounPhrase(tokens, sentence, calendarEnd);
        return EndsNounPhrase(tokens, sentence, end) && start > sentence.FirstToken && TimeAdjunctPrepositions.Contains(tokens[start - 1].Norm);
    }

    /// <summary>The end of "of the year", "of this winter", "of the week" after a time noun, or null.</summary>
    private static int? CalendarScopeEnd(ImmutableArray<Token> tokens, Sentence sentence, int of)
    {
        if (of >= sentence.EndToken || tokens[of].Norm != "of") return null;
        var k = of + 1;
        if (k < sentence.EndToken && tokens[k].Norm is "the" or "this" or "that" or "last") k++;
        return k < sentence.EndToken && NounTypes.Of(tokens[k]) == NounType.Time && !tokens[k].IsCapitalized ? k + 1 : null;
    }

    /// <summary>Prepositions of a time adjunct: "on the coldest evening", "during the longest night".</summary>
    private static readonly FrozenSet<string> TimeAdjunctPrepositions =
        FrozenSet.ToFrozenSet(["on", "during", "in", "at", "through", "until", "till", "by", "before", "after"], StringComparer.Ordinal);

    /// <summary>
    /// "the wealthiest tenth of households", "the poorest quintile", "the richest 10 percent": a share of a distribution
    /// at <paramref name="k"/>, right after a group superlative, names a slice of the distribution, not a rank. A share
    /// noun (<c>share-noun</c>) or a figure with "%", "percent" or "per cent".
    /// </summary>
    public static bool IsDistributionShare(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken) return false;
        if (ShareNouns.Value.Contains(tokens[k])) return true;
        if (tokens[k].Kind != TokenKind.Number || k + 1 >= sentence.EndToken) return false;
        return FunctionWords.IsPercentSign(tokens, sentence.FirstToken, k + 1)
            || k + 2 < sentence.EndToken && tokens[k + 2].Norm == "cent" && FunctionWords.IsPercentSign(tokens, sentence.FirstToken, k + 2);
    }

    /// <summary>
    /// "Vasquez set the fastest lap of the race, 1:21.4", "the final drew the biggest crowd of the tournament, 41,000": a
    /// superlative of a measurable dimension bounded by one contest (a noun whose WordNet first sense is an event, or a
    /// sport contest), with a figure in the sentence, is a result read off that contest's timing sheet or tally — a closed
    /// set the reader can check, as "of the three" is. A judged rank ("the best goal of the match"), a result with no
    /// figure, and a period ("of the season", "of the year") still rank. <paramref name="degree"/> is the superlative's
    /// last word; <paramref name="end"/> is just past its head.
    /// </summary>
    public static bool IsResultOfOneContest(ImmutableArray<Token> tokens, Sentence sentence, int degree, int end)
    {
        if (tokens[degree].Norm.Contains('-') || !Vocabulary.IsMeasurableDegree(tokens[degree])) return false;
        var contest = end + 2;
        if (contest >= sentence.EndToken || tokens[end].Norm != "of" || tokens[end + 1].Norm != "the") return false;
        var noun = tokens[contest];
        if (!noun.IsWord || noun.IsCapitalized || NounTypes.Of(noun) != NounType.Event && !SportContext.IsWord(noun)) return false;
        // The contest ends the scope: "of the race", not "of the race calendar".
        if (contest + 1 < sentence.EndToken && tokens[contest + 1].IsWord && !FunctionWords.NounPhraseBreakers.Contains(tokens[contest + 1])) return false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Kind == TokenKind.Number) return true;
        return false;
    }

    /// <summary>
    /// "the deadliest mass shooting in modern Varnish history", "the worst flood in a century", "the most destructive
    /// hurricane on record": a superlative of harm on a noun of a threat in any domain (a crime, a hazard, a war, a disease)
    /// ranks how much harm a threat did, and so does a harm degree on a noun of effect whose "of" names the threat ("the
    /// worst effects of climate change"). The guidelines annotate such a rank once, as threat inflation or as a record
    /// ("TI or SU?"), never as an unsupported superlative. A degree of size or judgement on a threat domain's topic
    /// still ranks ("the largest army", "the most efficient police force"), and so does harm on anything else ("the
    /// worst mayor", "the worst effects of the new timetable"), and so does harm in a sport sentence ("the deadliest attack
    /// in the league"). <paramref name="degree"/> is the superlative's last word.
    /// </summary>
    public static bool RanksThreatHarm(ImmutableArray<Token> tokens, Sentence sentence, int degree, int head)
    {
        var graded = degree - 1 >= sentence.FirstToken && tokens[degree - 1].Norm == "most" && HarmAdjectives.Value.Contains(tokens[degree]);
        if (!graded && !HarmDegrees.Value.Contains(tokens[degree])) return false;
        // "the deadliest attack in the league": a side's forwards; sport's attacks and threats harm nobody.
        if (SportContext.IsAboutSport(tokens, sentence)) return false;
        if (ThreatReferents.IsThreatNoun(tokens[head])) return true;
        if (!EffectHeads.Value.Contains(tokens[head]) || head + 1 >= sentence.EndToken || tokens[head + 1].Norm != "of") return false;
        for (var k = head + 2; k < sentence.EndToken && k - (head + 1) <= MaxEffectOfWords && tokens[k].IsWord; k++)
            if (ThreatReferents.IsThreatNoun(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// "the largest number of delegates", "the highest share of voters": a superlative of size on a count noun with
    /// "of" counts a plural, as the quantifier "the most delegates" does — a tally, not a rank the writer asserts.
    /// "the largest army" or "the smallest amount since September" keeps its rank.
    /// </summary>
    public static bool IsCount(ImmutableArray<Token> tokens, Sentence sentence, int superlative, int adjectiveEnd) =>
        adjectiveEnd + 1 < sentence.EndToken && SizeDegrees.Value.Contains(tokens[superlative])
        && CountHeads.Value.Contains(tokens[adjectiveEnd]) && tokens[adjectiveEnd + 1].Norm == "of";

    /// <summary>
    /// "the most important issue to Ms. Brenn", "the most pressing concern for both sides", "by far the most urgent
    /// matter for her": a superlative of importance with "to" or "for" and the party the matter concerns ranks that
    /// party's own concerns, as the possessor of "Ms. Brenn's most important issue" bounds them, and the possessor reading
    /// already leaves that alone. The party is a pronoun, a name, or a noun phrase of up to four words headed by a
    /// person or group noun or a name. An unbounded party ("for the world", "to everyone", "for us" and "for you",
    /// which speak for every reader) leaves the set open, and any other "for" phrase ("for decades", "for the
    /// economy") is a scope or a purpose: both still rank.
    /// </summary>
    public static bool IsPriorityOfParty(ImmutableArray<Token> tokens, Sentence sentence, int degree, int end)
    {
        if (!PriorityDegrees.Value.Contains(tokens[degree]) || end + 1 >= sentence.EndToken || tokens[end].Norm is not ("to" or "for")) return false;
        var k = end + 1;
        if (UnboundedParties.Value.Contains(tokens[k])) return false;
        if (FunctionWords.ObjectPronouns.Contains(tokens[k])) return true;
        if (tokens[k].Norm is "the" || FunctionWords.Possessive.Contains(tokens[k]) || tokens[k].Norm is "both") k++;
        for (var last = k; last < sentence.EndToken && last - k <= 3 && tokens[last].IsWord; last++)
        {
            if (UnboundedParties.Value.Contains(tokens[last]) || FunctionWords.NounPhraseBreakers.Contains(tokens[last])) return false;
            var closes = last + 1 >= sentence.EndToken || !tokens[last + 1].IsWord || FunctionWords.NounPhraseBreakers.Contains(tokens[last + 1]);
            if (closes) return Vocabulary.IsRoleNoun(tokens[last]) || Vocabulary.IsPluralRoleNoun(tokens[last]) || Vocabulary.IsOrganizationNoun(tokens[last])
                || char.IsUpper(tokens[last].Text[0]) && last > sentence.FirstToken;
        }
        return false;
    }

    /// <summary>
    /// "the most masterful diplomacy of his presidency", "the best season of her career", "the worst defeat in its
    /// history", "one of the longest nights in my life": the set compared is the subject's own record — its career,
    /// term or history — bounded as "Clinton's boldest proposal" is by its possessor, and a reader can check it against
    /// that record. Up to two modifiers may come before the record noun ("of his entire campaign"). A set wider than
    /// the subject stays a claim: "of her generation", "of their time", "in the city's history", and "of our
    /// lifetime", which speaks for every reader.
    /// </summary>
    public static bool IsWithinOwnRecord(ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        if (end + 2 >= sentence.EndToken || tokens[end].Norm is not ("of" or "in") || !SubjectPossessives.Contains(tokens[end + 1].Norm)) return false;
        for (var k = end + 2; k < sentence.EndToken && k - (end + 2) <= 2; k++)
        {
            if (OwnRecords.Value.Contains(tokens[k])) return true;
            if (!IsContentWord(tokens[k])) return false;
        }
        return false;
    }

    /// <summary>
    /// "more consequential than anyone realized", "faster than anybody had expected", "cheaper than anyone could have
    /// predicted": "anyone" is the subject of a verb of expecting or knowing, so the standard is what people expected,
    /// not everyone else — the sentence says the outcome beat expectations and ranks it against nothing. Auxiliaries
    /// and "ever" may come between. <paramref name="pronoun"/> is the "anyone" or "anybody" after "than".
    /// </summary>
    public static bool IsExpectationStandard(ImmutableArray<Token> tokens, Sentence sentence, int pronoun)
    {
        for (var k = pronoun + 1; k < sentence.EndToken && k - pronoun <= 4; k++)
        {
            if (ExpectationVerbs.Value.Contains(tokens[k])) return true;
            if (tokens[k].Norm is not ("had" or "has" or "have" or "could" or "would" or "might" or "ever" or "once")) return false;
        }
        return false;
    }

    /// <summary>
    /// "took the best director award", "in the best actress category", "the best newcomer prize": "best",
    /// "worst" or "most"/"least" + an adjective, a word naming what is judged and a noun of an award or its category
    /// name a prize written in lower case, not a rank the writer claims. The award noun must not follow the superlative
    /// directly: "the biggest prize in football" ranks prizes.
    /// </summary>
    public static bool IsAwardName(ImmutableArray<Token> tokens, int superlative, int adjectiveEnd, int end)
    {
        if (tokens[superlative].Norm is not ("best" or "worst" or "most" or "least")) return false;
        for (var k = adjectiveEnd + 1; k < end; k++)
            if (AwardHeads.Value.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// "links to the best of local reporting", "a night that showcased the best of Kestrian jazz": a superlative
    /// with no head, before "of" and a bare noun, picks out the pick of a body of work — a selection, not a thing
    /// ranked first. A plural compares its members ("the most honest of politicians"), and "the best of all", "the
    /// best of them" and "the best of the three" still compare.
    /// </summary>
    public static bool IsSelection(ImmutableArray<Token> tokens, Sentence sentence, int adjectiveEnd, int end)
    {
        if (end != adjectiveEnd || adjectiveEnd + 1 >= sentence.EndToken || tokens[adjectiveEnd].Norm != "of") return false;
        var k = adjectiveEnd + 1;
        if (!IsBareNounWord(tokens[k])) return false;
        while (k + 1 < sentence.EndToken && IsBareNounWord(tokens[k + 1])) k++;
        return !IsPlural(tokens[k].Norm);
    }

    private static bool IsBareNounWord(Token token) =>
        token.IsWord && token.Norm is not ("all" or "any" or "both" or "each" or "every" or "and" or "or") && IsContentWord(token)
        && !FunctionWords.Definite.Contains(token) && !FunctionWords.Possessive.Contains(token)
        && !FunctionWords.IndefiniteSingular.Contains(token) && !FunctionWords.PersonPronouns.Contains(token)
        && !FunctionWords.ObjectPronouns.Contains(token) && !ClaimScope.IsNumberWord(token)
        && !token.Norm.EndsWith("'s", StringComparison.Ordinal);

    /// <summary>A plural by its ending; "news" and the "-ics" fields (politics, athletics) are mass nouns.</summary>
    private static bool IsPlural(string word) =>
        word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
        && !word.EndsWith("ics", StringComparison.Ordinal) && word != "news";

    /// <summary>
    /// "the best way forward", "the safest place to wait", "the best thing she could do": a light noun with an
    /// infinitive or a modal clause after it recommends a course; it claims no rank among things in the world.
    /// </summary>
    public static bool IsAdvice(ImmutableArray<Token> tokens, Sentence sentence, int head)
    {
        if (head + 1 >= sentence.EndToken || !AdviceHeads.Value.Contains(tokens[head])) return false;
        var next = tokens[head + 1];
        if (next.Norm is "forward" or "ahead") return true;
        if (next.Norm == "to") return head + 2 < sentence.EndToken && IsBareVerb(tokens[head + 2]);
        // "the most effective ways of responding": a gerund after "of" names a course as the infinitive does; "the best
        // way of life" ranks a noun.
        if (next.Norm == "of") return head + 2 < sentence.EndToken && IsGerund(tokens[head + 2]);
        var subject = next.Norm is "you" or "one" or "anyone" || FunctionWords.PersonPronouns.Contains(next) || FunctionWords.AuthorPronouns.Contains(next);
        return subject && head + 2 < sentence.EndToken && tokens[head + 2].Norm is "can" or "could" or "should" or "would" or "might" or "may" or "must";
    }

    /// <summary>
    /// "at the worst possible moment", "to the greatest extent possible", "in the strongest possible terms", "hoping for
    /// the smallest possible rise": a superlative with a modifier of possibility, right after it or after its head, in a
    /// noun phrase governed by a preposition — an adverbial of time, extent or manner, or the goal of a wish — grades a
    /// moment, an extent, an amount or a course to the limit of what could be ("as bad as it could be"); it ranks
    /// nothing that exists. As an argument of a verb ("struck the best possible deal", "offers the fastest possible
    /// journey", "has the lowest possible crime rate") or a predicate after a copula ("the quarry is the worst possible
    /// site") it evaluates a thing the clause is about, a claim. So does one whose head, the last noun of a compound
    /// ("the worst possible building materials"), names a person or a concrete thing ("from the worst possible materials").
    /// </summary>
    public static bool IsDegreeOfPossibility(ImmutableArray<Token> tokens, Sentence sentence, int start, int adjectiveEnd, int end)
    {
        if (start - 1 < sentence.FirstToken || !FunctionWords.Prepositions.Contains(tokens[start - 1]) || tokens[start - 1].Norm is "of") return false;
        for (var p = adjectiveEnd; p <= end && p < sentence.EndToken; p++)
        {
            if (!PossibilityScopes.Value.Contains(tokens[p])) continue;
            // "the worst possible moment": the head ends the phrase after it; "the largest audience possible": it comes before.
            var head = p > adjectiveEnd ? p - 1 : end - 1 > p ? end - 1 : -1;
            return head < 0 || !ConcreteHeads.Contains(NounTypes.Of(tokens[head]) ?? NounType.Tops);
        }
        return false;
    }

    /// <summary>Types of a head that a superlative of possibility evaluates as a thing rather than grades as a degree.</summary>
    private static readonly FrozenSet<NounType> ConcreteHeads = FrozenSet.ToFrozenSet(
    [
        NounType.Person, NounType.Artifact, NounType.Substance, NounType.Food, NounType.Animal, NounType.Plant, NounType.Body,
        NounType.Object, NounType.Drug, NounType.Weapon, NounType.Structure, NounType.Military,
    ]);

    /// <summary>
    /// "the weakest part of the package", "the best section of her book", "the poorest stretch of Wales": the parts of
    /// a whole named right there, by a determiner or a proper name.
    /// </summary>
    public static bool IsPartOfWhole(ImmutableArray<Token> tokens, Sentence sentence, int head)
    {
        if (head + 2 >= sentence.EndToken || !PartHeads.Value.Contains(tokens[head]) || tokens[head + 1].Norm != "of") return false;
        var determiner = tokens[head + 2];
        return FunctionWords.Definite.Contains(determiner) || FunctionWords.Possessive.Contains(determiner)
            || determiner.IsWord && (determiner.Norm.EndsWith("'s", StringComparison.Ordinal) || determiner.IsCapitalized);
    }

    /// <summary>
    /// "The worst part of all is that he knew", "the best bit was, nobody noticed", "the biggest irony is: …", "the
    /// biggest question for the board has been whether …", "the best approach to the merger may be to wait": a light
    /// noun and a copula that hand over to the clause after them — a "that" or "whether" clause, a colon or comma, or a
    /// "to" infinitive. The superlative frames the writer's next point, which carries the claim. Up to six words may
    /// qualify the noun before the copula ("the most common criticism of this sort of survey is that"). "The worst mayor
    /// is Tom Vale" or "the best news is the new ward" name what is ranked and rank it.
    /// </summary>
    public static bool IsDiscourseFrame(ImmutableArray<Token> tokens, Sentence sentence, int head)
    {
        if (head >= sentence.EndToken || !FrameHeads.Value.Contains(tokens[head]) && !AdviceHeads.Value.Contains(tokens[head])) return false;
        for (var k = head + 1; k < sentence.EndToken && k - head <= 7; k++)
        {
            if (!tokens[k].IsWord) return false;
            if (CopulaEnd(tokens, sentence, k) is not int after) continue;
            if (after >= sentence.EndToken) return false;
            var next = tokens[after];
            return next.Norm is "that" or "whether" || next.Text is ":" or ","
                || next.Norm == "to" && after + 1 < sentence.EndToken && IsBareVerb(tokens[after + 1])
                || IsDoCleft(tokens, head, k, next);
        }
        return false;
    }

    /// <summary>
    /// "the kindest thing a neighbour can do is lend a ladder", "the best thing you can do is wait": a
    /// pseudo-cleft whose clause ends in "do" hands over to a bare verb after the copula, the course it recommends,
    /// as "… is to pay" does. Only after "do": "the biggest issue is pay" names what is ranked. The same light noun as
    /// a predicate ("tax reform is the single biggest thing a minister could do") still ranks. Advice is a
    /// present or modal "do", or a modal's "have done" ("the best thing you could have done was wait"); a past choice
    /// ("the best thing we did was hire Lund", "the bravest thing she has done was …") ranks what was done, a claim.
    /// </summary>
    private static bool IsDoCleft(ImmutableArray<Token> tokens, int head, int copula, Token next) =>
        copula - 1 > head && IsAdvisedDo(tokens, head, copula - 1) && IsBareVerb(next);

    /// <summary>"can do", "we do", "could have done" at <paramref name="k"/>; not "did", nor "has done".</summary>
    private static bool IsAdvisedDo(ImmutableArray<Token> tokens, int head, int k) =>
        tokens[k].Norm == "do"
        || tokens[k].Norm == "done" && k - 2 > head && tokens[k - 1].Norm == "have"
        && (LimitModals.Contains(tokens[k - 2].Norm) || tokens[k - 2].Norm is "should" or "must");

    /// <summary>The token after a copula at <paramref name="k"/>: "is", "was", "has been", "may be", "remains"; null when none starts there.</summary>
    private static int? CopulaEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var word = tokens[k].Norm;
        if (word is "is" or "was" or "remains" or "remained") return k + 1;
        if (k + 1 >= sentence.EndToken) return null;
        var next = tokens[k + 1].Norm;
        if (word is "has" or "had" && next == "been") return k + 2;
        return word is "may" or "might" or "could" or "would" or "will" && next == "be" ? k + 2 : null;
    }

    /// <summary>
    /// "The closest she has ever come to conceding", "the closest the talks got to a deal": a headless superlative of
    /// nearness completed by a verb of approach and "to" measures how near one came, a degree idiom that ranks nothing.
    /// With a head noun ("the closest race came down to 40 votes") it ranks.
    /// </summary>
    public static bool IsApproachIdiom(ImmutableArray<Token> tokens, Sentence sentence, int superlative, int adjectiveEnd, int end)
    {
        if (adjectiveEnd != end || !ApproachDegrees.Value.Contains(tokens[superlative])) return false;
        for (var k = adjectiveEnd; k + 1 < sentence.EndToken && k - adjectiveEnd < 6; k++)
        {
            if (!tokens[k].IsWord) return false;
            if (ApproachVerbs.Value.Contains(tokens[k]) && tokens[k + 1].Norm == "to") return true;
        }
        return false;
    }

    /// <summary>
    /// "The best the regulator can do is cap fees", "the best anyone could have done", "the best it can expect": a headless superlative completed by a clause with its own subject and a modal measures the
    /// limit of what that subject can do or hope for, a degree idiom like "the best possible", not a rank among things.
    /// The clause must start right after the superlative: with a head noun ("the best player we could sign") the noun is
    /// ranked, and "the best thing she could do" is advice (<see cref="IsAdvice"/>). <paramref name="adjectiveEnd"/> is
    /// just past the superlative.
    /// </summary>
    public static bool IsLimitOfAbility(ImmutableArray<Token> tokens, Sentence sentence, int adjectiveEnd)
    {
        if (adjectiveEnd >= sentence.EndToken) return false;
        var first = tokens[adjectiveEnd];
        int k;
        if (first.Norm is "you" or "one" or "anyone" or "anybody" or "everyone" or "everybody" or "someone" or "somebody"
            || FunctionWords.PersonPronouns.Contains(first) || FunctionWords.AuthorPronouns.Contains(first))
            k = adjectiveEnd + 1;
        else if (first.Norm == "the" || FunctionWords.Possessive.Contains(first) || first.IsWord && first.IsCapitalized)
        {
            // "the regulator", "her union", "Ilse Brandt": a short subject of up to three words.
            k = adjectiveEnd + 1;
            while (k < sentence.EndToken && k - adjectiveEnd <= 3 && tokens[k].IsWord && !LimitModals.Contains(tokens[k].Norm)
                   && !FunctionWords.NounPhraseBreakers.Contains(tokens[k])) k++;
        }
        else return false;
        return k < sentence.EndToken && LimitModals.Contains(tokens[k].Norm);
    }

    /// <summary>Modals of ability and prospect that close the limit idiom: "can do", "could manage", "will get", "might hope for".</summary>
    private static readonly FrozenSet<string> LimitModals =
        FrozenSet.ToFrozenSet(["can", "could", "will", "would", "may", "might"], StringComparer.Ordinal);

    /// <summary>
    /// "Even the most optimistic backers doubt it", "refused even the smallest gesture": "even" before a superlative
    /// picks the far end of a scale to say that everything short of it is covered too (Fauconnier's pragmatic scales) —
    /// "all backers doubt it", "any gesture" — and ranks nothing. After a copula ("it is even the largest in Europe")
    /// "even" only adds to a rank that is claimed. Restrictive "only" picks the same end to exclude the rest of the scale
    /// ("Only the bravest climbers reach the top", "fees for only the largest boats"), again of a set defined by the
    /// degree, when it opens the clause or follows a preposition; after a verb ("uses only the finest oak") it praises
    /// what the subject has and still ranks.
    /// </summary>
    public static bool IsScaleEnd(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var focus = start - 1;
        if (tokens[start].Norm != "the" || focus < sentence.FirstToken) return false;
        if (tokens[focus].Norm == "only")
            return focus == sentence.FirstToken || tokens[focus - 1].Text == "," || FunctionWords.Prepositions.Contains(tokens[focus - 1]);
        if (tokens[focus].Norm != "even") return false;
        return focus == sentence.FirstToken || !FunctionWords.Copulas.Contains(tokens[focus - 1]);
    }

    /// <summary>
    /// "The closest thing to a bridge the islanders will get", "the closest equivalent to a jury in the old code": a
    /// superlative of nearness on a noun of likeness, completed by "to", says what something resembles — an idiom of
    /// approximation that ranks nothing. "the closest ally" or "the closest race" still rank.
    /// </summary>
    public static bool IsApproximation(ImmutableArray<Token> tokens, Sentence sentence, int superlative, int adjectiveEnd) =>
        adjectiveEnd + 1 < sentence.EndToken && ApproachDegrees.Value.Contains(tokens[superlative])
        && LikenessHeads.Value.Contains(tokens[adjectiveEnd]) && tokens[adjectiveEnd + 1].Norm == "to";

    /// <summary>
    /// "the world's tallest building, the Burj Khalifa,", "the longest bridge in the region, the Halden Span": a
    /// superlative of a measurable dimension of the thing itself (height, length, size, wealth:
    /// <c>measure_adjectives.txt</c>) followed, in apposition, by the named thing that holds the record. The holder and
    /// the measure make it a fact the reader can check. A judged rank ("the best team in Europe, Brenhill,") stays a
    /// claim, and so does a rate ranked by a compound ("the fastest-growing app in the world, Chatterly,") or a holder
    /// named first ("Chatterly, the fastest-growing app"), the order of a firm's own copy.
    /// </summary>
    public static bool IsNamedRecordHolder(ImmutableArray<Token> tokens, Sentence sentence, int degree, int end)
    {
        if (tokens[degree].Norm.Contains('-') || !Vocabulary.IsMeasurableDegree(tokens[degree])) return false;
        // A scope may come between ("in the region"), a verb may not ("The largest shareholder is Ruane, …").
        var comma = end;
        if (comma < sentence.EndToken && tokens[comma].IsWord && !FunctionWords.Prepositions.Contains(tokens[comma])) return false;
        while (comma < sentence.EndToken && comma - end < 5 && tokens[comma].IsWord) comma++;
        return comma + 1 < sentence.EndToken && tokens[comma].Text == "," && NameEndAt(tokens, sentence, comma + 1) is int nameEnd
            && (nameEnd >= sentence.EndToken || !tokens[nameEnd].IsWord);
    }

    /// <summary>The end of a proper name at <paramref name="k"/> ("the Burj Khalifa", "Lake Orm"); null when none starts there.</summary>
    private static int? NameEndAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k < sentence.EndToken && tokens[k].Norm == "the") k++;
        var first = k;
        while (k < sentence.EndToken && tokens[k].IsWord && tokens[k].IsCapitalized) k++;
        return k > first ? k : null;
    }

    /// <summary>
    /// "A trader at one of the biggest banks said …", "a lawyer at one of the best firms in Tarnby said …": a superlative inside the
    /// source of an attribution whose speaker is unnamed describes who speaks. The sourcing rules report that source,
    /// puffery included (one finding per rhetorical move); a named speaker's praise is the writer's rank claim.
    /// </summary>
    public static bool IsInUnnamedSource(DocumentModel document, Sentence sentence, int superlative)
    {
        foreach (var frame in document.FramesIn(sentence))
            if (frame.SourceStart <= superlative && superlative < frame.SourceEnd
                && frame.Speaker is SpeakerClass.AnonymousDescribed or SpeakerClass.AnonymousBare or SpeakerClass.VagueSingular or SpeakerClass.VagueCollective)
                return true;
        return false;
    }

    /// <summary>
    /// "asked whether she was the best player", "whether this is the worst drought in a century is for the hydrologists":
    /// a superlative inside a "whether" clause is an open question, reported or posed, that asserts no rank.
    /// </summary>
    public static bool IsInIndirectQuestion(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        if (IsEmbeddedWhAnswer(tokens, sentence, start)) return true;
        for (var k = start - 1; k >= sentence.FirstToken; k--)
        {
            if (tokens[k].Norm == "whether") return true;
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Kind == TokenKind.Dash) return false;
        }
        return false;
    }

    /// <summary>
    /// "asked the panel to rank who is the strongest candidate", "could not decide which was the best route", "asked
    /// them who would be the fastest": the superlative is the predicate of a wh-clause that a verb of asking, judging or
    /// knowing takes as its object — the open answer of an embedded question, which names no holder and asserts no
    /// rank. After a noun the wh-word opens a relative clause ("the candidate who is the strongest") and the rank stays.
    /// </summary>
    private static bool IsEmbeddedWhAnswer(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var k = start - 1;
        // "is", "was", "would be", "will be": the copula of the wh-clause, with at most one auxiliary before it.
        for (var skipped = 0; skipped < 2 && k >= sentence.FirstToken && (FunctionWords.Copulas.Contains(tokens[k]) || FunctionWords.Auxiliaries.Contains(tokens[k])); skipped++)
            k--;
        if (k == start - 1 || k < sentence.FirstToken || tokens[k].Norm is not ("who" or "which" or "what")) return false;
        var verb = k - 1;
        // "asked them who …": the person asked may come between the verb and its question.
        if (verb >= sentence.FirstToken && FunctionWords.ObjectPronouns.Contains(tokens[verb])) verb--;
        return verb >= sentence.FirstToken && QuestionVerbs.Value.Contains(tokens[verb]);
    }

    /// <summary>
    /// "will be won by whoever hires the largest phone bank", "whichever club fields the strongest side wins": a
    /// superlative inside a free relative defines an unknown referent by its rank (whoever it turns out to be); it
    /// ranks nothing the writer names. "the club that fields the strongest side" still ranks.
    /// </summary>
    public static bool IsInFreeRelative(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        for (var k = start - 1; k >= sentence.FirstToken && start - k <= 5; k--)
        {
            if (tokens[k].Norm is "whoever" or "whichever" or "whatever") return true;
            if (!tokens[k].IsWord) return false;
        }
        return false;
    }

    /// <summary>
    /// "Is Ilse Brandt the finest keeper in the league? Probably not.": a yes/no question, opened by its auxiliary,
    /// raises a rank without asserting it (the guidelines list questioned superlatives among near misses). A question
    /// that asserts its answer is rhetorical, not a claim question, and "why"/"how" questions take the rank as given;
    /// neither is exempt here.
    /// </summary>
    public static bool IsPolarQuestion(DocumentModel document, Sentence sentence)
    {
        if (document.MoodOf(sentence) != SentenceMood.ClaimQuestion) return false;
        var tokens = document.Tokens;
        var first = sentence.FirstToken;
        while (first < sentence.EndToken && !tokens[first].IsWord) first++;
        return first < sentence.EndToken && FunctionWords.Auxiliaries.Contains(tokens[first]);
    }

    /// <summary>
    /// "requires the largest platforms to assess risks", "exempts the smallest firms": a plural picked out by a rule
    /// that allocates a duty or a permission by size, not a rank the writer asserts.
    /// </summary>
    public static bool IsAllocatedCategory(ImmutableArray<Token> tokens, Sentence sentence, int start, int end)
    {
        var verb = start - 1;
        if (verb >= sentence.FirstToken && tokens[verb].Norm is "only" or "even" or "also") verb--;
        return verb >= sentence.FirstToken && AllocationVerbs.Value.Contains(tokens[verb])
            && end - 1 > start && tokens[end - 1].Norm.EndsWith('s');
    }

    /// <summary>
    /// "The wealthiest households will pay more", "the largest firms must report", "the best seats were sold within
    /// minutes": a plural superlative right before the auxiliary, modal or past verb of its clause is the subject of a
    /// predication about a subset, picked out by its place in a distribution — what happens to it, not a claim that it
    /// ranks first. A scope between head and verb ("the most reckless bankers in Europe have …") or a copula ("the most
    /// dangerous vehicles are scooters", a rank stated backwards) keeps the rank; so does a rank after a copula, "as",
    /// "of" or "among" (predicate or partitive: "are the best schools", "one of the largest banks").
    /// </summary>
    public static bool IsSubsetSubject(ImmutableArray<Token> tokens, Sentence sentence, int start, int end)
    {
        if (tokens[start].Norm != "the" || end - 1 <= start || end >= sentence.EndToken || !IsPluralHead(tokens[end - 1].Norm)) return false;
        if (start > sentence.FirstToken && tokens[start - 1] is var before
            && (FunctionWords.Copulas.Contains(before) || before.Norm is "as" or "of" or "among" or "amongst" or "than")) return false;
        var verb = tokens[end];
        if (FunctionWords.Auxiliaries.Contains(verb) && verb.Norm is not ("is" or "are" or "was" or "were")) return true;
        // "were sold", "are taxed": a passive tells what happens to the subset; "are scooters" ranks it.
        if (verb.Norm is "are" or "were" && end + 1 < sentence.EndToken) verb = tokens[end + 1];
        return verb.IsWord && !verb.IsCapitalized && (verb.Norm.Length > 4 && verb.Norm.EndsWith("ed", StringComparison.Ordinal) || Inflections.IsIrregularVerbForm(verb.Norm));
    }

    /// <summary>
    /// <see cref="IsSubsetSubject"/> for a noun phrase that ran into its verb ("the largest firms admitted", "the most
    /// liberal voters fell"): the last word is the verb. A participle with a by-agent ("the biggest threats posed by
    /// the plan are …") modifies the noun, it is no verb of the clause.
    /// </summary>
    public static bool IsSubsetSubjectBeforeVerb(ImmutableArray<Token> tokens, Sentence sentence, int start, int end) =>
        end - 2 > start && (end >= sentence.EndToken || tokens[end].Norm != "by") && IsSubsetSubject(tokens, sentence, start, end - 1);

    /// <summary>
    /// "The levy applies to the most expensive private health plans", "fines went to the worst offenders", "the biggest
    /// Varnish donors signed on": a plural superlative with up to three modifiers before its head, as the object of a
    /// preposition or the subject of a verb that is no copula, says which members of a set an ordinary predicate is
    /// about; it claims no rank. The object must end at its head: a scope or complement after it ("to the worst
    /// offenders in history", "to the largest donors to the fund") keeps the rank, and so do a partitive ("one of",
    /// "among"), a copula (<see cref="IsSubsetSubject"/>), a modifier of possibility ("from the worst possible materials")
    /// and a noun phrase with a threat in it ("to the most dangerous gangs"), which the threat rules read.
    /// </summary>
    public static bool PicksSubset(ImmutableArray<Token> tokens, Sentence sentence, int start, int adjectiveEnd)
    {
        if (tokens[start].Norm != "the") return false;
        var objectOfPreposition = start > sentence.FirstToken && SubsetPrepositions.Value.Contains(tokens[start - 1]);
        for (var head = adjectiveEnd; head < sentence.EndToken && head - adjectiveEnd <= 3 && IsContentWord(tokens[head]) && !tokens[head].Norm.EndsWith("'s", StringComparison.Ordinal); head++)
        {
            // "made from the worst possible materials": a modifier of possibility compares with everything that could be, a
            // scope as wide as "in history".
            if (PossibilityScopes.Value.Contains(tokens[head])) return false;
            if (!IsPluralHead(tokens[head].Norm)) continue;
            if (ThreatReferents.HasThreatNoun(tokens, adjectiveEnd, head + 1)) return false;
            // "the most liberal voters fell overwhelmingly": the verb after the head ends the subject, however far the
            // phrase ran; "the biggest threats posed by" is a participle with its agent.
            if (IsSubsetSubject(tokens, sentence, start, head + 1) && sentence.NormAt(tokens, head + 2) != "by") return true;
            if (objectOfPreposition && EndsNounPhrase(tokens, sentence, head + 1)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Most of the largest donors are men", "Some of the wealthiest patrons gave anonymously", "lending to some of the
    /// smallest farms": a quantifier of more than one ("some", "most", "many", a number above one) with "of" takes part of
    /// a set picked out by its place in a distribution, and the clause says what that part does or is; the rank is the
    /// given, not the claim. The partitive must open the clause (after at most a conjunction and an adverb) or be the
    /// object of a preposition. After a verb, a copula or a comma it places its holder in the set ("Varn has some of the
    /// strictest laws", "Brandt and Ruiz, two of the ablest lawyers", "are among some of the best") and keeps the rank,
    /// as "one of" always does; so does "as" or "by" before it (a label, an agent). A scope after a superlative of
    /// judgement ("some of the dirtiest rivers in Europe", "some of the finest wines ever made") compares the set with a
    /// wider world and keeps the rank, as it does for <see cref="PicksSubset"/>; after a measurable degree ("most of the
    /// largest contributors in the country", real news) it only places a distribution the figures define; so does a fronted "among" whose phrase a copula follows
    /// ("Among some of the worst offenders are the water companies"), the copula case stated backwards.
    /// </summary>
    public static bool IsQuantifiedSubset(ImmutableArray<Token> tokens, Sentence sentence, int start, int adjectiveEnd)
    {
        var quantifier = start - 2;
        if (tokens[start].Norm != "the" || quantifier < sentence.FirstToken || tokens[start - 1].Norm != "of") return false;
        var q = tokens[quantifier];
        var many = q.Norm is not ("one" or "each" or "any" or "none") && FunctionWords.Partitives.Contains(q)
            || ClaimScope.IsNumberWord(q) && q.Norm != "one" || q.Kind == TokenKind.Number && q.Norm != "1";
        if (!many || SubsetHeadEnd(tokens, sentence, adjectiveEnd) is not int headEnd) return false;
        // "most of the largest contributors in the country": a measurable degree ranks by a figure, and the scope only
        // places the distribution; "some of the strictest laws in the West" ranks by judgement against a wider world.
        if (IsScopedAfterHead(tokens, sentence, headEnd) && !Vocabulary.IsMeasurableDegree(tokens[adjectiveEnd - 1])) return false;
        var before = quantifier - 1;
        // "But even among …": a conjunction and an adverb may open the clause before the partitive.
        if (before >= sentence.FirstToken && tokens[before].Norm is "but" or "and" or "yet" or "so" or "still" or "now" or "even" or "indeed" or "today") before--;
        if (before >= sentence.FirstToken && tokens[before].Norm is "but" or "and" or "yet" or "so") before--;
        if (before < sentence.FirstToken || tokens[before].Kind == TokenKind.Quote || tokens[before].Text == "(") return true;
        if (!FunctionWords.Prepositions.Contains(tokens[before]) || tokens[before].Norm is "by" or "of") return false;
        if (tokens[before].Norm is not ("among" or "amongst")) return true;
        // "are among some of the best": a copula before "among" places its subject in the set; "Among some of the worst
        // offenders are …": so does one right after the phrase, the subject coming after it.
        if (before == sentence.FirstToken) return headEnd >= sentence.EndToken || !FunctionWords.Copulas.Contains(tokens[headEnd]);
        return !FunctionWords.Copulas.Contains(tokens[before - 1]);
    }

    /// <summary>
    /// The token after the plural head of a ranked set, up to three modifiers after the superlative ("the smallest
    /// family farms"); null when no plural head ends the phrase there.
    /// </summary>
    private static int? SubsetHeadEnd(ImmutableArray<Token> tokens, Sentence sentence, int adjectiveEnd)
    {
        int? headEnd = null;
        for (var k = adjectiveEnd; k < sentence.EndToken && k - adjectiveEnd <= 3 && IsContentWord(tokens[k]) && !tokens[k].Norm.EndsWith("'s", StringComparison.Ordinal); k++)
            if (IsPluralHead(tokens[k].Norm)) headEnd = k + 1;
        return headEnd;
    }

    /// <summary>
    /// "the worst offenders in history", "the finest wines ever made", "the largest donors to the fund": a preposition
    /// or "ever" right after the head scopes or completes it, so the phrase does not end at its head — the reading
    /// <see cref="PicksSubset"/> requires of an object (<see cref="EndsNounPhrase"/>).
    /// </summary>
    private static bool IsScopedAfterHead(ImmutableArray<Token> tokens, Sentence sentence, int headEnd) =>
        !EndsNounPhrase(tokens, sentence, headEnd) && (tokens[headEnd].Norm is "ever" || FunctionWords.Prepositions.Contains(tokens[headEnd]));

    /// <summary>Words that end a noun phrase without scoping it: punctuation, a coordinator or a relative pronoun.</summary>
    private static bool EndsNounPhrase(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k >= sentence.EndToken || !tokens[k].IsWord && tokens[k].Kind != TokenKind.Number || ClauseBoundaries.Contains(tokens[k].Norm);

    private static readonly FrozenSet<string> ClauseBoundaries = FrozenSet.ToFrozenSet(["and", "or", "but", "who", "whom", "whose", "which", "while"], StringComparer.Ordinal);

    private static bool IsPluralHead(string word) => IsPlural(word) || word is "people" or "children" or "men" or "women";

    /// <summary>
    /// "I will publish the best ones next week", "we picked out the strongest entries for Sunday": a superlative right
    /// after a verb of choosing or publishing, said of one occasion (a modal or "to" before the verb, or its past),
    /// names what is chosen from a set at hand (letters, photos, entries) and ranks nothing in the world. A habit is a
    /// claim ("our magazine publishes the best writing"), and so is a pick with any scope after it ("picked the worst
    /// candidate in history").
    /// </summary>
    public static bool IsChosenPick(ImmutableArray<Token> tokens, Sentence sentence, int start, int end)
    {
        var verb = start - 1;
        if (verb > sentence.FirstToken && tokens[verb].Norm == "out") verb--;
        if (verb < sentence.FirstToken || !ChoiceVerbs.Value.Contains(tokens[verb])) return false;
        var occasion = tokens[verb].Norm.EndsWith("ed", StringComparison.Ordinal) || tokens[verb].Norm is "chose" or "chosen"
            || sentence.NormAt(tokens, verb - 1) is "will" or "'ll" or "would" or "shall" or "to";
        return occasion && (end >= sentence.EndToken || !tokens[end].IsWord || PickFollowers.Contains(tokens[end].Norm));
    }

    /// <summary>
    /// "Shoppers look for the cheapest flights in March", "young families seek the safest streets", "in search of the
    /// lowest rents": a superlative that is the object of a verb of seeking, right after it, after its "for" or after "in
    /// search of", names what is sought — a set the seeker would pick from, as a target does — not a thing the writer ranks first
    /// (issue 17: four of 376 RH2001 findings on the news sample were a thing sought). With a scope after the
    /// head ("in search of the highest wages in the world") the phrase compares with a wider world and still ranks;
    /// a time after it ("in March", "this spring") scopes nothing.
    /// </summary>
    public static bool IsSoughtObject(ImmutableArray<Token> tokens, Sentence sentence, int start, int end)
    {
        var before = start - 1;
        if (before <= sentence.FirstToken) return false;
        // "of" takes what is sought only in "in search of", "in quest of": after a search word elsewhere it is as often a
        // partitive ("the search is one of the biggest manhunts") or a likeness ("has the look of the best striker").
        var sought = SeekVerbs.Value.Contains(tokens[before])
            || tokens[before].Norm == "for" && FollowsWordOf(SearchWords.Value, tokens, sentence, before)
            || tokens[before].Norm == "of" && before - 2 >= sentence.FirstToken && tokens[before - 2].Norm == "in"
                && SearchWords.Value.Contains(tokens[before - 1].Norm);
        return sought && (end >= sentence.EndToken || !tokens[end].IsWord || PickFollowers.Contains(tokens[end].Norm) || IsTimeAfter(tokens, sentence, end));
    }

    /// <summary>"in March", "on Sundays", "during 2024", "this spring": a preposition or determiner of time and a time word.</summary>
    private static bool IsTimeAfter(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k + 1 >= sentence.EndToken || !(FunctionWords.Prepositions.Contains(tokens[k]) || tokens[k].Norm is "this" or "next" or "last" or "each" or "every")) return false;
        var time = tokens[k + 1];
        return time.IsYear || FunctionWords.Months.Contains(time) || FunctionWords.Weekdays.Contains(time.Norm.TrimEnd('s'))
            || time.Norm is "spring" or "summer" or "autumn" or "fall" or "winter" or "weekend" or "weekends" or "holidays";
    }

    /// <summary>Words that may follow a pick without scoping it: a purpose or a time ("for Sunday's page", "next week").</summary>
    private static readonly FrozenSet<string> PickFollowers = FrozenSet.ToFrozenSet(["for", "and", "next", "this", "tomorrow", "each", "every"], StringComparer.Ordinal);

    /// <summary>
    /// "wants to make Tarnby the greenest town by 2035", "our goal is to become the safest city": the superlative is
    /// the target of a "to" infinitive after a word of wanting or aiming — an aspiration, not a claim about now. So is
    /// a title contested, the superlative after "for" and a verb of competing ("vie for the distinction of the most
    /// popular voice"): a rank sought, not one held.
    /// </summary>
    public static bool IsAspiration(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        for (var k = start - 1; k >= sentence.FirstToken && start - k <= 5; k--)
        {
            var token = tokens[k];
            if (!token.IsWord) return false;
            if (token.Norm == "to") return FollowsWordOf(Aspirations.Value, tokens, sentence, k);
            if (token.Norm == "for" && FollowsWordOf(ContestVerbs.Value, tokens, sentence, k)) return true;
        }
        return false;
    }

    /// <summary>Whether one of <paramref name="words"/> is among the three words before <paramref name="particle"/>.</summary>
    private static bool FollowsWordOf(FrozenSet<string> words, ImmutableArray<Token> tokens, Sentence sentence, int particle)
    {
        for (var k = particle - 1; k >= sentence.FirstToken && particle - k <= 3; k--)
        {
            if (words.Contains(tokens[k].Norm)) return true;
            if (!tokens[k].IsWord) return false;
        }
        return false;
    }

    private static bool HasFigure(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Number && !token.IsYear || token.Text == "%" || ClaimScope.IsNumberWord(token)
                || token.Norm is "percent" or "half" or "quarter" or "third" or "fifth") return true;
        }
        return false;
    }

    private static bool IsGerund(Token token) =>
        token.IsWord && !token.IsCapitalized && token.Norm.Length > 5 && token.Norm.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// "in the deepest red and deepest blue states", "the richest north and richest south districts": one superlative
    /// repeated on two modifiers of a shared plural head picks out two groups, the two ends of one scale — a subset
    /// named by its place in a distribution, not a thing ranked first. "the cleanest and safest cities" (two degrees
    /// of one set) and a pair graded by "most" ("the most dangerous and most costly roads" stacks judgements on one
    /// set) still rank. <paramref name="end"/> is the end of the first phrase, its
    /// modifier, which must be no plural head itself.
    /// </summary>
    public static bool IsPairedExtremes(ImmutableArray<Token> tokens, Sentence sentence, int superlative, int adjectiveEnd, int end)
    {
        var degree = tokens[superlative].Norm;
        if (degree is "most" or "least" || end == adjectiveEnd || end + 2 >= sentence.EndToken || tokens[end].Norm is not ("and" or "or")) return false;
        for (var k = adjectiveEnd; k < end; k++)
            if (IsPluralHead(tokens[k].Norm)) return false;
        var second = end + 1;
        if (tokens[second].Norm != degree) return false;
        // its own modifier, then the shared plural head within three words
        for (var k = second + 2; k < sentence.EndToken && k - second <= 3 && IsContentWord(tokens[k]); k++)
            if (IsPluralHead(tokens[k].Norm)) return true;
        return false;
    }

    internal static bool IsBareVerb(Token token) =>
        token.IsWord && !token.IsCapitalized && !FunctionWords.Definite.Contains(token) && !FunctionWords.Possessive.Contains(token)
        && !FunctionWords.IndefiniteSingular.Contains(token) && (!token.Norm.EndsWith('s') || token.Norm.EndsWith("ss", StringComparison.Ordinal));

    private static bool IsContentWord(Token token) =>
        token.IsWord && !FunctionWords.NounPhraseBreakers.Contains(token) && !FunctionWords.Prepositions.Contains(token)
        && !FunctionWords.Auxiliaries.Contains(token) && !FunctionWords.Copulas.Contains(token);
}
