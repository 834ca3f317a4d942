using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// Finds attribution frames sentence by sentence, high-precision patterns first: "according to S",
/// a reporting verb with its source before it ("S said", "“Q,” S said") or after it ("“Q,” said S"), and a
/// clause subject that introduces a quotation without a reporting verb ("S put it crisply, “Q”").
/// </summary>
internal static class AttributionFinder
{
    /// <summary>Words that open an adverbial after a reporting verb ("said on Tuesday"), not reported content.</summary>
    private static readonly FrozenWordSet TrailingAdjunctStarts = new[]
    {
        "on", "in", "at", "during", "last", "yesterday", "today", "this", "after", "before", "when", "while", "earlier",
        "late", "early", "recently", "later", "by", "via", "through", "to", "from", "of", "with", "across", "over", "outside", "behind",
        "toward", "towards",
    }.ToFrozenWordSet();

    /// <summary>How far a clause subject or a frame's quotation is looked for: attributions sit next to what they attribute.</summary>
    private const int MaxClauseTokens = 24;

    /// <summary>
    /// How many earlier frames a pronoun or a quotation looks back through. Real prose has a handful per sentence;
    /// the bound keeps a sentence of thousands of "he said" from making frame finding quadratic.
    /// </summary>
    private const int MaxFramesBack = 16;

    /// <summary>How far reported content is followed before it is cut: beyond it the writer has long taken over again.</summary>
    private const int MaxContentTokens = 120;

