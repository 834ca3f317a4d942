using System.Text;
using System.Text.RegularExpressions;

namespace Rhetlint.Cli;

/// <summary>
/// One glob in the syntax of <c>.gitignore</c>, which <c>--exclude</c> and <c>rhetlint.exclude</c> share so a user learns
/// one syntax: <c>*</c> and <c>?</c> stay within a folder name, <c>**</c> spans folders, <c>[abc]</c> is a class, a
/// leading <c>!</c> re-includes, a trailing <c>/</c> matches folders only, and a pattern with a <c>/</c> before its end
/// is anchored to its base folder while one without matches a name at any depth.
/// </summary>
internal sealed class PathPattern
{
    private readonly Regex _regex;

    private PathPattern(Regex regex, bool reincludes, bool foldersOnly)
    {
        _regex = regex;
        Reincludes = reincludes;
        FoldersOnly = foldersOnly;
    }

    /// <summary>A <c>!</c> pattern: a path it matches is read again even if an earlier pattern excluded it.</summary>
    public bool Reincludes { get; }

    public bool FoldersOnly { get; }

    /// <summary>The pattern in <paramref name="line"/>, or null for a blank line or a <c>#</c> comment.</summary>
    public static PathPattern? Parse(string line)
    {
        var text = line.TrimEnd();
        if (text.Length == 0 || text.StartsWith('#')) return null;
        var reincludes = text.StartsWith('!');
        if (reincludes) text = text[1..];
        var foldersOnly = text.EndsWith('/');
        text = text.TrimEnd('/');
        if (text.Length == 0) return null;
        var anchored = text.Contains('/');
        text = text.TrimStart('/');
        var regex = new StringBuilder("^");
        if (!anchored) regex.Append("(?:.*/)?");
        regex.Append(Translate(text)).Append('$');
        // Patterns come from files in the checked folder: NonBacktracking keeps a match linear in the path whatever the
        // pattern, and a class the engine cannot read ("[z-a]") is ignored, as git ignores a pattern it cannot use.
        try
        {
            return new PathPattern(new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking), reincludes, foldersOnly);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether the pattern matches <paramref name="relativePath"/> ('/'-separated, relative to the pattern's base folder).</summary>
    public bool Matches(string relativePath, bool isFolder) => (isFolder || !FoldersOnly) && _regex.IsMatch(relativePath);

    private static string Translate(string glob)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var atNameStart = i == 0 || glob[i - 1] == '/';
                var beforeSlash = i + 2 < glob.Length && glob[i + 2] == '/';
                if (atNameStart && beforeSlash)
                {
                    regex.Append("(?:.*/)?");
                    i += 2;
                }
                else
                {
                    regex.Append(".*");
                    i++;
                }
            }
            else if (c == '*') regex.Append("[^/]*");
            else if (c == '?') regex.Append("[^/]");
            else if (c == '\\' && i + 1 < glob.Length) regex.Append(Regex.Escape(glob[++i].ToString()));
            else if (c == '[' && glob.IndexOf(']', i + 1) is var close and > 0)
            {
                var body = glob[(i + 1)..close];
                if (body.StartsWith('!')) body = "^" + body[1..];
                regex.Append('[').Append(body.Replace("\\", "\\\\")).Append(']');
                i = close;
            }
            else regex.Append(Regex.Escape(c.ToString()));
        }
        return regex.ToString();
    }
}
