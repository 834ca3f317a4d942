using System.Diagnostics;

namespace Rhetlint.Cli;

/// <summary>
/// "checked 1,200 of 48,000 files (1,150 from cache)" rewritten in place on a terminal's stderr, at most ten times a
/// second, for runs long enough to need it (50 files or more); nothing when stderr is a file or a pipe, on a
/// <c>TERM=dumb</c> terminal that cannot erase a line, or under CI (<c>CI</c> set, as every major CI service sets
/// it: some give the job a pseudo-terminal, and their logs keep every redraw).
/// </summary>
internal sealed class ProgressLine(TextWriter error, int total, Func<int> analyzed)
{
    private const int MinimumFiles = 50;
    private readonly Stopwatch _sinceLastDraw = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private bool _drawn;

    public static ProgressLine? ForTerminal(CommandIO io, int total, Func<int> analyzed) =>
        total >= MinimumFiles && io.Terminals.Error && !TerminalStyle.IsDumb(io) && string.IsNullOrEmpty(io.Environment("CI"))
            ? new ProgressLine(io.Error, total, analyzed)
            : null;

    public void Update(int done)
    {
        lock (_gate)
        {
            if (_drawn && _sinceLastDraw.ElapsedMilliseconds < 100 && done < total) return;
            _sinceLastDraw.Restart();
            error.Write($"\rchecked {done:N0} of {total:N0} files ({done - analyzed():N0} from cache)");
            _drawn = true;
        }
    }

    /// <summary>Clears the line so the report starts on a clean one.</summary>
    public void Finish()
    {
        if (_drawn) error.Write("\r\u001b[2K");
    }
}
