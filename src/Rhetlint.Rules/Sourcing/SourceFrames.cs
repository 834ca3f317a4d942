using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// What the source rules (RH3001, RH3002, RH3009, RH3010) share: the span they report, which frames they may
/// judge at all, and the precedence that gives each unnamed source exactly one finding
/// (RH3010 &gt; RH3009 &gt; RH3002 &gt; RH3001, RULES.md §1).
/// </summary>
internal static class SourceFrames
{
    private static readonly Lazy<FrozenWordSet> CharacterAttacks = new(() => RuleLexicons.Store.Set("character_attacks"));

    /// <summary>The source phrase, with the cue when it is next to it ("One columnist noted", "said a diplomat", "according to a report").</summary>
    public static TextSpan AttributionSpan(DocumentModel document, AttributionFrame frame)
    {
        var cue = document.Tokens[frame.CueToken];
        if (cue.Kind == TokenKind.Quote) return document.SpanOf(frame.SourceStart, frame.SourceEnd);
        if (frame.CueToken < frame.SourceStart) return document.SpanOf(frame.CueToken, frame.SourceHeadEnd);
        var verbAdjacent = frame.CueToken - frame.SourceEnd <= 2 && frame.SourceEnd == frame.SourceHeadEnd;
        return verbAdjacent ? document.SpanOf(frame.SourceStart, frame.CueToken + 1) : document.SpanOf(frame.SourceStart, frame.SourceEnd);
    }

    /// <summary>
    /// Frames a source rule judges: the writer's own attribution — not one inside a quotation or inside what
    /// someone else reports ("she said leaders had agreed" is her claim) — and not hypothetical speech
    /// ("critics would call it", "some may argue"). A source phrase with two cues ("One official, speaking to reporters,
    /// said …", "a source said …, warning that …") is one source: only its fullest reading is judged, so it gets one finding.
    /// </summary>
    public static bool IsAuthorAttribution(DocumentModel document, AttributionFrame frame)
    {
        if (!document.Voices[frame.SourceStart].IsWritersWords() || HasFullerReading(document, frame)) return false;
        var tokens = document.Tokens;
        if (IsHypotheticalSpeaker(tokens, document.SentenceOf(frame.SourceStart), frame.SourceStart)) return false;
        // Only a modal between the source and its cue is the frame's ("critics would call it"); one before the source
        // belongs to an earlier clause ("the clinic will close in May and nurses say …", "the budget will fail,
        // according to a source").
        var first = frame.CueToken < frame.SourceStart ? frame.CueToken : document.SentenceOf(frame.CueToken).FirstToken;
        for (var k = frame.CueToken - 1; k >= first && frame.CueToken - k <= 3; k--)
        {
            // "Readers who want to be heard can write to the board": a modal right before the cue is the cue's, even where
            // the source was read on through it.
            if ((k >= frame.SourceEnd || k == frame.CueToken - 1 && k >= frame.SourceHeadEnd)
                && tokens[k].Norm is "would" or "could" or "might" or "may" or "should" or "can" or "will" or "must") return false;
            // "residents who say the port is unsafe": a description inside the writer's own sentence, not a source. In
            // "economists who we interviewed say" the relative clause has its own subject and ends before the cue.
            // "workers who were there that night say", "nurses who trained in that hospital say": a "that" before a period of
            // time or after a preposition is a demonstrative.
            if (tokens[k].Norm is "who" or "that" or "which" && k >= frame.SourceHeadEnd && !HasSubjectBetween(tokens, k + 1, frame.CueToken)
                && !FunctionWords.IsDemonstrativeOfTime(tokens, k) && !FunctionWords.IsDeterminerAfterPreposition(tokens, k, frame.CueToken)) return false;
        }
        return true;
    }

    /// <summary>Adverbs that invert a clause when they open it: "never has", "rarely does", "seldom had".</summary>
    private static readonly HashSet<string> NegativeInversionAdverbs = new(StringComparer.Ordinal) { "never", "rarely", "seldom", "hardly", "scarcely" };

