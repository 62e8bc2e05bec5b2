using System.Text.RegularExpressions;

namespace CainiaoDashboard.Tests;

/// <summary>
/// The folders show the product and depend on each other one way only: Domain on nothing; Data and Rollups on
/// Domain; Ingest and Simulation on those; each feature on the layers below it and not back; Components (the
/// shell) and Infrastructure (host wiring) on top.
/// </summary>
public sealed class FolderDependenciesTests
{
    private static readonly IReadOnlyList<SourceFile> App = FolderGraph.ReadApp();

    [Fact]
    public void Reads_every_top_level_folder_of_the_app()
    {
        var modules = App.Select(f => FolderGraph.ModuleOf(f.Path, featuresApart: true)).OfType<string>().ToHashSet();
        Assert.Superset(new HashSet<string> { "Domain", "Data", "Rollups", "Ingest", "Simulation", "Shared", "Components", "Infrastructure",
            "Features/Overview", "Features/Parcels", "Features/Complaints", "Features/Executive", "Features/Admin" }, modules);
    }

    [Fact]
    public void Top_level_folders_have_no_dependency_cycle() =>
        AssertNoCycle(FolderGraph.Dependencies(App, featuresApart: false));

    [Fact]
    public void Feature_folders_have_no_dependency_cycle() =>
        AssertNoCycle(FolderGraph.Dependencies(App, featuresApart: true));

    [Fact]
    public void Domain_depends_on_no_other_folder()
    {
        var outgoing = FolderGraph.Dependencies(App, featuresApart: true).Where(d => d.Key.From == "Domain")
            .Select(d => $"{d.Key.To} (in {d.Value})");
        Assert.Empty(outgoing);
    }

    [Fact]
    public void Every_file_declares_the_namespace_of_its_folder()
    {
        var wrong = App.Where(f => f.Path.Contains('/') && f.Path.EndsWith(".cs", StringComparison.Ordinal))
            .Select(f => (f.Path, Declared: Regex.Match(f.Text, @"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline).Groups[1].Value,
                Expected: string.Join('.', [FolderGraph.ProjectNamespace, .. f.Path.Split('/')[..^1]])))
            .Where(f => f.Declared != f.Expected)
            .Select(f => $"{f.Path}: namespace {f.Declared}, folder {f.Expected}");
        Assert.Empty(wrong);
        Assert.DoesNotContain(App, f => f.Path.EndsWith(".razor", StringComparison.Ordinal) && f.Text.Contains("@namespace"));
    }

    [Fact]
    public void A_cycle_through_usings_is_found_and_named()
    {
        SourceFile[] files =
        [
            new("Ingest/Writer.cs", "using CainiaoDashboard.Shared;\nnamespace CainiaoDashboard.Ingest;"),
            new("Shared/Helper.cs", "using CainiaoDashboard.Domain;\nnamespace CainiaoDashboard.Shared;"),
            new("Domain/Rule.cs", "namespace CainiaoDashboard.Domain;\nclass Rule { CainiaoDashboard.Ingest.Writer? writer; }"),
        ];

        var cycle = FolderGraph.FindCycle(FolderGraph.Dependencies(files, featuresApart: false).Keys);

        Assert.Equal(["Domain", "Ingest", "Shared", "Domain"], cycle);
    }

    [Fact]
    public void A_cycle_between_features_through_an_imports_file_is_found()
    {
        SourceFile[] files =
        [
            new("Features/Overview/_Imports.razor", "@using CainiaoDashboard.Features.Parcels"),
            new("Features/Overview/Overview.razor", "<ParcelLink />"),
            new("Features/Parcels/ParcelQuery.cs", "using CainiaoDashboard.Features.Overview;\nnamespace CainiaoDashboard.Features.Parcels;"),
        ];

        Assert.Null(FolderGraph.FindCycle(FolderGraph.Dependencies(files, featuresApart: false).Keys));
        Assert.Equal(["Features/Overview", "Features/Parcels", "Features/Overview"],
            FolderGraph.FindCycle(FolderGraph.Dependencies(files, featuresApart: true).Keys));
    }

    private static void AssertNoCycle(IReadOnlyDictionary<(string From, string To), string> dependencies)
    {
        var cycle = FolderGraph.FindCycle(dependencies.Keys);
        Assert.True(cycle is null, cycle is null ? "" : "Folder cycle: " + string.Join(" -> ",
            cycle.Zip(cycle.Skip(1)).Select(step => $"{step.First} (in {dependencies[(step.First, step.Second)]})").Append(cycle[^1])));
    }
}