    public static ImmutableArray<AttributionFrame> Find(ProseDocument document, bool[] quoted, NameEvidence names)
    {
        var frames = ImmutableArray.CreateBuilder<AttributionFrame>();
        var tokens = document.Tokens;
        var marks = new QuoteMarks(document);
        foreach (var sentence in document.Sentences)
        {
            var firstOfSentence = frames.Count;
            var reader = new SourcePhraseReader(document, sentence, names);
            // A headline capitalizes every word, so none reads as a name: "Acme Announces Record Profit" is no frame.
            // Only a speaker's name before a colon attributes one ("Brandt: Port Will Reopen").
            if (document.IsHeadline(sentence))
            {
                if (HeadlineSpeaker(document, sentence, reader, names) is { } speaker) frames.Add(SpeakerFrame(document, marks, sentence, speaker));
                continue;
            }
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (quoted[i]) continue;
                var token = tokens[i];
                // "I understand from people at the council that …": the teller of what the writer received is its source.
                if (WriterReceipts.FromAt(tokens, sentence, i) is int from)
                {
                    if (reader.ReadAfter(from + 1) is { } giver && WriterReceipts.ReportAt(tokens, sentence, giver) is int that)
                        frames.Add(Frame(document, marks, sentence, giver with { End = that }, i, ContentSide.After, that, sentence.EndToken));
                    continue;
                }
                if (token.Norm == "according" && i + 1 < sentence.EndToken && tokens[i + 1].Norm == "to")
                {
                    if (reader.ReadAfter(i + 2) is { } source)
                        frames.Add(AccordingTo(document, marks, sentence, i, source));
                    continue;
                }
                if (token.Norm == "per" && i + 1 < sentence.EndToken && IsSourceStart(tokens[i + 1]))
                {
                    if (reader.ReadAfter(i + 1) is { } per)
                        frames.Add(AccordingTo(document, marks, sentence, i, per));
                    continue;
                }
                if (i == sentence.FirstToken && HeadlineSpeaker(document, sentence, reader, names) is { } headline)
                {
                    frames.Add(SpeakerFrame(document, marks, sentence, headline));
                    continue;
                }
                if (Vocabulary.IsEvaluationVerb(token) && QuotationFollows(marks, sentence, i))
                {
                    if (reader.ReadBefore(i) is { } judge)
                        frames.Add(VerbFrame(document, marks, sentence, i, judge));
                    continue;
                }
                if (IsWordsOf(tokens, sentence, i))
                {
                    if (reader.ReadAfter(i + 4) is { } speaker)
                        frames.Add(AccordingTo(document, marks, sentence, i, speaker));
                    continue;
                }
                if (IsPossessiveSpeechNoun(tokens, sentence, i))
                {
                    if (reader.ReadBefore(i) is { } owner && owner.Speaker is not (SpeakerClass.Pronoun or SpeakerClass.Author))
                        frames.Add(VerbFrame(document, marks, sentence, i, owner));
                    continue;
                }
                if (IsExpertKnowledge(tokens, sentence, i))
                {
                    // "Scientists have known about the danger for years", "doctors have long known that …": a trade's knowledge
                    // vouches for the claim on an authority the reader cannot check, as "experts warn" does.
                    if (reader.ReadBefore(i) is { Speaker: SpeakerClass.VagueCollective } knowers && Vocabulary.IsExpertNoun(tokens[knowers.HeadEnd - 1])
                        && tokens[knowers.HeadEnd - 1].Norm.EndsWith('s'))
                        frames.Add(VerbFrame(document, marks, sentence, i, knowers));
                    continue;
                }
                if (Vocabulary.IsPerceptionVerb(token) && HeldClauseFollows(tokens, sentence, i)
                    && reader.ReadBefore(i) is { Speaker: SpeakerClass.VagueCollective } fearful && IsPredicateOf(tokens, fearful, i))
                {
                    // "Residents worry that the levy will fail", "observers suspect it was rigged": a fear or suspicion with a
                    // clause is a view of what is or will be, put in a crowd's mouth, quantified or not, as "critics fear" is.
                    // A feeling about a topic ("residents worry about traffic") claims nothing. The weak assertives of
                    // belief_verbs.txt stay a frame only for a quantified group ("commuters feel that …" narrates a state).
                    frames.Add(VerbFrame(document, marks, sentence, i, fearful));
                    continue;
                }
                if (Vocabulary.IsStanceVerb(token) || Vocabulary.IsBeliefVerb(token))
                {
                    // "some strategists want to …", "many hope that …": a position; "many residents want a bridge" is a wish list.
                    // "many feel that …", "some doubt that …": a belief put in unnamed mouths; "some feel the cold" is a state.
                    // "many doubt the council would act", "some feel it was rigged": a clause without "that" is as much a view.
                    var opensView = i + 1 < sentence.EndToken && (tokens[i + 1].Norm == "that" || tokens[i + 1].Norm == "to" && Vocabulary.IsStanceVerb(token)
                        || HeldClauseFollows(tokens, sentence, i));
                    if (opensView && reader.ReadBefore(i) is { Speaker: SpeakerClass.VagueCollective } group && FunctionWords.VagueQuantifiers.Contains(tokens[group.Start]))
                        frames.Add(VerbFrame(document, marks, sentence, i, group));
                    continue;
                }
                if ((Vocabulary.IsRankConferringVerb(token) && !Vocabulary.IsReportingVerb(token) || Vocabulary.IsRegardVerb(token) && AsFollowsObject(tokens, sentence, i))
                    && !PassiveChain.IsPassive(tokens, sentence, i)
                    && reader.ReadBefore(i) is { Speaker: SpeakerClass.VagueCollective or SpeakerClass.VagueSingular } regarders
                    && RankFollowsObject(tokens, sentence, i))
                {
                    // A rank is a view whoever holds it: "critics rank the stadium among the worst", "a guide voted the inn
                    // the quietest", "experts regard the bridge as the safest" put the writer's superlative in unnamed mouths,
                    // and the guidelines flag the attribution, once, and leave the rank alone (ClaimScope.IsConferredRank).
                    // Without a rank the verbs deliberate ("many considered the offer for a week"), perceive ("many viewed
                    // the eclipse as it passed") or state the writer's own generalisation ("most people consider Sunday a
                    // day of rest"), so a view of regard alone frames no attribution.
                    frames.Add(VerbFrame(document, marks, sentence, i, regarders));
                    continue;
                }
                if (Vocabulary.ClassificationComplements(token) is { } complements)
                {
                    // "compared the campaigners to zealots", "lumps the union in with extremists": the source's classification.
                    if (ComplementFollows(tokens, sentence, i, complements) && !PassiveChain.IsPassive(tokens, sentence, i) && reader.ReadBefore(i) is { } classifier)
                        frames.Add(VerbFrame(document, marks, sentence, i, classifier));
                    continue;
                }
                // "convinced the panel that …" is the verb, with its hearer: read below.
                if (Vocabulary.StanceAdjectiveComplements(token) is { } opens && !TellsHearerThat(tokens, sentence, i))
                {
                    // "Greek shipowners are increasingly keen on …": a view held by a vague group, like "some economists believe".
                    // The holders are the linking verb's subject: "remain" and "grown" are no auxiliaries the reader skips.
                    // "farmers are convinced the levy will fail": an adjective that takes "that" takes its clause without it too.
                    if (i + 1 < sentence.EndToken && (opens.Contains(tokens[i + 1].Norm) || IsEagerToSayThat(tokens, sentence, i)
                            || opens.Contains("that") && BareContentClause.At(tokens, sentence, i + 1))
                        && LinkingVerbBefore(tokens, sentence, i) is { } link
                        && reader.ReadBefore(link) is { Speaker: SpeakerClass.VagueCollective } holders)
                        frames.Add(VerbFrame(document, marks, sentence, i, holders));
                    continue;
                }
                if (MannerOfPuttingIt(tokens, sentence, i) is int opener && !QuotationFollows(marks, sentence, i))
                {
                    // "“…,” as one producer put it to me.", "That was how a neighbour put it at the meeting.": "as" or "how"
                    // makes "put it" a manner of saying whatever follows it. "That was how S put it" attributes what came
                    // before the sentence, the demonstrative its only content.
                    if (reader.ReadExact(opener + 1, i) is { Speaker: not SpeakerClass.Author } putter)
                        frames.Add(tokens[opener].Norm == "how"
                            ? Frame(document, marks, sentence, putter, i, ContentSide.Before, sentence.FirstToken, opener)
                            : VerbFrame(document, marks, sentence, i, putter));
                    continue;
                }
                if (Vocabulary.IsDocumentingVerb(token) || IsPutIt(tokens, sentence, i))
                {
                    // "As the auditor Lena Moss documented, …", "As one curator put it, …": the clause is the source's. Before
                    // a quotation ("Moss put it plainly: “…”") the quotation's subject is read below, as for any verb.
                    if (reader.ReadBefore(i) is { } documenter
                        && (IsPutIt(tokens, sentence, i) && !QuotationFollows(marks, sentence, i) || IsAsParenthetical(tokens, sentence, documenter.Start, i)))
                        frames.Add(VerbFrame(document, marks, sentence, i, documenter));
                    continue;
                }
                if (IsCallFor(tokens, sentence, i))
                {
                    // "Sleep doctors have long called for a ban", "economists are already calling for a cut": a vague group's
                    // demand is a position put in unnamed mouths, as "urge" is; a named caller's demand is ordinary narration.
                    if (reader.ReadBefore(i) is { Speaker: SpeakerClass.VagueCollective } callers)
                        frames.Add(VerbFrame(document, marks, sentence, i, callers));
                    continue;
                }
                if (Vocabulary.IsEndorsementVerb(token) && !Vocabulary.IsReportingVerb(token))
                {
                    // "Doctors are increasingly prescribing it", "sleep researchers tout the method": experts vouching for a thing
                    // lend it an authority the reader cannot check; anyone else doing so acts.
                    if ((token.Norm.EndsWith("ing", StringComparison.Ordinal) || !PassiveChain.IsPassive(tokens, sentence, i))
                        && reader.ReadBefore(i) is { Speaker: SpeakerClass.VagueCollective } endorsers && IsPredicateOf(tokens, endorsers, i)
                        && Endorsements.IsExpertEndorsement(tokens, endorsers.HeadEnd, i, sentence.EndToken))
                        frames.Add(VerbFrame(document, marks, sentence, i, endorsers));
                    continue;
                }
                if (IsLabelCall(tokens, sentence, i))
                {
                    if (reader.ReadBefore(i) is { } labeller)
                        frames.Add(VerbFrame(document, marks, sentence, i, labeller));
                    continue;
                }
                if (IsLetSlip(tokens, sentence, i))
                {
                    if (reader.ReadBefore(i) is { } discloser)
                        frames.Add(VerbFrame(document, marks, sentence, i, discloser));
                    continue;
                }
                if (IsPointOut(tokens, sentence, i))
                {
                    if (reader.ReadBefore(i) is { } pointer)
                        frames.Add(VerbFrame(document, marks, sentence, i, pointer));
                    continue;
                }
                if (ChainStart(tokens, sentence, i) is int chain)
                {
                    if (reader.ReadBefore(chain) is { } chained)
                        frames.Add(VerbFrame(document, marks, sentence, i, chained));
                    continue;
                }
                // "…, with one senior aide saying “…”": an absolute clause hands speech to its own subject.
                if (IsReportingParticiple(tokens[i]) && reader.ReadBefore(i) is { } absolute && absolute.Start > sentence.FirstToken
                    && tokens[absolute.Start - 1].Norm is "with" or "without")
                {
                    frames.Add(VerbFrame(document, marks, sentence, i, absolute));
                    continue;
                }
                if (ParticipleAfterComma(tokens, sentence, i))
                {
                    if ((ReporterEndingAt(frames, firstOfSentence, i - 2) ?? ClauseSubject(tokens, sentence, reader, i)) is { } subject)
                        frames.Add(VerbFrame(document, marks, sentence, i, subject));
                    continue;
                }
                // "…as its leaders continue to warn that …": an infinitive of aspect reports for the subject of its own verb,
                // which may head a subordinate clause ("as", "while"), so the reporter is the phrase right before that verb,
                // not the main clause's subject.
                if (AspectGovernor(tokens, sentence, i) is int governor)
                {
                    if (reader.ReadBefore(governor) is { } reporter && reporter.Speaker is not SpeakerClass.Author)
                        frames.Add(EndAtDash(tokens, sentence, i, VerbFrame(document, marks, sentence, i, reporter)));
                    continue;
                }
                // "…, before clarifying that …", "made her case that …": the main clause's subject reports through a
                // subordinate participle or its own speech noun.
                if (IsParticipleAfterTimePreposition(tokens, sentence, i) || IsOwnSpeechNoun(tokens, sentence, i))
                {
                    var commaBefore = i > sentence.FirstToken && tokens[i - 1].Norm is "before" or "after" or "while" or "by" ? i - 2 : i - 1;
                    if ((PeriphrasticReports.Maker(tokens, sentence, reader, i) ?? ReporterEndingAt(frames, firstOfSentence, commaBefore - 1)
                            ?? ClauseSubject(tokens, sentence, reader, i)) is { } reporter
                        && reporter.Speaker is not SpeakerClass.Author)
                        frames.Add(EndAtDash(tokens, sentence, i, VerbFrame(document, marks, sentence, i, reporter)));
                    continue;
                }
                // "The plan was described by critics as rushed", "is seen by many as a genius": the agent of a passive
                // reporting or regarding verb is its source, after the hearer if the writer was told ("was said to me by").
                if (PassiveAgentAt(tokens, sentence, i) is int by && (Vocabulary.IsReportingVerb(token) || Vocabulary.IsRegardVerb(token) || IsPutToWriter(tokens, sentence, i))
                    && PassiveChain.IsPassive(tokens, sentence, i))
                {
                    var writerTold = IsWriterSubject(tokens, sentence, i);
                    if (reader.ReadAfter(by + 1) is { } agent && IsPassiveView(tokens, sentence, i, agent, toWriter: by > i + 1 || writerTold))
                        frames.Add(writerTold
                            ? Frame(document, marks, sentence, agent, i, ContentSide.After, agent.End, sentence.EndToken)
                            : Frame(document, marks, sentence, agent, i, ContentSide.Before, sentence.FirstToken, i));
                    continue;
                }
                // "trying to convince the donors that …", "kept reminding voters that …", "convinced the board that …": with its
                // hearer and a "that" clause, a verb of informing or persuading in any form gives the clause to the subject
                // who informs or persuades, not to the writer (issue 17). A finite reporting verb is read below, as any report.
                if (!IsReportingCue(tokens, sentence, i) && TellsHearerThat(tokens, sentence, i) && !IsInsideName(document, sentence, i))
                {
                    var nonFinite = tokens[i].Norm.EndsWith("ing", StringComparison.Ordinal) || tokens[i - 1].Norm == "to";
                    if (((nonFinite ? null : reader.ReadBefore(i)) ?? ClauseSubject(tokens, sentence, reader, i)) is { Speaker: not SpeakerClass.Author } persuader)
                        frames.Add(EndAtDash(tokens, sentence, i, VerbFrame(document, marks, sentence, i, persuader)));
                    continue;
                }
                if (!IsReportingCue(tokens, sentence, i) || IsInsideName(document, sentence, i) || IsTopicOnly(tokens, sentence, i) || SaysNothing(tokens, sentence, i)) continue;
                // "is said to", "was described as": the subject of a passive reporting verb is talked about, not talking.
                if (!token.Norm.EndsWith("ing", StringComparison.Ordinal) && PassiveChain.IsPassive(tokens, sentence, i)) continue;
                // "Developers keep saying …": the subject stands before the aspectual verb.
                var before = reader.ReadBefore(AspectualGerunds.GovernorOf(tokens, sentence, i) ?? i);
                if (TrailingReportSource(tokens, sentence, reader, before, i) is { } teller)
                    frames.Add(Frame(document, marks, sentence, teller, i, ContentSide.Before, sentence.FirstToken, teller.Start));
                else if (before is not null)
                {
                    if (!IsSingularBeforePluralVerb(tokens, before.Value, i)) frames.Add(VerbFrame(document, marks, sentence, i, before.Value));
                }
                else if (IsCoordinatedVerb(tokens, sentence, i) && ClauseSubject(tokens, sentence, reader, i) is { } shared)
                    frames.Add(VerbFrame(document, marks, sentence, i, shared));
                else if (i > sentence.FirstToken && (tokens[i - 1].Text == "," || marks.IsClosing(i - 1)) && reader.ReadAfter(i + 1) is { } after
                         && EndsInversion(tokens, sentence, after.End))
                    frames.Add(Frame(document, marks, sentence, after, i, ContentSide.Before, sentence.FirstToken, i - 1));
                else if (IsInvertedTagVerb(tokens, sentence, i) && reader.ReadAfter(i + 1) is { } inverted && IsTrailingReport(tokens, sentence, i, i, inverted.End))
                    frames.Add(Frame(document, marks, sentence, inverted, i, ContentSide.Before, sentence.FirstToken, i));
                // "…, the mint said.", "The opposition claims the vote will be stolen": a body no source lexicon lists.
                else if (BodySpeakers.Before(tokens, sentence, i) is { } body)
                    frames.Add(VerbFrame(document, marks, sentence, i, body));
            }
            AddQuotationSubjects(document, marks, sentence, reader, quoted, frames);
            AddSpeakersAfterQuotations(document, marks, sentence, reader, frames);
            AddColonIntroduction(document, marks, sentence, reader, frames);
            EndContentAtCoordinatedSource(document, frames, firstOfSentence);
        }
        ResolvePronouns(document, frames);
        return frames.ToImmutable();
    }

    /// <summary>
    /// "Holm claimed the fees were small, and a source said the deal would collapse", "…, with one aide saying …", "an
    /// official said the deal is dead, according to a source": a second attribution coordinated after a comma or
    /// semicolon (or after "and" once the first report's clause is complete) takes over, so the first one's content
    /// ends before it. A source right after the cue
    /// ("the mayor said critics had agreed") is inside the first report and stays there.
    /// </summary>
    private static void EndContentAtCoordinatedSource(ProseDocument document, ImmutableArray<AttributionFrame>.Builder frames, int firstOfSentence)
    {
        var tokens = document.Tokens;
        for (var f = firstOfSentence; f < frames.Count; f++)
        {
            var frame = frames[f];
            if (frame.Side != ContentSide.After || frame.Content.IsEmpty) continue;
            for (var g = firstOfSentence; g < frames.Count; g++)
            {
                var next = frames[g];
                // "…, according to a source": a frame whose cue comes first starts at its cue.
                var nextStart = Math.Min(next.SourceStart, next.CueToken);
                if (g == f || next.CueToken <= frame.CueToken || !frame.Content.Contains(tokens[nextStart].Span.Start)) continue;
                var end = nextStart;
                var conjoined = end - 1 >= 0 && tokens[end - 1].Norm is "and" or "but" or "while" or "whereas" or "yet" or "with";
                if (conjoined) end--;
                // The comma may be inside a quotation that ends there: "… were “purely administrative,” and a source said …".
                var closesQuotation = end - 2 >= 0 && tokens[end - 1].Kind == TokenKind.Quote && tokens[end - 2].Text is "," or ";";
                if (end - 1 >= 0 && tokens[end - 1].Text is "," or ";") end--;
                // Without a comma, a conjunction hands over only after a complete clause of the first report: "the mill will
                // close in June and sources say …", not "said critics and residents had agreed".
                else if (!closesQuotation && !(conjoined && FunctionWords.AnyAuxiliary(tokens, frame.CueToken + 1, end))) continue;
                if (end - 1 >= 0 && tokens[end - 1].Span.End > frame.Content.Start)
                    frames[f] = frame with { Content = TextSpan.FromBounds(frame.Content.Start, tokens[end - 1].Span.End) };
                break;
            }
        }
    }

    /// <summary>
    /// A research appeal and the finding it reports: "studies show that …", "a growing body of research links X to Y".
    /// Not a frame: the research noun is no speaker the sourcing rules should weigh a second time (RH3007 gives it its own
    /// citation test); only the voice reading takes its content as reported, as it does "experts say that …".
    /// </summary>
    /// <param name="ContentFirst">First token of the finding, after the verb (and "that").</param>
    /// <param name="ContentEnd">End (exclusive) of the finding, where <see cref="ContentEnd"/> ends a report's content.</param>
    public readonly record struct ResearchReport(int SentenceIndex, ResearchAppeals.Appeal Appeal, int ContentFirst, int ContentEnd);

    /// <summary>
    /// Every research appeal of the document with the tokens of its finding (RULES.md §1: a vague source's content is the
    /// source's). A frame whose source or cue comes inside the finding ends it: "research shows that experts say …" leaves
    /// the experts' report to its own frame, and a speaker a missed sentence break runs into ("… in A&amp;E. One reader
    /// wrote: …") is no part of what the research found.
    /// </summary>
    public static List<ResearchReport> ResearchReports(ProseDocument document, ActorGazetteer actors, ImmutableArray<AttributionFrame> frames)
    {
        var framesBySentence = frames.ToLookup(f => f.SentenceIndex);
        var tokens = document.Tokens;
        var marks = new QuoteMarks(document);
        var reports = new List<ResearchReport>();
        foreach (var sentence in document.Sentences)
        {
            foreach (var appeal in ResearchAppeals.Find(tokens, actors, sentence))
            {
                var first = appeal.Verb + 1;
                // "studies tell us that …": the hearer is no part of the finding.
                while (first < sentence.EndToken && FunctionWords.ObjectPronouns.Contains(tokens[first])) first++;
                if (first < sentence.EndToken && tokens[first].Norm == "that") first++;
                var end = ContentEnd(document, marks, sentence, first, InCommaRelative(tokens, sentence, appeal.Verb) || OpensAdverbialClause(tokens, sentence, appeal.Start));
                foreach (var frame in framesBySentence[sentence.Index])
                {
                    var frameStart = Math.Min(frame.SourceStart, frame.CueToken);
                    if (frameStart >= first && frameStart < end) end = frameStart;
                }
                if (end > first) reports.Add(new ResearchReport(sentence.Index, appeal, first, end));
            }
        }
        return reports;
    }

    /// <summary>
    /// Links "he/she/they/it said" to the nearest earlier speaker of the same number in its paragraph or the one
    /// before (RULES.md §3 M5); an unresolved pronoun keeps no antecedent.
    /// </summary>
    private static void ResolvePronouns(ProseDocument document, ImmutableArray<AttributionFrame>.Builder frames)
    {
        var tokens = document.Tokens;
        for (var f = 0; f < frames.Count; f++)
        {
            var frame = frames[f];
            if (frame.Speaker != SpeakerClass.Pronoun) continue;
            var pronoun = tokens[frame.SourceStart].Norm;
            var paragraph = document.Sentences[frame.SentenceIndex].ParagraphIndex;
            for (var k = f - 1; k >= 0 && f - k <= MaxFramesBack; k--)
            {
                var candidate = frames[k];
                if (document.Sentences[candidate.SentenceIndex].ParagraphIndex < paragraph - 1) break;
                if (candidate.Speaker is SpeakerClass.Pronoun or SpeakerClass.Author or SpeakerClass.Universal || !Agrees(pronoun, candidate, tokens)) continue;
                frames[f] = frame with { Antecedent = k };
                break;
            }
        }
    }

    private static bool Agrees(string pronoun, AttributionFrame candidate, ImmutableArray<Token> tokens)
    {
        var head = tokens[candidate.SourceHeadEnd - 1];
        var plural = candidate.Speaker == SpeakerClass.VagueCollective || SourceNouns.Of(head) is { IsPlural: true }
            || head.Norm is "sources" or "insiders" or "aides" or "officials" or "people";
        var isDocument = Vocabulary.IsDocumentNoun(head) || candidate.Speaker is SpeakerClass.NamedDocument;
        return pronoun switch
        {
            // "help him make his case that …": an object pronoun is the source of a made argument (PeriphrasticReports.Maker).
            "he" or "she" or "him" or "her" => !plural && !isDocument && candidate.Speaker != SpeakerClass.NamedOrganization,
            "they" or "them" => plural || candidate.Speaker == SpeakerClass.NamedOrganization,
            "it" => isDocument || candidate.Speaker == SpeakerClass.NamedOrganization,
            _ => false,
        };
    }

    /// <summary>A reporting verb used as one: not a gerund ("warning signs") unless progressive ("are warning"), not a noun, not a participle.</summary>
    /// <summary>
    /// "One said …", "…; one added": "one" opening its clause before a past-tense verb is the pronoun subject, one member of
    /// a group just named. Before a present tense it is the generic "one" ("to convert, one says the creed"), which names
    /// nobody.
    /// </summary>
    private static bool IsPronounOneSubject(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        tokens[k].Norm == "one" && (k == sentence.FirstToken || tokens[k - 1].Text is "," or ";" or "—" || tokens[k - 1].Norm is "and" or "but")
        && IsPastForm(tokens[k + 1]);

    /// <summary>A reporting verb's past form: neither its lemma ("say"), nor a third person ("says"), nor a participle in -ing.</summary>
    private static bool IsPastForm(Token verb) =>
        Vocabulary.ReportingVerbLemma(verb) is { } lemma && verb.Norm != lemma && !verb.Norm.EndsWith('s') && !verb.Norm.EndsWith("ing", StringComparison.Ordinal);

    private static bool IsReportingCue(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var token = tokens[i];
        if (Vocabulary.ReportingVerbLemma(token) is not { } lemma) return false;
        // "an article written by Moss": a participle with its agent describes a noun, it does not report.
        if (i + 1 < sentence.EndToken && tokens[i + 1].Norm == "by" && token.Norm != lemma && !token.Norm.EndsWith('s')) return false;
        // "a case reported in the Lancet shows …", "a charity accused of fraud said …": a reduced relative, the noun's real verb comes later.
        if (IsReducedPassive(tokens, sentence, i, lemma)) return false;
        // "not authorized to speak", "declined to say": an infinitive reports nothing; "an informed choice": an adjective.
        // "secretary of state", "Oz's show": after a preposition or a possessive the word is a noun.
        if (i > sentence.FirstToken && (FunctionWords.Prepositions.Contains(tokens[i - 1]) && !IsStrandedTo(tokens, sentence, i - 1)
                && AspectualGerunds.GovernorOf(tokens, sentence, i) is null
            || FunctionWords.IndefiniteSingular.Contains(tokens[i - 1]) && !IsPronounOneSubject(tokens, sentence, i - 1)
            || FunctionWords.Definite.Contains(tokens[i - 1]) || FunctionWords.Possessive.Contains(tokens[i - 1])
            || tokens[i - 1].Norm.EndsWith("'s", StringComparison.Ordinal) && !FunctionWords.IsPronounContraction(tokens[i - 1]))) return false;
        // "veterans ask for help", "a woman asked for a photo", "other outlets have asked for copies": asking for something
        // is a request, it passes on no claim (real news, issue 17: four such findings in the PolNeAR/SemEval samples).
        // "asked whether", "asked me why", "asked: “…”" still report a question.
        if (lemma == "ask" && i + 1 < sentence.EndToken && tokens[i + 1].Norm == "for") return false;
        // "pleaded guilty", "roared with laughter": a manner-of-speaking verb reports only what is voiced right after it,
        // or after its hearer ("murmured to me that", "blurted out to reporters that").
        if (Vocabulary.IsMannerOfSpeaking(lemma) && SaidAfterHearer(tokens, sentence, i) is int said && said < sentence.EndToken
            && tokens[said].IsWord && tokens[said].Norm != "that") return false;
        // "Liberal claims as false", "the state reports", "Chinese state hackers": a form that is also a noun reports only when a clause follows.
        if (NounHomographs.Contains(token))
            return i + 1 < sentence.EndToken && (tokens[i + 1].Norm == "that" || tokens[i + 1].Text is "," or ":" || tokens[i + 1].Kind == TokenKind.Quote
                || FunctionWords.Definite.Contains(tokens[i + 1]) || FunctionWords.IndefiniteSingular.Contains(tokens[i + 1])
                || FunctionWords.PersonPronouns.Contains(tokens[i + 1]) || FunctionWords.AuthorPronouns.Contains(tokens[i + 1])
                || tokens[i + 1].IsCapitalized);
        if (!token.Norm.EndsWith("ing", StringComparison.Ordinal)) return true;
        var k = i - 1;
        while (k > sentence.FirstToken && tokens[k].Norm.EndsWith("ly", StringComparison.Ordinal) || k > sentence.FirstToken && tokens[k].Norm is "already" or "still" or "now" or "also")
            k--;
        return k >= sentence.FirstToken && tokens[k].Norm is "is" or "are" or "was" or "were" or "been" or "'s" or "'re"
            || AspectualGerunds.GovernorOf(tokens, sentence, i) is not null;
    }

    /// <summary>Verbs of saying that take the words, never a noun phrase, as object: they form no passive reduced relative.</summary>
    private static readonly FrozenSet<string> WordsOnlyVerbs = new[] { "say", "tell", "add" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words a reduced relative's complement may run over before the noun's own verb.</summary>
    private const int MaxReducedComplementWords = 6;

    /// <summary>
    /// "A case reported in the Lancet shows …", "a charity accused of misusing grants said …", "a website called “Harbour
    /// Watch” says …": a past participle right after its noun, with no object but a preposition, "as" or a quotation, is
    /// a passive reduced relative when the noun's own finite verb follows that complement. The noun is what was reported,
    /// accused or called, not who reported it (real news, issue 17). An active report goes on with "that", a comma or a
    /// new subject: "an aide reported in a memo that …", "a witness reported to police the car was red".
    /// </summary>
    private static bool IsReducedPassive(ImmutableArray<Token> tokens, Sentence sentence, int i, string lemma)
    {
        var token = tokens[i];
        if (token.Norm == lemma || token.Norm.EndsWith('s') || token.Norm.EndsWith("ing", StringComparison.Ordinal) || WordsOnlyVerbs.Contains(lemma)) return false;
        if (i == sentence.FirstToken || i + 2 >= sentence.EndToken) return false;
        var before = tokens[i - 1];
        // "One insider claimed in interviews prices were rigged": a person does not get claimed, so a clause-taking verb
        // after a person noun is that person's report; "a kiln fire reported in a journal", "an aide quoted in" stay passive.
        if (Vocabulary.IsClauseTakingVerb(lemma) && (Vocabulary.IsRoleNoun(before) || Vocabulary.IsPluralRoleNoun(before))) return false;
        if (!before.IsWord || FunctionWords.Auxiliaries.Contains(before) || FunctionWords.VerbPreModifiers.Contains(before)
            || FunctionWords.PersonPronouns.Contains(before) || FunctionWords.AuthorPronouns.Contains(before) || before.Norm is "who" or "that" or "which")
            return false;
        var next = tokens[i + 1];
        if (!(FunctionWords.Prepositions.Contains(next) || next.Norm == "as" || next.Kind == TokenKind.Quote)) return false;
        var sawNoun = false;
        for (var k = i + 2; k < sentence.EndToken && k - i <= MaxReducedComplementWords + 1; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Quote) continue;
            if (!t.IsWord || t.Norm == "that") return false;
            if (k > i + 2 && (FunctionWords.Auxiliaries.Contains(t) || IsPastForm(t) || Vocabulary.ReportingVerbLemma(t) is { } l && t.Norm != l && t.Norm.EndsWith('s')))
                return true;
            // A determiner after the complement's noun, not after a preposition, opens a new subject: "reported to police the car was red".
            if (sawNoun && !FunctionWords.Prepositions.Contains(tokens[k - 1]) && (FunctionWords.Definite.Contains(t) || FunctionWords.IndefiniteSingular.Contains(t) || FunctionWords.Possessive.Contains(t)))
                return false;
            sawNoun |= !FunctionWords.Definite.Contains(t) && !FunctionWords.IndefiniteSingular.Contains(t) && !FunctionWords.Prepositions.Contains(t);
        }
        return false;
    }

    /// <summary>
    /// Where what a verb voices starts: after its particle "out" ("blurted out") and a hearer ("to me", "to reporters"),
    /// "murmured to me that …" starts at "that".
    /// </summary>
    private static int SaidAfterHearer(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var k = verb + 1;
        if (k < sentence.EndToken && tokens[k].Norm == "out") k++;
        if (k + 1 < sentence.EndToken && tokens[k].Norm == "to" && FunctionWords.ObjectPronouns.Contains(tokens[k + 1])) k += 2;
        return k;
    }

    /// <summary>
    /// "let slip that", "let it slip to me that", "let on that": disclosure in a phrasal verb (WordNet's reveal.v.02 has
    /// "let on" and "let out"), a claim passed on only with the "that" of what was disclosed.
    /// </summary>
    private static bool IsLetSlip(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("let" or "lets" or "letting") || i == sentence.FirstToken) return false;
        var k = i + 1;
        if (k < sentence.EndToken && tokens[k].Norm == "it") k++;
        if (k >= sentence.EndToken || tokens[k].Norm is not ("slip" or "on")) return false;
        var said = SaidAfterHearer(tokens, sentence, k);
        return said < sentence.EndToken && tokens[said].Norm == "that";
    }

    /// <summary>
    /// "Photographers I've spoken to say", "brokers I speak to say": "to" closes a contact relative, in any tense; it is no
    /// infinitive marker. So does "with" after a verb of dealing with someone, when the writer is its subject: "lawyers we
    /// work with say", "growers I've talked with say" ("with, say, a loan" is an example, set off by commas).
    /// </summary>
    private static bool IsStrandedTo(ImmutableArray<Token> tokens, Sentence sentence, int to) =>
        to > sentence.FirstToken && (tokens[to].Norm == "to" && tokens[to - 1].Norm is "spoke" or "spoken" or "speak" or "talked" or "talk"
            or "listened" or "listen" or "written" or "wrote"
            || tokens[to].Norm == "with" && WritersDealing.Contains(tokens[to - 1]) && WriterBefore(tokens, sentence, to - 1));

    /// <summary>
    /// Verbs of dealing with someone that take "with" (WordNet's work.v.01 with collaborate.v.01, deal.v.03, talk.v.02,
    /// speak.v.03, meet.v.01, consult.v.01), in the forms a contact relative uses.
    /// </summary>
    private static readonly FrozenWordSet WritersDealing = new[]
    {
        "work", "worked", "collaborate", "collaborated", "deal", "dealt", "talk", "talked", "speak", "spoke", "spoken", "meet", "met",
        "consult", "consulted",
    }.ToFrozenWordSet();

    /// <summary>The writer is the subject of the verb at <paramref name="verb"/>, an auxiliary or two between: "we work", "I have worked".</summary>
    private static bool WriterBefore(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        for (var k = verb - 1; k >= sentence.FirstToken && verb - k <= 3; k--)
        {
            if (FunctionWords.AuthorPronouns.Contains(tokens[k]) || tokens[k].Norm is "i've" or "we've") return true;
            if (!FunctionWords.Auxiliaries.Contains(tokens[k]) && tokens[k].Norm is not ("'ve" or "also" or "often" or "regularly")) return false;
        }
        return false;
    }

    private static bool IsSourceStart(Token token) =>
        FunctionWords.Definite.Contains(token) || FunctionWords.Possessive.Contains(token) || token.IsWord && token.IsCapitalized;

    /// <summary>"Brandt: Port will reopen": a headline or transcript line that opens with a known name and a colon.</summary>
    private static (SourcePhrase Source, int Colon)? HeadlineSpeaker(ProseDocument document, Sentence sentence, SourcePhraseReader reader, NameEvidence names)
    {
        var tokens = document.Tokens;
        var colon = sentence.FirstToken;
        while (colon < sentence.EndToken && colon - sentence.FirstToken < 4 && tokens[colon].IsWord && tokens[colon].IsCapitalized) colon++;
        if (colon == sentence.FirstToken || colon >= sentence.EndToken || tokens[colon].Text != ":") return null;
        // "Update:", "Note:" open lines too; a speaker's name is also written capitalized elsewhere in the document.
        if (!names.IsCapitalizedInside(tokens[colon - 1])) return null;
        // "Meet Aurora:", "Bold Move:": a word capitalized only because it opens the line starts no name; a title may ("Mayor Pike:").
        var first = tokens[sentence.FirstToken];
        if (colon - sentence.FirstToken > 1 && !Vocabulary.IsRoleNoun(first) && !names.IsCapitalizedInside(first)
            && (names.IsWrittenLowercase(first) || Vocabulary.IsCommonWord(first)))
            return null;
        return reader.ReadBefore(colon) is { Speaker: SpeakerClass.NamedPerson or SpeakerClass.NamedOrganization } source && source.Start == sentence.FirstToken
            ? (source, colon)
            : null;
    }

    private static AttributionFrame SpeakerFrame(ProseDocument document, QuoteMarks marks, Sentence sentence, (SourcePhrase Source, int Colon) speaker) =>
        Frame(document, marks, sentence, speaker.Source, speaker.Colon, ContentSide.After, speaker.Colon + 1, sentence.EndToken);

    /// <summary>A quotation opens within a few words after <paramref name="verb"/> ("blasted the deal as “a surrender”").</summary>
    private static bool QuotationFollows(QuoteMarks marks, Sentence sentence, int verb)
    {
        for (var k = verb + 1; k < sentence.EndToken && k - verb <= 4; k++)
            if (marks.OpenedAt(k) is { Depth: 0 }) return true;
        return false;
    }

    private static bool IsPointOut(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        tokens[i].Norm is "point" or "points" or "pointed" && i + 1 < sentence.EndToken && tokens[i + 1].Norm == "out" && i > sentence.FirstToken
        && tokens[i - 1].Norm != "to";

    /// <summary>
    /// "economists are keen to point out that …", "analysts are eager to argue that …": an eagerness to say a clause is the
    /// saying, a view the group puts forward; an eagerness to act ("investors became eager to sell") holds no view.
    /// </summary>
    private static bool IsEagerToSayThat(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var verb = i + 2;
        if (verb >= sentence.EndToken || tokens[i + 1].Norm != "to") return false;
        var that = tokens[verb].Norm == "point" && verb + 1 < sentence.EndToken && tokens[verb + 1].Norm == "out" ? verb + 2
            : Vocabulary.ReportingVerbLemma(tokens[verb]) is not null ? verb + 1 : sentence.EndToken;
        return that < sentence.EndToken && tokens[that].Norm == "that";
    }

    /// <summary>"went on to say", "was quick to add": the source is the subject of the verb that opens the chain.</summary>
    private static int? ChainStart(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i < sentence.FirstToken + 2 || tokens[i - 1].Norm != "to" || Vocabulary.ReportingVerbLemma(tokens[i]) is null) return null;
        var k = i - 2;
        if (tokens[k].Norm == "on" && k - 1 >= sentence.FirstToken && tokens[k - 1].Norm is "went" or "goes" or "go" or "going") return k - 1;
        if (tokens[k].Norm == "quick" && k - 1 >= sentence.FirstToken && tokens[k - 1].Norm is "was" or "were" or "is" or "are") return k - 1;
        return ChainVerbs.Contains(tokens[k]) ? k : null;
    }

    private static readonly FrozenWordSet ChainVerbs = new[]
    {
        "continued", "continues", "appeared", "appears", "seemed", "seems", "began", "begins", "proceeded", "hastened", "rushed", "moved",
    }.ToFrozenWordSet();

    private static bool IsReportingParticiple(Token token) =>
        token.Norm.EndsWith("ing", StringComparison.Ordinal) && Vocabulary.ReportingVerbLemma(token) is not null;

    /// <summary>
    /// "“…,” the coach said, adding that …", "“…,” Holm replied, remarking that …": a participle after a reporting clause
    /// reports for that clause's source, which may follow its verb or stand where no clause subject can be read (a sentence
    /// that opens with the quotation). <paramref name="last"/> is the token before the comma.
    /// </summary>
    private static SourcePhrase? ReporterEndingAt(ImmutableArray<AttributionFrame>.Builder frames, int firstOfSentence, int last)
    {
        for (var f = frames.Count - 1; f >= firstOfSentence; f--)
            if (Math.Max(frames[f].CueToken, frames[f].SourceEnd - 1) == last)
                return new SourcePhrase(frames[f].SourceStart, frames[f].SourceHeadEnd, frames[f].SourceEnd, frames[f].Speaker);
        return null;
    }

    /// <summary>
    /// "said the budget was tight, but that the tram …": a contrast conjunction with "that" and a new subject opens a second
    /// clause of the same report, not the writer's reply. "…, but that is no excuse" is the writer's demonstrative.
    /// </summary>
    private static bool IsSecondReportedClause(ImmutableArray<Token> tokens, Sentence sentence, int conjunction) =>
        conjunction + 2 < sentence.EndToken && tokens[conjunction + 1].Norm == "that" && OpensClauseSubject(tokens[conjunction + 2]);

    /// <summary>
    /// "Brandt is the ablest negotiator in the cabinet Lindqvist argues.", "The dam is the weakest link insists the engineer.":
    /// a reporting verb and its source close the sentence without a comma, after a clause of its own (a finite verb) that
    /// is what they report. Not after a relative or a preposition ("what the report argues", "the case for which she
    /// argues"), and only at the sentence's end: "the plan the minister argues will fail" goes on.
    /// </summary>
    /// <param name="tagStart">First token of the reporting tag (the source, or the verb when it comes first).</param>
    /// <param name="tagEnd">End (exclusive) of the tag.</param>
    private static bool IsTrailingReport(ImmutableArray<Token> tokens, Sentence sentence, int tagStart, int cue, int tagEnd)
    {
        if (tagStart - sentence.FirstToken < 3 || !tokens[tagStart - 1].IsWord || TrailingReportBlockers.Contains(tokens[tagStart - 1])
            || FunctionWords.Prepositions.Contains(tokens[tagStart - 1]) || tokens[cue].Norm.EndsWith("ing", StringComparison.Ordinal)) return false;
        for (var k = tagEnd; k < sentence.EndToken; k++)
            if (tokens[k].IsWord || tokens[k].Text is "," or ";" or ":") return false;
        // The claim is the clause the tag closes: after a quotation or a comma ("“…,” one grower near Dunmere said") the
        // words before the tag are part of the source, not a clause of their own.
        var clauseStart = tagStart - 1;
        while (clauseStart > sentence.FirstToken && tokens[clauseStart - 1].Kind != TokenKind.Quote && tokens[clauseStart - 1].Text is not ("," or ";" or ":")) clauseStart--;
        return FunctionWords.AnyAuxiliary(tokens, clauseStart, tagStart);
    }

    /// <summary>
    /// The source of a closing tag with no comma (<see cref="IsTrailingReport"/>), or null. Read back from the verb, the source
    /// phrase runs over the claim's own noun into the name ("the ablest negotiator in the cabinet Lindqvist"): the name alone
    /// tells when a common noun that is no role stands before it ("the engineer Pavel Rusk" stays whole).
    /// </summary>
    private static SourcePhrase? TrailingReportSource(ImmutableArray<Token> tokens, Sentence sentence, SourcePhraseReader reader, SourcePhrase? read, int cue)
    {
        // A closing tag's verb is inflected ("Lindqvist argues", "the guild said"); a bare form after a noun is the head of
        // a compound noun: "it may have been a suicide note", "a court order".
        if (Vocabulary.ReportingVerbLemma(tokens[cue]) is not { } lemma || tokens[cue].Norm == lemma) return null;
        // The reader may find no source at all when a common noun runs into the name ("the guild Halvorsen argues").
        var start = read?.Start ?? sentence.FirstToken;
        var nameStart = cue;
        while (nameStart > start && tokens[nameStart - 1].IsCapitalized) nameStart--;
        var source = read;
        if (nameStart > start && nameStart < cue && tokens[nameStart - 1].IsWord && !tokens[nameStart - 1].IsCapitalized
            && !FunctionWords.Prepositions.Contains(tokens[nameStart - 1])
            && (!Vocabulary.IsRoleNoun(tokens[nameStart - 1]) || PeriphrasticReports.IsPredicateNominal(tokens, sentence, start))
            && !FunctionWords.Definite.Contains(tokens[nameStart - 1])
            && !FunctionWords.IndefiniteSingular.Contains(tokens[nameStart - 1]) && !FunctionWords.Possessive.Contains(tokens[nameStart - 1])
            && reader.ReadExact(nameStart, cue) is { } name)
            source = name;
        return source is { } teller && IsTrailingReport(tokens, sentence, teller.Start, cue, cue + 1) ? teller : null;
    }

    /// <summary>
    /// "… insists the surveyor Ilan Brook.": a closing tag's verb before its source is finite ("insists", "argued"), follows
    /// a word of the claim that is no auxiliary ("has proven it", "don't say that") and opens a source with a determiner or
    /// a name ("ignored repeated warnings" is no tag).
    /// </summary>
    private static bool IsInvertedTagVerb(ImmutableArray<Token> tokens, Sentence sentence, int cue)
    {
        if (cue <= sentence.FirstToken || cue + 1 >= sentence.EndToken || Vocabulary.ReportingVerbLemma(tokens[cue]) is not { } lemma || tokens[cue].Norm == lemma) return false;
        var before = tokens[cue - 1];
        if (FunctionWords.Auxiliaries.Contains(before) || FunctionWords.VerbPreModifiers.Contains(before) || before.Norm.EndsWith("n't", StringComparison.Ordinal)) return false;
        var next = tokens[cue + 1];
        return next.Norm is not ("that" or "it") && (FunctionWords.Definite.Contains(next) || FunctionWords.IndefiniteSingular.Contains(next)
            || FunctionWords.Possessive.Contains(next) || next.IsCapitalized);
    }

    /// <summary>Words after which a source and a verb of saying form a relative or a comparison, not a closing tag.</summary>
    private static readonly FrozenWordSet TrailingReportBlockers = new[] { "what", "that", "which", "who", "whom", "as", "how", "than", "where", "why", "when", "whatever" }
        .ToFrozenWordSet();

    /// <summary>"Brandt rejected the plan, saying it was rushed": a participle that hands speech to the clause's subject.</summary>
    private static bool ParticipleAfterComma(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        i > sentence.FirstToken + 1 && tokens[i - 1].Text == "," && tokens[i].Norm.EndsWith("ing", StringComparison.Ordinal)
        && Vocabulary.ReportingVerbLemma(tokens[i]) is not null && i + 1 < sentence.EndToken && tokens[i + 1].IsWord
        && !IsAnonymityTerms(tokens, sentence, i);

    /// <summary>
    /// "…by declaring that a vote would be free—that means the party has no policy": a subordinate report runs to a
    /// dash at most, after which the writer glosses it in their own voice.
    /// </summary>
    private static AttributionFrame EndAtDash(ImmutableArray<Token> tokens, Sentence sentence, int cue, AttributionFrame frame)
    {
        if (frame.Side != ContentSide.After) return frame;
        for (var k = cue + 1; k < sentence.EndToken && tokens[k].Span.Start < frame.Content.End; k++)
            if (tokens[k].Kind == TokenKind.Dash || tokens[k].Text is "—" or "–")
                return frame with { Content = TextSpan.FromBounds(frame.Content.Start, Math.Max(frame.Content.Start, tokens[k].Span.Start)) };
        return frame;
    }

    /// <summary>
    /// "…, before clarifying that", "after insisting to reporters that", "while arguing that": a reporting participle
    /// governed by a preposition of time or means hands its "that" clause to the subject of the main clause, as a
    /// participle after a comma does. Only with "that" (after a hearer if any): "after saying goodbye" reports nothing.
    /// </summary>
    private static bool IsParticipleAfterTimePreposition(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i - 1 <= sentence.FirstToken || tokens[i - 1].Norm is not ("before" or "after" or "while" or "by")) return false;
        if (!IsReportingParticiple(tokens[i])) return false;
        var said = SaidAfterHearer(tokens, sentence, i);
        return said < sentence.EndToken && tokens[said].Norm == "that";
    }

    /// <summary>
    /// "went on to say that", "proceeded to argue that", "began to insist that": a verb of aspect (WordNet's continue.v.01
    /// and continue.v.02 — continue, go on, proceed — and begin.v.01 — begin, start, commence) entails the event of its infinitive, so the
    /// infinitive reports as a finite verb would. Other governors do not: "declined to say", "wanted to argue that",
    /// "is expected to announce that" report nothing said.
    /// </summary>
    /// <returns>The first token of the aspect verb ("went" in "went on to say"), or null.</returns>
    private static int? AspectGovernor(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i - 2 < sentence.FirstToken || tokens[i - 1].Norm != "to" || Vocabulary.ReportingVerbLemma(tokens[i]) is not { } lemma || tokens[i].Norm != lemma) return null;
        var governor = tokens[i - 2].Norm;
        // Only with something said after it (after a hearer if any): "have begun to speak out", "continue to find one
        // another" report nothing.
        var said = SaidAfterHearer(tokens, sentence, i);
        if (said >= sentence.EndToken || tokens[said].Norm != "that" && tokens[said].Text != ":" && tokens[said].Kind != TokenKind.Quote) return null;
        if (governor == "on") return i - 3 >= sentence.FirstToken && GoForms.Contains(tokens[i - 3]) ? i - 3 : null;
        return AspectVerbs.Contains(governor) ? i - 2 : null;
    }

    /// <summary>
    /// Every form of the one-word verbs of WordNet's continue.v.01/02 and begin.v.01 that take a "to" infinitive, from the
    /// inflection layer ("begun", "commences").
    /// </summary>
    private static readonly FrozenSet<string> AspectVerbs =
        new[] { "continue", "proceed", "begin", "start", "commence" }.SelectMany(Inflections.VerbForms).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The forms of "go" in "go on to say" ("went", "gone", "goes").</summary>
    private static readonly FrozenWordSet GoForms = Inflections.VerbForms("go").ToFrozenWordSet();

    /// <summary>
    /// "Ortega made her case that", "the mayor repeated his warning that": a speech noun owned by a possessive pronoun
    /// before "that" is the clause subject's own speech, as "Ortega's warning that" is; so is an argument the subject
    /// makes, "Hale made the case that" (<see cref="PeriphrasticReports.IsMadeArgument"/>). "Case" cues speech only before
    /// "that" (WordNet's case.n.09, "a statement of facts and reasons used to support an argument"; "the case, which
    /// …" is a lawsuit or an instance), so it is not in the speech nouns. The hearer may
    /// come between the noun and "that" ("her pitch to the board that", "his promise to voters that"), as it does after a
    /// verb ("insisting to reporters that").
    /// </summary>
    private static bool IsOwnSpeechNoun(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        i - 1 > sentence.FirstToken && (tokens[i - 1].Norm is "his" or "her" or "their" or "its"
            && (Vocabulary.IsSpeechNoun(tokens[i]) || tokens[i].Norm == "case") || PeriphrasticReports.IsMadeArgument(tokens, sentence, i))
        && HearerPhraseEnd(tokens, sentence, i + 1) is int said && said < sentence.EndToken && tokens[said].Norm == "that";

    /// <summary>
    /// The token after the hearer a speech noun may take before its "that" clause: "to" and an object pronoun or a noun
    /// phrase of up to four words ("to the board", "to its loyal members"); <paramref name="k"/> itself when no hearer
    /// follows. Behind a noun phrase "that" may open a relative clause about the hearer ("to the board that meets on
    /// Monday"), so there the clause after "that" must open with a subject (a pronoun, a determiner or a name).
    /// </summary>
    private static int? HearerPhraseEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || tokens[k].Norm != "to") return k;
        if (k + 2 < sentence.EndToken && FunctionWords.ObjectPronouns.Contains(tokens[k + 1]) && tokens[k + 2].Norm == "that") return k + 2;
        for (var end = k + 2; end < sentence.EndToken && end - k <= 5; end++)
        {
            if (!tokens[end - 1].IsWord || FunctionWords.NounPhraseBreakers.Contains(tokens[end - 1])) return null;
            if (tokens[end].Norm != "that") continue;
            return end + 1 < sentence.EndToken && OpensClauseSubject(tokens[end + 1]) ? end : null;
        }
        return null;
    }

    /// <summary>
    /// A verb of informing or persuading (<see cref="Vocabulary.IsHearerVerb"/>, or a reporting verb whose object is the
    /// hearer, <see cref="HearerVerbs"/>) with a hearer right after it and then "that" and a clause subject: "convince the
    /// donors that she …", "reminding us that it …". Not after a preposition or a determiner, where the form is a noun
    /// ("a warning that", "in briefing").
    /// </summary>
    private static bool TellsHearerThat(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var token = tokens[i];
        if (i == sentence.FirstToken || !(Vocabulary.IsHearerVerb(token) || Vocabulary.ReportingVerbLemma(token) is { } lemma && HearerVerbs.Contains(lemma))) return false;
        var before = tokens[i - 1].Norm;
        if (before != "to" && FunctionWords.Prepositions.Contains(before) || FunctionWords.Definite.Contains(before) || FunctionWords.IndefiniteSingular.Contains(before)
            || FunctionWords.Possessive.Contains(before)) return false;
        return HearerObjectEnd(tokens, sentence, i + 1) is int that && that + 1 < sentence.EndToken && tokens[that].Norm == "that" && OpensClauseSubject(tokens[that + 1]);
    }

    /// <summary>
    /// The token after a hearer at <paramref name="k"/>: an object pronoun ("us", "them"), or a noun phrase of up to four
    /// words that ends in a person, group or organization noun or a name ("the donors", "wary investors", "the board",
    /// "Ms. Brenn"); null when none. A thing as object ("explained the plan that …") is no hearer: "that" after it opens a
    /// relative clause.
    /// </summary>
    private static int? HearerObjectEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken) return null;
        if (FunctionWords.ObjectPronouns.Contains(tokens[k])) return k + 1;
        for (var end = k + 1; end < sentence.EndToken && end - k <= 4; end++)
        {
            var head = tokens[end - 1];
            if (!head.IsWord || FunctionWords.NounPhraseBreakers.Contains(head)) return null;
            if (tokens[end].Norm != "that") continue;
            return SourceNouns.Of(head) is not null || head.IsCapitalized ? end : null;
        }
        return null;
    }

    /// <summary>A word that can open the subject of a "that" clause: a personal pronoun (also contracted, "he's"), a determiner, a possessive or a name.</summary>
    private static bool OpensClauseSubject(Token token) =>
        FunctionWords.PersonPronouns.Contains(token) || FunctionWords.AuthorPronouns.Contains(token)
        || FunctionWords.IsPronounContraction(token) && token.Norm is not ("who's" or "that's")
        || FunctionWords.Definite.Contains(token) || FunctionWords.Possessive.Contains(token)
        || token.IsWord && char.IsUpper(token.Text[0]);

    /// <summary>
    /// ", speaking on condition of anonymity because …", ", speaking anonymously,": the terms the source speaks on,
    /// which describe the source of the verb that follows, not a second report.
    /// </summary>
    private static bool IsAnonymityTerms(ImmutableArray<Token> tokens, Sentence sentence, int participle) =>
        Vocabulary.AnonymityReasons.LongestAt(tokens, participle, sentence.EndToken) > 0
        || Vocabulary.AnonymityReasons.LongestAt(tokens, participle + 1, sentence.EndToken) > 0;

    /// <summary>"The leaders hold rallies, and repeatedly vow that …": a second verb shares the clause's subject.</summary>
    private static bool IsCoordinatedVerb(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i + 1 >= sentence.EndToken || tokens[i + 1].Norm != "that") return false;
        var k = i - 1;
        while (k > sentence.FirstToken && tokens[k].Norm.EndsWith("ly", StringComparison.Ordinal)) k--;
        return k > sentence.FirstToken && tokens[k].Norm == "and";
    }

    /// <summary>The subject of the main clause: at the sentence start, or after an opening adverbial ("On Monday, …").</summary>
    private static SourcePhrase? ClauseSubject(ImmutableArray<Token> tokens, Sentence sentence, SourcePhraseReader reader, int limit)
    {
        if (reader.ReadClauseSubject(sentence.FirstToken, limit) is { } subject) return subject;
        for (var k = sentence.FirstToken; k < limit - 1; k++)
            if (tokens[k].Text == ",") return reader.ReadClauseSubject(k + 1, limit);
        return null;
    }

    /// <summary>
    /// "“…,” she continued.", "“…,” the letter reads.", "“…,” one organiser shouted through a megaphone.": right after a
    /// quotation, a short subject and one verb attribute it whatever the verb (laughed, shrugged, continued) — the
    /// position, not the word, makes it speech.
    /// </summary>
    private static void AddSpeakersAfterQuotations(ProseDocument document, QuoteMarks marks, Sentence sentence, SourcePhraseReader reader,
        ImmutableArray<AttributionFrame>.Builder frames)
    {
        var tokens = document.Tokens;
        for (var close = sentence.FirstToken + 1; close + 2 < sentence.EndToken; close++)
        {
            if (marks.ClosedAt(close) is not { Depth: 0 } quotation || AlreadyAttributed(frames, sentence.Index, quotation)) continue;
            var k = close + 1;
            if (tokens[k].Text == ",") k++;
            else if (tokens[close - 1].Text is not ("," or "?" or "!")) continue;
            // "“…,” reads an editorial in the Gazette", "“…,” read the statement": the text that reads so is the source.
            if (IsWordingVerb(tokens[k]) && reader.ReadAfter(k + 1) is { } text && Vocabulary.IsDocumentNoun(tokens[text.HeadEnd - 1]))
            {
                frames.Add(new AttributionFrame(sentence.Index, text.Start, text.HeadEnd, text.End, k, text.Speaker, ContentSide.Before,
                    quotation.ContentSpan, quotation.Index));
                continue;
            }
            var verb = k + 1;
            while (verb < sentence.EndToken && verb - k <= 4
                   && !((IsFiniteVerbShape(tokens[verb]) || IsWordingVerb(tokens[verb])) && EndsClause(tokens, sentence, AfterHearerPronoun(tokens, sentence, verb)))) verb++;
            if (verb >= sentence.EndToken || verb - k > 4) continue;
            if (reader.ReadExact(k, verb) is not { Speaker: not (SpeakerClass.Author or SpeakerClass.Universal) } source) continue;
            frames.Add(new AttributionFrame(sentence.Index, source.Start, source.HeadEnd, source.End, verb, source.Speaker, ContentSide.Before,
                quotation.ContentSpan, quotation.Index));
        }
    }

    /// <summary>How many tokens the object of a verb that confers a rank may span: "ranked the old mill on the quay among the".</summary>
    private const int MaxRankObjectTokens = 7;

    /// <summary>
    /// Words that end the object of a verb conferring a rank before the rank: a verb of another clause, a clause opener
    /// or a second object ("voted the bakery and the best café", "named the man who built the tallest tower").
    /// </summary>
    private static readonly FrozenWordSet RankObjectBreakers = new[]
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
        "to", "that", "which", "who", "whom", "whose", "if", "because", "when", "while", "where", "and", "or", "but", "for", "with", "by",
    }.ToFrozenWordSet();

    /// <summary>
    /// An object after the verb and then a superlative rank conferred on it: "rank the stadium among the worst", "voted
    /// the bakery the best", "dubbed her one of the finest", "regard the bridge as the safest". An object opens with a
    /// determiner, a pronoun, a name, a quotation or a figure ("ranks the inn", "voted Brandt"); "rates produce the
    /// best fit" has none.
    /// </summary>
    private static bool RankFollowsObject(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        if (verb + 1 >= sentence.EndToken || !FunctionWords.OpensRankedObject(tokens[verb + 1])) return false;
        for (var k = verb + 2; k + 1 < sentence.EndToken && k - verb <= MaxRankObjectTokens; k++)
        {
            if (!tokens[k].IsWord && tokens[k].Kind is not (TokenKind.Quote or TokenKind.Number) || RankObjectBreakers.Contains(tokens[k])) return false;
            if (tokens[k].Norm == "the" && (AdjectiveForms.IsSuperlative(tokens[k + 1]) || tokens[k + 1].Norm is "most" or "least")) return true;
        }
        return false;
    }

    /// <summary>How far after a verb of regard its "as" is looked for: "see the new bridge over the estuary as".</summary>
    private const int MaxRegardObjectTokens = 6;

    /// <summary>
    /// A verb of regard with "as" after its object ("see him as", "view the levy as"): the form in which the verbs of
    /// perception hold a view. "Some saw the parade" perceives.
    /// </summary>
    private static bool AsFollowsObject(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        for (var k = verb + 1; k < sentence.EndToken && k - verb <= MaxRegardObjectTokens && tokens[k].IsWord; k++)
            if (tokens[k].Norm == "as") return k > verb + 1;
        return false;
    }

    /// <summary>
    /// "read", "reads": the verb of a text's wording (WordNet read.v.02, "have or contain a certain wording or form": "the
    /// sign reads …"). Its past has no ending for <see cref="IsFiniteVerbShape"/> to see, and it is left out of the
    /// reporting verbs because a person reads a text without saying anything; right after a quotation it can only give
    /// the quotation's wording ("“…,” the statement read."; real news, issue 17: eight orphan-quote false alarms in the
    /// PolNeAR/SemEval train sample).
    /// </summary>
    private static bool IsWordingVerb(Token token) => token.Norm is "read" or "reads";

    /// <summary>
    /// A sentence that ends its paragraph with a colon introduces what follows: "Caddell continued:" before a quote
    /// paragraph, whatever the verb, and "Columnist Lena Moss compared the campaigners to zealots:" before an excerpt.
    /// The next paragraph becomes the frame's content, so an excerpt is reported, not the writer's voice (real-text
    /// audit FP-3).
    /// </summary>
    private static void AddColonIntroduction(ProseDocument document, QuoteMarks marks, Sentence sentence, SourcePhraseReader reader,
        ImmutableArray<AttributionFrame>.Builder frames)
    {
        var tokens = document.Tokens;
        var colon = sentence.EndToken - 1;
        if (colon <= sentence.FirstToken || tokens[colon].Text != ":") return;
        var excerpt = ParagraphAfter(document, sentence);
        for (var k = frames.Count - 1; k >= 0 && frames[k].SentenceIndex == sentence.Index; k--)
        {
            if (frames[k].CueToken >= colon || frames[k].Speaker is SpeakerClass.Author or SpeakerClass.Universal) continue;
            if (excerpt is { } introduced) frames[k] = frames[k] with { Content = TextSpan.FromBounds(frames[k].Content.Start, introduced.End) };
            return;
        }
        if (SpeechNounIntroduction(tokens, sentence, reader, colon) is var (noun, owner))
        {
            var frame = Frame(document, marks, sentence, owner, noun, ContentSide.After, sentence.EndToken, sentence.EndToken);
            frames.Add(excerpt is { } introduced ? frame with { Content = introduced } : frame);
            return;
        }
        var verb = colon - 1;
        if (!IsFiniteVerbShape(tokens[verb])) return;
        if (reader.ReadBefore(verb) is { Speaker: SpeakerClass.Pronoun or SpeakerClass.NamedPerson or SpeakerClass.DefiniteRole } source)
        {
            var frame = Frame(document, marks, sentence, source, verb, ContentSide.After, sentence.EndToken, sentence.EndToken);
            frames.Add(excerpt is { } introduced ? frame with { Content = introduced } : frame);
        }
    }

    /// <summary>Words between a speech noun's verb and the noun: "issued [the following] statement", "posted [this short] message".</summary>
    private const int MaxSpeechNounModifiers = 3;
    /// <summary>How far before the colon the speech noun may stand: "statement by Senator Ana Lind on June 11:".</summary>
    private const int MaxSpeechNounDistance = 9;

    /// <summary>
    /// "Lind issued the following statement:", "the site rated this statement by Lind on June 11:": a sentence that ends on a
    /// speech noun and a colon hands over to the owner's words, as "Lind said:" does. The owner is the subject of the
    /// verb before the noun phrase, or the name after "by"/"from" (which wins: "the site rated this statement by Lind"
    /// quotes Lind, not the site). Only a named or definite owner, or a pronoun, speaks a verbatim quotation. Real news
    /// (issue 17): four of 21 such introductions in PolNeAR and SemEval articles left their quote paragraph an orphan.
    /// </summary>
    private static (int Noun, SourcePhrase Owner)? SpeechNounIntroduction(ImmutableArray<Token> tokens, Sentence sentence, SourcePhraseReader reader, int colon)
    {
        for (var noun = colon - 1; noun > sentence.FirstToken && colon - noun <= MaxSpeechNounDistance; noun--)
        {
            if (!Vocabulary.IsSpeechNoun(tokens[noun])) continue;
            SourcePhrase? owner = null;
            if (noun + 2 < colon && tokens[noun + 1].Norm is "by" or "from")
                owner = reader.ReadAfter(noun + 2);
            else if (noun == colon - 1)
            {
                var k = noun - 1;
                while (k > sentence.FirstToken && noun - k <= MaxSpeechNounModifiers && tokens[k].IsWord && !IsFiniteVerbShape(tokens[k])) k--;
                if (IsFiniteVerbShape(tokens[k]) && k < noun - 1) owner = reader.ReadBefore(k);
            }
            return owner is { Speaker: SpeakerClass.Pronoun or SpeakerClass.NamedPerson or SpeakerClass.NamedOrganization or SpeakerClass.DefiniteRole } named
                ? (noun, named) : null;
        }
        return null;
    }

    /// <summary>The next paragraph, when <paramref name="sentence"/> ends its own; null otherwise.</summary>
    private static TextSpan? ParagraphAfter(ProseDocument document, Sentence sentence)
    {
        var paragraph = document.Paragraphs[sentence.ParagraphIndex];
        if (sentence.Index != paragraph.EndSentence - 1 || paragraph.Index + 1 >= document.Paragraphs.Length) return null;
        var next = document.Paragraphs[paragraph.Index + 1];
        if (next.SentenceCount == 0) return null;
        var tokens = document.Tokens;
        return TextSpan.FromBounds(tokens[document.Sentences[next.FirstSentence].FirstToken].Span.Start,
            tokens[document.Sentences[next.EndSentence - 1].EndToken - 1].Span.End);
    }

    /// <summary>
    /// Whether a passive with a by-agent credits a view to the agent. Not when the passive is negated ("Truer words were
    /// never spoken by a mayor": nobody said it), not when the verb makes the subject ("was written by", "were spoken
    /// by": the agent wrote or said the subject itself, it holds no view of it). A verb of regarding, or a bare
    /// quantifier as agent, needs the view spelled out by "as" or "to" ("seen by many as a genius", "thought by some to
    /// be"): "seen by witnesses leaving the bar" is an event, and "has been hailed by many" stays a passive that credits
    /// its praise to nobody (RH3006).
    /// </summary>
    /// <summary>
    /// The "by" of a passive's agent right after the verb, or after the writer as hearer: "was described by", "was said to
    /// me by", "was told to us by". Null when none follows.
    /// </summary>
    private static int? PassiveAgentAt(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var by = verb + 1 < sentence.EndToken && tokens[verb + 1].Norm == "to" && verb + 2 < sentence.EndToken && tokens[verb + 2].Norm is "me" or "us" ? verb + 3 : verb + 1;
        return by < sentence.EndToken && tokens[by].Norm == "by" ? by : null;
    }

    /// <summary>
    /// "have known about", "knew that", "have long known for years that": know with what is known after it (a "that" clause,
    /// "about" or "of" a thing, or "for" a span of time before it), not a passive ("is known as", "are known to") and not the
    /// acquaintance sense ("know the area").
    /// </summary>
    private static bool IsExpertKnowledge(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("know" or "knows" or "knew" or "known") || i + 1 >= sentence.EndToken || PassiveChain.IsPassive(tokens, sentence, i)) return false;
        return tokens[i + 1].Norm is "that" or "about" or "of" || tokens[i + 1].Norm == "for" && tokens[i].Norm == "known";
    }

    /// <summary>The writer's contractions with a form of be or have: "I'm told by", "we've been told by".</summary>
    private static readonly FrozenWordSet WriterContractions = new[] { "i'm", "we're", "i've", "we've", "i'd", "we'd" }.ToFrozenWordSet();

    /// <summary>
    /// "I am told by a man who worked there that …", "we were assured by one insider that …": the writer is the passive's
    /// subject, so the writer is the hearer and what follows the agent is what the agent said.
    /// </summary>
    private static bool IsWriterSubject(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var k = verb - 1;
        while (k >= sentence.FirstToken && verb - k <= 4 && (PassiveChain.IsInnerAdverb(tokens[k]) || IsBeOrHave(tokens[k]) || tokens[k].Norm is "am" or "'m")) k--;
        return k >= sentence.FirstToken && (k < verb - 1 && FunctionWords.AuthorPronouns.Contains(tokens[k]) || WriterContractions.Contains(tokens[k]));
    }

    /// <summary>
    /// "The case was put to us by insiders", "the offer was put to me by a banker": "put" with the writer as hearer
    /// presents a case or a view, as "was said to me by" does. "Put to the vote", "put to members" report nothing.
    /// </summary>
    private static bool IsPutToWriter(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        tokens[i].Norm == "put" && i + 2 < sentence.EndToken && tokens[i + 1].Norm == "to" && tokens[i + 2].Norm is "me" or "us";

    /// <param name="toWriter">The writer is the hearer ("was said to me by"): even words said are a report to the writer.</param>
    private static bool IsPassiveView(ImmutableArray<Token> tokens, Sentence sentence, int verb, SourcePhrase agent, bool toWriter)
    {
        // "syringes are found by the school gates": a place or a thing beside the verb holds no view.
        if (agent.Speaker == SpeakerClass.DefiniteRole && !CanHoldView(tokens[agent.HeadEnd - 1])) return false;
        for (var k = verb - 1; k >= sentence.FirstToken && verb - k <= 4 && (PassiveChain.IsInnerAdverb(tokens[k]) || IsBeOrHave(tokens[k])); k--)
            if (tokens[k].Norm is "not" or "never" || tokens[k].Norm.EndsWith("n't", StringComparison.Ordinal)) return false;
        var lemma = Vocabulary.ReportingVerbLemma(tokens[verb]);
        if (lemma is not null && WordMakingVerbs.Contains(lemma) && !toWriter) return false;
        var bareQuantifier = agent.End - agent.Start == 1 && FunctionWords.VaguePronouns.Contains(tokens[agent.Start]);
        if ((lemma is not null || IsPutToWriter(tokens, sentence, verb)) && !bareQuantifier) return true;
        for (var k = agent.End; k < sentence.EndToken && k - agent.End <= 3; k++)
            if (tokens[k].Norm is "as" or "to") return true;
        return false;
    }

    private static bool CanHoldView(Token head) =>
        SourceNouns.Of(head) is not null || Vocabulary.IsDocumentNoun(head) || Vocabulary.IsPluralDocumentNoun(head) || Vocabulary.IsOrganizationNoun(head)
        || Vocabulary.IsRoleNoun(head) || Vocabulary.IsPluralRoleNoun(head);

    private static bool IsBeOrHave(Token token) =>
        token.Norm is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "has" or "have" or "had" || token.Norm.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>Reporting verbs whose passive subject is the words or the text itself ("was written by", "were spoken by").</summary>
    private static readonly FrozenSet<string> WordMakingVerbs = new[] { "say", "speak", "write", "tell", "utter", "publish", "post", "tweet", "pen" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "a peripatetic show": a singular person or an indefinite phrase right before a verb's bare form is no subject of
    /// it ("a critic says"), so the word is a noun. Groups and bodies may take a plural verb ("the staff say").
    /// </summary>
    private static bool IsSingularBeforePluralVerb(ImmutableArray<Token> tokens, SourcePhrase source, int cue)
    {
        // Only a bare phrase: after a post-modifier, agreement slips in real prose ("a review of records indicate").
        if (cue != source.End || source.End != source.HeadEnd || Vocabulary.ReportingVerbLemma(tokens[cue]) != tokens[cue].Norm) return false;
        if (source.Speaker is SpeakerClass.Author or SpeakerClass.Pronoun) return false;
        var head = SourceNouns.Of(tokens[source.HeadEnd - 1]);
        // "a number of doctors say": the article counts the plural head, which agrees with the verb.
        return FunctionWords.IndefiniteSingular.Contains(tokens[source.Start]) && head is not { IsPlural: true }
            || head is { Kind: SourceNounKind.Person, IsPlural: false };
    }

    /// <summary>"…, said a senior diplomat." ends after the source; "…, said members will help" goes on as a clause.</summary>
    private static bool EndsInversion(ImmutableArray<Token> tokens, Sentence sentence, int sourceEnd) =>
        sourceEnd >= sentence.EndToken || !tokens[sourceEnd].IsWord || TrailingAdjunctStarts.Contains(tokens[sourceEnd])
        || IsTimeWord(tokens[sourceEnd]) || tokens[sourceEnd].Norm is "who" or "whose";

    /// <summary>"said Friday", "said in March": a day or month after the cue dates the statement.</summary>
    private static bool IsTimeWord(Token token) => FunctionWords.Weekdays.Contains(token) || FunctionWords.Months.Contains(token);

    /// <summary>
    /// Just past a reporting verb and the pronoun that is its hearer: "“…,” one told me last week" ends its clause after
    /// "me" as "“…,” one said last week" does after "said".
    /// </summary>
    private static int AfterHearerPronoun(ImmutableArray<Token> tokens, Sentence sentence, int verb) =>
        verb + 1 < sentence.EndToken && Vocabulary.ReportingVerbLemma(tokens[verb]) is not null && FunctionWords.ObjectPronouns.Contains(tokens[verb + 1])
            ? verb + 2
            : verb + 1;

    private static bool EndsClause(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k >= sentence.EndToken || !tokens[k].IsWord || TrailingAdjunctStarts.Contains(tokens[k]);

    private static bool IsFiniteVerbShape(Token token) =>
        token.IsWord && !token.IsCapitalized && (Vocabulary.ReportingVerbLemma(token) is not null
            || token.Norm.Length > 3 && (token.Norm.EndsWith("ed", StringComparison.Ordinal) || token.Norm.EndsWith('s')));

    private static readonly FrozenWordSet NounHomographs = new[]
    {
        "claims", "reports", "notes", "comments", "state", "states", "fears", "estimates", "remarks", "shows", "tweets", "posts", "answers",
        "replies", "counters", "promises", "pledges", "threats", "statements", "findings", "warnings",
    }.ToFrozenWordSet();

    /// <summary>
    /// "called for a ban", "are calling for talks": the verb of an advocacy — not the noun ("calls for reform grew", "the
    /// mayor's call for calm"), not a passive ("were called for"), not the summoning sense ("called for help"), and not an
    /// infinitive under another verb ("protesters continued to call for …"), whose subject the reader cannot bound.
    /// </summary>
    private static bool IsCallFor(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        tokens[i].Norm is "call" or "calls" or "called" or "calling" && i + 2 < sentence.EndToken && tokens[i + 1].Norm == "for"
        && i > sentence.FirstToken && !FunctionWords.Definite.Contains(tokens[i - 1]) && !FunctionWords.Possessive.Contains(tokens[i - 1])
        && !FunctionWords.IndefiniteSingular.Contains(tokens[i - 1]) && tokens[i - 1].Norm != "to"
        && (tokens[i].Norm == "calling" || !PassiveChain.IsPassive(tokens, sentence, i))
        && !Vocabulary.IsSummonedNoun(tokens[tokens[i + 2].Norm is "a" or "an" or "the" && i + 3 < sentence.EndToken ? i + 3 : i + 2]);


    /// <summary>
    /// "are calling it the phone of the year", "called Lind a puppet": a label given to a pronoun or a name. Other
    /// uses of "call" report nothing ("called the police", "a group called Kestria First").
    /// </summary>
    private static bool IsLabelCall(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("call" or "calls" or "called" or "calling") || i + 2 >= sentence.EndToken) return false;
        if (tokens[i + 1].Norm is "it" or "him" or "her" or "them" or "this" or "that" or "us" or "me")
            return tokens[i + 2].IsWord && !CallParticles.Contains(tokens[i + 2]) && !TrailingAdjunctStarts.Contains(tokens[i + 2]);
        // "called Lind a puppet", "call the plan a giveaway": a name, or a short determiner-led phrase, then the label.
        var k = i + 1;
        var determined = FunctionWords.Definite.Contains(tokens[k]) || FunctionWords.Possessive.Contains(tokens[k]);
        if (determined) k++;
        while (k < sentence.EndToken && k - i <= 4 && tokens[k].IsWord && (determined || tokens[k].IsCapitalized) && tokens[k].Norm is not ("a" or "an")) k++;
        if (k <= i + 1 || k >= sentence.EndToken) return false;
        // "calling Atlas the phone of the year": after a name a definite label is a label too, unless it is when the call was
        // made ("called Lind the next day", "called Moss the moment he landed").
        return tokens[k].Norm is "a" or "an"
            || !determined && tokens[k].Norm == "the" && k + 1 < sentence.EndToken && tokens[k + 1].IsWord && !CallTimes.Contains(tokens[k + 1])
                && !FunctionWords.DemonstrativeTimeNouns.Contains(tokens[k + 1]) && !IsTimeWord(tokens[k + 1]);
    }

    /// <summary>Pronouns that open a finite clause as its subject: "worry they will", "suspect it was".</summary>
    private static readonly FrozenWordSet ClauseSubjectPronouns = new[] { "he", "she", "it", "they", "we", "there" }.ToFrozenWordSet();

    /// <summary>
    /// A clause follows the verb at <paramref name="verb"/>: "that" with two words after it that are no prepositional
    /// phrase ("that the vote was", not "that way." or "that plan for …", where "that" is a determiner), a subject pronoun
    /// with its auxiliary ("they will", "it was"), or a determined subject with its own ("the levy will").
    /// </summary>
    private static bool HeldClauseFollows(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        if (verb + 3 >= sentence.EndToken) return false;
        var next = tokens[verb + 1];
        if (next.Norm == "that")
            return tokens[verb + 2].IsWord && tokens[verb + 3].IsWord && !FunctionWords.Prepositions.Contains(tokens[verb + 3]);
        return ClauseSubjectPronouns.Contains(next) && FunctionWords.Auxiliaries.Contains(tokens[verb + 2])
            || BareContentClause.At(tokens, sentence, verb + 1);
    }

    /// <summary>
    /// The verb at <paramref name="verb"/> is the predicate of <paramref name="subject"/>: only auxiliaries and adverbs stand
    /// between them ("doctors are increasingly prescribing"), and an -ing form has its "be" ("doctors are prescribing", not
    /// "physicians in order to improve prescribing", where the -ing form is a noun).
    /// </summary>
    private static bool IsPredicateOf(ImmutableArray<Token> tokens, SourcePhrase subject, int verb)
    {
        var be = false;
        for (var k = subject.End; k < verb; k++)
        {
            var norm = tokens[k].Norm;
            if (!FunctionWords.VerbPreModifiers.Contains(norm) && !(norm.Length > 4 && norm.EndsWith("ly", StringComparison.Ordinal))) return false;
            be |= norm is "is" or "are" or "was" or "were" or "been";
        }
        return be || !tokens[verb].Norm.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>Words after "called NAME the" that date the call rather than label anyone: "the next day", "the moment".</summary>
    private static readonly FrozenWordSet CallTimes = new[]
    {
        "next", "following", "same", "previous", "other", "last", "first", "moment", "minute", "hour", "instant", "second", "day",
    }.ToFrozenWordSet();

    /// <summary>"call for talks", "called off the strike": phrasal verbs that report nothing.</summary>
    private static readonly FrozenWordSet CallParticles = new[] { "for", "on", "off", "up", "upon", "back", "out", "in", "into", "forth", "round", "around" }
        .ToFrozenWordSet();

    /// <summary>The complement of a classifying verb follows within its clause ("compared the campaigners to zealots").</summary>
    private static bool ComplementFollows(ImmutableArray<Token> tokens, Sentence sentence, int verb, FrozenSet<string> complements)
    {
        for (var k = verb + 1; k < sentence.EndToken && k - verb <= MaxComplementDistance; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" or ".") return false;
            if (complements.Contains(tokens[k].Norm)) return k > verb + 1;
        }
        return false;
    }

    /// <summary>How far the complement of a classifying verb may stand from it: "lumps the tenants' union in with".</summary>
    private const int MaxComplementDistance = 8;

    /// <summary>
    /// "are (increasingly) keen", "remain convinced", "have grown wary": the linking verb through which a stance adjective
    /// is predicated of the subject, or null.
    /// </summary>
    private static int? LinkingVerbBefore(ImmutableArray<Token> tokens, Sentence sentence, int adjective)
    {
        var k = PassiveChain.SkipAdverbsBack(tokens, sentence, adjective - 1);
        return k >= sentence.FirstToken && StanceLinks.Contains(tokens[k].Norm) ? k : null;
    }

    /// <summary>
    /// Every form, from the inflection layer, of "be" and of the linking verbs seem, appear, remain, become and grow (their
    /// WordNet senses of seeming, staying and passing into a state) that carry a stance: "seemed confident that", "grew wary of".
    /// </summary>
    private static readonly FrozenSet<string> StanceLinks =
        new[] { "be", "seem", "appear", "remain", "become", "grow" }.SelectMany(Inflections.VerbForms).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"put it plainly:", "put it best,", "As Moss put it,": not "put it on the table".</summary>
    private static bool IsPutIt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("put" or "puts") || i + 1 >= sentence.EndToken || tokens[i + 1].Norm != "it") return false;
        if (i + 2 >= sentence.EndToken) return true;
        var next = tokens[i + 2];
        return !next.IsWord || next.Norm.EndsWith("ly", StringComparison.Ordinal) || next.Norm is "best" or "well" or "better" or "this" or "another" or "so";
    }

    /// <summary>How far back from "put it" the "as" or "how" that opens its clause may stand: "as one veteran session producer put it".</summary>
    private const int MaxPutItSubjectTokens = 6;

    /// <summary>
    /// "put it" in a clause opened by "as" ("…, as one fan put it to me") or by "how" after a demonstrative and a copula
    /// ("That was how a neighbour put it at the meeting"): the clause names a manner of saying, so a hearer or a place may
    /// follow "it" without making "put" physical ("put it on the shelf" has no such opener). Returns the opener.
    /// </summary>
    private static int? MannerOfPuttingIt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("put" or "puts") || i + 1 >= sentence.EndToken || tokens[i + 1].Norm != "it") return null;
        for (var k = i - 1; k >= sentence.FirstToken && i - k <= MaxPutItSubjectTokens + 1; k--)
        {
            if (!tokens[k].IsWord) return null;
            if (tokens[k].Norm == "as" && k + 1 < i) return SubjectCues.IsClauseStart(tokens, sentence, k) ? k : null;
            if (tokens[k].Norm == "how" && k + 1 < i)
                return k - 2 == sentence.FirstToken && tokens[k - 2].Norm is "that" or "this" && tokens[k - 1].Norm is "is" or "was"
                       || k - 1 == sentence.FirstToken && tokens[k - 1].Norm == "that's"
                    ? k
                    : null;
        }
        return null;
    }

    /// <summary>"As S documented, …": the verb closes an "as" clause that opens the sentence or follows a comma.</summary>
    private static bool IsAsParenthetical(ImmutableArray<Token> tokens, Sentence sentence, int sourceStart, int verb)
    {
        if (sourceStart == sentence.FirstToken || tokens[sourceStart - 1].Norm != "as" || verb + 1 >= sentence.EndToken || tokens[verb + 1].Text != ",") return false;
        var opener = sourceStart - 1;
        return opener == sentence.FirstToken || tokens[opener - 1].Text is "," or "—" or ";";
    }

    /// <summary>
    /// "Brandt's warning that …", "the ministry's claim: “…”": a possessive source before a speech noun; or a position
    /// the copula equates with its clause, "Hale's view is that …" (<see cref="PeriphrasticReports.IsOwnedPositionEquated"/>).
    /// </summary>
    private static bool IsPossessiveSpeechNoun(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        i > sentence.FirstToken && Vocabulary.IsSpeechNoun(tokens[i]) && tokens[i - 1].Norm.EndsWith("'s", StringComparison.Ordinal)
        && i + 1 < sentence.EndToken && (tokens[i + 1].Norm == "that" || tokens[i + 1].Text is ":" or "," || tokens[i + 1].Kind == TokenKind.Quote)
        || PeriphrasticReports.IsOwnedPositionEquated(tokens, sentence, i);

    /// <summary>
    /// "has said nothing about how its filter works", "told us little", "said nothing at all": a saying verb whose object is
    /// "nothing" or "little" reports no content, so the rest of the sentence stays the writer's. "said nothing would change"
    /// reports a clause whose subject is "nothing", so a verb after it keeps the frame. "If the council says no, …", "voters
    /// said yes because …": a yes or a no is an answer or a decision, no claim; "said no decision was made" reports one.
    /// </summary>
    private static bool SaysNothing(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (SpokenFormulas.PerformedAt(tokens, sentence, i)) return true;
        var k = i + 1;
        while (k < sentence.EndToken && FunctionWords.ObjectPronouns.Contains(tokens[k])) k++;
        if (k >= sentence.EndToken || tokens[k].Norm is not ("nothing" or "little" or "yes" or "no")) return false;
        var next = k + 1;
        return next >= sentence.EndToken || !tokens[next].IsWord || EmptyReportFollowers.Contains(tokens[next])
               || tokens[k].Norm is "yes" or "no" && FunctionWords.Subordinators.Contains(tokens[next]);
    }

    /// <summary>What may follow "said nothing" when nothing was reported: a topic, "at all", a time, a place or a hearer.</summary>
    private static readonly FrozenWordSet EmptyReportFollowers = new[]
    {
        "about", "of", "on", "regarding", "concerning", "at", "in", "publicly", "further", "more", "else", "since", "to", "when", "for",
        "beyond", "but", "and", "so", "yet",
    }.ToFrozenWordSet();

    /// <summary>"Washington argues about budgets", "they talked over the plan": a topic, not a claim — except warnings ("warned about the risk").</summary>
    private static bool IsTopicOnly(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        i + 1 < sentence.EndToken && tokens[i + 1].Norm is "about" or "over" or "with"
        && !tokens[i].Norm.StartsWith("warn", StringComparison.Ordinal) && !tokens[i].Norm.StartsWith("caution", StringComparison.Ordinal);

    /// <summary>"in the words of S": a noun cue that works like "according to".</summary>
    private static bool IsWordsOf(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        tokens[i].Norm == "in" && i + 3 < sentence.EndToken && tokens[i + 1].Norm == "the" && tokens[i + 2].Norm == "words" && tokens[i + 3].Norm == "of";

    /// <summary>
    /// A capitalized verb form inside a sentence that is not in title case belongs to a name ("the United States",
    /// "Secretary of State"), not a verb; title-case headlines ("Brandt Says Port Will Open") keep their verbs.
    /// </summary>
    private static bool IsInsideName(ProseDocument document, Sentence sentence, int index) =>
        index != sentence.FirstToken && document.Tokens[index].IsCapitalized && !document.IsTitleCase(sentence);

    private static AttributionFrame AccordingTo(ProseDocument document, QuoteMarks marks, Sentence sentence, int cue, SourcePhrase source)
    {
        var tokens = document.Tokens;
        if (cue == sentence.FirstToken)
        {
            var start = source.End < sentence.EndToken && tokens[source.End].Text == "," ? source.End + 1 : source.End;
            return Frame(document, marks, sentence, source, cue, ContentSide.After, start, sentence.EndToken);
        }
        var end = tokens[cue - 1].Text == "," ? cue - 1 : cue;
        return Frame(document, marks, sentence, source, cue, ContentSide.Before, sentence.FirstToken, end);
    }

    private static AttributionFrame VerbFrame(ProseDocument document, QuoteMarks marks, Sentence sentence, int cue, SourcePhrase source)
    {
        var tokens = document.Tokens;
        var next = cue + 1;
        while (next < sentence.EndToken && FunctionWords.ObjectPronouns.Contains(tokens[next])) next++;
        var thatIndex = -1;
        for (var k = next; k < sentence.EndToken && k - next <= 6; k++)
        {
            // "said he had called twice that night": once the content's own subject has come, "that" is inside it.
            if (FunctionWords.PersonPronouns.Contains(tokens[k]) || FunctionWords.AuthorPronouns.Contains(tokens[k])) break;
            // "tell me pay has never been lower and that cuts are coming": a "that" after a coordinator opens the second
            // of two reported clauses; the first, with no "that", starts right after the cue.
            if (tokens[k].Norm == "that" && k > next && tokens[k - 1].Norm is "and" or "or" or "but") break;
            if (tokens[k].Norm == "that") { thatIndex = k; break; }
        }

        // "…, current and former officials said.": the comma sets off the first of two coordinated sources.
        var coordinatedBreak = CoordinatedTags.BreakBefore(tokens, sentence, source.Start);
        var sourceFollowsBreak = source.Start > sentence.FirstToken
            && (tokens[source.Start - 1].Text == "," || marks.IsClosing(source.Start - 1) || coordinatedBreak is not null);
        // "The levy, the minister told MPs, is fair": the speaker's words run on both sides of the reporting clause.
        if (source.Start - 1 > sentence.FirstToken && tokens[source.Start - 1].Text == "," && tokens[cue - 1].Norm is not ("who" or "which" or "that")
            && ParentheticalClose(tokens, sentence, cue) is int close)
            return Frame(document, marks, sentence, source, cue, ContentSide.Before, sentence.FirstToken, ContentEnd(document, marks, sentence, close + 1, untilComma: false))
                with { Parenthetical = TextSpan.FromBounds(tokens[source.Start - 1].Span.Start, tokens[close].Span.End) };

        var nothingAfter = next >= sentence.EndToken || tokens[next].Kind == TokenKind.Punctuation && tokens[next].Text != ":"
            || (TrailingAdjunctStarts.Contains(tokens[next]) || IsTimeWord(tokens[next])) && thatIndex < 0
            || thatIndex < 0 && IsHearerTag(tokens, marks, sentence, source, cue);
        if (sourceFollowsBreak && nothingAfter)
            return Frame(document, marks, sentence, source, cue, ContentSide.Before, sentence.FirstToken, coordinatedBreak ?? source.Start - 1);

        var contentStart = thatIndex >= 0 ? thatIndex + 1 : next;
        return Frame(document, marks, sentence, source, cue, ContentSide.After, contentStart,
            ContentEnd(document, marks, sentence, contentStart, InCommaRelative(tokens, sentence, cue) || OpensAdverbialClause(tokens, sentence, source.Start)));
    }

    /// <summary>
    /// The comma that closes a reporting clause set off inside the sentence it reports: after the cue, at most a hearer
    /// or a time ("told MPs", "said on Monday"), then a comma and the rest of the reported sentence. A tail with
    /// "that" or an auxiliary is the report's own content ("said the tram was late, …"), not a hearer. After the comma the
    /// reported sentence must go on: a conjunction or a participle there opens the writer's own addition ("Fares will
    /// rise, the mayor said, as a poll shows riders are angry", "…, the mayor said, adding that …").
    /// </summary>
    private static int? ParentheticalClose(ImmutableArray<Token> tokens, Sentence sentence, int cue)
    {
        var tail = cue + 1;
        while (tail < sentence.EndToken && FunctionWords.ObjectPronouns.Contains(tokens[tail])) tail++;
        // "decried rote testing", "spoke of the malaise": after a verb that takes no hearer, words before the comma are
        // what was said, unless they date or place the saying ("said on Monday", "wrote in 2019", "said to reporters").
        if (tail < sentence.EndToken && tokens[tail].IsWord && !(Vocabulary.ReportingVerbLemma(tokens[cue]) is { } lemma && HearerVerbs.Contains(lemma))
            && (tokens[tail].Norm == "of" || !TrailingAdjunctStarts.Contains(tokens[tail]) && !IsTimeWord(tokens[tail])))
            return null;
        for (var k = tail; k < sentence.EndToken && k - cue <= MaxParentheticalTail + 1; k++)
        {
            if (tokens[k].Text == ",")
                return k + 1 < sentence.EndToken && ResumesReport(tokens[k + 1]) && !FunctionWords.AnyAuxiliary(tokens, cue + 1, k) ? k : null;
            if (!tokens[k].IsWord || tokens[k].Norm == "that") return null;
        }
        return null;
    }

    private static bool ResumesReport(Token next) =>
        next.IsWord && !ClauseOpeners.Contains(next) && !next.Norm.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// "“…,” Brandt told the Gazette in an interview.", "…, she told the Gazette.", "…, the mayor warned councillors on
    /// Monday.": after a quotation or a comma, a verb whose object is the hearer has said all it says — the words before
    /// it. Only when the rest of the sentence holds no clause of its own ("told reporters the port would close" reports a
    /// second claim). Real news (issue 17): a quotation tagged so was read as reporting its hearer, so the quote paragraph
    /// after it lost its speaker; a sentence closed by ", she told the Gazette" was read as reporting the paper. After a
    /// comma the tail must name no content either: "she reminded everybody why", "warned residents of floods", "told
    /// them to leave" and "informed him violated the rules" say what was told, and a relative clause's source ("which
    /// Facebook informed him …") reports inside its clause.
    /// </summary>
    private static bool IsHearerTag(ImmutableArray<Token> tokens, QuoteMarks marks, Sentence sentence, SourcePhrase source, int cue)
    {
        if (Vocabulary.ReportingVerbLemma(tokens[cue]) is not { } lemma || !HearerVerbs.Contains(lemma)
            || FunctionWords.AnyAuxiliary(tokens, cue + 1, sentence.EndToken) || !IsShortHearerTail(tokens, sentence, cue)) return false;
        var before = source.Start - 1;
        if (before > sentence.FirstToken && tokens[before].Text == ",") before--;
        if (before > sentence.FirstToken && marks.IsClosing(before)) return true;
        // "his article, which Facebook informed him violated …": a relative clause's source reports inside it.
        for (var k = source.Start; k < cue; k++)
            if (tokens[k].Norm is "which" or "who" or "whom" or "that") return false;
        // The hearer runs to the end or to a time or a place ("told the Gazette on Monday"); a verb in it is what was told.
        var hearerWords = 0;
        for (var k = cue + 1; k < sentence.EndToken && tokens[k].IsWord && !TrailingAdjunctStarts.Contains(tokens[k]) && !IsTimeWord(tokens[k]); k++)
        {
            var norm = tokens[k].Norm;
            if (++hearerWords > MaxHearerWords || ToldContentWords.Contains(norm) || norm.Length > 3 && norm.EndsWith("ed", StringComparison.Ordinal)
                || !tokens[k].IsCapitalized && Inflections.IsIrregularVerbForm(norm)) return false;
        }
        for (var k = cue + 1; k < sentence.EndToken; k++)
            if (ToldContentWords.Contains(tokens[k])) return false;
        return true;
    }

    /// <summary>How many words the hearer of a closing tag may hold: "the Harbor Gazette", "a Senate committee".</summary>
    private const int MaxHearerWords = 5;

    /// <summary>Words after a hearer that open what was told: a question word, an order's "to", a topic's "of" or "about".</summary>
    private static readonly FrozenWordSet ToldContentWords = new[] { "why", "how", "what", "whether", "where", "who", "when", "if", "to", "of", "about", "so" }
        .ToFrozenWordSet();

    /// <summary>
    /// Whether what follows the hearer verb can be only a hearer and a time or place ("told the Gazette in an interview on
    /// Monday"): a few words and no subject pronoun. "told reporters her team played the best football in the league this
    /// year" reports a clause whose verb no auxiliary marks.
    /// </summary>
    private static bool IsShortHearerTail(ImmutableArray<Token> tokens, Sentence sentence, int cue)
    {
        var words = 0;
        for (var k = cue + 1; k < sentence.EndToken; k++)
        {
            if (!tokens[k].IsWord) continue;
            if (++words > MaxParentheticalTail + 2 || tokens[k].Norm is "he" or "she" or "they" or "we" or "i" or "it" or "there") return false;
        }
        return true;
    }

    /// <summary>Reporting verbs whose object is the hearer ("told MPs", "assured investors"), not what was said.</summary>
    private static readonly FrozenWordSet HearerVerbs = new[] { "tell", "assure", "warn", "remind", "inform", "advise", "brief" }
        .ToFrozenWordSet();

    /// <summary>Conjunctions that open a clause of their own after a parenthetical, not the rest of the reported one.</summary>
    private static readonly FrozenWordSet ClauseOpeners = new[]
    {
        "as", "and", "but", "or", "so", "yet", "while", "whilst", "whereas", "because", "since", "after", "before", "when", "though",
        "although", "with", "without", "until", "unless", "if", "despite", "amid",
    }.ToFrozenWordSet();

    /// <summary>How many words a parenthetical reporting clause carries after its verb: "told a Senate committee on Monday".</summary>
    private const int MaxParentheticalTail = 6;

    /// <summary>
    /// "While Washington argues about budgets, the Arctic is …", "If the council says the budget is short, Europe will
    /// lose …", "…, but once critics say it is rushed, …": a source right after the conjunction of an adverbial clause
    /// that opens its clause reports only up to the comma that closes the adverbial; the main clause is the writer's. A
    /// condition or a time says when the writer's claim holds, it does not hand the claim to the speaker. "As" is not one:
    /// "As the mayor said, …" credits the main clause to the mayor.
    /// </summary>
    private static bool OpensAdverbialClause(ImmutableArray<Token> tokens, Sentence sentence, int sourceStart)
    {
        var conjunction = sourceStart - 1;
        if (conjunction < sentence.FirstToken || !AdverbialConjunctions.Contains(tokens[conjunction].Norm)) return false;
        var before = conjunction - 1;
        // "Even if the council says …", "only when the board agrees …": a focus word before the conjunction.
        if (before >= sentence.FirstToken && tokens[before].Norm is "even" or "only") before--;
        return before < sentence.FirstToken || tokens[before].Text is "," or ";" || tokens[before].Kind == TokenKind.Dash
               || tokens[before].Norm is "and" or "but" or "or" or "so" or "yet";
    }

    /// <summary>
    /// Conjunctions of an adverbial clause of time, condition, concession or cause: the subordinators, and "since",
    /// "once" and "whether", which open such a clause here, where a speaker follows them.
    /// </summary>
    private static readonly FrozenSet<string> AdverbialConjunctions =
        FunctionWords.Subordinators.Concat(["since", "once", "whether"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Residents, who say the port is loud, have complained": the cue sits in a relative clause set off by commas.</summary>
    private static bool InCommaRelative(ImmutableArray<Token> tokens, Sentence sentence, int cue)
    {
        var k = cue - 1;
        while (k > sentence.FirstToken && cue - k <= 3 && tokens[k].IsWord && tokens[k].Norm is not ("who" or "which")) k--;
        return k > sentence.FirstToken && tokens[k].Norm is "who" or "which" && tokens[k - 1].Text == ",";
    }

    /// <summary>
    /// Reported content runs to the end of the sentence, except across "; …" or ", though/but …" (or "– although …"), where the
    /// writer (or another source) takes over: "economists believe X, though others note Y".
    /// </summary>
    /// <param name="untilComma">The cue is in a comma-bounded relative or opening adverbial clause: its content ends at the closing comma.</param>
    private static int ContentEnd(ProseDocument document, QuoteMarks marks, Sentence sentence, int contentStart, bool untilComma)
    {
        var tokens = document.Tokens;
        var depth = 0;
        var end = Math.Min(sentence.EndToken, contentStart + MaxContentTokens);
        for (var k = contentStart; k < end; k++)
        {
            if (marks.OpenedAt(k) is not null) depth++;
            if (marks.ClosedAt(k) is not null) depth = Math.Max(0, depth - 1);
            if (depth > 0) continue;
            if (tokens[k].Text == ";" || untilComma && tokens[k].Text == ",") return k;
            if (tokens[k].Text is "," or "—" or "–" && k + 1 < sentence.EndToken && ContrastConjunctions.Contains(tokens[k + 1])
                && !IsSecondReportedClause(tokens, sentence, k + 1)) return k;
        }
        return end;
    }

    private static readonly FrozenWordSet ContrastConjunctions = new[] { "though", "although", "but", "while", "whereas", "yet" }
        .ToFrozenWordSet();

    private static void AddQuotationSubjects(ProseDocument document, QuoteMarks marks, Sentence sentence, SourcePhraseReader reader, bool[] quoted,
        ImmutableArray<AttributionFrame>.Builder frames)
    {
        var tokens = document.Tokens;
        for (var open = sentence.FirstToken + 1; open < sentence.EndToken; open++)
        {
            if (marks.OpenedAt(open) is not { Depth: 0 } quotation) continue;
            if (AlreadyAttributed(frames, sentence.Index, quotation)) continue;
            var before = open - 1;
            if (before == sentence.FirstToken || tokens[before].Text is not ("," or ":") || quoted[before]) continue;
            var clauseStart = before - 1;
            while (clauseStart > sentence.FirstToken && before - clauseStart < MaxClauseTokens && tokens[clauseStart - 1].Text != "," && !quoted[clauseStart - 1])
                clauseStart--;
            // "Her essay, “Why Ports Fail,”": a subject with no predicate before the quotation is in apposition to it.
            if (reader.ReadClauseSubject(clauseStart, before) is { } subject && subject.HeadEnd < before)
                frames.Add(new AttributionFrame(sentence.Index, subject.Start, subject.HeadEnd, subject.End, open, subject.Speaker,
                    ContentSide.After, quotation.ContentSpan, quotation.Index));
        }
    }

    private static bool AlreadyAttributed(ImmutableArray<AttributionFrame>.Builder frames, int sentence, Quotation quotation)
    {
        for (var k = frames.Count - 1; k >= 0 && frames[k].SentenceIndex == sentence && frames.Count - k <= MaxFramesBack; k--)
            if (frames[k].QuotationIndex == quotation.Index || frames[k].Content.Contains(quotation.Span.Start)) return true;
        return false;
    }

    private static AttributionFrame Frame(ProseDocument document, QuoteMarks marks, Sentence sentence, SourcePhrase source, int cue, ContentSide side, int contentStart, int contentEnd)
    {
        var tokens = document.Tokens;
        var content = contentEnd > contentStart
            ? TextSpan.FromBounds(tokens[contentStart].Span.Start, tokens[contentEnd - 1].Span.End)
            : new TextSpan(contentStart > sentence.FirstToken ? tokens[contentStart - 1].Span.End : tokens[contentStart].Span.Start, 0);
        int? quotation = null;
        for (var k = contentStart; k < contentEnd && k - contentStart < MaxClauseTokens && quotation is null; k++)
            if (marks.OpenedAt(k) is { Depth: 0 } q) quotation = q.Index;
        if (quotation is null && side == ContentSide.Before && contentEnd > sentence.FirstToken && marks.ClosedAt(contentEnd - 1) is { Depth: 0 } closed)
            quotation = closed.Index;
        var speaker = AuthorsUnnamedContact(tokens, sentence, source, cue) ?? source.Speaker;
        return new AttributionFrame(sentence.Index, source.Start, source.HeadEnd, source.End, cue, speaker, side, content, quotation);
    }

    /// <summary>
    /// "Our partners tell us privately", "my suppliers told me": the writer's own unnamed circle, reporting to the writer or off
    /// the record, is as vague as "suppliers tell me" — the possessive only says the writer knows them. One of them is as
    /// unnamed as "one broker told me": "my own herbalist told me that …" is a single unnamed source. A relative ("my
    /// parents told me", "my mother told me") or a named member ("my colleagues Ana Ruiz and Tom Bell", "my GP, Dr. Ana
    /// Lind,") is someone the reader can place, and a single contact who gives an order ("my doctor told me to rest") reports
    /// no claim. Null when the source is not such a contact.
    /// </summary>
    private static SpeakerClass? AuthorsUnnamedContact(ImmutableArray<Token> tokens, Sentence sentence, SourcePhrase source, int cue)
    {
        if (source.Speaker != SpeakerClass.DefiniteRole || tokens[source.Start].Norm is not ("my" or "our") || source.HeadEnd - source.Start < 2) return null;
        var head = tokens[source.HeadEnd - 1];
        if (!head.IsWord || Vocabulary.IsKinNoun(head)) return null;
        for (var k = source.Start + 1; k < source.End; k++)
            if (tokens[k].IsWord && tokens[k].IsCapitalized) return null;
        var told = cue + 1 < sentence.EndToken && tokens[cue + 1].Norm is "me" or "us";
        var offRecord = false;
        for (var k = source.End; k < sentence.EndToken && k <= cue + 2; k++)
            if (FunctionWords.AnonymityAdverbs.Contains(tokens[k])) offRecord = true;
        if (!told && !offRecord) return null;
        if (head.Norm.EndsWith('s')) return SpeakerClass.VagueCollective;
        // "a story my professor told me years ago": a contact relative on a thing tells where the story came from; the
        // writer's contact reports a claim only as the subject of a clause of its own.
        var opensClause = source.Start == sentence.FirstToken || !tokens[source.Start - 1].IsWord || tokens[source.Start - 1].Norm is "and" or "but" or "that";
        return told && opensClause && SourceNouns.Of(head) is { Kind: SourceNounKind.Person, IsPlural: false } && !GivesOrder(tokens, sentence, cue + 2)
            ? SpeakerClass.VagueSingular
            : null;
    }

    /// <summary>"told me to rest", "told us about the ward", "told me so": after the hearer, an order, a topic or nothing said.</summary>
    private static bool GivesOrder(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k >= sentence.EndToken || tokens[k].Norm is "to" or "so" || tokens[k].IsWord && tokens[k].Norm != "that" && FunctionWords.Prepositions.Contains(tokens[k]);

}

/// <summary>Which quotation opens or closes at each token, so frame finding never scans all quotations.</summary>
internal sealed class QuoteMarks
{
    private readonly ImmutableArray<Quotation> _quotations;
    /// <summary>Positions in <see cref="_quotations"/>: a quotation is a struct of 48 bytes, and a quote storm opens millions.</summary>
    private readonly Dictionary<int, int> _open = [];
    private readonly Dictionary<int, int> _close = [];

    public QuoteMarks(ProseDocument document)
    {
        _quotations = document.Quotations;
        for (var i = 0; i < _quotations.Length; i++)
        {
            var q = _quotations[i];
            _open[q.OpenToken] = i;
            if (q.CloseToken is int close) _close[close] = i;
        }
    }

    public Quotation? OpenedAt(int token) => _open.TryGetValue(token, out var i) ? _quotations[i] : null;
    public Quotation? ClosedAt(int token) => _close.TryGetValue(token, out var i) ? _quotations[i] : null;
    public bool IsClosing(int token) => _close.ContainsKey(token);
}
