using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// Links a claim to the evidence that bears on it (RULES.md §3 M6, as the annotation guidelines read it: support
/// counts only when it speaks to the comparison the claim makes). A figure counts only when it measures the claim's own
/// comparison or quantity — in the claim's clause, or in a later sentence that refers back to the claim, or in an
/// earlier one the claim refers back to ("such an enormous budget") — and only a figure of a kind that can measure
/// it (never an age, a date or a model number). A source counts when the claim is its content or its words cover
/// what the claim is about, and never when its speaker is the one the claim is about. A kept record bounds a
/// measured comparison; a figure that names its source or dataset is strong support.
/// </summary>
internal sealed class EvidenceLinker
{
    private readonly DocumentModel _model;
    private readonly ImmutableArray<Token> _tokens;
    private readonly Claim _claim;
    private readonly Sentence _sentence;
    private (int Start, int End)? _clauseBounds;
    /// <summary>What can measure the claim; empty for a judgement no figure measures.</summary>
    private readonly ImmutableArray<Dimension> _dimensions;
    private readonly bool _anyFigure;
    private (List<string> Words, List<string> Names)? _topic;
    private readonly string? _anaphor;
    /// <summary>The subject by which the claim's sentence points back to the one before it ("That gap", "It"), or null.</summary>
    private readonly string? _backReference;
    /// <summary>The first and last sentence the window covers.</summary>
    private readonly (int First, int Last) _window;
    /// <summary>The sentence before the window that the claim points back to, where only figures count, or null.</summary>
    private readonly int? _pointedBack;
    private readonly List<EvidenceLink> _linked = [];
    private readonly List<EvidenceLink> _notLinked = [];

    private EvidenceLinker(DocumentModel model, Claim claim, EvidenceWindow window)
    {
        _model = model;
        _tokens = model.Tokens;
        _claim = claim;
        _sentence = model.SentenceOf(claim.Start);
        (_dimensions, _anyFigure) = MeasureOf(claim);
        var paragraph = model.Syntax.Paragraphs[_sentence.ParagraphIndex];
        _window = window.Around(_sentence, paragraph);
        _anaphor = Anaphor();
        _backReference = BackReference(paragraph);
        // "… 97% effective, according to the agency. That gap makes it the most effective …": the sentence a rank
        // points back to is where its figure is, whatever window the rule declares.
        if (_backReference is not null && _window.First == _sentence.Index)
        {
            _pointedBack = _sentence.Index - 1;
            _window = (_sentence.Index - 1, _window.Last);
        }
    }

    // The clause and the topic are found on first use: most claims have no evidence near them and never need them, and
    // in a sentence of thousands of comma-joined clauses (a list of superlatives) finding them for every claim would
    // take time quadratic in the sentence.
    private (int Start, int End) Clause => _clauseBounds ??=
        (ClauseBounds.Start(_tokens, _sentence, _claim.Start), ClauseBounds.End(_tokens, _sentence, Math.Max(_claim.Start, _claim.End - 1)));

    private List<string> TopicWords => (_topic ??= ReadTopic()).Words;

    private List<string> TopicNames => (_topic ??= ReadTopic()).Names;

    public static ClaimEvidence Link(DocumentModel model, Claim claim, EvidenceWindow window)
    {
        var linker = new EvidenceLinker(model, claim, window);
        linker.Run();
        return new ClaimEvidence(claim, window, [.. linker._linked], [.. linker._notLinked]);
    }

    private void Run()
    {
        var figures = new List<EvidenceItem>();
        for (var s = _window.First; s <= _window.Last; s++)
        {
            foreach (var item in _model.EvidenceIn(s))
            {
                // Pointing back carries over what the sentence measured, with the source of that figure; a speaker
                // there does not vouch for the writer's rank ("the mayor said it opens in May. This is the finest …").
                if (s == _pointedBack && item.Kind != EvidenceKind.Figure) continue;
                switch (item.Kind)
                {
                    case EvidenceKind.Link or EvidenceKind.Citation: WeighCitation(item); break;
                    case EvidenceKind.Source: WeighSource(item); break;
                    case EvidenceKind.Dataset: WeighDataset(item); break;
                    case EvidenceKind.Record: WeighRecord(item); break;
                    default: figures.Add(item); break;
                }
            }
        }
        foreach (var figure in figures) WeighFigure(figure);
    }

