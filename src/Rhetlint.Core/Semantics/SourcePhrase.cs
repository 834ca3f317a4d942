using System.Collections.Frozen;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>A source noun phrase found next to a cue: token range [Start, End), core phrase [Start, HeadEnd).</summary>
internal readonly record struct SourcePhrase(int Start, int HeadEnd, int End, SpeakerClass Speaker);

/// <summary>
/// Reads the noun phrase that names who is speaking, next to a reporting cue, within one sentence, and classifies
/// it. No tagger: the phrase is bounded by function words and punctuation, and its head must be a known role,
/// document or organization noun, a name, or a pronoun.
/// </summary>
internal sealed class SourcePhraseReader(ProseDocument document, Sentence sentence, NameEvidence names)
{
    private const int MaxPhraseWords = 8;
    /// <summary>Lower-case words allowed between an affiliation's preposition and the name: "by the independent Harbour Unit".</summary>
    private const int MaxNameModifiers = 3;
    private const int MaxClauseTokens = 16;
    /// <summary>How far back a post-modified source may start: "an envoy who has sat through the Varn talks told".</summary>
    private const int MaxPostModifierTokens = 14;
    private readonly ImmutableTokens _t = new(document.Tokens);
    private readonly int _first = sentence.FirstToken;
    private readonly int _end = sentence.EndToken;

    /// <summary>The source that ends right before <paramref name="cue"/> ("One columnist noted", "A diplomat who … told", "Brandt, a columnist, wrote").</summary>
    public SourcePhrase? ReadBefore(int cue)
    {
        if (ReadSubjectBefore(cue) is not { } source) return ReadVaguePartitiveBefore(cue);
        if (IsPredicateNominal(source, cue)) return null;
        // "a higher figure suggests", "one case shows": a noun read as a person only in its rarer sense is no speaker
        // before a verb that things do too; "a senior figure said" needs someone to say it.
        if (SourceNouns.PersonSense(_t[source.HeadEnd - 1]) is not null && Vocabulary.ReportingVerbLemma(_t[cue]) is { } lemma && EvidentialVerbs.Contains(lemma))
            return null;
        // "controlling how people think": the subject of an embedded question is talked about, it reports nothing. So is
        // that of a bare free relative, "What experts said" as a heading: it names what is reported below, reporting nothing.
        if (source.Start > _first && (_t[source.Start - 1].Norm is "how" or "whether" or "why" || _t[source.Start - 1].Norm == "what" && EndsSentence(cue + 1)))
            return null;
        if (source.Start == _first || !FunctionWords.Prepositions.Contains(_t[source.Start - 1])) return source;
        // "one of the judges said", "some of the officials": the quantity is the subject, the phrase its partitive.
        var preposition = source.Start - 1;
        if (_t[preposition].Norm == "of" && preposition - 1 >= _first && IsPartitiveQuantity(preposition - 1))
            return Classified(QuantityStart(preposition - 1), source.HeadEnd, source.End);
        if (_t[preposition].Norm == "of" && VagueCountStart(preposition - 1) is int count && SourceNouns.Of(_t[source.HeadEnd - 1]) is { Kind: SourceNounKind.Person, IsPlural: true })
            return Classified(count, source.HeadEnd, source.End);
        // "some in the party believe", "others at the central bank fear", "a few inside the studio say": a vague pronoun
        // that picks unnamed members of a body is the subject; the body only says where they sit.
        if (VaguePartitiveStart(preposition) is int vague)
            return new SourcePhrase(vague, preposition, source.End, SpeakerClass.VagueCollective);
        // "…, with one senior aide saying": the subject of an absolute participle clause.
        if (_t[preposition].Norm is "with" or "without" && _t[cue].Norm.EndsWith("ing", StringComparison.Ordinal)) return source;
        // "the Commission on Presidential Debates says": the phrase is the object inside a larger subject, which the source spans.
        // Other prepositions ("rejected by officials who said", "despite officials") make it no subject at all.
        if (!NounPhrasePrepositions.Contains(_t[preposition].Norm)) return null;
        if (ReadAnyNounBackward(preposition - 1) is not { } owner) return source;
        // "A senior figure in the party": the owner keeps its article, which says how definite it is.
        var ownerStart = owner.Start > _first && IsDeterminer(_t[owner.Start - 1]) ? owner.Start - 1 : owner.Start;
        return Classified(ownerStart, owner.End, source.End);
    }

    /// <summary>Forms of "be" and the linking verbs of state change and persistence: the noun phrase after one is a predicate.</summary>
    private static readonly FrozenWordSet BeForms = new[]
    {
        "is", "am", "are", "was", "were", "be", "been", "being", "become", "becomes", "became", "remain", "remains", "remained",
    }.ToFrozenWordSet();

    /// <summary>Adverbs that stand between a linking verb and its predicate: "is only a", "was ever a", "is not a".</summary>
    private static readonly FrozenWordSet PredicateAdverbs = new[]
    {
        "only", "ever", "also", "not", "just", "still", "merely", "simply", "now", "already", "never", "always", "really", "truly",
    }.ToFrozenWordSet();

    /// <summary>
    /// "Hale is a vocal critic of toll roads and wrote the bill", "part of being an honest mayor is admitting mistakes",
    /// "the chain is only a minor player in most counties, where …": a noun phrase after a linking verb describes that
    /// verb's subject; it is not the subject of the verb read after it (real news, issue 17). A cleft keeps its source
    /// after the copula: "it was a senior aide who said …".
    /// </summary>
    private bool IsPredicateNominal(SourcePhrase source, int cue)
    {
        var start = source.Start;
        // "was defending someone investigators told …": a progressive is a verb, not a predicate noun.
        if (_t[start].Norm.EndsWith("ing", StringComparison.Ordinal)) return false;
        // "The truth is experts agree …", "the strangest part was one aide told me …": a verb right after the noun makes
        // the noun the subject of the complement clause; only "and", a comma or a relative word between them ("was a
        // pilot who warned") leaves it a predicate.
        if (source.HeadEnd == cue) return false;
        var k = start - 1;
        while (k >= _first && PredicateAdverbs.Contains(_t[k])) k--;
        if (k < _first || !BeForms.Contains(_t[k])) return false;
        return !(k - 1 >= _first && _t[k - 1].Norm is "it" or "that" or "this");
    }

