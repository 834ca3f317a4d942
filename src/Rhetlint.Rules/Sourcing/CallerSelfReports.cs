using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "readers write in saying how much they enjoyed the series", "students email me to say they cannot find the reading
/// list": the writer's callers telling how strongly they felt, or what they cannot do, tell their own feeling or trouble,
/// which they are the only source for, as a lay group reporting its own experience is (<see cref="ExperienceReports"/>).
/// What they say they are doing ("business owners call the show telling me they're replacing their staff") is offered as
/// evidence of a trend, and "teachers ring me and tell me the inspectors faked the report" is about others: both stay
/// claims to source.
/// </summary>
internal static class CallerSelfReports
{
    /// <summary>The callers as the subject of what they tell.</summary>
    private static readonly HashSet<string> CallerSubjects = new(StringComparer.Ordinal) { "they", "they're", "they've", "they'd", "they'll" };

    /// <summary>What the callers cannot do: "they cannot find", "they can't get", "they couldn't park".</summary>
    private static readonly HashSet<string> Inability = new(StringComparer.Ordinal) { "cannot", "can't", "couldn't", "can" };

    /// <summary>How many words may stand between "how" and the callers: "how much they", "how very glad they".</summary>
    private const int MaxDegreeWords = 3;

    /// <summary>The complement opening at <paramref name="start"/> tells how strongly the callers felt, or what they cannot do.</summary>
    public static bool AboutThemselves(ImmutableArray<Token> tokens, int start, int end)
    {
        var k = start;
        if (k < end && tokens[k].Norm == "how")
        {
            for (k++; k < end && k - start <= MaxDegreeWords; k++)
                if (CallerSubjects.Contains(tokens[k].Norm)) return true;
            return false;
        }
        if (k < end && tokens[k].Norm == "that") k++;
        if (k + 1 >= end || !CallerSubjects.Contains(tokens[k].Norm) || !Inability.Contains(tokens[k + 1].Norm)) return false;
        // "they can not", "they can no longer": a bare "can" says what they cannot do only with the negation after it.
        return tokens[k + 1].Norm != "can" || k + 2 < end && tokens[k + 2].Norm is "not" or "no" or "never";
    }
}
