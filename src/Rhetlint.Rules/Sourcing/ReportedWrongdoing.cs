using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "Several voters reported irregularities", "residents reported a cover-up by the harbour board": what a lay group
/// reports is someone else's wrongdoing or violence, or an act it puts to a named agent. That is a charge against others
/// that needs a source, not an account of what happened to the group itself, so <see cref="ExperienceReports"/> does
/// not let it pass.
/// </summary>
internal static class ReportedWrongdoing
{
    /// <summary>How far after "by" the agent's head may come: "by a teacher", "by the harbour board".</summary>
    private const int MaxAgentWords = 4;

    /// <summary>Nouns naming wrongdoing or violence (reported_wrongdoing_wordnet.txt, from WordNet by tools/gen_reported_wrongdoing.py).</summary>
    private static readonly Lazy<FrozenWordSet> WrongdoingForms = new(() =>
        RuleLexicons.Store.Lines("reported_wrongdoing_wordnet").SelectMany(Inflections.NounForms).ToFrozenWordSet());

    /// <summary>The object from <paramref name="start"/> to <paramref name="end"/> names wrongdoing, or puts an act to an agent.</summary>
    public static bool ChargesOthers(DocumentModel document, int start, int end)
    {
        var tokens = document.Tokens;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsWord && WrongdoingForms.Value.Contains(tokens[k])) return true;
            if (tokens[k].Norm == "by" && AgentFollows(tokens, k + 1, end)) return true;
        }
        return false;
    }

    /// <summary>"by a teacher", "by the harbour board", "by Ana Ruiz": a person, body or name is the doer ("queues by the door" has none).</summary>
    private static bool AgentFollows(ImmutableArray<Token> tokens, int from, int end)
    {
        for (var k = from; k < end && k - from < MaxAgentWords; k++)
        {
            if (!tokens[k].IsWord) return false;
            if (tokens[k].IsCapitalized || SourceNouns.Of(tokens[k]) is not null) return true;
        }
        return false;
    }
}
