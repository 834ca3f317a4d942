namespace Rhetlint.Core.Analysis;

/// <summary>What an analyzer registers in <see cref="RhetoricAnalyzer.Initialize"/>.</summary>
public sealed class AnalysisContext
{
    internal List<Action<SentenceContext>> SentenceActions { get; } = [];

    /// <summary>The cue of each sentence action, at its index in <see cref="SentenceActions"/>; null for an action that runs on every sentence.</summary>
    internal List<Func<string, bool>?> SentenceCues { get; } = [];

    internal List<Action<QuotationContext>> QuotationActions { get; } = [];
    internal List<Action<ParagraphContext>> ParagraphActions { get; } = [];
    internal List<Action<DocumentContext>> DocumentActions { get; } = [];

    public void RegisterSentenceAction(Action<SentenceContext> action)
    {
        SentenceActions.Add(action);
        SentenceCues.Add(null);
    }

    /// <summary>
    /// An action that can find nothing in a sentence without a word <paramref name="cue"/> accepts (its
    /// <see cref="Syntax.Token.Norm"/>): the driver calls it only on sentences that hold one, read from an index of the
    /// sentence's words built once for all rules (<see cref="SentenceCueIndex"/>), so a rule's cost on the sentences it
    /// cannot fire on is a bit test instead of its readings at every token. The cue must be necessary: every reading of
    /// the action needs a token whose word it accepts, or skipping the sentence loses a finding.
    /// </summary>
    public void RegisterSentenceAction(Action<SentenceContext> action, Func<string, bool> cue)
    {
        SentenceActions.Add(action);
        SentenceCues.Add(cue);
    }

    public void RegisterQuotationAction(Action<QuotationContext> action) => QuotationActions.Add(action);
    public void RegisterParagraphAction(Action<ParagraphContext> action) => ParagraphActions.Add(action);
    public void RegisterDocumentAction(Action<DocumentContext> action) => DocumentActions.Add(action);
}
