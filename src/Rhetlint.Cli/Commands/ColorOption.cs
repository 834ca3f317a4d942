using System.CommandLine;

namespace Rhetlint.Cli.Commands;

/// <summary><c>--color auto|always|never</c>: severity colours in what people read (<see cref="TerminalStyle"/>); shared by check, fix, explain and rules.</summary>
internal static class ColorOption
{
    public static Option<string> Create()
    {
        var color = new Option<string>("--color")
        {
            Description = "Colour by severity: auto (when standard output is a terminal, TERM is not dumb and NO_COLOR is not set), always, never",
            DefaultValueFactory = _ => "auto",
        };
        color.AcceptOnlyFromAmong(TerminalStyle.ColorChoices);
        return color;
    }
}
