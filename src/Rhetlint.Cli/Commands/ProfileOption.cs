using System.CommandLine;
using Rhetlint.Core.Config;

namespace Rhetlint.Cli.Commands;

/// <summary><c>--profile news|opinion</c>: the genre's severity policy; shared by the commands that run the rules.</summary>
internal static class ProfileOption
{
    public static Option<string> Create()
    {
        var profile = new Option<string>("--profile")
        {
            Description = "Genre profile: news raises some superlative and sourcing rules, opinion lowers threat-inflation and superlative rules",
            DefaultValueFactory = _ => GenreProfile.News.Name,
        };
        profile.AcceptOnlyFromAmong([.. GenreProfile.Names]);
        return profile;
    }
}
