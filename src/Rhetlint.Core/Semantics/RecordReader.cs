using System.Collections.Frozen;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// Finds kept records and datasets in a sentence (<c>record_cues.txt</c>). A record bounds a comparison with a set
/// someone keeps and the reader can check: "on record", "since records began", "since the institute started counting
/// them in 2011", "in the twenty years the council has kept records", "in the coastguard's yearly tables", "in the
/// guild's history", "the nine kettles we have tested". A dataset is a body of data with a publisher: "the
/// ministry's figures", "Eurostat data", "a survey of 2,000 riders by the Harbour Transport Trust". Who publishes
/// a dataset is read with the attribution layer's source phrases, so its speaker classes are the frames' classes.
/// </summary>
internal sealed partial class RecordReader(ProseDocument document, NameEvidence names)
{
    private static readonly Lazy<Cues> Lexicon = new(() => new Cues());

    /// <summary>Possessors of a history that is no kept record: "in human history", "the world's history", "the nation's history".</summary>
    private static readonly FrozenSet<string> UnboundedOwners = FrozenSet.ToFrozenSet(
        ["world's", "earth's", "planet's", "humanity's", "mankind's", "history's", "universe's", "nation's", "country's", "human", "world", "modern", "recorded"],
        StringComparer.Ordinal);

    /// <summary>Participles between a dataset and its publisher: "figures published by", "data supplied by".</summary>
    private static readonly FrozenSet<string> PublishingParticiples = FrozenSet.ToFrozenSet(
        ["published", "released", "compiled", "supplied", "collected", "kept", "produced", "gathered", "issued", "commissioned", "conducted", "run", "maintained"],
        StringComparer.Ordinal);

    /// <summary>
    /// Verbs of witnessing (word forms): with them the writer ranks a public thing from where they stood ("the most
    /// reckless plan I have seen", "the worst referee I have watched"), where a lived experience ("the best meal I've
    /// had", "the loudest crowd I have played for") ranks the writer's own life.
    /// </summary>
    private static readonly FrozenSet<string> WitnessVerbs = FrozenSet.ToFrozenSet(
        ["see", "saw", "seen", "watch", "watched", "witness", "witnessed", "hear", "heard", "read", "cover", "covered", "know", "knew",
         "known", "meet", "met", "encounter", "encountered", "review", "reviewed", "observe", "observed", "visit", "visited",
         "follow", "followed", "interview", "interviewed"],
        StringComparer.Ordinal);

    private readonly System.Collections.Immutable.ImmutableArray<Syntax.Token> _t = document.Tokens;

    /// <summary>Whether the writer's record [<paramref name="first"/>, <paramref name="end"/>) was lived rather than witnessed (<see cref="WitnessVerbs"/>).</summary>
    private bool IsLived(int first, int end)
    {
        for (var k = first; k < end; k++)
            if (WitnessVerbs.Contains(_t[k].Norm)) return false;
        return true;
    }