    private void WeighCitation(EvidenceItem item)
    {
        var what = item.Kind == EvidenceKind.Link ? "a link" : "a citation";
        if (item.SentenceIndex == _sentence.Index) Link(item, EvidenceStrength.Strong, $"{what} in the claim's sentence");
        // A view credited to nobody is sourced by a citation of that view, not by a shop or product link after it.
        else if (item.SentenceIndex > _sentence.Index && _claim.Kind == ClaimKind.Attribution && ClauseCoversAround(item) is null && !StandsAlone(item))
            NotLink(item, $"{what} in a later sentence about something else does not say who holds the view");
        else if (item.SentenceIndex > _sentence.Index) Link(item, EvidenceStrength.Strong, $"{what} right after the claim");
        else if (ReferenceTo(item.SentenceIndex) is { } by) Link(item, EvidenceStrength.Strong, $"{what} the claim refers back to ('{by}')");
        else NotLink(item, $"{what} in an earlier sentence the claim does not refer back to");
    }

    /// <summary>A citation that is its sentence's only content ("Source: [the 2024 audit](…)."), at most a short lead-in besides.</summary>
    private bool StandsAlone(EvidenceItem item)
    {
        var sentence = _model.Syntax.Sentences[item.SentenceIndex];
        var words = 0;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (_tokens[k].IsWord && (k < item.First || k >= item.End)) words++;
        return words <= 3;
    }

    private void WeighSource(EvidenceItem item)
    {
        var frame = _model.Frames[item.FrameIndex!.Value];
        var name = Excerpt(frame.SourceStart, frame.SourceHeadEnd);
        // The claim forms or qualifies this attribution ("Science tells us", "Brandt reportedly told aides").
        if (Overlaps(Math.Min(frame.SourceStart, frame.CueToken), Math.Max(frame.SourceEnd, frame.CueToken + 1), _claim.Start, _claim.End))
        {
            NotLink(item, "the claim's own attribution is no evidence for it");
            return;
        }
        if (SourceStrength(item, frame) is not { } strength)
        {
            NotLink(item, $"'{name}' is not a source a reader can check");
            return;
        }
        if (_claim.Kind == ClaimKind.Attribution && item.Publisher == SpeakerClass.AnonymousDescribed)
        {
            NotLink(item, $"'{name}' is unnamed too; it does not say who holds the view");
            return;
        }
        if (IsReportedBy(frame))
        {
            Link(item, strength, $"the claim is what '{name}' says");
            return;
        }
        if (EchoesClaim(frame) is { } echo)
        {
            Link(item, strength, $"'{name}' said the same ('{echo}')");
            return;
        }
        if (SharesTopic(frame.SourceStart, frame.SourceHeadEnd, TopicNames) is { } subject)
        {
            NotLink(item, $"'{name}' is who the claim is about ('{subject}'), not a source for it");
            return;
        }
        if (item.SentenceIndex < _sentence.Index && _anaphor is { } anaphor)
            Link(item, strength, $"the claim refers back to what '{name}' says ('{anaphor}')");
        else if (CoveredBy(frame.Content, TopicOutside(frame)) is not { } word) NotLink(item, $"'{name}' speaks of something else");
        else if (_claim.Kind == ClaimKind.Rank && !Compares(frame.Content)) NotLink(item, $"'{name}' speaks of '{word}' but makes no comparison that bears on the rank");
        else if (item.SentenceIndex < _sentence.Index && ReferenceTo(item.SentenceIndex) is null) NotLink(item, "in an earlier sentence the claim does not refer back to");
        else Link(item, strength, $"what '{name}' says covers the claim ('{word}')");
    }

    /// <summary>
    /// Whether the claim is part of what the frame reports: inside its content, or between its cue and its content
    /// ("Brandt said [it is widely believed] that the treaty will hold").
    /// </summary>
    private bool IsReportedBy(AttributionFrame frame)
    {
        if (frame.Content.IsEmpty) return false;
        var start = _tokens[_claim.Start].Span.Start;
        if (frame.Content.Contains(start)) return true;
        return frame.SentenceIndex == _sentence.Index && frame.Side == ContentSide.After
            && _claim.Start > frame.CueToken && start < frame.Content.Start;
    }

    /// <summary>
    /// A source whose words are the rank again, by a pro-form after its speech verb: "… was the finest in years, and the Tarn
    /// Press Society said as much", "… the safest in the county. The inspectors said so." The source says what the claim
    /// says, after it in its sentence or in the next; a negated echo ("the Society never said as much") vouches for
    /// nothing. Returns the pro-form, or null.
    /// </summary>
    private string? EchoesClaim(AttributionFrame frame)
    {
        // Ranks only: an echo of a forecast or of a credited view is left to the rules that weigh those claims.
        if (_claim.Kind != ClaimKind.Rank || frame.Side != ContentSide.After || frame.CueToken < _claim.End || frame.SentenceIndex > _sentence.Index + 1) return null;
        var sentence = _model.Syntax.Sentences[frame.SentenceIndex];
        var k = frame.CueToken + 1;
        string Norm(int index) => index < sentence.EndToken ? _tokens[index].Norm : "";
        var end = Norm(k) == "so" ? k + 1 : Norm(k) == "as" && Norm(k + 1) == "much" ? k + 2 : (int?)null;
        if (end is not int last) return null;
        // The pro-form is the whole report, not a degree word: "said so many things", "said as much as it could".
        var next = Norm(last);
        if (next is "many" or "much" or "few" or "far" or "little" or "as" or "that") return null;
        return _model.IsNegated(frame.CueToken) ? null : Excerpt(k, last);
    }

