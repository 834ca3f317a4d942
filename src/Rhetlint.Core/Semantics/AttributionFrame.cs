using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>Which side of the cue the reported content lies on.</summary>
public enum ContentSide
{
    /// <summary>"S said that C", "according to S, C".</summary>
    After,
    /// <summary>"C, S said.", "“Q,” said S."</summary>
    Before,
}

/// <summary>
/// An attribution: a source (speaker or document), a cue (reporting verb, "according to", or the opening of a
/// quotation the source introduces) and the content attributed to it. Token ranges are half-open indices into
/// <see cref="Syntax.ProseDocument.Tokens"/>.
/// </summary>
/// <param name="SourceStart">First token of the source noun phrase, appositives and relative clause included.</param>
/// <param name="SourceHeadEnd">End (exclusive) of the source's core noun phrase, before any relative clause or appositive.</param>
/// <param name="SourceEnd">End (exclusive) of the whole source.</param>
/// <param name="CueToken">The reporting verb, "according", or a quotation's opening mark.</param>
/// <param name="QuotationIndex">The direct quotation this frame attributes, if any.</param>
public sealed record AttributionFrame(
    int SentenceIndex,
    int SourceStart,
    int SourceHeadEnd,
    int SourceEnd,
    int CueToken,
    SpeakerClass Speaker,
    ContentSide Side,
    TextSpan Content,
    int? QuotationIndex)
{
    /// <summary>For a pronoun source ("she said"), the index in <see cref="DocumentModel.Frames"/> of the frame whose speaker it refers to.</summary>
    public int? Antecedent { get; init; }

    /// <summary>
    /// A reporting clause set off inside the content it reports (", the minister told MPs," in "The levy, the minister
    /// told MPs, is fair"): <see cref="Content"/> spans the whole sentence, but the clause itself is the writer's.
    /// </summary>
    public TextSpan? Parenthetical { get; init; }
}

public static class AttributionFrameExtensions
{
    /// <summary>
    /// An unnamed plural source: "neighbours", "some economists", "officials", "people familiar with the talks". A crowd
    /// holds views and chants slogans, but a verbatim quotation has one speaker, so it never speaks one it is not
    /// quoted with (RULES.md §3 M4; the annotation guidelines flag such a quotation as unattributed).
    /// </summary>
    public static bool IsUnnamedGroup(this AttributionFrame frame, ImmutableArray<Token> tokens)
    {
        if (frame.Speaker == SpeakerClass.VagueCollective) return true;
        if (frame.Speaker is not (SpeakerClass.AnonymousBare or SpeakerClass.AnonymousDescribed)) return false;
        var head = tokens[frame.SourceHeadEnd - 1];
        return SourceNouns.Of(head) is { IsPlural: true } || head.Norm is "people" or "those";
    }
}
