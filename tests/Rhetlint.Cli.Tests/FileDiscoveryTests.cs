namespace Rhetlint.Cli.Tests;

/// <summary>Which files a walk of a folder reads: default skips, --exclude, rhetlint.exclude and .gitignore.</summary>
public sealed class FileDiscoveryTests
{
    private static List<string> Relative(TempFolder folder, IEnumerable<string> files) =>
        [.. files.Select(f => Path.GetRelativePath(folder.Path, Path.GetFullPath(f)).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public void Dependency_build_and_hidden_folders_are_skipped_when_walking()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "draft.md", "node_modules/pkg/README.md", "bin/Debug/notes.txt", "obj/x.txt", "vendor/lib/README.md",
                     ".git/description.txt", ".cache/a.md", "docs/.hidden.md", "docs/guide.md", "docs/binder/b.md" })
            folder.Write(name, "A plain sentence.\n");

        var (files, errors) = FileCollector.Collect([folder.Path]);

        Assert.Empty(errors);
        Assert.Equal(["docs/binder/b.md", "docs/guide.md", "draft.md"], Relative(folder, files));
    }

    [Fact]
    public void A_skipped_folder_or_hidden_file_named_on_the_command_line_is_read()
    {
        using var folder = new TempFolder();
        folder.Write("node_modules/pkg/README.md", "A plain sentence.\n");
        var hidden = folder.Write(".notes.md", "A plain sentence.\n");

        var (files, errors) = FileCollector.Collect([Path.Combine(folder.Path, "node_modules"), hidden]);

        Assert.Empty(errors);
        Assert.Equal([".notes.md", "node_modules/pkg/README.md"], Relative(folder, files));
    }

    private static TempFolder Drafts(params string[] names)
    {
        var folder = new TempFolder();
        foreach (var name in names) folder.Write(name, "A plain sentence.\n");
        return folder;
    }

    private static List<string> Walk(TempFolder folder, params string[] excludes)
    {
        var (files, errors) = FileCollector.Collect([folder.Path], excludes);
        Assert.Empty(errors);
        return Relative(folder, files);
    }

    [Fact]
    public void Exclude_globs_are_relative_to_the_walked_folder_and_double_star_spans_folders()
    {
        using var folder = Drafts("a.md", "notes.txt", "drafts/old/x.md", "drafts/new/y.md", "archive/2019/z.md", "deep/er/archive/w.md", "docs/guide.md");

        Assert.Equal(["a.md", "docs/guide.md", "drafts/new/y.md"], Walk(folder, "*.txt", "drafts/old", "archive/"));
        Assert.Equal(["a.md", "docs/guide.md", "drafts/new/y.md", "notes.txt"], Walk(folder, "**/archive/**", "drafts/*/x.md"));
        Assert.Equal(["a.md", "deep/er/archive/w.md", "notes.txt"], Walk(folder, "/archive", "d*s/**", "!/deep/**"));
    }

    [Fact]
    public void A_later_negated_glob_reincludes_a_file()
    {
        using var folder = Drafts("a.md", "b.md", "c.txt");

        Assert.Equal(["b.md", "c.txt"], Walk(folder, "*.md", "!b.md"));
    }

    [Fact]
    public void Exclude_never_drops_a_file_named_on_the_command_line()
    {
        using var folder = Drafts("a.md");

        var (files, _) = FileCollector.Collect([Path.Combine(folder.Path, "a.md")], ["*.md"]);

        Assert.Equal(["a.md"], Relative(folder, files));
    }

    [Fact]
    public void Check_takes_repeated_exclude_options_and_keeps_the_paths_after_them()
    {
        using var folder = Drafts("keep.md", "skip.md", "old/a.md");

        var result = CliRunner.Run("check", "--no-cache", "--exclude", "skip.md", "--exclude", "old", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("No findings in 1 file.", result.Out);
    }

    [Fact]
    public void Fix_and_baseline_take_exclude_as_check_does()
    {
        using var folder = new TempFolder();
        folder.WriteHouseAndWireStylePacks();
        folder.Write("keep.md", "The harbour closed.\n");
        folder.Write("old/archive.md", "The harbour reopened.\n");

        var fix = CliRunner.Run("fix", "--diff", "--exclude", "old/", folder.Path);
        Assert.Equal(1, fix.ExitCode);
        Assert.Contains("-The harbour closed.\n+The harbor closed.\n", fix.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("archive.md", fix.Out, StringComparison.Ordinal);

        var baselineFile = Path.Combine(folder.Path, "baseline.json");
        var baseline = CliRunner.Run("baseline", "create", "--exclude", "old/", folder.Path, "--file", baselineFile);
        Assert.Equal(0, baseline.ExitCode);
        var stored = File.ReadAllText(baselineFile);
        Assert.Contains("\"keep.md\"", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("archive.md", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void Editorconfig_exclude_in_the_root_section_applies_below_its_folder()
    {
        using var folder = Drafts("a.md", "generated/g.md", "sub/b.md", "sub/c.txt", "sub/skip/d.md");
        folder.Write(".editorconfig", "root = true\nrhetlint.exclude = generated/, **/skip\n[*.md]\nrhetlint.profile = news\n");
        folder.Write("sub/.editorconfig", "rhetlint.exclude = *.txt\n");

        Assert.Equal(["a.md", "sub/b.md"], Walk(folder));
        Assert.Equal(["b.md"], Relative(folder, FileCollector.Collect([Path.Combine(folder.Path, "sub")]).Files).Select(p => p[4..]).ToList());
    }

    [Fact]
    public void Editorconfig_exclude_inside_a_section_is_not_read_as_an_exclude()
    {
        using var folder = Drafts("a.md", "b.md");
        folder.Write(".editorconfig", "root = true\n[*.md]\nrhetlint.exclude = a.md\n");

        Assert.Equal(["a.md", "b.md"], Walk(folder));
        var result = CliRunner.Run("check", "--no-cache", folder.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'rhetlint.exclude' belongs in the root section, before any [glob] header", result.Error);
    }

    [Fact]
    public void Gitignore_files_apply_below_their_folder_with_comments_negation_anchors_and_folder_patterns()
    {
        using var folder = Drafts("a.md", "draft.tmp.md", "keep.tmp.md", "build/out.md", "docs/build.md", "docs/b.md", "docs/local/x.md",
            "docs/sub/y.md", "docs/sub/z.txt", "notes/n.md", "cache/c.md", "docs/cache/d.md");
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        folder.Write(".gitignore", "# drafts in progress\n*.tmp.md\n!keep.tmp.md\nbuild/\n/cache\n**/local\n");
        folder.Write("docs/.gitignore", "sub/*.txt\n");

        Assert.Equal(["a.md", "docs/b.md", "docs/build.md", "docs/cache/d.md", "docs/sub/y.md", "keep.tmp.md", "notes/n.md"], Walk(folder));
    }

    [Fact]
    public void Gitignore_files_above_the_walked_folder_apply_up_to_the_work_tree()
    {
        using var folder = Drafts("site/docs/a.md", "site/docs/gen/g.md", "site/docs/b.txt");
        Directory.CreateDirectory(Path.Combine(folder.Path, "site", ".git"));
        folder.Write("site/.gitignore", "gen/\n");
        folder.Write("site/docs/.gitignore", "*.txt\n");
        folder.Write(".gitignore", "*.md\n");

        var (files, errors) = FileCollector.Collect([Path.Combine(folder.Path, "site", "docs")]);

        Assert.Empty(errors);
        Assert.Equal(["site/docs/a.md"], Relative(folder, files));
    }

    [Fact]
    public void Gitignore_is_not_read_outside_a_git_work_tree()
    {
        using var folder = Drafts("a.md", "b.md");
        folder.Write(".gitignore", "a.md\n");

        Assert.Equal(["a.md", "b.md"], Walk(folder));
    }

    [Fact]
    public void A_gitignore_line_that_is_no_usable_pattern_is_ignored_and_the_others_still_apply()
    {
        using var folder = Drafts("a.md", "b.txt", "c.md");
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        folder.Write(".gitignore", "[z-a].md\n*.txt\n" + string.Concat(Enumerable.Repeat("*a", 40)) + "\nc.md\n");

        Assert.Equal(["a.md"], Walk(folder));
    }
}