    private void WeighDataset(EvidenceItem item)
    {
        if (Overlaps(item.First, item.End, _claim.Start, _claim.End))
            NotLink(item, "the claim's own wording is no evidence for it");
        // "the greatest player who ever lived, club records show": a file's entries count goals, not greatness.
        else if (item.KeptFile && _claim.Kind == ClaimKind.Rank && !Measured)
            NotLink(item, $"a kept file bears out a count or a dated fact, and '{DegreeText()}' is a judgement no entry records");
        else if (DatasetStrength(item.Publisher) is not { } strength)
            NotLink(item, "a dataset with no publisher a reader can check");
        else if (item.SentenceIndex == _sentence.Index && item.First >= Clause.Start && item.End <= Clause.End && _claim.Kind != ClaimKind.Intent)
            Link(item, strength, "the claim's clause cites it");
        else if (item.SentenceIndex < _sentence.Index && _anaphor is { } anaphor)
            Link(item, strength, $"the claim refers back to it ('{anaphor}')");
        else if (item.SentenceIndex != _sentence.Index && ClauseCovers(item) is { } word && (item.SentenceIndex > _sentence.Index || ReferenceTo(item.SentenceIndex) is not null)
                 && (_claim.Kind != ClaimKind.Rank || ClauseCompares(item)))
            Link(item, strength, $"its sentence speaks of what the claim is about ('{word}')");
        else NotLink(item, "a dataset about something else supports the claim only with a figure from it");
    }

    /// <summary>
    /// A kept record right after the claim bounds a measured comparison ("the highest since records began"), and so
    /// does the writer's own experience ("the longest I've managed"). An experience the writer lived bounds a judged
    /// rank too ("the best meal I've had this year", "the loudest crowd I have played for"): the set is the writer's own
    /// life, which the sentence states (the guidelines treat a reviewer's "the finest dish I tasted on the trip" as scoped to
    /// the writer's own evidence); a witness's "the most reckless plan I have seen" still ranks a public thing. A set whose keeper the text names or defines
    /// bounds any rank, measured or judged: "the highest of the 42 lenders tracked by Fjell Analytics", "the hardest
    /// benchmark in that report" — in the claim's clause, or in a later sentence that refers back to the claim and
    /// ranks it there.
    /// </summary>
    private void WeighRecord(EvidenceItem item)
    {
        var definedSet = item.Publisher is SpeakerClass.NamedPerson or SpeakerClass.NamedOrganization or SpeakerClass.NamedDocument or SpeakerClass.DefiniteRole;
        if (_claim.Kind is not (ClaimKind.Rank or ClaimKind.Magnitude))
            NotLink(item, "a record bounds a comparison, and the claim makes none");
        else if (item.SentenceIndex > _sentence.Index && definedSet && LaterReference(item) is { } word)
            Link(item, EvidenceStrength.Strong, $"a later sentence that refers back to the claim ('{word}') ranks it in a set its keeper defines");
        else if (item.SentenceIndex != _sentence.Index || item.First < _claim.Start || item.End > Clause.End)
            NotLink(item, "it bounds another comparison");
        else if (definedSet)
            Link(item, EvidenceStrength.Strong, "the comparison is bounded by a set its keeper defines");
        else if (item.Publisher == SpeakerClass.Author && (Measured || item.Lived))
            Link(item, EvidenceStrength.Strong, "the comparison is bounded by the writer's own experience");
        else if (!Measured)
            NotLink(item, $"a record bounds a measured comparison, and '{DegreeText()}' is a judgement no record measures");
        else Link(item, EvidenceStrength.Strong, "the comparison is against a kept record the reader can check");
    }