    /// <summary>Subordinators of a condition or of any occasion: the speaker they introduce is a case, not a person.</summary>
    private static readonly HashSet<string> ConditionSubordinators = new(StringComparer.Ordinal) { "if", "unless", "whenever" };

    /// <summary>
    /// "If a doctor says you are fine, …", "whenever an agent tells you …", "Never has an actor said so much": a speaker
    /// under a condition, or after a negative adverb that inverts the clause, is anyone who might speak, not someone who
    /// did, so there is no source to name.
    /// </summary>
    private static bool IsHypotheticalSpeaker(ImmutableArray<Token> tokens, Sentence sentence, int sourceStart)
    {
        var before = sourceStart - 1;
        if (before < sentence.FirstToken) return false;
        if (ConditionSubordinators.Contains(tokens[before].Norm)) return true;
        return before - 1 >= sentence.FirstToken && FunctionWords.Auxiliaries.Contains(tokens[before])
            && NegativeInversionAdverbs.Contains(tokens[before - 1].Norm);
    }

    /// <summary>
    /// Another frame of the sentence reads the same source phrase better. A cue that describes the source — a
    /// participle aside or the verb of a relative clause ("One official, speaking to reporters, said", "a nurse who asked
    /// not to be named said") — is the source's, so the frame of the main verb wins; a source read on across the main
    /// verb ("A council aide who was not cleared to comment said the depot closed") is a misreading, so the frame of
    /// that verb wins. Otherwise the longer reading wins, then the earlier cue.
    /// </summary>
    private static bool HasFullerReading(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        // A handful of frames is all a real sentence has; the bound keeps a sentence of thousands linear.
        foreach (var other in document.FramesIn(document.Syntax.Sentences[frame.SentenceIndex]).Take(MaxFramesCompared))
        {
            if (other == frame || other.SourceStart != frame.SourceStart || IsRelativeClauseReading(tokens, other, frame)) continue;
            var supersedes = Holds(other, frame.CueToken) ? DescribesSource(tokens, other, frame.CueToken)
                : Holds(frame, other.CueToken) ? !DescribesSource(tokens, frame, other.CueToken)
                : other.SourceEnd > frame.SourceEnd || other.SourceEnd == frame.SourceEnd && other.CueToken < frame.CueToken;
            if (supersedes) return true;
        }
        return false;
    }

    /// <summary>
    /// "“…,” said one senior broker, who spoke to us on condition of anonymity": a reading that ends the source at the relative
    /// pronoun and takes the relative clause's verb as its cue describes the source; it never takes the place of the
    /// main verb's reading, whichever is longer.
    /// </summary>
    private static bool IsRelativeClauseReading(ImmutableArray<Token> tokens, AttributionFrame reading, AttributionFrame main) =>
        reading.CueToken != main.CueToken && reading.CueToken >= reading.SourceEnd && reading.CueToken - reading.SourceEnd <= 2
        && tokens[reading.SourceEnd - 1].Norm is "who" or "that" && !Holds(reading, main.CueToken);

    private static bool Holds(AttributionFrame frame, int token) => token >= frame.SourceStart && token < frame.SourceEnd;

    /// <summary>
    /// The cue inside <paramref name="frame"/>'s source describes the source: a participle ("speaking"), or the first
    /// verb of a relative clause ("who asked not to be named"), not a verb after the relative clause's own ("who was not
    /// authorized to speak said").
    /// </summary>
    private static bool DescribesSource(ImmutableArray<Token> tokens, AttributionFrame frame, int cue)
    {
        if (tokens[cue].Norm.EndsWith("ing", StringComparison.Ordinal)) return true;
        for (var k = cue - 1; k >= frame.SourceStart; k--)
        {
            if (tokens[k].Norm is "who" or "that" or "which") return true;
            if (FunctionWords.Auxiliaries.Contains(tokens[k]) || Vocabulary.IsReportingVerb(tokens[k])) return false;
        }
        return false;
    }

    private const int MaxFramesCompared = 16;

    private static bool HasSubjectBetween(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (FunctionWords.PersonPronouns.Contains(tokens[k]) || FunctionWords.AuthorPronouns.Contains(tokens[k]) || tokens[k].Norm == "you")
                return true;
        return false;
    }

