using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Semantics;

/// <summary>Where the speaker of a direct quotation is named (RULES.md §3 M4).</summary>
public enum QuoteAttributionKind
{
    /// <summary>A frame in a sentence the quotation is part of: "“Q,” Brandt said.", "Brandt called it “Q”".</summary>
    SameSentence,
    /// <summary>The words repeat part of an earlier attributed quotation: a partial quote of words already sourced.</summary>
    Echo,
    /// <summary>A "— Name" line right after the quotation (an epigraph or a block quote's attribution).</summary>
    DashLine,
    /// <summary>A bracketed citation right after the quotation: "“Q” (Reuters)", "“Q” (Jonah 2:9)".</summary>
    Citation,
    /// <summary>A frame in the sentence before, in the same paragraph, or a paragraph ending "Brandt said:".</summary>
    PreviousSentence,
    /// <summary>A frame in the sentence after, in the same paragraph.</summary>
    NextSentence,
    /// <summary>A quote paragraph right after a paragraph that ends on a speaker (a report, or an attributed quotation): it inherits that speaker, for one paragraph only.</summary>
    Continuation,
}

/// <summary>Who speaks a direct quotation, and where the text says so.</summary>
/// <param name="Frame">The frame that names the speaker; null for a dash line or a citation.</param>
/// <param name="Speaker">The words that name the speaker (the frame's source phrase, the name on a dash line, or the words of a citation).</param>
/// <param name="EchoOf">For an <see cref="QuoteAttributionKind.Echo"/>, the earlier quotation whose words are repeated.</param>
public sealed record QuoteAttribution(QuoteAttributionKind Kind, AttributionFrame? Frame, TextSpan Speaker, SpeakerClass SpeakerClass, int? EchoOf = null);