    private void WeighFigure(EvidenceItem item)
    {
        if (item.SentenceIndex == _sentence.Index && Overlaps(item.First, item.End, _claim.Start, _claim.End))
        {
            NotLink(item, "the claim's own wording is no evidence for it");
            return;
        }
        if (FigureMisfit(item) is { } misfit)
        {
            NotLink(item, misfit);
            return;
        }
        if (IsSupposed(item))
        {
            NotLink(item, "a figure in a condition is a threshold the writer supposes, not a measure of the claim");
            return;
        }
        string where;
        if (item.SentenceIndex == _sentence.Index)
        {
            if (item.End <= Clause.Start || item.First >= Clause.End)
            {
                if (!IsAppositiveTo(item))
                {
                    NotLink(item, "in another clause of the sentence");
                    return;
                }
                where = "the claim stands in apposition to it and measures it";
            }
            else where = "measures the claim in its clause";
        }
        else if (item.SentenceIndex > _sentence.Index)
        {
            if (LaterReference(item) is not { } word)
            {
                NotLink(item, "in a later sentence that does not refer back to the claim");
                return;
            }
            where = $"measures the claim in a later sentence that refers back to it ('{word}')";
        }
        else if (ReferenceTo(item.SentenceIndex) is { } by) where = $"the claim refers back to it ('{by}')";
        else
        {
            NotLink(item, "in an earlier sentence the claim does not refer back to");
            return;
        }
        if (SourceOfFigure(item) is var (source, strength, name))
        {
            Link(item, strength, $"{where}, with a source: '{name}'");
            if (!_linked.Any(l => l.Item == source))
            {
                _notLinked.RemoveAll(l => l.Item == source);
                Link(source, strength, $"the source of '{Excerpt(item.First, item.End)}'");
            }
        }
        else Link(item, EvidenceStrength.Medium, where);
    }

    /// <summary>Words that may open an appositive rank before its superlative: "one of the lowest", "among the largest".</summary>
    private static readonly FrozenWordSet AppositiveOpeners = FrozenWordSet.Exact(["one", "some", "of", "among"]);

    /// <summary>
    /// The claim is an appositive to the figure, set off right after it by a comma, a dash or a colon ("$2.7 million —
    /// the smallest sum since 1994", "3.4 percent, one of the lowest on record"): it ranks that figure, whatever clause
    /// boundary the dash draws, so a source of the figure supports it and a figure without one stays unsourced.
    /// </summary>
    private bool IsAppositiveTo(EvidenceItem figure)
    {
        if (figure.SentenceIndex != _sentence.Index || figure.End >= _claim.Start) return false;
        var mark = _tokens[figure.End];
        if (mark.Text is not ("," or ":") && mark.Kind != TokenKind.Dash) return false;
        for (var k = figure.End + 1; k < _claim.Start; k++)
            if (!AppositiveOpeners.Contains(_tokens[k])) return false;
        return true;
    }

    /// <summary>
    /// Whether the figure stands in a condition the claim is not part of: "If turnout drops below thirty per cent,
    /// democracy will be finished" forecasts from a threshold its own "if" states; the figure measures nothing that happened.
    /// </summary>
    private bool IsSupposed(EvidenceItem figure)
    {
        var sentence = _model.Syntax.Sentences[figure.SentenceIndex];
        if (ClauseBounds.ConditionStart(_tokens, sentence, figure.First) is not int condition) return false;
        return figure.SentenceIndex != _sentence.Index || ClauseBounds.ConditionStart(_tokens, _sentence, _claim.Start) != condition;
    }

    /// <summary>Why the figure cannot measure this claim, or null when it can.</summary>
    private string? FigureMisfit(EvidenceItem item)
    {
        switch (item.Figure)
        {
            case FigureKind.ModelNumber: return "a model or version number is part of a name; it measures nothing";
            case FigureKind.Date when !_dimensions.Contains(Dimension.Age): return "a date places the claim in time; it measures nothing";
            case FigureKind.Age when !_dimensions.Contains(Dimension.Age): return "an age does not measure the claim";
        }
        switch (_claim.Kind)
        {
            case ClaimKind.Intent: return "a figure does not show an intent";
            case ClaimKind.Attribution: return "a figure does not say who holds the view";
            case ClaimKind.ResearchAppeal: return "a figure does not say which research";
        }
        // "Streaming is killing music, and has been for ten years": a span of time says how long a bare assertion has
        // held, not how much harm or how large; only a claim measured in time (a rank of "longest") takes a duration.
        if (_anyFigure && item.Figure == FigureKind.Duration) return "a duration says how long, not how much; it does not measure the claim";
        if (_anyFigure || item.Figure is FigureKind.Date or FigureKind.Age) return null;
        if (!Measured) return $"'{DegreeText()}' is a judgement no figure measures";
        foreach (var dimension in _dimensions)
        {
            var fits = item.Figure switch
            {
                FigureKind.Percentage or FigureKind.Multiple => true,
                FigureKind.Count or FigureKind.Money => dimension is Dimension.Amount or Dimension.Money,
                FigureKind.Duration => dimension is Dimension.Time or Dimension.Speed or Dimension.Age,
                _ => dimension == Dimension.Amount || item.Dimension == dimension,
            };
            if (fits) return null;
        }
        var measured = string.Join(" or ", _dimensions.Select(d => d == Dimension.Amount ? "an amount" : d.ToString().ToLowerInvariant()));
        return $"{Describe(item)} does not measure {measured}";
    }

    private static string Describe(EvidenceItem figure) => figure.Figure switch
    {
        FigureKind.Quantity => $"a quantity of {figure.Dimension.ToString().ToLowerInvariant()}",
        FigureKind.Money => "a sum of money",
        FigureKind.Count => "a count",
        _ => $"a {figure.Figure.ToString().ToLowerInvariant()}",
    };

