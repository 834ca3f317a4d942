namespace Rhetlint.Core.Semantics;

/// <summary>Whose words a token is.</summary>
public enum Voice : byte
{
    /// <summary>The writer's own assertion.</summary>
    Author,
    /// <summary>Inside a direct quotation, or a speaker's turn in a transcript ("Q: …", "BRENN: …", <see cref="SpeakerTurns"/>).</summary>
    Quoted,
    /// <summary>The content of an indirect report ("Brandt said that …", "according to the ministry, …").</summary>
    Reported,
    /// <summary>
    /// Quoted words that are mentioned rather than used: a term or label ("the word “deterrence”", "known as
    /// “the quiet veto”"), a title ("her essay, “Why Deterrence Still Works,”") or a nickname. Neither the
    /// author's assertion nor speech to attribute.
    /// </summary>
    Mention,
    /// <summary>
    /// Someone's perception placed in their mind, not asserted by the writer: "Looming large in the minds of
    /// the planners is …", "officials worry that …" (RULES.md §1, attributed perception).
    /// </summary>
    Perceived,
    /// <summary>
    /// Words the writer rejects in plain words nearby: a claim followed by "such fears are exaggerated" or "the
    /// comparison does not survive scrutiny", or the clause after a denial ("reject the idea that …").
    /// Mentioned, not asserted (RULES.md §1, rebuttal).
    /// </summary>
    Rebutted,
}

public static class VoiceExtensions
{
    /// <summary>
    /// Whether the writer wrote these words, asserted or not: the writer's assertion, a perception they ascribe,
    /// or wording they rebut. Attribution is the writer's act in all three, so the sourcing rules read them alike;
    /// the rhetoric rules read only <see cref="Voice.Author"/>.
    /// </summary>
    public static bool IsWritersWords(this Voice voice) => voice is Voice.Author or Voice.Perceived or Voice.Rebutted;
}