    private static readonly Lazy<FrozenWordSet> ObjectVerbs = new(() => RuleLexicons.Store.Set("object_reporting_verbs"));
    private static readonly Lazy<FrozenWordSet> MannerVerbs = new(() => LexiconStore.Engine.Set("manner_of_speaking_verbs"));

    /// <summary>
    /// The frame reports an act, not a claim, so no source rule judges it: "voters rejected the levy", "an official
    /// recalled the night", "someone asked how it works" (a verb whose object is a thing or a question, unless "that",
    /// a colon, a quotation, a gerund, a clause or an "as"/"of" complement follows: "denounced the plan as reckless",
    /// "recommend applying it daily", "a poll found the party had lost ground"); "protesters chanted" (a crowd
    /// voicing something at an event is a scene, not a view held; one unnamed person shouting a quotation is a source);
    /// "people ask me, “Why would I trust it?”" (a quoted question is asked, not claimed).
    /// </summary>
    public static bool IsActionNotClaim(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        if (Vocabulary.ReportingVerbLemma(tokens[frame.CueToken]) is not { } lemma) return false;
        // "Security researchers have praised the design": experts vouching for a thing appeal to their authority.
        if (frame.Speaker == SpeakerClass.VagueCollective
            && Endorsements.IsExpertEndorsement(tokens, frame.SourceHeadEnd, frame.CueToken, document.SentenceOf(frame.CueToken).EndToken))
            return false;
        // A crowd chanting is a scene; one unnamed person shouting a quotation is a source to name.
        // One unnamed person blurting out that the count was wrong passes on a claim too; a crowd only when it is hushed.
        if (MannerVerbs.Value.Contains(lemma))
            return !IsHushedReport(tokens, frame.CueToken, lemma)
                && !(frame.Speaker is SpeakerClass.VagueSingular or SpeakerClass.AnonymousBare or SpeakerClass.AnonymousDescribed
                     && (frame.QuotationIndex is not null || IsThatAfterHearer(tokens, frame.CueToken)));
        // "People ask me, “Why would I trust it?”": a question is asked, not claimed.
        if (QuestionVerbs.Contains(lemma) && frame.QuotationIndex is int quoted && IsQuestion(document, document.Syntax.Quotations[quoted])) return true;
        if (frame.QuotationIndex is null && IsCorrespondence(tokens, frame.CueToken, lemma)) return true;
        if (AnnouncedActs.Are(document, frame, lemma)) return true;
        if (WorkTimetables.Are(document, frame, lemma)) return true;
        if (!ObjectVerbs.Value.Contains(lemma) || frame.QuotationIndex is not null || AccountVerbs.Contains(lemma) && IsOffTheRecord(tokens, frame)) return false;
        var next = AfterCommaAdverb(tokens, AfterHearer(tokens, frame.CueToken));
        if (next >= tokens.Length || tokens[next].Norm == "that" || tokens[next].Text is ":" or "," || tokens[next].Kind == TokenKind.Quote) return false;
        // "recommend applying it twice a day": advice given as a gerund is a claim about what works.
        if (tokens[next].IsWord && tokens[next].Norm.Length > 4 && tokens[next].Norm.EndsWith("ing", StringComparison.Ordinal)) return false;
        // "someone asked how the plan would work": a question, not a claim.
        if (tokens[next].Norm is "how" or "whether" or "why" or "what" or "when" or "where" or "who" or "if") return true;
        if (ClauseFollows(document, next)) return false;
        var sentenceEnd = document.SentenceOf(frame.CueToken).EndToken;
        for (var k = next; k < sentenceEnd && k - next < 8; k++)
            if (tokens[k].Norm is "as" or "of") return false;
        return true;
    }

    /// <summary>"asked, fairly, whether …": an adverb set off by commas stands between the verb and what it takes.</summary>
    private static int AfterCommaAdverb(ImmutableArray<Token> tokens, int k) =>
        k + 2 < tokens.Length && tokens[k].Text == "," && tokens[k + 1].IsWord && tokens[k + 1].Norm.Length > 4
        && tokens[k + 1].Norm.EndsWith("ly", StringComparison.Ordinal) && tokens[k + 2].Text == ","
            ? k + 3
            : k;

