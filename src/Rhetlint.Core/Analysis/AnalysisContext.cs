namespace Rhetlint.Core.Analysis;

/// <summary>What an analyzer registers in <see cref="RhetoricAnalyzer.Initialize"/>.</summary>
public sealed class AnalysisContext
{
    internal List<Action<SentenceContext>> SentenceActions { get; } = [];
    internal List<Action<QuotationContext>> QuotationActions { get; } = [];
    internal List<Action<ParagraphContext>> ParagraphActions { get; } = [];
    internal List<Action<DocumentContext>> DocumentActions { get; } = [];

    public void RegisterSentenceAction(Action<SentenceContext> action) => SentenceActions.Add(action);
    public void RegisterQuotationAction(Action<QuotationContext> action) => QuotationActions.Add(action);
    public void RegisterParagraphAction(Action<ParagraphContext> action) => ParagraphActions.Add(action);
    public void RegisterDocumentAction(Action<DocumentContext> action) => DocumentActions.Add(action);
}
