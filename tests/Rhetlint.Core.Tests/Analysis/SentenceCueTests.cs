using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Tests.Analysis;

public sealed class SentenceCueTests
{
    /// <summary>Reports every sentence it is called on, and counts the calls: a cue decides which sentences those are.</summary>
    private sealed class Cued(string id, Func<string, bool>? cue) : RhetoricAnalyzer
    {
        // Ids made per instance: the last test registers more rules than a cue mask has bits.
#pragma warning disable RS1017
        private readonly DiagnosticDescriptor _rule = new(id, "t", "m", RuleCategories.HouseStyle, DiagnosticSeverity.Warning, true);
#pragma warning restore RS1017

        public int Calls { get; private set; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [_rule];

        public override void Initialize(AnalysisContext context)
        {
            void Action(SentenceContext s)
            {
                Calls++;
                s.Report(_rule, s.Sentence.Span, []);
            }
            if (cue is null) context.RegisterSentenceAction(Action);
            else context.RegisterSentenceAction(Action, cue);
        }
    }

    private const string Draft = "The ferry to Orlen leaves at noon. Gulls circle the harbour. The ferry returns at dusk.";

    [Fact]
    public void A_cued_action_runs_only_on_the_sentences_that_hold_its_cue_word()
    {
        var ferry = new Cued("HOUSE910", word => word == "ferry");
        var findings = new Linter(new AnalyzerDriver([ferry])).Lint("draft.md", SourceText.From(Draft), DocumentFormat.Markdown);
        Assert.Equal(2, ferry.Calls);
        Assert.Equal(["The ferry to Orlen leaves at noon.", "The ferry returns at dusk."], findings.Select(f => Draft[f.Span.Start..f.Span.End]));
    }

    [Fact]
    public void An_action_without_a_cue_runs_on_every_sentence_beside_cued_ones()
    {
        var plain = new Cued("HOUSE911", null);
        var nothing = new Cued("HOUSE912", word => word == "lighthouse");
        new Linter(new AnalyzerDriver([nothing, plain])).Lint("draft.md", SourceText.From(Draft), DocumentFormat.Markdown);
        Assert.Equal(3, plain.Calls);
        Assert.Equal(0, nothing.Calls);
    }

    [Fact]
    public void Cues_past_the_sixty_fourth_share_a_bit_and_still_run_where_their_word_is()
    {
        // 65 cues that never match, then one for "gulls": its bit is shared with the first, and it must still run.
        var silent = Enumerable.Range(0, 65).Select(n => new Cued($"HOUSE{800 + n}", _ => false)).ToList();
        var gulls = new Cued("HOUSE913", word => word == "gulls");
        new Linter(new AnalyzerDriver([.. silent, gulls])).Lint("draft.md", SourceText.From(Draft), DocumentFormat.Markdown);
        Assert.Equal(1, gulls.Calls);
        Assert.Equal(0, silent[0].Calls);
    }
}