    public void Read(Sentence sentence, List<EvidenceItem> items)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (RecordAt(sentence, i) is var (recordEnd, keeper))
            {
                items.Add(new EvidenceItem(EvidenceKind.Record, sentence.Index, i, recordEnd) { Publisher = keeper, Lived = keeper == SpeakerClass.Author && IsLived(i, recordEnd) });
                i = recordEnd - 1;
            }
            else if (ShownRecordAt(sentence, i) is var (fileFirst, fileEnd, fileKeeper))
            {
                items.Add(new EvidenceItem(EvidenceKind.Dataset, sentence.Index, fileFirst, fileEnd) { Publisher = fileKeeper, KeptFile = true });
                i = fileEnd - 1;
            }
            else if (DatasetAt(sentence, i) is var (first, end, publisher))
            {
                items.Add(new EvidenceItem(EvidenceKind.Dataset, sentence.Index, first, end) { Publisher = publisher });
                i = end - 1;
            }
        }
    }

    /// <summary>A noun for a body of data or findings ("figures", "the data", "the evidence"), from <c>record_cues.txt</c>.</summary>
    public static bool IsDataNoun(Syntax.Token token) => Lexicon.Value.IsDataNoun(token);

    private string Norm(Sentence sentence, int k) => k >= sentence.FirstToken && k < sentence.EndToken ? _t[k].Norm : "";

    /// <summary>
    /// The end of a record phrase that starts at <paramref name="i"/> and who keeps the record, when the phrase says
    /// so (the writer, for "the longest I have managed"; the tracker, for "of the 42 lenders tracked by Fjell
    /// Analytics"); null when no record starts there.
    /// </summary>
    private (int End, SpeakerClass? Keeper)? RecordAt(Sentence sentence, int i)
    {
        var cues = Lexicon.Value;
        var norm = _t[i].Norm;
        if (norm == "on" && Norm(sentence, i + 1) == "record") return (i + 2, null);
        if (norm is "ever" or "yet" && RegimeAfter(sentence, i + 1) is var (regimeEnd, regime)) return (regimeEnd, regime);
        if (norm == "ever" && cues.Measured.Contains(Norm(sentence, i + 1))) return (i + 2, null);
        if (norm == "since") return SinceRecordsBegan(sentence, i) is int since ? (since, null) : null;
        if (norm is "of" or "among" or "amongst" && CountedMeasuredSet(sentence, i) is var (counted, tracker)) return (counted, tracker);
        if (norm is "in" or "of" && DocumentScope(sentence, i) is int document) return (document, SpeakerClass.DefiniteRole);
        if (norm is "in" or "over" or "during" or "across") return (YearsOfRecords(sentence, i) ?? KeptHistory(sentence, i)) is int kept ? (kept, null) : null;
        if (norm == "of") return KeptHistory(sentence, i) is int history ? (history, null) : null;
        return MeasuredSet(sentence, i);
    }

    /// <summary>
    /// "(the largest penalty) yet imposed under the GDPR", "(the biggest haul) ever seized by the coastguard": a
    /// participle whose by- or under-phrase names the body or regime that keeps the set compared.
    /// </summary>
    private (int End, SpeakerClass Keeper)? RegimeAfter(Sentence sentence, int participle)
    {
        if (participle >= sentence.EndToken || !_t[participle].IsWord || !_t[participle].Norm.EndsWith("ed", StringComparison.Ordinal)) return null;
        if (Norm(sentence, participle + 1) is not ("by" or "under")) return null;
        var keeper = new SourcePhraseReader(document, sentence, names).ReadAfter(participle + 2);
        return keeper is { } found && IsPublisher(found) ? (found.End, found.Speaker) : null;
    }

    /// <summary>
    /// "of the 31 ferry lines followed by the consultancy Brekke Maritime", "among the 25 bakeries visited": a
    /// counted set that someone measured, with the measurer's class when a by-phrase names it.
    /// </summary>
    private (int End, SpeakerClass? Tracker)? CountedMeasuredSet(Sentence sentence, int preposition)
    {
        var cues = Lexicon.Value;
        var k = preposition + 1;
        if (Norm(sentence, k) is "the" or "all") k++;
        if (k >= sentence.EndToken || _t[k].Kind != TokenKind.Number && !FunctionWords.IsCardinal(_t[k])) return null;
        for (k++; k < sentence.EndToken && k - preposition <= 8; k++)
        {
            var norm = _t[k].Norm;
            if (cues.Measured.Contains(norm) || cues.Keeping.Contains(norm) && norm.EndsWith("ed", StringComparison.Ordinal))
            {
                if (Norm(sentence, k + 1) != "by") return (k + 1, null);
                var tracker = new SourcePhraseReader(document, sentence, names).ReadAfter(k + 2);
                return tracker is { } found && IsPublisher(found) ? (found.End, found.Speaker) : (k + 1, null);
            }
            if (!_t[k].IsWord || FunctionWords.NounPhraseBreakers.Contains(norm) && norm is not ("in" or "of")) return null;
        }
        return null;
    }

    /// <summary>"in that report", "of the survey", "in the sample": a comparison set that a document in the text defines.</summary>
    private int? DocumentScope(Sentence sentence, int preposition)
    {
        var cues = Lexicon.Value;
        var k = preposition + 1;
        if (k >= sentence.EndToken || !(_t[k].Norm is "the" or "that" or "this" or "its" or "their" or "our" || IsPossessive(_t[k]))) return null;
        for (k++; k < sentence.EndToken && k - preposition <= 4; k++)
        {
            if (cues.IsScopeDocument(_t[k])) return k + 1;
            if (!_t[k].IsWord || FunctionWords.NounPhraseBreakers.Contains(_t[k])) return null;
        }
        return null;
    }

    /// <summary>
    /// "since records began", "since the observatory began tracking it in 2015", "since the Corliss Index began", and
    /// an owner's own history: "since this newsletter launched", "since its listing", "since listing".
    /// </summary>
    private int? SinceRecordsBegan(Sentence sentence, int since)
    {
        var cues = Lexicon.Value;
        var owned = Norm(sentence, since + 1) is "its" or "our" or "their" or "this" or "my" || since + 1 < sentence.EndToken && IsPossessive(_t[since + 1]);
        for (var k = since + 1; k < sentence.EndToken && k - since <= 8; k++)
        {
            var token = _t[k];
            // "since the gauge opened in 1961", "since the station was installed": an instrument's series runs from its start.
            if (cues.Launch.Contains(token.Norm) && (k == since + 1 || owned || SubjectHasInstrument(sentence, since + 1, k))) return YearTail(sentence, k + 1);
            if (token.Norm is "began" or "begun" or "started" or "starts" or "begins")
            {
                var subjectHasData = SubjectHasInstrument(sentence, since + 1, k);
                for (var s = since + 1; s < k; s++) subjectHasData |= cues.IsDataNoun(_t[s]);
                var next = k + 1;
                if (Norm(sentence, next) == "to") next++;
                if (cues.Keeping.Contains(Norm(sentence, next))) return PhraseEnd(sentence, next + 1);
                return subjectHasData ? YearTail(sentence, k + 1) : null;
            }
            if (!token.IsWord && token.Kind != TokenKind.Number || token.Norm is "and" or "but" or "when") return null;
        }
        return null;
    }

    /// <summary>An instrument that measures and logs ("the gauge", "the weather station") among the tokens [first, end).</summary>
    private bool SubjectHasInstrument(Sentence sentence, int first, int end)
    {
        for (var s = first; s < end && s < sentence.EndToken; s++)
            if (Lexicon.Value.IsInstrument(_t[s])) return true;
        return false;
    }

    /// <summary>"in the twenty years the council has kept records", "in the five years we have held the fair", "in its nine years of records".</summary>
    private int? YearsOfRecords(Sentence sentence, int preposition)
    {
        var cues = Lexicon.Value;
        var k = preposition + 1;
        if (Norm(sentence, k) is not ("the" or "its" or "our" or "their" or "his" or "her")) return null;
        k++;
        if (k >= sentence.EndToken || _t[k].Kind != TokenKind.Number && !FunctionWords.IsCardinal(_t[k])) return null;
        k++;
        if (Norm(sentence, k) is not ("years" or "decades" or "months" or "seasons")) return null;
        k++;
        if (Norm(sentence, k) == "of" && k + 1 < sentence.EndToken && cues.IsDataNoun(_t[k + 1])) return k + 2;
        if (Norm(sentence, k) is "that" or "since") k++;
        // The keeper: a pronoun or a short noun phrase, then an auxiliary and the keeping verb.
        for (var v = k; v < sentence.EndToken && v - k <= 5; v++)
        {
            if (cues.Keeping.Contains(_t[v].Norm) || _t[v].Norm == "run") return v > k ? PhraseEnd(sentence, v + 1) : null;
            if (!_t[v].IsWord) return null;
        }
        return null;
    }

    /// <summary>"in the navy's published series", "in the department's history", "of its records": a kept record owned by someone.</summary>
    private int? KeptHistory(Sentence sentence, int preposition)
    {
        var cues = Lexicon.Value;
        var k = preposition + 1;
        if (Norm(sentence, k) is "the" or "a") k++;
        if (NamedHistory(sentence, k) is int named) return named;
        // The owner opens the phrase: "its", or a possessive after at most two more words of its name.
        var owner = -1;
        for (var o = k; o < sentence.EndToken && o - k <= 2 && owner < 0; o++)
        {
            if (IsPossessive(_t[o]) || _t[o].Norm is "its" or "our" or "their") owner = o;
            else if (!_t[o].IsWord) return null;
        }
        if (owner < 0) return null;
        // Then up to three modifiers ("published", "112-year") and a record noun written as a common noun.
        for (k = owner + 1; k < sentence.EndToken && k - owner <= 4; k++)
        {
            var token = _t[k];
            if (cues.IsRecordNoun(token) && !token.IsCapitalized)
                return token.Norm is "history" && UnboundedOwners.Contains(_t[owner].Norm) ? null : k + 1;
            if (!token.IsWord && token.Kind != TokenKind.Number || FunctionWords.NounPhraseBreakers.Contains(token)) return null;
        }
        return null;
    }

    /// <summary>
    /// "in Arsenal history", "in NFL history": a name written before "history" owns it as a possessive would ("in
    /// Arsenal's history"), so it is the owner's kept record, not a dataset the name publishes. A state or demonym the
    /// actor gazetteer knows ("in British history") is no name word here and owns no kept record, as "the nation's
    /// history" does not; a regional or religious adjective it does not know ("in European history") still reads as a
    /// name.
    /// </summary>
    private int? NamedHistory(Sentence sentence, int first)
    {
        var k = first;
        while (k < sentence.EndToken && k - first < 3 && IsNameWord(sentence, k)) k++;
        return k > first && IsOwnedHistory(sentence, k) ? k + 1 : null;
    }

    /// <summary>The record noun "history" written as a common noun at <paramref name="k"/>: an owner's past, never data someone publishes.</summary>
    private bool IsOwnedHistory(Sentence sentence, int k) => Norm(sentence, k) is "history" && !_t[k].IsCapitalized;

    /// <summary>
    /// A relative clause that bounds the comparison by a record someone keeps: "(the kettles) we have tested", "(the
    /// total) the guild has logged", "(the drop) we have seen in all our field tests"; or by the writer's
    /// own experience: "(the longest) I've managed", "(the most common complaint) I hear". Starts at the clause's
    /// subject; the keeper is the writer (<see cref="SpeakerClass.Author"/>), the named or definite body that
    /// measures, or unknown.
    /// </summary>
    private (int End, SpeakerClass? Keeper)? MeasuredSet(Sentence sentence, int subject)
    {
        var cues = Lexicon.Value;
        if (subject == sentence.FirstToken) return null;
        var before = _t[subject - 1];
        var afterNoun = before.IsWord && !FunctionWords.NounPhraseBreakers.Contains(before) && !FunctionWords.Auxiliaries.Contains(before)
            || before.Norm is "that" or "which";
        if (!afterNoun) return null;
        var k = subject;
        // "I" is the writer; "we" is as often a country or all of us ("the cleanest fuel we have"), so only "we
        // have tested" (a measured set) bounds a comparison by the writer's side.
        var writer = _t[k].Norm is "i" or "i've";
        if (writer || _t[k].Norm is "we" or "we've" or "they" or "it") k++;
        else if (FunctionWords.Definite.Contains(_t[k]) && _t[k].Norm != "that" || FunctionWords.Possessive.Contains(_t[k]))
            for (k++; k < sentence.EndToken && k - subject <= 4 && _t[k].IsWord && !FunctionWords.Auxiliaries.Contains(_t[k]); k++) { }
        else return null;
        // "I've" carries its auxiliary: the "had" after it is the participle ("the best nights I've had").
        var perfect = _t[subject].Norm == "i've";
        if (!perfect && Norm(sentence, k) is "has" or "have" or "had" or "'ve" && k + 1 < sentence.EndToken && _t[k + 1].IsWord && Norm(sentence, k + 1) != "to")
        {
            perfect = true;
            k++;
        }
        if (Norm(sentence, k) == "ever") k++;
        if (k >= sentence.EndToken || !_t[k].IsWord) return null;
        // "(the best meal) I've had", "(the worst night) I had": "had" is the verb of experience, not an auxiliary.
        var hadExperience = Norm(sentence, k) == "had" && (perfect || k + 1 >= sentence.EndToken || !_t[k + 1].IsWord);
        if (writer && (IsExperienceVerb(k) || hadExperience)) return (PhraseEnd(sentence, k + 1), SpeakerClass.Author);
        if (!cues.Measured.Contains(_t[k].Norm) && !IsKeptNow(subject, k, perfect)) return null;
        // "we have tested", not "we have tested the theory": the participle ends its clause or takes a scope.
        var after = Norm(sentence, k + 1);
        var endsClause = k + 1 >= sentence.EndToken || !_t[k + 1].IsWord || FunctionWords.Prepositions.Contains(after)
            || after is "this" or "so" or "to" or "since" or "yet" or "ever";
        return endsClause ? (PhraseEnd(sentence, k + 1), KeeperClass(sentence, subject, k)) : null;
    }

    /// <summary>
    /// A verb of the writer's experience at <paramref name="verb"/>, after "I": a participle ("I've managed", "I have
    /// seen") or a plain present or past ("I hear", "I saw"); not a modal ("I can do"), "have" ("I have to") nor a verb
    /// of belief ("I think"), which voices an opinion rather than bounding a set.
    /// </summary>
    private bool IsExperienceVerb(int verb) =>
        !FunctionWords.Auxiliaries.Contains(_t[verb]) && !FunctionWords.NounPhraseBreakers.Contains(_t[verb]) && _t[verb].Norm != "have"
        // "the best striker I think we have", "I reckon": a parenthetical opinion, not the writer's experience of the set.
        && !Vocabulary.IsBeliefVerb(_t[verb]) && Vocabulary.ReportingVerbLemma(_t[verb]) is null;

    /// <summary>
    /// A keeping verb in the present ("(the coastlines) it monitors", "(the 300 ports) the agency tracks"): a body that
    /// keeps the series still, whose set bounds the comparison as "(the kettles) we have tested" does. Only a body's
    /// present, not the writer's ("the towns we monitor" is no published record).
    /// </summary>
    private bool IsKeptNow(int subject, int verb, bool perfect) =>
        !perfect && _t[subject].Norm is not ("i" or "i've" or "we" or "we've" or "they") && _t[verb].Norm.EndsWith('s') && Lexicon.Value.Keeping.Contains(_t[verb].Norm);

    /// <summary>Who keeps a record named by the subject [<paramref name="subject"/>, <paramref name="verb"/>): a named body, a definite one, or the writer.</summary>
    private SpeakerClass? KeeperClass(Sentence sentence, int subject, int verb)
    {
        if (_t[subject].Norm is "i" or "i've" or "we" or "we've") return SpeakerClass.Author;
        if (_t[subject].Norm == "it") return AgentOpening(sentence);
        for (var k = subject; k < verb; k++)
        {
            if (IsNameWord(sentence, k)) return SpeakerClass.NamedOrganization;
            if (Vocabulary.IsOrganizationNoun(_t[k])) return SpeakerClass.DefiniteRole;
        }
        return null;
    }

    /// <summary>
    /// The class of a body that opens the sentence as the agent of its verb, which an "it" in a later relative clause
    /// refers to: "The Coastal Office lists the bay as one of the fastest-eroding shores it monitors". A
    /// subject before a copula is what is ranked, not who keeps the set ("Tarnby is one of the busiest ports it serves").
    /// </summary>
    private SpeakerClass? AgentOpening(Sentence sentence)
    {
        if (new SourcePhraseReader(document, sentence, names).ReadClauseSubject(sentence.FirstToken, sentence.EndToken) is not { } opening || !IsPublisher(opening)) return null;
        if (opening.End >= sentence.EndToken || !_t[opening.End].IsWord || FunctionWords.Copulas.Contains(_t[opening.End])
            || FunctionWords.Auxiliaries.Contains(_t[opening.End])) return null;
        return opening.Speaker;
    }

    /// <summary>A dataset with a publisher that starts at <paramref name="i"/>: its range and the publisher's class.</summary>
    private (int First, int End, SpeakerClass Publisher)? DatasetAt(Sentence sentence, int i)
    {
        var cues = Lexicon.Value;
        var token = _t[i];
        if (!token.IsWord) return null;
        if (MeasuredBy(sentence, i) is { } measurement) return measurement;
        if (OwnDataOfOpeningBody(sentence, i) is { } ownData) return ownData;
        // "the ministry's figures", "Fjell's survey".
        if (IsPossessive(token) && i + 1 < sentence.EndToken)
        {
            var noun = i + 1;
            while (noun < sentence.EndToken && noun - i <= 3 && !cues.IsDataNoun(_t[noun]) && _t[noun].IsWord && !FunctionWords.NounPhraseBreakers.Contains(_t[noun])) noun++;
            if (noun < sentence.EndToken && cues.IsDataNoun(_t[noun]) && PossessorClass(sentence, i) is { } owner)
                return (OwnerStart(sentence, i), noun + 1, owner);
            return null;
        }
        if (!cues.IsDataNoun(token)) return null;
        // "Eurostat figures", "a Harlow Institute study", "Norvik Statistics figures", "in Vantry lab testing".
        var start = i;
        var named = false;
        while (start - 1 >= sentence.FirstToken && i - start < 4 && (IsNameWord(sentence, start - 1) || Vocabulary.IsOrganizationNoun(_t[start - 1])))
            named |= IsNameWord(sentence, --start);
        var head = i;
        while (head + 1 < sentence.EndToken && cues.IsDataNoun(_t[head + 1])) head++;
        // A capitalized data noun is part of a name ("the Norvik Science Council"), not data.
        if (named && !_t[head].IsCapitalized && !IsOwnedHistory(sentence, head)) return (start, head + 1, SpeakerClass.NamedOrganization);
        // "data from the Harbour Authority", "figures published by the ministry", "a survey of 2,000 riders by the Trust".
        var published = false;
        for (var k = i + 1; k < sentence.EndToken && k - i <= 8; k++)
        {
            var norm = _t[k].Norm;
            published |= PublishingParticiples.Contains(norm);
            // "… by the Trust", "… from the authority", "printed in spring in the Review of Harbour Engineering".
            if (norm is "by" or "from" || norm == "in" && published)
            {
                var reader = new SourcePhraseReader(document, sentence, names);
                if (reader.ReadAfter(k + 1) is { } publisher && IsPublisher(publisher))
                    return (DeterminerStart(sentence, i), publisher.End, publisher.Speaker);
                return null;
            }
            if (!PublishingParticiples.Contains(norm) && norm != "of" && !(_t[k].IsWord || _t[k].Kind == TokenKind.Number)) return null;
            // "research funded by the EU", "figures disputed by the union": the by-phrase names someone else.
            if (_t[k].IsWord && norm.EndsWith("ed", StringComparison.Ordinal) && !PublishingParticiples.Contains(norm)) return null;
            if (norm is "that" or "which" or "who" || FunctionWords.Auxiliaries.Contains(norm)) return null;
        }
        return null;
    }

    /// <summary>
    /// A named or definite body as the subject of a verb of measuring: "The Harlow Institute measured …", "the port
    /// authority counted …". The measurement is a dataset its subject publishes.
    /// </summary>
    private (int First, int End, SpeakerClass Publisher)? MeasuredBy(Sentence sentence, int subject)
    {
        var cues = Lexicon.Value;
        if (subject > sentence.FirstToken && (_t[subject - 1].IsWord || IsNameWord(sentence, subject - 1))) return null;
        var k = subject;
        SpeakerClass publisher;
        if (IsNameWord(sentence, k))
        {
            while (k < sentence.EndToken && IsNameWord(sentence, k)) k++;
            publisher = SpeakerClass.NamedOrganization;
        }
        else if (_t[k].Norm == "the")
        {
            var named = false;
            for (k++; k < sentence.EndToken && k - subject <= 3 && _t[k].IsWord && !Vocabulary.IsOrganizationNoun(_t[k]); k++) named |= IsNameWord(sentence, k);
            if (k >= sentence.EndToken || !Vocabulary.IsOrganizationNoun(_t[k])) return null;
            k++;
            publisher = named ? SpeakerClass.NamedOrganization : SpeakerClass.DefiniteRole;
        }
        else return null;
        if (Norm(sentence, k) is "has" or "have" or "had") k++;
        var verb = Norm(sentence, k);
        return cues.Keeping.Contains(verb) && (verb.EndsWith("ed", StringComparison.Ordinal) || verb == "kept") ? (subject, k + 1, publisher) : null;
    }

    /// <summary>A phrase that can publish data: a named source, or a definite organization or role ("the ministry").</summary>
    private bool IsPublisher(SourcePhrase phrase) => phrase.Speaker switch
    {
        SpeakerClass.NamedPerson or SpeakerClass.NamedOrganization or SpeakerClass.NamedDocument or SpeakerClass.AnonymousDescribed => true,
        SpeakerClass.DefiniteRole => FunctionWords.Definite.Contains(_t[phrase.Start])
            && (Vocabulary.IsOrganizationNoun(_t[phrase.HeadEnd - 1]) || Vocabulary.IsRoleNoun(_t[phrase.HeadEnd - 1])),
        _ => false,
    };

    /// <summary>The class of the possessor ending at <paramref name="possessive"/>: named when it holds a name, a definite role when an organization noun owns it.</summary>
    private SpeakerClass? PossessorClass(Sentence sentence, int possessive)
    {
        var start = OwnerStart(sentence, possessive);
        for (var k = start; k <= possessive; k++)
            if (IsNameWord(sentence, k)) return SpeakerClass.NamedOrganization;
        var head = _t[possessive];
        var bare = Syntax.Token.Create(head.Kind, head.Span, head.Text[..^2]);
        return Vocabulary.IsOrganizationNoun(bare) || Vocabulary.IsRoleNoun(bare) ? SpeakerClass.DefiniteRole : null;
    }

    /// <summary>Where the noun phrase of a possessor starts: its determiner, or the first of its capitalized words.</summary>
    private int OwnerStart(Sentence sentence, int possessive)
    {
        var k = possessive;
        while (k - 1 >= sentence.FirstToken && possessive - k < 4 && _t[k - 1].IsWord && !FunctionWords.NounPhraseBreakers.Contains(_t[k - 1])
               && !IsPossessive(_t[k - 1]))
        {
            k--;
            if (FunctionWords.Definite.Contains(_t[k]) || FunctionWords.IndefiniteSingular.Contains(_t[k])) break;
        }
        return k;
    }

    private int DeterminerStart(Sentence sentence, int noun)
    {
        var k = noun;
        while (k - 1 >= sentence.FirstToken && noun - k < 4 && (_t[k - 1].IsWord || _t[k - 1].Kind == TokenKind.Number)
               && !FunctionWords.NounPhraseBreakers.Contains(_t[k - 1])) k--;
        return k;
    }

    /// <summary>
    /// A capitalized word that names something: not a month, a place or a word capitalized only because it opens the
    /// sentence (the attribution layer's evidence of names).
    /// </summary>
    private bool IsNameWord(Sentence sentence, int k)
    {
        var token = _t[k];
        if (!token.IsWord || !token.IsCapitalized || FunctionWords.Months.Contains(token) || FunctionWords.Weekdays.Contains(token)) return false;
        if (names.Actors.IsPlaceWord(token) || document.IsTitleCase(sentence)) return false;
        return k != sentence.FirstToken || names.IsCapitalizedInside(token);
    }

    private static bool IsPossessive(Syntax.Token token) =>
        token.IsWord && token.Norm.Length > 2 && token.HasPossessiveEnding;

    /// <summary>The end of a record phrase's object and date: "tracking it in 2015", "publishing the series".</summary>
    private int PhraseEnd(Sentence sentence, int k)
    {
        var start = k;
        while (k < sentence.EndToken && k - start < 6 && (_t[k].IsWord || _t[k].Kind == TokenKind.Number)
               && _t[k].Norm is not ("and" or "but" or "when" or "while" or "because" or "which" or "who"))
            k++;
        return k;
    }

    /// <summary>"… in 2015" after a record phrase.</summary>
    private int YearTail(Sentence sentence, int k) =>
        Norm(sentence, k) == "in" && k + 1 < sentence.EndToken && _t[k + 1].IsYear ? k + 2 : k;

    private sealed class Cues
    {
        private readonly FrozenSet<string> _data;
        private readonly FrozenSet<string> _record;
        private readonly FrozenSet<string> _instrument;

        public Cues()
        {
            var entries = LexiconStore.Engine.Lines("record_cues").Select(l => l.Split('\t', 2)).Where(p => p.Length == 2)
                .Select(p => (Kind: p[0].Trim(), Words: p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Syntax.Token.Normalize).ToArray()))
                .ToList();
            string[] Of(string kind) => [.. entries.Where(e => e.Kind == kind).SelectMany(e => e.Words)];
            _record = Of("record").SelectMany(n => new[] { n, Vocabulary.Plural(n) }).ToFrozenSet(StringComparer.Ordinal);
            _data = Of("data").SelectMany(n => new[] { n, Vocabulary.Plural(n) }).Concat(_record).ToFrozenSet(StringComparer.Ordinal);
            Keeping = Of("keeping").ToFrozenSet(StringComparer.Ordinal);
            Measured = Of("measured").ToFrozenSet(StringComparer.Ordinal);
            Launch = Of("launch").ToFrozenSet(StringComparer.Ordinal);
            _instrument = Of("instrument").SelectMany(n => new[] { n, Vocabulary.Plural(n) }).ToFrozenSet(StringComparer.Ordinal);
        }

        public FrozenSet<string> Keeping { get; }
        public FrozenSet<string> Measured { get; }
        public FrozenSet<string> Launch { get; }

        /// <summary>A document or data noun that can define a comparison set: "in that report", "of the survey", "in the sample".</summary>
        public bool IsScopeDocument(Syntax.Token token) => IsDataNoun(token) && token.Norm is not ("history" or "histories" or "record" or "records");

        public bool IsDataNoun(Syntax.Token token) => token.IsWord && _data.Contains(token.Norm);

        /// <summary>An instrument or station that logs a measured series ("gauge", "observatory"), not a body of data itself.</summary>
        public bool IsInstrument(Syntax.Token token) => token.IsWord && !token.IsCapitalized && _instrument.Contains(token.Norm);

        /// <summary>Data nouns that name a kept record rather than a single publication ("history", "series", not "survey").</summary>
        public bool IsRecordNoun(Syntax.Token token) => token.IsWord && _record.Contains(token.Norm);
    }
}