    /// <summary>
    /// A source or dataset for the figure: one in the figure's sentence (a frame whose content holds it, or a
    /// dataset), or a dataset or named source in the sentence before it that introduces the data ("A 2023 survey by
    /// the Trust … Roughly a quarter of riders …"). Named ones make the figure strong support; described ones medium.
    /// </summary>
    private (EvidenceItem Source, EvidenceStrength Strength, string Name)? SourceOfFigure(EvidenceItem figure)
    {
        var figureSentence = _model.Syntax.Sentences[figure.SentenceIndex];
        var paragraph = _model.Syntax.Paragraphs[figureSentence.ParagraphIndex];
        int[] sentences = figure.SentenceIndex > paragraph.FirstSentence ? [figure.SentenceIndex, figure.SentenceIndex - 1] : [figure.SentenceIndex];
        foreach (var s in sentences)
        {
            EvidenceItem? best = null;
            var bestStrength = EvidenceStrength.None;
            foreach (var item in _model.EvidenceIn(s))
            {
                EvidenceStrength? strength = item.Kind switch
                {
                    EvidenceKind.Dataset => DatasetStrength(item.Publisher),
                    EvidenceKind.Source when SourceFrameHolds(item, figure, sameSentence: s == figure.SentenceIndex) is { } frame => FigureSourceStrength(item, frame),
                    _ => null,
                };
                if (strength is not { } found || found <= bestStrength) continue;
                (best, bestStrength) = (item, found);
            }
            if (best is not null)
            {
                var name = best.Kind == EvidenceKind.Source
                    ? Excerpt(_model.Frames[best.FrameIndex!.Value].SourceStart, _model.Frames[best.FrameIndex!.Value].SourceHeadEnd)
                    : Excerpt(best.First, best.End);
                return (best, bestStrength, name);
            }
        }
        return null;
    }

    /// <summary>The frame of a source item that vouches for the figure: its content holds it, or (the sentence before) it is named.</summary>
    private AttributionFrame? SourceFrameHolds(EvidenceItem source, EvidenceItem figure, bool sameSentence)
    {
        var frame = _model.Frames[source.FrameIndex!.Value];
        if (sameSentence) return frame.Content.Contains(_tokens[figure.First].Span) || frame.Content.IsEmpty ? frame : null;
        return source.Publisher is SpeakerClass.NamedOrganization or SpeakerClass.NamedDocument ? frame : null;
    }

    private EvidenceStrength? SourceStrength(EvidenceItem item, AttributionFrame frame) => item.Publisher switch
    {
        SpeakerClass.NamedPerson or SpeakerClass.NamedOrganization or SpeakerClass.NamedDocument => EvidenceStrength.Strong,
        SpeakerClass.AnonymousDescribed => EvidenceStrength.Medium,
        // "the minister said" is a checkable source; "Research shows" only sounds like one.
        SpeakerClass.DefiniteRole when IsPersonOrBody(_tokens[frame.SourceHeadEnd - 1]) => EvidenceStrength.Medium,
        _ => null,
    };

    /// <summary>
    /// How much a source adds to a figure it gives: a named source or a definite body the text has introduced ("the
    /// ministry", "the electoral office") makes the figure checkable; a described one less so.
    /// </summary>
    private EvidenceStrength? FigureSourceStrength(EvidenceItem item, AttributionFrame frame) =>
        item.Publisher == SpeakerClass.DefiniteRole && SourceStrength(item, frame) is not null ? EvidenceStrength.Strong : SourceStrength(item, frame);

    /// <summary>
    /// A dataset kept by a named body, or by a definite one the text has introduced ("the ministry's published
    /// series", "the department's own count"), is one a reader can look up; a described publisher is less.
    /// </summary>
    private static EvidenceStrength? DatasetStrength(SpeakerClass? publisher) => publisher switch
    {
        SpeakerClass.NamedPerson or SpeakerClass.NamedOrganization or SpeakerClass.NamedDocument or SpeakerClass.DefiniteRole => EvidenceStrength.Strong,
        SpeakerClass.AnonymousDescribed => EvidenceStrength.Medium,
        _ => null,
    };

    private static bool IsPersonOrBody(Token head) =>
        Vocabulary.IsRoleNoun(head) || Vocabulary.IsPluralRoleNoun(head) || Vocabulary.IsOrganizationNoun(head) || Vocabulary.IsSpokesperson(head);

