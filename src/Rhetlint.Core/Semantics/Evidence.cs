namespace Rhetlint.Core.Semantics;

/// <summary>How strongly evidence supports a claim (RULES.md §3 M6), judged per claim by <see cref="ClaimEvidence"/>.</summary>
public enum EvidenceStrength : byte
{
    /// <summary>Nothing that bears on the claim; a date only places it in time.</summary>
    None,
    /// <summary>A figure that measures the claim, or a described but unnamed source whose words cover it.</summary>
    Medium,
    /// <summary>A link or citation; a named source or dataset whose content covers the claim; a figure with a named
    /// source or dataset; a kept record that bounds a measured comparison.</summary>
    Strong,
}

/// <summary>What kind of checkable support an <see cref="EvidenceItem"/> is.</summary>
public enum EvidenceKind
{
    /// <summary>A URL, Markdown link or autolink.</summary>
    Link,
    /// <summary>A footnote marker ("¹", "[1]") or a parenthetical citation ("(Moss 2021)").</summary>
    Citation,
    /// <summary>An attribution frame: a speaker or publisher and the content credited to them.</summary>
    Source,
    /// <summary>A body of data with a publisher: "the ministry's figures", "a survey by the Harbour Transport Trust".</summary>
    Dataset,
    /// <summary>A kept record or measured set that bounds a comparison: "on record", "since the observatory began
    /// tracking it in 2015", "in the department's history", "of the eleven phones we have tested".</summary>
    Record,
    /// <summary>A number, in digits or words, and what it measures.</summary>
    Figure,
}

/// <summary>What a figure measures. Only some kinds can support a claim of size or rank.</summary>
public enum FigureKind
{
    /// <summary>"14%", "37 per cent", "three in four", "roughly a quarter of".</summary>
    Percentage,
    /// <summary>"240 ships", "twelve schools", "4,000".</summary>
    Count,
    /// <summary>A number with a unit: "6.1 kg", "120 km/h", "12 GB"; <see cref="EvidenceItem.Dimension"/> says of what.</summary>
    Quantity,
    /// <summary>"£3 million", "$40m", "1,450 euros".</summary>
    Money,
    /// <summary>"doubled", "three times", "a tenfold rise".</summary>
    Multiple,
    /// <summary>"31 hours", "two years", "in 20 years".</summary>
    Duration,
    /// <summary>"26-year-old", "aged 33", "33 years old".</summary>
    Age,
    /// <summary>A year, decade, date or time of day: it dates a claim and measures nothing.</summary>
    Date,
    /// <summary>A model, version or route number that is part of a name: "the Velo 7", "version 5.2.1".</summary>
    ModelNumber,
}

/// <summary>What a quantity or a graded word measures, to tell a figure that bears on a claim from one that does not.</summary>
public enum Dimension
{
    /// <summary>Nothing a figure measures: a judgement ("beautiful", "important"), or not known.</summary>
    None,
    /// <summary>A size, number or level of anything ("largest", "highest", "turnout", "budget").</summary>
    Amount,
    Money,
    Time,
    Age,
    Mass,
    Length,
    Area,
    Volume,
    Speed,
    Data,
    Energy,
    Power,
    Temperature,
    Pressure,
}

/// <summary>
/// One piece of checkable support in a document, found once per document (<see cref="DocumentModel.EvidenceItems"/>).
/// Token ranges are half-open indices into <see cref="Syntax.ProseDocument.Tokens"/>.
/// </summary>
/// <param name="SentenceIndex">The sentence the item is in.</param>
/// <param name="First">Its first token.</param>
/// <param name="End">Just past its last token.</param>
public sealed record EvidenceItem(EvidenceKind Kind, int SentenceIndex, int First, int End)
{
    /// <summary>For a <see cref="EvidenceKind.Figure"/>, what it measures.</summary>
    public FigureKind Figure { get; init; }

    /// <summary>For a figure with a unit, the unit's dimension ("kg": mass); Money and Time for money and durations.</summary>
    public Dimension Dimension { get; init; }

    /// <summary>For a <see cref="EvidenceKind.Source"/>, its index in <see cref="DocumentModel.Frames"/>.</summary>
    public int? FrameIndex { get; init; }

    /// <summary>How identifiable the speaker of a source or the publisher of a dataset is; null when none is given.</summary>
    public SpeakerClass? Publisher { get; init; }

    /// <summary>
    /// For a <see cref="EvidenceKind.Record"/> of the writer's own experience, whether the writer lived it ("the best
    /// meal I've had") rather than witnessed it ("the worst plan I have seen"): only a lived experience bounds a judged rank.
    /// </summary>
    public bool Lived { get; init; }

    /// <summary>
    /// For a <see cref="EvidenceKind.Dataset"/>, whether it is a kept file shown as the claim's source ("…, club records
    /// show"): an entry in it bears out a count or a dated fact, not an evaluative rank.
    /// </summary>
    public bool KeptFile { get; init; }

    /// <summary>What the item is, in a few words, for <c>rhetlint explain</c>: "figure (percentage)", "named source".</summary>
    public string Description => Kind switch
    {
        EvidenceKind.Figure => Dimension is Dimension.None or Dimension.Money or Dimension.Time || Figure != FigureKind.Quantity
            ? $"figure ({Describe(Figure)})"
            : $"figure ({Describe(Figure)}: {Dimension.ToString().ToLowerInvariant()})",
        EvidenceKind.Source or EvidenceKind.Dataset => $"{Kind.ToString().ToLowerInvariant()} ({(Publisher is { } p ? Describe(p) : "no publisher")})",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    private static string Describe(FigureKind kind) => kind switch
    {
        FigureKind.ModelNumber => "model number",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Describe(SpeakerClass speaker) => speaker switch
    {
        SpeakerClass.NamedPerson => "named person",
        SpeakerClass.NamedOrganization => "named organization",
        SpeakerClass.NamedDocument => "named document",
        SpeakerClass.DefiniteRole => "definite role",
        SpeakerClass.AnonymousDescribed => "described, unnamed",
        SpeakerClass.AnonymousBare => "anonymous",
        SpeakerClass.VagueSingular => "vague",
        SpeakerClass.VagueCollective => "vague group",
        SpeakerClass.Pronoun => "pronoun",
        _ => "the writer",
    };
}