    /// <summary>Reporting verbs whose subject may be a figure, a case or a finding as well as a person ("the figure shows").</summary>
    private static readonly FrozenSet<string> EvidentialVerbs = new[]
    {
        "show", "suggest", "indicate", "find", "prove", "imply", "reveal", "confirm", "highlight", "underline", "underscore", "estimate",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "one" standing alone as a pronoun: nothing it could determine follows it — the clause ends, or a preposition other
    /// than the partitive "of" opens an adjunct ("said one on Tuesday"). "one of the officials" and "one official" are
    /// read as phrases.
    /// </summary>
    private bool IsPronounOne(int k) =>
        _t[k].Norm == "one" && (k + 1 >= _end || !_t[k + 1].IsWord || _t[k + 1].Norm != "of" && FunctionWords.Prepositions.Contains(_t[k + 1]));

    /// <summary>How far after a cue (and its hearer) the finite verb of what was said is looked for.</summary>
    private const int MaxSaidClauseTokens = 10;

    /// <summary>
    /// The cue is a verb of saying with something said: nothing after it (the content came first: "…, one said."), "that", a
    /// colon or a quotation, or a clause with a finite verb after the hearer ("One told me the mill had closed"). The hearer
    /// may be a noun phrase as well as a pronoun, before "that", a colon or a quotation just as before a clause: "one told
    /// our committee that “…”", "one told the inquiry: …" (topics8: a quoted complement after a hearer left the member
    /// unread). A hearer followed by a preposition or an infinitive is an act or an order, not a claim: "One had reported
    /// him to the police", "one told the others to wait".
    /// </summary>
    private bool SaysContent(int cue)
    {
        var k = cue + 1;
        while (k < _end && FunctionWords.ObjectPronouns.Contains(_t[k])) k++;
        if (k >= _end || !_t[k].IsWord) return true;
        if (_t[k].Norm == "that") return true;
        if (FunctionWords.Prepositions.Contains(_t[k])) return false;
        var hearer = IsDeterminer(_t[k]);
        for (; k < _end && k - cue <= MaxSaidClauseTokens && _t[k].IsWord; k++)
        {
            // "the move to the coast would cost jobs" has a place inside what was said; "the others to wait" is an order.
            if (_t[k].Norm == "to" && (k + 1 >= _end || !IsDeterminer(_t[k + 1]))) return false;
            if (IsFiniteVerb(k)) return true;
            // "told our committee that …": a determined hearer, then the complementizer.
            if (hearer && _t[k].Norm == "that" && k > cue + 2) return true;
        }
        return hearer && k < _end && k - cue <= MaxSaidClauseTokens && (_t[k].Kind == TokenKind.Quote || _t[k].Text == ":");
    }

    /// <summary>A finite verb of a clause: an auxiliary, or a past form not right after a determiner ("the mill had closed", "prices rose").</summary>
    private bool IsFiniteVerb(int k) =>
        FunctionWords.Auxiliaries.Contains(_t[k])
        || !_t[k].IsCapitalized && !IsDeterminer(_t[k - 1]) && !_t[k].Norm.EndsWith("ing", StringComparison.Ordinal)
            && (_t[k].Norm.Length > 3 && _t[k].Norm.EndsWith("ed", StringComparison.Ordinal) || Inflections.IsIrregularVerbForm(_t[k].Norm));

    /// <summary>Nothing but closing punctuation from <paramref name="k"/> to the end of the sentence.</summary>
    private bool EndsSentence(int k)
    {
        for (; k < _end; k++)
            if (_t[k].Text is not ("." or "?" or "!")) return false;
        return true;
    }

    /// <summary>A quantity that picks from the group after "of": "one", "most", "ten", "61%", "61 per cent".</summary>
    private bool IsPartitiveQuantity(int k) =>
        FunctionWords.Partitives.Contains(_t[k]) || _t[k].Kind == TokenKind.Number || FunctionWords.IsPercentSign(document.Tokens, _first, k);

    /// <summary>"A few inside the studio say": the place after the preposition need not be a noun that speaks.</summary>
    private SourcePhrase? ReadVaguePartitiveBefore(int cue)
    {
        if (ReadAnyNounBackward(cue - 1) is not { } place) return null;
        var preposition = place.Start - 1 >= _first && IsDeterminer(_t[place.Start - 1]) ? place.Start - 2 : place.Start - 1;
        return preposition > _first && VaguePartitiveStart(preposition) is int vague
            ? new SourcePhrase(vague, preposition, cue, SpeakerClass.VagueCollective)
            : null;
    }

    /// <summary>Prepositions that place unnamed members in a body: "some in the party", "many within the league".</summary>
    private static readonly FrozenSet<string> MembershipPrepositions =
        new[] { "in", "within", "at", "inside", "among", "across", "on" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Where "some in", "others at", "a few inside" starts when the vague pronoun before <paramref name="preposition"/>
    /// opens its clause; null when it does not ("the first in the party", "heard by some at the club").
    /// </summary>
    private int? VaguePartitiveStart(int preposition)
    {
        var pronoun = preposition - 1;
        if (!MembershipPrepositions.Contains(_t[preposition].Norm) || pronoun < _first || !FunctionWords.VaguePronouns.Contains(_t[pronoun])) return null;
        var start = _t[pronoun].Norm == "few" && pronoun - 1 >= _first && _t[pronoun - 1].Norm == "a" ? pronoun - 1 : pronoun;
        return start == _first || IsClauseBoundary(_t[start - 1]) ? start : null;
    }

    /// <summary>Nouns that count a group without a number: "a number of", "a handful of", "a host of", "a majority of".</summary>
    private static readonly FrozenWordSet VagueCountNouns = new[]
    {
        "number", "handful", "host", "majority", "minority", "chorus", "raft", "slew", "couple", "scores", "string",
    }.ToFrozenWordSet();

    /// <summary>
    /// Where a count without a number before "of" starts: "a growing number of economists warn", "a small handful of
    /// traders say", "scores of parents tell me". The count picks unnamed people from the group after "of", as "some of" does;
    /// read as the owner of the phrase, "a number" would be a definite-sounding noun that names nobody. At most two words
    /// (adjectives) stand between the article and the count noun.
    /// </summary>
    private int? VagueCountStart(int k)
    {
        if (k < _first || !VagueCountNouns.Contains(_t[k])) return null;
        var start = k;
        while (start - 1 >= _first && k - start < 2 && _t[start - 1].IsWord && !_t[start - 1].IsCapitalized && !IsDeterminer(_t[start - 1])
               && !FunctionWords.NounPhraseBreakers.Contains(_t[start - 1])) start--;
        if (start - 1 >= _first && _t[start - 1].Norm is "a" or "an") return start - 1;
        return start == k && _t[k].Norm == "scores" ? k : null;
    }

    /// <summary>Where the quantity before "of" starts: "61 per cent of farmers", "forty per cent of farmers" start at the number.</summary>
    private int QuantityStart(int k)
    {
        var start = _t[k].Norm == "cent" ? k - 2 : _t[k].Text == "%" || _t[k].Norm == "percent" ? k - 1 : k;
        return start >= _first && (_t[start].Kind == TokenKind.Number || _t[start].IsWord) ? start : k;
    }

    /// <summary>The phrase before the cue, which may be the object of a preposition inside the real subject.</summary>
    private SourcePhrase? ReadSubjectBefore(int cue)
    {
        var j = cue - 1;
        var offTheRecord = false;
        // An outlet's own words are not adverbs: "Critics Weekly said".
        for (var skipped = 0; j >= _first && skipped < 3 && IsVerbPreModifier(_t[j]) && names.OutletAt(j) is null; skipped++)
            offTheRecord |= FunctionWords.AnonymityAdverbs.Contains(_t[j--]);
        // "Brandt paused and said": the source is the subject of the first verb.
        if (j - 1 > _first && _t[j].Norm == "and" && IsPastVerbShape(_t[j - 1]))
            for (j -= 2; j >= _first && IsVerbPreModifier(_t[j]);) j--;
        // "Sen. Ilse Brandt (L-Halden) said": a party or place tag after the name.
        if (j > _first && _t[j].Text == ")" && FindBackward(j - 1, t => t.Text == "(") is int paren && paren - 1 >= _first && IsName(paren - 1))
            j = paren - 1;
        if (j < _first) return null;
        var end = j + 1;
        // "tweets in which he called …", "she's said": a pronoun right before the verb is its subject.
        if (FunctionWords.PersonPronouns.Contains(_t[j]) || FunctionWords.AuthorPronouns.Contains(_t[j]))
            return Classified(j, j + 1, end);
        // "We'll report back": the writer, not a name that opens the sentence.
        if (FunctionWords.IsPronounContraction(_t[j]) && _t[j].Norm is not ("it's" or "who's" or "that's" or "you'll" or "you'd"))
            return new SourcePhrase(j, j + 1, end, _t[j].Norm.StartsWith("we'", StringComparison.Ordinal) || _t[j].Norm.StartsWith("i'", StringComparison.Ordinal)
                ? SpeakerClass.Author : SpeakerClass.Pronoun);
        // "Amnesty said", "Steel told": one capitalized word right before the verb is a name, common word or not,
        // unless it is the kind of noun that stands for research rather than a speaker ("Research shows").
        // A plural ("Locals say") is a group, a person noun a role ("Witness said"); a body stays a body ("Police said").
        if (j == _first && cue == j + 1 && _t[j].IsCapitalized && Vocabulary.IsCommonWord(_t[j]) && !EvidenceNouns.Contains(_t[j])
            && !_t[j].Norm.EndsWith('s')
            && !Vocabulary.IsDocumentNoun(_t[j]) && !Vocabulary.IsPluralDocumentNoun(_t[j]) && !FunctionWords.SentenceStarters.Contains(_t[j])
            && NounAt(j) is not ({ Kind: SourceNounKind.Person } or { IsPlural: true }))
            return new SourcePhrase(j, j + 1, end, SpeakerClass.NamedOrganization);

        // "Growers are angry. One said …": "one" opening its clause right before the cue (and its adverbs) is one unnamed member,
        // when it says something; "One had reported him to the police" is one of the people in a story, acting.
        if (_t[j].Norm == "one" && (j == _first || IsClauseBoundary(_t[j - 1])))
            return SaysContent(cue) ? new SourcePhrase(j, j + 1, end, SpeakerClass.VagueSingular) : null;

        // "others note", "some argue", "though many believe": a quantifier standing for unnamed people.
        // ("Some state officials praised" is a determiner before a noun that happens to be a verb form.)
        // A relative clause opens a clause too: "a rule that some say targets students", "the mill, which many believe
        // was built by monks" (real weasel wording, issue 17: 11 such relatives missed in Wikipedia, news and PTC text,
        // where "which many voters believe" was already read). A relative on a person ("Hale, whom many believed was
        // biased") and an "as" clause of comment ("the levy will fail, as some have argued") open one as well.
        if (FunctionWords.VaguePronouns.Contains(_t[j]) && (j == _first || IsClauseBoundary(_t[j - 1]) || _t[j - 1].Norm is "that" or "which" or "who" or "whom" || OpensAsClause(j - 1))
            && !(cue + 1 < _end && (NounAt(cue + 1) is { IsPlural: true } || Vocabulary.IsAnonymousSourceNoun(_t[cue + 1]) || IsPeopleWord(_t[cue + 1]))))
            return new SourcePhrase(j, j + 1, end, SpeakerClass.VagueCollective);

        if (_t[j].Text == ",")
        {
            // "Ilse Brandt, a columnist for the Gazette, wrote": the head precedes the appositive.
            var open = FindBackward(j - 1, t => t.Text == ",") ?? OpeningOfLongRelative(j - 1);
            if (open is not int comma) return null;
            if ((ReadPostModifiedBackward(comma - 1) ?? ReadCoreBackward(comma - 1)) is { } head) return Classified(head.Start, head.End, end);
            // "The board's chair, Petra Holm, claimed": a name in apposition names the speaker, whatever the noun before it.
            if (comma + 1 < j && AllNames(comma + 1, j) && ReadAnyNounBackward(comma - 1) is { } described)
            {
                var start = described.Start > _first && IsDeterminer(_t[described.Start - 1]) ? described.Start - 1 : described.Start;
                return new SourcePhrase(start, described.End, end, SpeakerClass.NamedPerson);
            }
            return null;
        }

        // "Tom Reyes — a teacher from Mount Pleasant — says": an appositive set off by dashes describes the name before it,
        // as one set off by commas does (real news, issue 17: named voters and hosts reported as anonymous sources).
        if (_t[j].Kind == TokenKind.Dash && FindBackward(j - 1, t => t.Kind == TokenKind.Dash) is int openDash && openDash > _first
            && (ReadPostModifiedBackward(openDash - 1) ?? ReadCoreBackward(openDash - 1)) is { } named && IsName(named.End - 1))
            return Classified(named.Start, named.End, end);

        if (ReadPostModifiedBackward(j) is { } owner) return Classified(owner.Start, owner.End, end);
        if (ReadCoreBackward(j) is { } core) return Classified(core.Start, core.End, end);
        // "Industry figures privately warned": speaking off the record makes the phrase a source, whatever its noun.
        return offTheRecord && ReadAnyNounBackward(j) is { } phrase
            ? new SourcePhrase(phrase.Start, phrase.End, end, IsName(phrase.End - 1) ? SpeakerClass.NamedOrganization : SpeakerClass.AnonymousBare)
            : null;
    }

    /// <summary>
    /// A source head followed by a relative clause or prepositional phrase that runs up to the cue ("a diplomat who
    /// has sat through the Varn talks", "people familiar with the talks", "analysts at Brenner Capital"). The
    /// leftmost owner wins, so "officials close to the minister" is read as officials, not the minister.
    /// </summary>
    private (int Start, int End)? ReadPostModifiedBackward(int last)
    {
        (int Start, int End)? found = null;
        var finiteVerb = false;
        for (var k = last; k > _first && last - k < MaxPostModifierTokens; k--)
        {
            var token = _t[k];
            if (token.Kind is TokenKind.Quote || token.Text is "," or ";" or ":" or "(" or ")"
                || token.Norm == "that" && !IsClauseSubject(k + 1) && !IsTimeOfDemonstrative(k + 1) && !FunctionWords.IsDeterminerAfterPreposition(document.Tokens, k, _end)) break;
            finiteVerb |= FunctionWords.Auxiliaries.Contains(token) || IsClauseSubject(k) || OpensAdverbialClause(k);
            // "economists (that) we interviewed", "people I trust": a relative clause with no pronoun, its subject a person.
            // "people I have spoken to", "someone I trust": the people words host such a clause as role nouns do.
            // A body the writer knows or deals with is unnamed as its people are: "publishers I know", "firms we work with".
            var contact = IsClauseSubject(k) && k > _first && (NounAt(k - 1) is { Kind: SourceNounKind.Person } || IsPeopleWord(_t[k - 1]) && _t[k - 1].Norm != "those"
                || NounAt(k - 1) is { Kind: SourceNounKind.Organization, IsPlural: true } && (FunctionWords.AuthorPronouns.Contains(_t[k]) || _t[k].Norm is "i've" or "we've"));
            var relative = token.Norm is "who" or "whom" or "which" || RelativeContractions.Contains(token.Norm)
                || token.Norm == "that" && !IsTimeOfDemonstrative(k + 1) && !FunctionWords.IsDeterminerAfterPreposition(document.Tokens, k, _end) || contact || Vocabulary.SourceAccessCues.LongestAt(document.Tokens, k, _end) > 0;
            // "Ilse Brandt, who chairs the committee, said" / "Brandt, who said": a relative clause set off by a comma.
            if (token.Norm is "who" or "which" && k - 2 >= _first && _t[k - 1].Text == ","
                && ReadCoreBackward(k - 2) is { } described && IsSourceHead(described.End - 1, described.Start, k))
                return described;
            // A prepositional phrase holds no finite verb: "the source of the leak was never found" is not a source.
            // "One woman waiting outside the shelter said": a participle after a person noun opens a reduced relative.
            // A conjunction after it makes the participle a verb of its own ("with officials underlining X and vowing …").
            var participle = k > _first && IsParticiple(token) && NounAt(k - 1) is { Kind: SourceNounKind.Person } && !HasConjunction(k + 1, last + 1);
            if (!relative && (finiteVerb || !OpensPostModifier(k) && !participle || k == last)) continue;
            var ownerEnd = k - 1;
            if (!relative && ownerEnd > _first && PostModifierPrepositions.Contains(token.Norm) && StandingAdverbs.Contains(_t[ownerEnd])) ownerEnd--;
            if (ReadCoreBackward(ownerEnd) is { } owner && IsSourceHead(owner.End - 1, owner.Start, k)) found = owner;
            if (relative) finiteVerb = false;
        }
        return found;
    }

    /// <summary>
    /// "A group of tenants moved out because the landlords say", "… left as its trustees continue to warn": a
    /// conjunction opens a clause of its own, so a phrase before it is no post-modified subject of the verb after it.
    /// "as" is a conjunction unless it compares or lists ("such as", "as well as"); inside a relative clause ("a diplomat
    /// who served as envoy said") the relative pronoun still reopens the phrase.
    /// </summary>
    private bool OpensAdverbialClause(int k) =>
        FunctionWords.Subordinators.Contains(_t[k])
        || _t[k].Norm == "as" && k > _first && _t[k - 1].Norm is not ("such" or "well") && !(k + 1 < _end && _t[k + 1].Norm == "well");

    /// <summary>"Engineers who've worked on the lines", "a porter who'd seen the ledger": "who" leaning on its auxiliary.</summary>
    private static readonly FrozenSet<string> RelativeContractions =
        new[] { "who've", "who'd", "who's", "who'll" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The word after a "that" is a period of time, so "that" is a demonstrative ("that night"), not a relative or complementizer.</summary>
    private bool IsTimeOfDemonstrative(int k) => k < _end && FunctionWords.DemonstrativeTimeNouns.Contains(_t[k]);

    private bool AllNames(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!IsName(k)) return false;
        return true;
    }

    /// <summary>"we", "I", "I've", "you": a pronoun that opens a contact relative clause ("economists we interviewed").</summary>
    private bool IsClauseSubject(int k) =>
        k <= _end - 1 && (FunctionWords.AuthorPronouns.Contains(_t[k]) || FunctionWords.PersonPronouns.Contains(_t[k]) || _t[k].Norm == "you"
            || _t[k].Norm is "i've" or "we've" or "i'd" or "we'd" or "you've");

    /// <summary>Mass nouns that stand for research or reasoning, never a speaker ("Research shows", "Experience suggests").</summary>
    private static readonly FrozenWordSet EvidenceNouns = new[]
    {
        "research", "evidence", "data", "science", "history", "experience", "logic", "reason", "testing", "polling", "literature",
        "analysis", "economics", "physics", "biology", "medicine", "psychology", "precedent", "common", "wisdom", "tradition",
    }.ToFrozenWordSet();

    private static readonly FrozenSet<string> PhraseQuantifiers =
        new[] { "all", "both", "each", "every", "no", "such" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NounPhrasePrepositions =
        new[] { "of", "on", "at", "for", "to", "in", "from", "with" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Adverbs of time that place people in a body before its preposition: "reporters still at the paper", "staff
    /// now at the agency", "engineers formerly with the firm". The phrase after them says where the people are, as
    /// without the adverb.
    /// </summary>
    private static readonly FrozenWordSet StandingAdverbs = new[]
    {
        "still", "now", "currently", "formerly", "previously", "once", "presently",
    }.ToFrozenWordSet();

    private static readonly FrozenSet<string> PostModifierPrepositions =
        new[] { "at", "of", "for", "from", "with", "inside", "within", "in", "across", "around", "throughout", "near", "on", "outside", "among" }
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The preposition at <paramref name="k"/> opens a post-modifier of the noun before it. A preposition of path is also a
    /// particle of phrasal verbs ("end up in", "turned down") and opens time adjuncts ("over the past year"), so it opens one
    /// only right after a source head that is no name, and only as a phrase of place.
    /// </summary>
    private bool OpensPostModifier(int k) =>
        PostModifierPrepositions.Contains(_t[k].Norm)
        || PathPrepositions.All.Contains(_t[k]) && k > _first && IsHead(k - 1, k - 1) && !IsName(k - 1) && PathPrepositions.OpensPlace(document.Tokens, k, _end);

    /// <summary>A bare noun phrase of words and names ending at <paramref name="last"/>.</summary>
    private (int Start, int End)? ReadAnyNounBackward(int last)
    {
        var k = last;
        while (k >= _first && last - k < MaxPhraseWords && IsPhraseWord(_t[k]) && !IsDeterminer(_t[k])) k--;
        return k < last ? (k + 1, last + 1) : null;
    }

    private static bool IsPastVerbShape(Token token) =>
        token.IsWord && !token.IsCapitalized && token.Norm.Length > 3 && token.Norm.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>
    /// "…, as some have argued", "As many believe, …": an "as" that opens a clause of comment. Not the comparative of
    /// "twice as many say" or "just as many believe", whose "as" follows a word of degree.
    /// </summary>
    private bool OpensAsClause(int k) => k >= _first && _t[k].Norm == "as" && (k == _first || IsClauseBoundary(_t[k - 1]));

    private static bool IsClauseBoundary(Token token) =>
        token.Text is "," or ";" or "—" || token.Norm is "and" or "but" or "though" or "although" or "while" or "whereas" or "yet";

    /// <summary>The source that starts at <paramref name="start"/> ("… said a senior diplomat.", "according to the ministry").</summary>
    public SourcePhrase? ReadAfter(int start)
    {
        var k = start;
        if (k >= _end || !_t[k].IsWord) return null;
        // "said Friday", "said last week": a time, not a speaker.
        if (FunctionWords.Weekdays.Contains(_t[k]) || FunctionWords.Months.Contains(_t[k]) || _t[k].Norm is "yesterday" or "today" or "tonight")
            return null;
        // "“The cranes are idle,” said one.": the pronoun "one" picks an unnamed member of a group just named.
        if (IsPronounOne(k)) return new SourcePhrase(k, k + 1, k + 1, SpeakerClass.VagueSingular);
        // "is seen by many as", "was dismissed by some": a quantifier standing for unnamed people.
        if (FunctionWords.VaguePronouns.Contains(_t[k]) && (k + 1 >= _end || !IsPhraseWord(_t[k + 1]) || _t[k + 1].Norm is "as" or "to"))
            return new SourcePhrase(k, k + 1, k + 1, SpeakerClass.VagueCollective);
        if (IsDeterminer(_t[k])) k++;
        var headEnd = k;
        while (headEnd < _end && headEnd - start < MaxPhraseWords && IsPhraseWord(_t[headEnd])
               && Vocabulary.SourceAccessCues.LongestAt(document.Tokens, headEnd, _end) == 0) headEnd++;
        if (headEnd == k) return null;
        var end = headEnd;
        // Post-modifiers: "of the Harlow Institute", ", a columnist for the Gazette".
        if (Vocabulary.SourceAccessCues.LongestAt(document.Tokens, end, _end) is > 0 and var cue)
            end = SkipWhile(end + cue, t => t.IsWord && !FunctionWords.NounPhraseBreakers.Contains(t) || IsDeterminer(t));
        else if (end < _end && _t[end].Norm is "of" or "for" or "at" or "from" or "with" or "in" or "by")
        {
            // "a survey of 1,400 teenagers": a document's post-modifier may count its sample.
            var document = Vocabulary.IsDocumentNoun(_t[headEnd - 1]);
            end = SkipWhile(end + 1, t => t.IsWord && !FunctionWords.NounPhraseBreakers.Contains(t) || IsDeterminer(t) || document && t.Kind == TokenKind.Number);
            if (document) end = PublisherEnd(end);
        }
        if (end + 1 < _end && _t[end].Text == "," && IsDeterminer(_t[end + 1]))
        {
            var close = SkipWhile(end + 1, t => t.Text != "," && t.Kind != TokenKind.Quote && t.Text is not ("." or ";"));
            // An appositive is a noun phrase: "According to the county report, the bridge is sound, and …" has a clause
            // after its comma, which is the report's content, not part of the source.
            if (!FunctionWords.AnyAuxiliary(document.Tokens, end + 1, close)) end = close;
        }
        // "said a senior figure" asks for a person; "in the words of a prayer" and "according to a model" do not, so after a
        // preposition a noun keeps its usual sense.
        return Classified(start, PlacedPersonEnd(k, headEnd) ?? headEnd, end, personSenses: start > _first && IsSayingVerb(_t[start - 1]));
    }

    /// <summary>Words after a person noun that place the person without naming anyone: "a woman outside the shelter".</summary>
    private static readonly FrozenSet<string> PlacingPrepositions =
        new[] { "outside", "inside", "near", "behind", "beside", "around", "among", "along", "beyond", "opposite" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "said one woman waiting outside the shelter", "said a man near the gate": a person noun followed by a participle or
    /// a preposition of place heads the phrase, which ran on through the words that place the person. Where the phrase's
    /// last word is itself a source head ("said a hospital trust"), nothing ran on. The end of the person noun, or null.
    /// </summary>
    private int? PlacedPersonEnd(int from, int headEnd)
    {
        if (headEnd - 1 <= from || NounAt(headEnd - 1) is not null || IsName(headEnd - 1)) return null;
        for (var p = from; p + 1 < headEnd; p++)
        {
            // "a Reuters witness travelling with the group": a name before the person ties it to a body.
            if (IsName(p)) return null;
            if (SourceNouns.Of(_t[p]) is { Kind: SourceNounKind.Person } && (PlacingPrepositions.Contains(_t[p + 1].Norm) || IsParticiple(_t[p + 1])))
                return p + 1;
        }
        return null;
    }

    private bool HasConjunction(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (_t[k].Norm is "and" or "or" or "but" or "nor") return true;
        return false;
    }

    /// <summary>A present participle: "waiting", "living"; not a short word that only ends in -ing ("king", "thing").</summary>
    private static bool IsParticiple(Token token) =>
        token.IsWord && !token.IsCapitalized && token.Norm.Length > 5 && token.Norm.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>A reporting verb that needs someone to speak: not one a figure or a finding does too ("shows", "suggests").</summary>
    private static bool IsSayingVerb(Token token) => Vocabulary.ReportingVerbLemma(token) is { } lemma && !EvidentialVerbs.Contains(lemma);

    /// <summary>Exactly the tokens [<paramref name="start"/>, <paramref name="end"/>) as a source, if they end in a source head.</summary>
    public SourcePhrase? ReadExact(int start, int end)
    {
        // "“Nobody is buying,” one added.": the pronoun "one" picks an unnamed member of a group.
        if (end - start == 1 && _t[start].Norm == "one") return new SourcePhrase(start, end, end, SpeakerClass.VagueSingular);
        if (end <= start || end - start > MaxPhraseWords || !IsHead(end - 1, IsDeterminer(_t[start]) ? start + 1 : start)) return null;
        for (var k = start; k < end; k++)
            if (!IsPhraseWord(_t[k]) && !IsDeterminer(_t[k])) return null;
        return Classified(start, end, end);
    }

    /// <summary>The subject that opens a clause: a determiner-led phrase whose head is a role or document noun.</summary>
    public SourcePhrase? ReadClauseSubject(int clauseStart, int limit)
    {
        var k = clauseStart;
        if (k < limit && _t[k].Norm == "as") clauseStart = ++k;
        if (k >= limit) return null;
        int? head = null;
        // "she continued, “…”": a pronoun subject with its verb.
        if (FunctionWords.PersonPronouns.Contains(_t[k]) && k + 1 < limit)
            return new SourcePhrase(k, k + 1, k + 1, SpeakerClass.Pronoun);
        if (IsName(k) && !IsDeterminer(_t[k]))
            head = k;
        else if (IsDeterminer(_t[k]))
            for (k++; k < limit && k - clauseStart <= MaxPhraseWords && IsPhraseWord(_t[k]); k++)
                if (IsSourceNounOrDocument(k)) { head = k; break; }
        if (head is not int h) return null;
        // "the historian Lena Moss": a name after the role is the head.
        while (h + 1 < limit && IsName(h + 1)) h++;
        // A bare name before a quotation is an apposition ("Kestria, “the hermit state,”"), not a speaker: it needs a predicate.
        if (h + 1 >= limit && !IsDeterminer(_t[clauseStart])) return null;
        return Classified(clauseStart, h + 1, h + 1);
    }

    private (int Start, int End)? ReadCoreBackward(int last)
    {
        // "Those who track the numbers say": the demonstrative stands for people.
        if (last >= _first && _t[last].Norm == "those") return (last, last + 1);
        if (last < _first || !_t[last].IsWord || IsDeterminer(_t[last]) || FunctionWords.NounPhraseBreakers.Contains(_t[last])) return null;
        var k = last;
        var words = 0;
        while (k >= _first && words < MaxPhraseWords)
        {
            var token = _t[k];
            // "says that Hillary Brandt called": "that" before a name introduces a clause, it does not determine the name.
            // Nor does it determine a plural, whose demonstrative is "those": "a gap that nurses say …", "the trouble is
            // that critics claim …" open a relative or a "that" clause whose subject is the group.
            if (token.Norm == "that" && k < last && (_t[k + 1].IsCapitalized || IsPluralHead(last))) break;
            if (IsDeterminer(token)) { k--; break; }
            var isWord = token.IsWord || (token.Kind == TokenKind.Number && k != last);
            if (!isWord || FunctionWords.NounPhraseBreakers.Contains(token)) break;
            k--;
            words++;
        }
        var start = k + 1;
        // "Meanwhile student leaders have warned": an opening adverb is not part of the source.
        // Quantifiers that open a sentence stay: they are the phrase's ("Both delegations", "Every sailor").
        while (start < last && FunctionWords.SentenceStarters.Contains(_t[start]) && !IsDeterminer(_t[start]) && !PhraseQuantifiers.Contains(_t[start].Norm)
               && names.OutletAt(start) is null) start++;
        return IsHead(last, start) ? (start, last + 1) : null;
    }

    private SourcePhrase Classified(int start, int headEnd, int end, bool personSenses = true) =>
        new(start, headEnd, end, Classify(start, headEnd, end, personSenses));

    /// <summary>
    /// What the phrase [<paramref name="start"/>, <paramref name="headEnd"/>) names. With <paramref name="personSenses"/>, a
    /// noun that names a person only in a rarer sense is read as one where an indefinite or a count determines it.
    /// </summary>
    private SpeakerClass Classify(int start, int headEnd, int end, bool personSenses)
    {
        var head = _t[headEnd - 1];
        var first = _t[start].Norm;
        if (headEnd - start == 1 && FunctionWords.AuthorPronouns.Contains(head)) return SpeakerClass.Author;
        if (headEnd - start == 1 && FunctionWords.PersonPronouns.Contains(head)) return SpeakerClass.Pronoun;
        if (headEnd - start == 1 && FunctionWords.VaguePronouns.Contains(head)) return SpeakerClass.VagueCollective;
        // A configured outlet is named whatever its words are ("Critics Weekly", "the Insider").
        if (names.OutletAt(headEnd - 1) is { } outlet && outlet.End == headEnd && outlet.First >= start) return SpeakerClass.NamedOrganization;

        if (EndsNameOfTeam(start, headEnd, end)) return SpeakerClass.NamedOrganization;
        if (HasNameAfterCue(headEnd, end, "named", "called") || AppositiveIsName(headEnd, end) && !GivesOnlyPartOfName(headEnd, end) || IsAppositiveOfName(start, headEnd))
            return SpeakerClass.NamedPerson;
        var noun = NounAt(headEnd - 1) ?? (personSenses ? PersonSenseNoun(start, headEnd - 1) : null);
        // "Gamers everywhere agree": a plural that everyone of its kind stands behind is a class, whatever the word.
        if (IsUniversal(start, headEnd) && (noun is not null || IsPeopleWord(head) || head.Norm.EndsWith('s'))) return SpeakerClass.Universal;
        var access = Vocabulary.SourceAccessCues.OccursIn(document.Tokens, headEnd, end);
        // "the owner of a local café": a definite article that picks one of an unnamed thing's people names nobody.
        var anchoredToNobody = FunctionWords.Definite.Contains(first) && IsAnchoredToIndefinite(headEnd, end);
        var definite = !anchoredToNobody && headEnd - start > 1 && (FunctionWords.Definite.Contains(first) || FunctionWords.Possessive.Contains(first) && !IsPeopleWord(head));
        if (Vocabulary.IsAnonymousSourceNoun(head) || IsPeopleWord(head) && access)
        {
            // "the source added": a source introduced earlier, judged where it was introduced. "Those close to the
            // minister" points back to nobody: the pronoun heads the phrase, as "people" does.
            var pronounHead = headEnd - start == 1 && head.Norm == "those";
            if (FunctionWords.Definite.Contains(first) && !anchoredToNobody && !pronounHead) return SpeakerClass.DefiniteRole;
            return access || HasNamedAffiliation(headEnd, end) || HasProperNameInside(start, headEnd - 1)
                ? SpeakerClass.AnonymousDescribed
                : SpeakerClass.AnonymousBare;
        }
        if (IsPeopleWord(head) && !definite)
            return head.Norm is "person" or "someone" or "somebody" ? SpeakerClass.VagueSingular : SpeakerClass.VagueCollective;

        if (FunctionWords.IndefiniteSingular.Contains(first) || anchoredToNobody)
        {
            // A spokesperson speaks on the record for a body the story names, with or without repeating it here.
            if (Vocabulary.IsSpokesperson(head)) return SpeakerClass.AnonymousDescribed;
            if (noun is { Kind: SourceNounKind.Person, IsPlural: false })
                return HasNamedAffiliation(headEnd, end) || access ? SpeakerClass.AnonymousDescribed : SpeakerClass.VagueSingular;
            if (Vocabulary.IsDocumentNoun(head) || noun is { IsPlural: false })
                return HasProperNameInside(start + 1, headEnd - 1) || HasNamedAffiliation(headEnd, end)
                    ? SpeakerClass.NamedDocument
                    : Vocabulary.IsDocumentNoun(head) && HasDefiniteIssuer(headEnd, end) ? SpeakerClass.DefiniteRole
                    : SpeakerClass.VagueSingular;
        }
        if (Vocabulary.IsPluralDocumentNoun(head) && !definite && (HasNamedAffiliation(headEnd, end) || HasProperNameInside(start, headEnd - 1)))
            return SpeakerClass.NamedDocument;
        if (noun is { IsPlural: true } || Vocabulary.IsPluralDocumentNoun(head))
            return definite ? SpeakerClass.DefiniteRole : HasNamedAffiliation(headEnd, end) || access || HasProperNameInside(start, headEnd - 1)
                ? SpeakerClass.AnonymousDescribed
                : SpeakerClass.VagueCollective;
        // "Village staff have told me privately": a bare workforce is several unnamed people, as "nurses" are; with a
        // named body ("staff for the Harlow committee said") it keeps the body's reading below.
        if (WorkforceNouns.IsBare(document.Tokens, _first, start, headEnd) && !access && !HasNamedAffiliation(headEnd, end) && !HasProperNameInside(start, headEnd - 1))
            return SpeakerClass.VagueCollective;
        // "Varn's 2023 defense white paper", "the Harlow Institute's review": a document tied to a name.
        if (Vocabulary.IsDocumentNoun(head) && HasProperNameInside(start, headEnd - 1, includePlaces: true)) return SpeakerClass.NamedDocument;
        if (IsQuantifiedMembers(start, headEnd)) return SpeakerClass.VagueCollective;
        if (IsName(headEnd - 1)) return noun is { Kind: not SourceNounKind.Person } || names.Actors.Match(_t.Span, headEnd - 1) is not null || IsAcronym(head)
            ? SpeakerClass.NamedOrganization
            : SpeakerClass.NamedPerson;
        return SpeakerClass.DefiniteRole;
    }

    /// <summary>
    /// "Some Democrats say", "many Tories fear", "several Americans told us": a quantifier picks unnamed members of a party
    /// or a people (the actor gazetteer's PARTY members and DEMONYMs, in the plural), a subset nobody can look up, as "some
    /// ministers" is. "Democrats say" alone gives the party's line, as a named body does, and stays named, and so does a
    /// share of a set the story defines ("most of the Senate Republicans up for re-election").
    /// </summary>
    private bool IsQuantifiedMembers(int start, int headEnd)
    {
        var head = _t[headEnd - 1];
        if (headEnd - start < 2 || !FunctionWords.VaguePronouns.Contains(_t[start]) || !head.IsCapitalized || !head.Norm.EndsWith('s')) return false;
        for (var k = start + 1; k < headEnd; k++)
            if (_t[k].Norm == "of") return false;
        return names.Actors.Match(_t.Span, headEnd - 1) is (1, ActorClass.Party or ActorClass.Demonym);
    }

    /// <summary>
    /// "Brenhill Rovers said", "the Halden Wanderers confirmed": a capitalized plural after a capitalized word, inside the
    /// sentence, ends the name of a team, club or band rather than naming a group of rovers. Only a word written lower-case
    /// elsewhere qualifies: demonyms and party members ("New Yorkers", "Senate Democrats") are capitalized wherever they
    /// stand, so they are read as before. Acronym plurals ("Tory MPs") are roles, and in a Title-Case line ("Aviation Experts Say …") every word is capitalized, so the word after the
    /// phrase must be lower-case.
    /// </summary>
    private bool EndsNameOfTeam(int start, int headEnd, int end)
    {
        var head = _t[headEnd - 1];
        if (headEnd - 1 <= start || headEnd - 1 <= _first || !head.IsWord || !head.IsCapitalized || !head.Norm.EndsWith('s')) return false;
        if (!Vocabulary.IsCommonWord(head) || head.Text.Skip(1).Any(char.IsUpper) || !_t[headEnd - 2].IsWord || !_t[headEnd - 2].IsCapitalized) return false;
        return !IsCapitalizedWord(headEnd) && !IsCapitalizedWord(end);
    }

    private bool IsCapitalizedWord(int index) => index < _end && _t[index].IsWord && _t[index].IsCapitalized;

    /// <summary>
    /// "any pilot", "every sailor", "no economist", "all (the) economists", "economists everywhere": everyone (or no one)
    /// of a kind, which is no source but the writer's claim that all agree (RULES.md §3 M5; RH2005/RH2006 read such
    /// claims).
    /// </summary>
    private bool IsUniversal(int start, int headEnd) =>
        _t[start].Norm is "any" or "every" or "each" or "all" or "no"
        || start > _first && _t[start - 1].Norm == "all"
        || headEnd < _end && _t[headEnd].Norm is "everywhere" or "alike";

    /// <summary>
    /// "a statement from the clerk", "a letter by the council", "a notice from its board": a document whose issuer is a
    /// definite role or body the story has introduced is on the record, as "the clerk said" is; "a statement from a
    /// source" and "a memo from the source" still hide who issued it.
    /// </summary>
    private bool HasDefiniteIssuer(int headEnd, int end)
    {
        // The writer's own ("a letter from my neighbour") is an unnamed contact, not a body on the record.
        if (headEnd + 2 >= end || _t[headEnd].Norm is not ("from" or "by") || _t[headEnd + 1].Norm is not ("the" or "its" or "their")) return false;
        for (var k = headEnd + 2; k < end; k++)
            if (Vocabulary.IsAnonymousSourceNoun(_t[k]) || IsPeopleWord(_t[k])) return false;
        return true;
    }

    /// <summary>"… of a local café", "… at one Harlow school": the head's post-modifier opens with an indefinite.</summary>
    private bool IsAnchoredToIndefinite(int headEnd, int end) =>
        headEnd + 1 < end && _t[headEnd].Norm is "of" or "at" or "in" or "from" or "for" && FunctionWords.IndefiniteSingular.Contains(_t[headEnd + 1]);

    private bool IsHead(int index, int phraseStart)
    {
        var token = _t[index];
        if (FunctionWords.PersonPronouns.Contains(token) || FunctionWords.AuthorPronouns.Contains(token))
            return index == phraseStart;
        // "those" is a determiner inside a phrase ("those farmers"); the other people words head a phrase of modifiers
        // ("a person", "many young people"), not the end of a clause ("Kaine defended people").
        if (IsPeopleWord(token)) return index == phraseStart || token.Norm != "those" && OnlyModifiersBetween(phraseStart, index);
        return IsSourceNounOrDocument(index) || Vocabulary.IsAnonymousSourceNoun(token) || IsName(index) || PersonSenseNoun(phraseStart, index) is not null;
    }

    /// <summary>
    /// "a senior figure at the ministry", "one head in Kent", "two senior figures": a noun that names a person only in a
    /// rarer sense (person_senses_wordnet.txt) is a person when an indefinite or a count determines it — singular after
    /// "a"/"one", plural after a count or a quantifier of people ("some", "several", "many", "few"), or after an adjective
    /// of standing that only people have ("senior figures in the party", "prominent voices"). Bare or definite, it
    /// keeps its usual sense ("figures show", "the head of the queue", "key figures"), and so it does after a copula, where
    /// it describes the subject ("he was a leading figure in the group"); a document stays a document ("a study").
    /// </summary>
    private SourceNoun? PersonSenseNoun(int phraseStart, int index)
    {
        if (index <= phraseStart || SourceNouns.PersonSense(_t[index]) is not bool plural || Vocabulary.IsDocumentNoun(_t[index])) return null;
        if (phraseStart > _first && FunctionWords.Auxiliaries.Contains(_t[phraseStart - 1])) return null;
        var determiner = _t[phraseStart];
        var determined = plural
            ? determiner.Kind == TokenKind.Number || FunctionWords.IsCardinal(determiner) && determiner.Norm != "one" || PeopleQuantifiers.Contains(determiner.Norm)
              || HasStandingAdjective(phraseStart, index)
            : FunctionWords.IndefiniteSingular.Contains(determiner);
        return determined ? new SourceNoun(SourceNounKind.Person, plural) : null;
    }

    /// <summary>
    /// Adjectives of rank or standing in WordNet's senses for people in office or public life (senior and junior, first
    /// senses: "higher/lower in rank"; high-ranking; eminent, first sense: "standing above others in … position";
    /// prominent, second sense: "conspicuous in position or importance", "a prominent citizen"): before a noun with a
    /// rarer person sense they pick that sense ("senior figures", "eminent voices").
    /// "Leading" and "top" are left out: they rank things as often ("the leading figures in the table").
    /// </summary>
    private static readonly FrozenSet<string> StandingAdjectives =
        new[] { "senior", "junior", "high-ranking", "eminent", "prominent" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>An adjective of standing among the modifiers from <paramref name="from"/> up to the noun at <paramref name="noun"/>.</summary>
    private bool HasStandingAdjective(int from, int noun)
    {
        for (var k = from; k < noun; k++)
            if (StandingAdjectives.Contains(_t[k].Norm)) return true;
        return false;
    }

    /// <summary>Quantifiers that count people ("some figures", "several heads"); "other shooters reported" and "various figures" do not.</summary>
    private static readonly FrozenSet<string> PeopleQuantifiers =
        new[] { "some", "several", "many", "few" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Determiners, quantifiers, numbers and adjectives only, from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private bool OnlyModifiersBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!IsDeterminer(_t[k]) && _t[k].Kind != TokenKind.Number && !(_t[k].IsWord && AdjectiveForms.IsAdjective(_t[k].Norm))) return false;
        return true;
    }

    /// <summary>A head that may own a post-modifier: the usual heads, and "people" when an access cue follows it.</summary>
    private bool IsSourceHead(int index, int phraseStart, int modifier) =>
        !FunctionWords.PersonPronouns.Contains(_t[index]) && !FunctionWords.AuthorPronouns.Contains(_t[index])
        && (IsHead(index, phraseStart) || IsPeopleWord(_t[index]) && Vocabulary.SourceAccessCues.LongestAt(document.Tokens, modifier, _end) > 0);

    private static bool IsPeopleWord(Token token) => token.Norm is "people" or "person" or "someone" or "somebody" or "those";

    private bool IsSourceNounOrDocument(int index) =>
        NounAt(index) is not null || Vocabulary.IsDocumentNoun(_t[index]) || Vocabulary.IsPluralDocumentNoun(_t[index]);

    /// <summary>The source noun at <paramref name="index"/>; the sentence's first word may be a compound whatever its case.</summary>
    private SourceNoun? NounAt(int index) =>
        CapitalizedAgentNouns.IsNameAt(document.Tokens, sentence, index) ? null : index == _first ? SourceNouns.OfSentenceStart(_t[index]) : SourceNouns.Of(_t[index]);

    /// <summary>A capitalized word that is not just capitalized because it opens the sentence.</summary>
    private bool IsName(int index)
    {
        var token = _t[index];
        if (names.OutletAt(index) is not null) return true;
        if (!token.IsWord || !token.IsCapitalized) return false;
        // "That's what the campaign was about": a pronoun with its verb is no name.
        if (FunctionWords.Months.Contains(token) || FunctionWords.Weekdays.Contains(token) || FunctionWords.IsPronounContraction(token)) return false;
        if (index != _first) return true;
        if (FunctionWords.SentenceStarters.Contains(token)) return false;
        if (names.IsCapitalizedInside(token)) return true;
        // "Shipbrokers say": a plural person noun opening a sentence is a group, even a compound no word list holds.
        return !IsSourceNounOrDocument(index) && !names.IsWrittenLowercase(token) && !Vocabulary.IsCommonWord(token);
    }

    /// <summary>A name used as a modifier must be known as one: "Aviation experts" opens a sentence, "Pentagon planners" names a body.</summary>
    private bool IsModifierName(int index) =>
        IsName(index) && (index != _first || names.IsNameWord(_t[index]) || names.Actors.Match(_t.Span, index) is not null
            || names.OutletAt(index) is not null);

    private static bool IsAcronym(Token token) => token.Text.Length >= 2 && token.Text.All(c => char.IsUpper(c) || c == '.');

    private bool HasProperNameInside(int from, int to, bool includePlaces = false)
    {
        for (var k = from; k < to; k++)
            if (IsModifierName(k) && (includePlaces || !names.Actors.IsPlaceWord(_t[k]))) return true;
        return false;
    }

    /// <summary>"… for/at/of/with/from/by the Harlow Institute", "a document on the Varn Party's website" among the post-modifiers.</summary>
    private bool HasNamedAffiliation(int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (_t[k].Norm is not ("for" or "at" or "of" or "with" or "from" or "by" or "to" or "on" or "in")) continue;
            var n = k + 1;
            var definite = n < to && FunctionWords.Definite.Contains(_t[n]);
            if (definite) n++;
            // "in"/"on" place a source ("a teacher in Halden") unless they name where it was published ("in the Halden Courier").
            else if (_t[k].Norm is "in" or "on") continue;
            // "by the independent Harbour Research Unit": a few lower-case modifiers may stand before the name.
            for (var modifiers = 0; n < to && modifiers < MaxNameModifiers && _t[n].IsWord && !_t[n].IsCapitalized
                 && !FunctionWords.NounPhraseBreakers.Contains(_t[n]); modifiers++) n++;
            if (n < to && IsName(n) && !names.Actors.IsPlaceWord(_t[n]) && !PlaceNicknames.IsNicknameAt(document.Tokens, names.Actors, n)) return true;
        }
        return false;
    }

    private bool HasNameAfterCue(int from, int to, params string[] cues)
    {
        for (var k = from; k + 1 < to; k++)
            if (cues.Contains(_t[k].Norm) && IsName(k + 1)) return true;
        return false;
    }

    /// <summary>
    /// "David Moss, an associate professor at …": the phrase is an appositive to the name before it. A bare plural is
    /// not: "… of Ardent Savings, sources say" and "… to Lind and Moss, economists say" start a clause of their own.
    /// </summary>
    private bool IsAppositiveOfName(int start, int headEnd) =>
        start - 2 >= _first && _t[start - 1].Text == "," && IsName(start - 2) && !IsBarePlural(start, headEnd);

    /// <summary>A plural source head: "nurses", "officials", "people", "police".</summary>
    private bool IsPluralHead(int index) =>
        NounAt(index) is { IsPlural: true } || _t[index].Norm is "people" or "police"
        || Vocabulary.IsAnonymousSourceNoun(_t[index]) && _t[index].Norm.EndsWith('s');

    /// <summary>A plural head with no determiner or count: "sources", "senior officials"; not "22 percent of respondents".</summary>
    private bool IsBarePlural(int start, int headEnd) =>
        _t[start].IsWord && !IsDeterminer(_t[start]) && !FunctionWords.IsCardinal(_t[start])
        && (NounAt(headEnd - 1) is { IsPlural: true } || Vocabulary.IsAnonymousSourceNoun(_t[headEnd - 1]) && _t[headEnd - 1].Norm.EndsWith('s'));

    /// <summary>
    /// Words for part of an identity, a handle rather than a name: "first name", "call sign", "nickname", "initials".
    /// </summary>
    private static readonly FrozenWordSet PartialNameNouns = new[]
    {
        "name", "names", "nickname", "alias", "pseudonym", "initials", "initial", "sign", "callsign", "codename", "handle", "moniker",
    }.ToFrozenWordSet();

    /// <summary>
    /// "a sergeant who gave only his first name, Tomas,", "a guard identified only by her call sign, Kestrel,": the phrase says the
    /// source gave only part of an identity, so the name in apposition is that handle, and the source stays unnamed.
    /// </summary>
    private bool GivesOnlyPartOfName(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_t[k].Norm != "only") continue;
            for (var n = k + 1; n < to && n - k <= 4 && _t[n].IsWord; n++)
                if (PartialNameNouns.Contains(_t[n])) return true;
        }
        return false;
    }

    /// <summary>", Dana Reyes," right after the head.</summary>
    private bool AppositiveIsName(int from, int to)
    {
        // ", Dana Reyes," after the head or after its post-modifiers ("one resident of the old town, Dana Reyes,").
        for (var k = from; k + 1 < to; k++)
            if (_t[k].Text == "," && IsName(k + 1) && !names.Actors.IsPlaceWord(_t[k + 1])
                && (k + 2 >= to || _t[k + 2].Text == "," || IsName(k + 2) || IsTitledNameRun(k + 1, to)))
                return true;
        return false;
    }

    /// <summary>Lower-case words that join the capitalized words of a body's name: "Friends of the Earth", "Citizens for a Fair Levy".</summary>
    private static readonly FrozenWordSet NameJoiners = new[] { "of", "the", "and", "for", "a", "an", "on", "in", "to", "at", "&" }
        .ToFrozenWordSet();

    /// <summary>
    /// "a campaign group, Keep the Coast Clean," and "a residents' group, Friends of the Old Pier,": a title-case run whose
    /// lower-case words only join capitalized ones, closed by a comma or the phrase's end, names the body in apposition.
    /// </summary>
    private bool IsTitledNameRun(int first, int to)
    {
        var k = first;
        while (k < to && (IsName(k) || NameJoiners.Contains(_t[k]) && !_t[k].IsCapitalized && k + 1 < to && (IsName(k + 1) || NameJoiners.Contains(_t[k + 1]))))
            k++;
        return k > first + 1 && IsName(k - 1) && (k >= to || _t[k].Text == ",");
    }

    private static bool IsDeterminer(Token token) =>
        FunctionWords.IndefiniteSingular.Contains(token) || FunctionWords.Definite.Contains(token)
        || FunctionWords.Possessive.Contains(token) || FunctionWords.VagueQuantifiers.Contains(token);

    private static bool IsPhraseWord(Token token) =>
        (token.IsWord || token.Kind == TokenKind.Number) && !FunctionWords.NounPhraseBreakers.Contains(token);

    private static bool IsVerbPreModifier(Token token) =>
        token.IsWord && (FunctionWords.VerbPreModifiers.Contains(token)
            || token.Norm.Length > 4 && token.Norm.EndsWith("ly", StringComparison.Ordinal));

    /// <summary>How long a relative clause set off by commas may run: one with its reason ("who asked not to be named because the staff had been warned not to talk to reporters").</summary>
    private const int MaxRelativeClauseTokens = 30;

    /// <summary>
    /// The comma that opens a relative clause on a person, ending at <paramref name="from"/>, when the clause is too long
    /// for <see cref="MaxClauseTokens"/>: "One chemist at the depot, who asked not to be named because the staff had
    /// been warned not to talk to reporters, said …". News gives anonymity its reason in such a clause, so it runs long;
    /// only a clause opened by "who" or "whom" is taken, an appositive stays short.
    /// </summary>
    private int? OpeningOfLongRelative(int from)
    {
        for (var k = from; k >= _first && from - k <= MaxRelativeClauseTokens; k--)
        {
            var token = _t[k];
            if (token.Text == ",") return k + 1 < _end && _t[k + 1].Norm is "who" or "whom" ? k : null;
            if (token.Kind == TokenKind.Quote || token.Text is ";" or ":" or "(" or ")") return null;
        }
        return null;
    }

    private int? FindBackward(int from, Func<Token, bool> match)
    {
        for (var k = from; k >= _first && from - k <= MaxClauseTokens; k--)
        {
            var token = _t[k];
            if (match(token)) return k;
            if (token.Kind == TokenKind.Quote || token.Text is ";" or ":" or "(" or ")") return null;
        }
        return null;
    }

    /// <summary>How far a reduced relative may run before its by-agent: "published in April by", "carried out last year for".</summary>
    private const int MaxRelativeTokens = 6;

    /// <summary>
    /// "… published in April by the Calloway Institute", "… conducted by the Harbour Trust": a participle whose by-agent
    /// names who made the document. The phrase then ends after that name, so the document counts as named; without a
    /// name it ends where it did.
    /// </summary>
    private int PublisherEnd(int from)
    {
        // The participle may close the post-modifier already read ("of 1,400 teenagers published", "of 600 riders carried
        // out") or follow it.
        var participle = IsParticiple(from - 1) ? from - 1 : IsParticiple(from - 2) ? from - 2 : IsParticiple(from) ? from : -1;
        if (participle < 0) return from;
        for (var k = participle + 1; k + 1 < _end && k - participle <= MaxRelativeTokens; k++)
        {
            if (!_t[k].IsWord && _t[k].Kind != TokenKind.Number) return from;
            if (_t[k].Norm != "by") continue;
            var name = SkipWhile(k + 1, t => t.IsWord && (t.IsCapitalized || FunctionWords.Definite.Contains(t)));
            return name > k + 1 && _t[name - 1].IsCapitalized ? name : from;
        }
        return from;
    }

    private bool IsParticiple(int k) => k >= _first && k < _end && _t[k].IsWord && _t[k].Norm.EndsWith("ed", StringComparison.Ordinal);

    private int SkipWhile(int from, Func<Token, bool> match)
    {
        var k = from;
        while (k < _end && k - from < MaxClauseTokens && match(_t[k])) k++;
        return k;
    }

    /// <summary>Index access to the document's tokens without copying the array.</summary>
    private readonly struct ImmutableTokens(System.Collections.Immutable.ImmutableArray<Token> tokens)
    {
        public Token this[int index] => tokens[index];
        public ReadOnlySpan<Token> Span => tokens.AsSpan();
    }
}