    /// <summary>
    /// What can measure the claim: the dimension of its head noun or graded word, or, for a claim with neither, what
    /// its kind admits (a universal is measured by a share of its group; a bare assertion by any figure but a date,
    /// an age or a model number).
    /// </summary>
    private (ImmutableArray<Dimension> Dimensions, bool AnyFigure) MeasureOf(Claim claim)
    {
        if (claim.Head is int head && Measures.IsQuantityNoun(_tokens[head])) return ([Dimension.Amount], false);
        if (claim.Degree is int degree && Measures.OfAdjective(_tokens[degree]) is { IsEmpty: false } dimensions) return (dimensions, false);
        // "Turnout was unprecedented", "The losses were the worst": a claim about a quantity its subject names.
        if (claim.Head is null && claim.Kind is ClaimKind.Rank)
            for (var k = Clause.Start; k < claim.Start; k++)
                if (Measures.IsQuantityNoun(_tokens[k])) return ([Dimension.Amount], false);
        // "… at 237,000, the strongest since last spring": the rank grades the level of the figure it is set off from.
        if (claim.Head is null && claim.Kind is ClaimKind.Rank && claim.Degree is int level && FigureRanks.IsLevelDegree(_tokens[level])
            && RanksAFigure())
            return ([Dimension.Amount], false);
        return claim.Kind switch
        {
            ClaimKind.Magnitude or ClaimKind.Universal => ([Dimension.Amount], false),
            ClaimKind.Rank => ([], false),
            _ => ([], true),
        };
    }

    private bool Measured => !_dimensions.IsEmpty;

    private bool RanksAFigure()
    {
        foreach (var item in _model.EvidenceIn(_sentence.Index))
            if (FigureRanks.IsLevel(item) && IsAppositiveTo(item)) return true;
        return false;
    }

    /// <summary>
    /// The words that say what the claim is about: its head, and the content words and names of its clause (or of
    /// <see cref="Claim.About"/>), less any inside <paramref name="skipped"/>.
    /// </summary>
    private (List<string> Words, List<string> Names) ReadTopic(Microsoft.CodeAnalysis.Text.TextSpan skipped = default)
    {
        List<string> words = [], names = [];
        var (first, end) = _claim.About ?? Clause;
        // Who says something in the claim's sentence is not what the claim is about.
        var attribution = new HashSet<int>();
        foreach (var frame in _model.FramesIn(_sentence))
        {
            for (var k = frame.SourceStart; k < frame.SourceEnd; k++) attribution.Add(k);
            attribution.Add(frame.CueToken);
        }
        for (var k = first; k < end; k++)
        {
            var token = _tokens[k];
            if (k == _claim.Degree || attribution.Contains(k) || !IsContentWord(token) || skipped.Contains(token.Span.Start)) continue;
            words.Add(Stem(token));
            if (token.IsCapitalized && (k != _sentence.FirstToken || !Vocabulary.IsCommonWord(token))) names.Add(Stem(token));
        }
        if (_claim.Head is int head) words.Add(Stem(_tokens[head]));
        return (words, names);
    }

    private static bool IsContentWord(Token token) =>
        token.IsWord && token.Norm.Length >= 3 && !FunctionWords.NounPhraseBreakers.Contains(token) && !FunctionWords.SentenceStarters.Contains(token)
        && !FunctionWords.Auxiliaries.Contains(token) && !FunctionWords.VagueQuantifiers.Contains(token) && !FunctionWords.ObjectPronouns.Contains(token)
        && !FunctionWords.Months.Contains(token) && !FunctionWords.Weekdays.Contains(token) && !Vocabulary.IsReportingVerb(token);

    /// <summary>
    /// Whether the text compares: a superlative or comparative, "than", "ranked". A source supports a rank only when
    /// it ranks too; a cost or a headcount about the same subject does not bear on "the most important" or "the finest".
    /// </summary>
    private bool Compares(Microsoft.CodeAnalysis.Text.TextSpan content)
    {
        if (content.IsEmpty) return false;
        var first = _model.Syntax.TokenIndexAt(content.Start);
        var last = _model.Syntax.TokenIndexAt(content.End - 1);
        return first >= 0 && last >= first && ComparesIn(first, last + 1);
    }

    private bool ClauseCompares(EvidenceItem item)
    {
        var sentence = _model.Syntax.Sentences[item.SentenceIndex];
        return ComparesIn(ClauseBounds.Start(_tokens, sentence, item.First), ClauseBounds.End(_tokens, sentence, item.End - 1));
    }

