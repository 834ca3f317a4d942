using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// "Farmers I spoke to in Dalby were blunt.", "The nurses we met were furious.": a pronoun that reports inside a contact
/// relative clause on the sentence's subject is the writer meeting the subject, not the one who speaks a quotation next
/// door; that is the subject (an unnamed group, so no one). Only a subject that opens the sentence or follows a comma,
/// and is read as an unnamed or role source, hosts the clause: a contact relative hangs on a common noun, never on a
/// name ("Yesterday I spoke" is no name with a clause).
/// </summary>
internal static class ContactRelatives
{
    /// <summary>Each frame reported from inside such a clause, with the clause's host as its source.</summary>
    public static ImmutableDictionary<AttributionFrame, AttributionFrame> Hosted(ProseDocument document, ImmutableArray<AttributionFrame> frames, NameEvidence names)
    {
        var hosted = ImmutableDictionary.CreateBuilder<AttributionFrame, AttributionFrame>(ReferenceEqualityComparer.Instance);
        foreach (var frame in frames)
            if (Host(document, names, frame) is { } host) hosted[frame] = host;
        return hosted.ToImmutable();
    }

    private static AttributionFrame? Host(ProseDocument document, NameEvidence names, AttributionFrame frame)
    {
        if (frame.SourceEnd - frame.SourceStart != 1 || frame.Speaker is not (SpeakerClass.Author or SpeakerClass.Pronoun)) return null;
        var tokens = document.Tokens;
        var sentence = document.Sentences[frame.SentenceIndex];
        var relative = frame.SourceStart > sentence.FirstToken && tokens[frame.SourceStart - 1].Norm is "who" or "whom" or "that"
            ? frame.SourceStart - 1
            : frame.SourceStart;
        if (relative <= sentence.FirstToken || !tokens[relative - 1].IsWord) return null;
        if (new SourcePhraseReader(document, sentence, names).ReadBefore(relative) is not { } subject || subject.End != relative
            || !HostsContactRelative(subject.Speaker) || subject.Start != sentence.FirstToken && tokens[subject.Start - 1].Text != ",")
            return null;
        return frame with { SourceStart = subject.Start, SourceHeadEnd = subject.HeadEnd, SourceEnd = subject.End, Speaker = subject.Speaker, Antecedent = null };
    }

    private static bool HostsContactRelative(SpeakerClass speaker) =>
        speaker is SpeakerClass.DefiniteRole or SpeakerClass.AnonymousDescribed or SpeakerClass.AnonymousBare or SpeakerClass.VagueSingular
            or SpeakerClass.VagueCollective or SpeakerClass.Universal;
}