    /// <summary>Verbs whose object is the account given (WordNet's describe.v.01, characterize.v.01, recount.v.01).</summary>
    private static readonly HashSet<string> AccountVerbs = new(StringComparer.Ordinal) { "describe", "characterize", "recount" };

    /// <summary>
    /// "Heads I know privately describe staffrooms in despair", "officials privately recounted the meeting": an account a
    /// source gives off the record is passed on to the writer, whatever its object. An act done in private ("officials
    /// privately praised the crews") is still an act.
    /// </summary>
    private static bool IsOffTheRecord(ImmutableArray<Token> tokens, AttributionFrame frame)
    {
        for (var k = frame.CueToken - 1; k >= frame.SourceEnd && frame.CueToken - k <= 3; k--)
            if (FunctionWords.AnonymityAdverbs.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// "Several readers have written in asking why …", "the most common reason viewers wrote to me was …": write in its
    /// sense of sending a letter (WordNet's write.v.07), with "in" or a hearer and no "that", colon, quotation or "to say"
    /// after them, reports that letters came, not what they claim — a writer's own mailbag. "Readers wrote to me that the
    /// mayor lied" passes a claim on.
    /// </summary>
    private static bool IsCorrespondence(ImmutableArray<Token> tokens, int cue, string lemma)
    {
        if (lemma != "write") return false;
        var k = cue + 1;
        if (k < tokens.Length && tokens[k].Norm == "in") k++;
        if (k + 1 < tokens.Length && tokens[k].Norm is "to" or "in" && FunctionWords.ObjectPronouns.Contains(tokens[k + 1])) k += 2;
        if (k == cue + 1) return false;
        return k >= tokens.Length || tokens[k].Norm is not ("that" or "to") && tokens[k].Text is not ":" && tokens[k].Kind != TokenKind.Quote;
    }

    /// <summary>
    /// Manner-of-speaking verbs of hushed speech (WordNet's whisper.v.01, mutter.v.01, murmur.v.01): what is passed on
    /// under the breath is a claim kept from the record, not a scene, as a chant or a shout at an event is.
    /// </summary>
    private static readonly HashSet<string> HushedVerbs = new(StringComparer.Ordinal) { "whisper", "mutter", "murmur", "mumble" };

    /// <summary>
    /// "Bond traders are whispering that a default is near", "growers mutter that the frost …", "dealers murmured to me
    /// that …": a hushed verb with a "that" clause, after its hearer if one is named, reports what the group holds. A
    /// hushed verb alone ("the crowd murmured") is a scene.
    /// </summary>
    private static bool IsHushedReport(ImmutableArray<Token> tokens, int cue, string lemma) =>
        HushedVerbs.Contains(lemma) && IsThatAfterHearer(tokens, cue);

    private static bool IsThatAfterHearer(ImmutableArray<Token> tokens, int cue)
    {
        var k = AfterHearer(tokens, cue);
        return k < tokens.Length && tokens[k].Norm == "that";
    }

    /// <summary>
    /// The token after a verb's particle "out" and its hearer: "complained to me that", "blurted out to reporters that"
    /// give what was said after the hearer.
    /// </summary>
    private static int AfterHearer(ImmutableArray<Token> tokens, int cue)
    {
        var k = cue + 1;
        if (k < tokens.Length && tokens[k].Norm == "out") k++;
        if (k + 1 < tokens.Length && tokens[k].Norm == "to" && FunctionWords.ObjectPronouns.Contains(tokens[k + 1])) k += 2;
        return k;
    }

    /// <summary>Reporting verbs whose quotation may be a question rather than a claim.</summary>
    private static readonly HashSet<string> QuestionVerbs = new(StringComparer.Ordinal) { "ask", "query", "inquire", "wonder" };

    /// <summary>The quotation's last content ends in a question mark ("“… my customers?”").</summary>
    private static bool IsQuestion(DocumentModel document, Quotation quotation)
    {
        if (quotation.CloseToken is not int close) return false;
        for (var k = close - 1; k > quotation.OpenToken && !document.Tokens[k].IsWord; k--)
            if (document.Tokens[k].Text == "?") return true;
        return false;
    }

    /// <summary>How far after an object verb a finite clause is looked for: "found the movement had", not "found 23 people across".</summary>
    private const int MaxObjectClauseTokens = 5;

    /// <summary>"a poll found the movement had the highest ratings": a clause without "that" follows, so a claim is reported.</summary>
    internal static bool ClauseFollows(DocumentModel document, int from)
    {
        var tokens = document.Tokens;
        var end = document.SentenceOf(from).EndToken;
        for (var k = from; k < end && k - from < MaxObjectClauseTokens; k++)
        {
            if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Number || FunctionWords.Prepositions.Contains(tokens[k])) return false;
            if (FunctionWords.Auxiliaries.Contains(tokens[k])) return true;
        }
        return false;
    }

    /// <summary>Nouns by which a writer names their own publication: "told this paper", "told this newspaper".</summary>
    private static readonly HashSet<string> OwnPublicationNouns = new(StringComparer.Ordinal)
        { "paper", "newspaper", "newsletter", "magazine", "publication", "column", "blog", "site", "website", "reporter", "writer", "correspondent" };

    /// <summary>
    /// "told me", "tell us", "told this paper": the group spoke to the writer, not in public, so the body it works for
    /// does not put it on the record; they are the writer's unnamed interviewees ("nurses at the Brenmoor Clinic told me").
    /// "told reporters", "told parliament" is speaking in public.
    /// </summary>
    public static bool TellsTheWriter(ImmutableArray<Token> tokens, int cue)
    {
        if (Vocabulary.ReportingVerbLemma(tokens[cue]) != "tell" || cue + 1 >= tokens.Length) return false;
        var next = tokens[cue + 1].Norm;
        return next is "me" or "us" || next == "this" && cue + 2 < tokens.Length && OwnPublicationNouns.Contains(tokens[cue + 2].Norm);
    }

    /// <summary>
    /// "Ten voters said", "three officials", "a majority of voters", "61% of farmers", "most farmers in the sample,
    /// 61%,": the source phrase, appositive included, gives a count (a year is no count: "critics of the 2024 budget").
    /// After the head, a count of bodies, people, places or things that opens a preposition's object counts that
    /// object, not the source: "senior figures in both parties", "critics in both chambers", "economists on both sides of
    /// the debate", "officials from three agencies" are as many as nobody says. A span of time or a measure there
    /// ("stewards, who waited for two weeks,") and a count whose noun the phrase does not hold keep the old reading. A
    /// round number in the plural ("dozens of callers", "hundreds of residents") says only that there were many, as
    /// "many" and "several" do, so it counts nobody.
    /// </summary>
    public static bool IsCounted(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        for (var i = frame.SourceStart; i < frame.SourceEnd; i++)
        {
            if (i >= frame.SourceHeadEnd && OpensPrepositionalObject(tokens, i) && i + 1 < frame.SourceEnd && IsCountableOther(tokens[i + 1]))
                continue;
            if (tokens[i] is { Kind: TokenKind.Number, IsYear: false } || FunctionWords.IsCardinal(tokens[i]) || Proportions.Contains(tokens[i].Norm)) return true;
        }
        return false;
    }

    /// <summary>The word at <paramref name="i"/> opens a preposition's object, right after it or after "the" ("from the two parties").</summary>
    private static bool OpensPrepositionalObject(ImmutableArray<Token> tokens, int i) =>
        FunctionWords.Prepositions.Contains(tokens[i - 1])
        || tokens[i - 1].Norm == "the" && i >= 2 && FunctionWords.Prepositions.Contains(tokens[i - 2]);

    /// <summary>
    /// A noun a count after a preposition may count instead of the source: a source noun ("three unions") or any noun
    /// WordNet holds ("both sides", "both chambers"), except a span of time, a measure or a ratio ("for two weeks",
    /// "within five miles").
    /// </summary>
    private static bool IsCountableOther(Token noun) =>
        SourceNouns.Of(noun) is not null
        || NounTypes.Of(noun) is { } type && type is not (NounType.Time or NounType.Quantity or NounType.Relation);

    /// <summary>
    /// "29 per cent of the party's members said", "half of Harlow's nurses said", "a majority of members told the
    /// pollsters": a share of a group is a survey's result, not a person who spoke. Nobody polls anonymous insiders in
    /// percentages, so the group reports a measurement and is no anonymous source (real news, issue 17: three such
    /// findings in one PolNeAR/SemEval article). A bare count stays a source: "three officials said".
    /// </summary>
    public static bool IsShareOfGroup(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        for (var i = frame.SourceStart; i + 1 < frame.SourceHeadEnd; i++)
            if (Shares.Contains(tokens[i].Norm) && tokens[i + 1].Norm == "of") return true;
        return false;
    }

    /// <summary>Words that take a share of a group before "of": "61 per cent of", "61% of", "half of", "a majority of".</summary>
    private static readonly HashSet<string> Shares = new(StringComparer.Ordinal)
        { "percent", "cent", "%", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority", "minority", "proportion", "share", "fraction" };

    /// <summary>Counts beside the cardinals: shares and "both" (plurals of round numbers, "dozens", "hundreds", count nobody).</summary>
    private static readonly HashSet<string> Proportions = new(StringComparer.Ordinal)
    {
        "majority", "minority", "half", "third", "quarter", "percent", "cent", "%", "both",
    };

    private static readonly Lazy<FrozenWordSet> StanceGroups = new(() => RuleLexicons.Store.Set("stance_groups"));

    /// <summary>How many content words of a claim are compared: claims sit in a clause or two.</summary>
    private const int MaxClaimWords = 40;

    /// <summary>
    /// Whether a named source identifies an unnamed one nearby (RH3001's named members, RH3002's delayed identification):
    /// the named speaker's own description repeats the unnamed head ("Geologists agree …" then "Dr. Jo Pike, a
    /// geologist at …"; "a Harlow Institute economist" then "Dr. Mira Solberg, the institute's chief economist"), or it
    /// carries the same claim, or the group is one only a stance or the context defines ("critics", "others"), which
    /// whoever speaks after them joins.
    /// A named speaker on another matter ("Geologists agree the volcano is dormant. Mayor Jo Pike said the fireworks
    /// will go ahead.") identifies nobody.
    /// </summary>
    public static bool IsIdentifiedBy(DocumentModel document, AttributionFrame unnamed, AttributionFrame named)
    {
        var tokens = document.Tokens;
        var head = tokens[unnamed.SourceHeadEnd - 1];
        // "others", "some": who they are is the context's, which a named speaker who comes after them gives ("Critics say …
        // Sen. Ana Ruiz, who voted against it, said …"). One who spoke first is the other side: "Mayor Ana Ruiz said the
        // bridge is sound, while critics claim …" names no critic.
        if ((StanceGroups.Value.Contains(head) || FunctionWords.VaguePronouns.Contains(head) || DividedGroups.IsSplit(document, unnamed))
            && named.CueToken > unnamed.CueToken) return true;
        for (var i = named.SourceStart; i < named.SourceEnd; i++)
            if (tokens[i].IsWord && IsSameWord(tokens[i].Norm, head.Norm)) return true;
        var claim = ClaimWords(document, unnamed.Content);
        var shared = ClaimWords(document, named.Content).Where(word => claim.Any(w => IsSameWord(w.Norm, word.Norm))).ToList();
        // Two claims about the same person share that person's name and nothing else ("… told the paper Lena Varga knew.
        // Tomas Brek, her aide, denied Lena Varga ever asked."): a name is what a claim is about, not what it says.
        return shared.Count >= MinSharedClaimWords && shared.Any(word => !word.IsName);
    }

    /// <summary>Content words two claims must share to be the same claim: one alone ("year", "plan") is often chance.</summary>
    private const int MinSharedClaimWords = 2;

    /// <summary>A content word of a claim; a capitalized word after its sentence's first is part of a name.</summary>
    private readonly record struct ClaimWord(string Norm, bool IsName);

    private static bool IsSameWord(string a, string b) => Inflections.IsFormOf(a, b) || Inflections.IsFormOf(b, a);

    /// <summary>The content words of a claim: no function words, no reporting verbs, nothing under four letters.</summary>
    private static List<ClaimWord> ClaimWords(DocumentModel document, TextSpan content)
    {
        var words = new List<ClaimWord>();
        if (content.IsEmpty) return words;
        var tokens = document.Tokens;
        var first = document.Syntax.TokenIndexAt(content.Start);
        for (var i = Math.Max(first, 0); first >= 0 && i < tokens.Length && tokens[i].Span.End <= content.End && words.Count < MaxClaimWords; i++)
        {
            var token = tokens[i];
            if (token.IsWord && token.Norm.Length >= 4 && !FunctionWords.NounPhraseBreakers.Contains(token) && !FunctionWords.Definite.Contains(token)
                && !FunctionWords.Possessive.Contains(token) && !FunctionWords.PersonPronouns.Contains(token) && !Vocabulary.IsReportingVerb(token))
                words.Add(new ClaimWord(token.Norm, token.IsCapitalized && i > document.SentenceOf(i).FirstToken));
        }
        return words;
    }

    /// <summary>An unnamed or vague source saying something pejorative about a person (RH3010 owns the frame).</summary>
    public static bool IsAnonymousAttack(DocumentModel document, AttributionFrame frame) =>
        frame.Speaker is SpeakerClass.AnonymousBare or SpeakerClass.AnonymousDescribed or SpeakerClass.VagueCollective or SpeakerClass.VagueSingular
        && AttackWord(document, frame) is not null;

    /// <summary>
    /// The first character attack in the frame's content that is said of a person: a person is named or referred to
    /// before it ("Lind an incompetent puppet", "the minister is a coward") and the word is not a modifier of some other
    /// noun ("corrupt officials", "a dishonest plan" attack no one in particular). Negated attacks attack nobody.
    /// </summary>
    public static Token? AttackWord(DocumentModel document, AttributionFrame frame)
    {
        if (frame.Content.IsEmpty) return null;
        var tokens = document.Tokens;
        var first = document.Syntax.TokenIndexAt(frame.Content.Start);
        if (first < 0) return null;
        var sentenceStart = document.SentenceOf(first).FirstToken;
        var person = false;
        // Attacks sit near their cue; the bound keeps long sentences full of frames linear.
        for (var i = first; i < tokens.Length && i - first < 40 && tokens[i].Span.End <= frame.Content.End; i++)
        {
            var token = tokens[i];
            if (!token.IsWord) continue;
            if (CharacterAttacks.Value.Contains(token))
            {
                if (person && ModifiesNothingElse(tokens, i) && !document.IsNegated(i)) return token;
                continue;
            }
            // A capitalized word is a person only when no noun follows it ("Lind is", "Lind an incompetent …", not "the Harbor plan").
            person |= token.IsCapitalized && i > sentenceStart && token.Norm != "i" && IsFollowedByNoNoun(tokens, i)
                || token.Norm is "he" or "she" or "him" or "her" or "his" or "you"
                || Vocabulary.IsRoleNoun(token) && i > first && tokens[i - 1].Norm is "the" or "our" or "their" or "his" or "her";
        }
        return null;
    }

    private static bool IsFollowedByNoNoun(ImmutableArray<Token> tokens, int i) =>
        i + 1 >= tokens.Length || !tokens[i + 1].IsWord || tokens[i + 1].IsCapitalized
        || FunctionWords.Auxiliaries.Contains(tokens[i + 1]) || FunctionWords.IndefiniteSingular.Contains(tokens[i + 1])
        || tokens[i + 1].Norm is "and" or "was" or "is" or "the";

    private static bool ModifiesNothingElse(ImmutableArray<Token> tokens, int i) =>
        i + 1 >= tokens.Length || !tokens[i + 1].IsWord || CharacterAttacks.Value.Contains(tokens[i + 1])
        || tokens[i + 1].Norm is "and" or "or" or "of" or "for" or "to" or "in" or "as" or "who" or "on" or "at" or "than";
}
