using System.Runtime.CompilerServices;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// Keeps a C# rule file from taking the run down. The rule compiler inserts <see cref="Check"/> at the start of every
/// method, constructor, accessor, lambda, loop body and label of a rule file, so a rule that recurses without end
/// throws <see cref="InsufficientExecutionStackException"/> before the stack overflows (which no handler could catch),
/// and one that loops past its time limit throws <see cref="RuleTimeLimitExceededException"/>; the driver turns either
/// into that rule's RH0005 on the document. Built-in rules never call it: their limits are tests and benchmarks.
/// </summary>
public static class RuleGuard
{
    /// <summary>How long one call into a rule (one sentence, paragraph, quotation or document action) may take.</summary>
    public static TimeSpan TimeLimit { get; } = TimeSpan.FromSeconds(5);

    // Environment.TickCount64 after which the rule running on this thread must stop; 0 when no rule is timed, Unstamped
    // when a call has started and its rule has not checked yet.
    [ThreadStatic] private static long t_deadline;

    /// <summary>
    /// The clock is read at a call's first <see cref="Check"/>, which compiled rule code makes on entry, not when the call
    /// starts: the driver starts a call per rule and sentence, and built-in rules, which never check, cost no clock read.
    /// </summary>
    private const long Unstamped = -1;

    /// <summary>Called by compiled rule code; throws when the stack is nearly used up or the time limit is past.</summary>
    public static void Check()
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (t_deadline == Unstamped) t_deadline = Environment.TickCount64 + (long)TimeLimit.TotalMilliseconds;
        else if (t_deadline != 0 && Environment.TickCount64 > t_deadline) throw new RuleTimeLimitExceededException(TimeLimit);
    }

    /// <summary>Starts timing a call into a rule on this thread; disposing the result stops it.</summary>
    public static Timing Start()
    {
        var previous = t_deadline;
        t_deadline = Unstamped;
        return new Timing(previous);
    }

    /// <summary>Restores the deadline that was in force before <see cref="Start"/>.</summary>
    public readonly struct Timing(long previous) : IDisposable
    {
        public void Dispose() => t_deadline = previous;
    }
}

/// <summary>A rule ran longer than <see cref="RuleGuard.TimeLimit"/> in one call.</summary>
public sealed class RuleTimeLimitExceededException(TimeSpan limit)
    : Exception($"exceeded its time limit of {limit.TotalSeconds:0} s")
{
    public TimeSpan Limit { get; } = limit;
}