    private bool ComparesIn(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            var token = _tokens[k];
            if (AdjectiveForms.IsSuperlative(token) || AdjectiveForms.IsComparative(token)
                || token.Norm is "most" or "least" or "more" or "less" or "fewer" or "than" or "ranked" or "ranks" or "rank") return true;
        }
        return false;
    }

    /// <summary>A topic word the clause around the item repeats, or null.</summary>
    private string? ClauseCovers(EvidenceItem item)
    {
        var sentence = _model.Syntax.Sentences[item.SentenceIndex];
        return SharesTopic(ClauseBounds.Start(_tokens, sentence, item.First), ClauseBounds.End(_tokens, sentence, item.End - 1), TopicWords);
    }

    /// <summary>A topic word the item's clause repeats outside the item itself: a shop link's own address is no topic.</summary>
    private string? ClauseCoversAround(EvidenceItem item)
    {
        var sentence = _model.Syntax.Sentences[item.SentenceIndex];
        return SharesTopic(ClauseBounds.Start(_tokens, sentence, item.First), item.First, TopicWords)
            ?? SharesTopic(item.End, ClauseBounds.End(_tokens, sentence, item.End - 1), TopicWords);
    }

    /// <summary>A word of <paramref name="topic"/> the text span repeats, or null.</summary>
    private string? CoveredBy(Microsoft.CodeAnalysis.Text.TextSpan content, List<string> topic)
    {
        if (content.IsEmpty) return null;
        var first = _model.Syntax.TokenIndexAt(content.Start);
        var last = _model.Syntax.TokenIndexAt(content.End - 1);
        return first < 0 || last < first ? null : SharesTopic(first, last + 1, topic);
    }

    /// <summary>
    /// The claim's topic words less those read from the source's own content. The claim's clause runs on across ", and"
    /// ("Harmon's allies gave $4 million, according to filings, and our opponents will break any rule"), so its topic can
    /// take in the clause the source reports; that clause then repeats its own words, not the claim's, and the source
    /// speaks of something else. A source in another sentence reports nothing of the claim's clause.
    /// </summary>
    private List<string> TopicOutside(AttributionFrame frame) =>
        frame.SentenceIndex == _sentence.Index && !frame.Content.IsEmpty ? ReadTopic(frame.Content).Words : TopicWords;

    private string? SharesTopic(int first, int end, List<string> words)
    {
        if (words.Count == 0) return null;
        for (var k = first; k < end; k++)
        {
            if (!IsContentWord(_tokens[k])) continue;
            var stem = Stem(_tokens[k]);
            if (words.Any(w => SameWord(w, stem))) return _tokens[k].Text;
        }
        return null;
    }

    /// <summary>Two words that may be forms of one ("tested" and "test", "rose" and "rise").</summary>
    private static bool SameWord(string a, string b) => a == b || Inflections.IsFormOf(a, b) || Inflections.IsFormOf(b, a);

    /// <summary>
    /// The word by which the claim points back to all that came before: "this", "these", "those" or "such" before its
    /// head ("such an enormous budget", "this vast sum"), or "the" with a head that names data ("the data show").
    /// </summary>
    private string? Anaphor()
    {
        var anchor = _claim.Head ?? _claim.Start;
        for (var k = Math.Max(_sentence.FirstToken, _claim.Start - 3); k <= anchor && k < _sentence.EndToken; k++)
            if (_tokens[k].Norm is "this" or "these" or "those" or "such") return _tokens[k].Text;
        return DefiniteHead() is int head && RecordReader.IsDataNoun(_tokens[head]) ? $"the {_tokens[head].Text}" : null;
    }

    /// <summary>
    /// The subject by which a rank's sentence points back to the sentence before it in its paragraph: a demonstrative
    /// or "it" opening the sentence, with the rank in that opening clause ("That gap makes it one of the most effective
    /// …", "This was the hottest June …", "It is the biggest fall …"). What the earlier sentence measured is what the
    /// rank is about. Only ranks: a figure measures a rank, while a view or a forecast is not carried over this way.
    /// A definite data noun as that subject points back the same way ("The figures are the sharpest monthly drop since
    /// 2019", "The data make it the wettest June …"): "the figures" names what was just counted, so it may open a
    /// paragraph of its own, as a wire report sets each sentence of its lead apart.
    /// </summary>
    private string? BackReference(Paragraph paragraph)
    {
        if (_claim.Kind != ClaimKind.Rank || _sentence.Index == 0) return null;
        var opener = _sentence.FirstToken;
        while (opener < _sentence.EndToken && !_tokens[opener].IsWord) opener++;
        if (opener >= _claim.Start) return null;
        var dataSubject = _tokens[opener].Norm == "the" && opener + 1 < _claim.Start && RecordReader.IsDataNoun(_tokens[opener + 1]);
        if (!dataSubject && (_sentence.Index == paragraph.FirstSentence || _tokens[opener].Norm is not ("this" or "that" or "these" or "those" or "it" or "such"))) return null;
        if (ClauseBounds.Start(_tokens, _sentence, _claim.Start) > opener) return null;
        // "This gap", "That rise": the demonstrative and its noun.
        var end = opener + 1;
        if (_tokens[opener].Norm != "it" && end < _claim.Start && _tokens[end].IsWord && !FunctionWords.Auxiliaries.Contains(_tokens[end])
            && !FunctionWords.Copulas.Contains(_tokens[end])) end++;
        return Excerpt(opener, end);
    }

    /// <summary>The claim's head when "the" (or "the" and a modifier) determines it.</summary>
    private int? DefiniteHead()
    {
        if (_claim.Head is not int head || head == _sentence.FirstToken) return null;
        for (var k = head - 1; k >= _sentence.FirstToken && head - k <= 3; k--)
        {
            if (_tokens[k].Norm == "the") return head;
            if (!_tokens[k].IsWord) return null;
        }
        return null;
    }

    /// <summary>
    /// How the claim points back to the earlier sentence <paramref name="sentenceIndex"/>: its <see cref="Anaphor"/>,
    /// its definite head repeated there ("the budget"), or a name of its clause repeated there ("Kestria"). Null when
    /// it does not.
    /// </summary>
    private string? ReferenceTo(int sentenceIndex)
    {
        if (_anaphor is not null) return _anaphor;
        if (_backReference is not null && sentenceIndex == _sentence.Index - 1) return _backReference;
        var earlier = _model.Syntax.Sentences[sentenceIndex];
        var head = DefiniteHead() is int h ? Stem(_tokens[h]) : null;
        for (var k = earlier.FirstToken; k < earlier.EndToken; k++)
        {
            if (!_tokens[k].IsWord) continue;
            var stem = Stem(_tokens[k]);
            if (stem == head) return $"the {_tokens[_claim.Head!.Value].Text}";
            if (_tokens[k].IsCapitalized && TopicNames.Contains(stem)) return _tokens[k].Text;
        }
        return null;
    }

    /// <summary>
    /// Whether the item's clause in a later sentence refers back to the claim: a pronoun or demonstrative opening the
    /// sentence ("It", "Its", "This"), a demonstrative or "such" ("this increase of 12%"), the claim's head repeated,
    /// or "the" with a noun of amount ("the rise", "the figure").
    /// </summary>
    private string? LaterReference(EvidenceItem item)
    {
        var sentence = _model.Syntax.Sentences[item.SentenceIndex];
        var opener = sentence.FirstToken;
        while (opener < sentence.EndToken && !_tokens[opener].IsWord) opener++;
        if (opener < sentence.EndToken && _tokens[opener].Norm is "it" or "its" or "they" or "their" or "this" or "these" or "that" or "those" or "such")
            return _tokens[opener].Text;
        var start = ClauseBounds.Start(_tokens, sentence, item.First);
        var end = ClauseBounds.End(_tokens, sentence, item.End - 1);
        var head = _claim.Head is int h ? Stem(_tokens[h]) : null;
        for (var k = start; k < end; k++)
        {
            var token = _tokens[k];
            if (!token.IsWord) continue;
            if (token.Norm is "this" or "these" or "those" or "such" && k + 1 < end && _tokens[k + 1].IsWord) return token.Text;
            if (head is not null && Stem(token) == head) return token.Text;
            if (token.Norm == "the" && k + 1 < end && Measures.IsQuantityNoun(_tokens[k + 1]) && SpeaksOfAmount()) return $"{token.Text} {_tokens[k + 1].Text}";
        }
        return null;
    }

    /// <summary>Whether the claim's clause names an amount ("fares soared", "the budget is enormous"), so "the rise" later can refer to it.</summary>
    private bool SpeaksOfAmount()
    {
        for (var k = Clause.Start; k < Clause.End; k++)
            if (Measures.IsQuantityNoun(_tokens[k])) return true;
        return false;
    }

    private string DegreeText() => _claim.Degree is int degree ? _tokens[degree].Text : Excerpt(_claim.Start, _claim.End);

    /// <summary>A crude lemma for matching words across sentences: "ferries" and "ferry", "budget's" and "budget".</summary>
    private static string Stem(Token token)
    {
        // "ferries'" keeps its plural s ("ferries"), "ferry's" loses the whole "'s": both then stem to "ferry".
        var norm = token.NormWithoutPossessive;
        if (norm.EndsWith("ies", StringComparison.Ordinal) && norm.Length > 4) return norm[..^3] + "y";
        if (norm.EndsWith("es", StringComparison.Ordinal) && norm.Length > 4 && norm[^3] is 's' or 'x' or 'h') return norm[..^2];
        if (norm.EndsWith('s') && !norm.EndsWith("ss", StringComparison.Ordinal) && norm.Length > 3) return norm[..^1];
        return norm;
    }

    private static bool Overlaps(int aStart, int aEnd, int bStart, int bEnd) => aStart < bEnd && bStart < aEnd;

    private string Excerpt(int first, int end) => _model.Excerpt(_model.SpanOf(first, end));

    private void Link(EvidenceItem item, EvidenceStrength strength, string reason) => _linked.Add(new EvidenceLink(item, strength, reason));

    private void NotLink(EvidenceItem item, string reason) => _notLinked.Add(new EvidenceLink(item, EvidenceStrength.None, reason));
}
