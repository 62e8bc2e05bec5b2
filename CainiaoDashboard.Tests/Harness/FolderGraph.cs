using System.Text.RegularExpressions;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>One source file of the app: its path below the project folder ('/'-separated) and its text.</summary>
public sealed record SourceFile(string Path, string Text);

/// <summary>
/// Which folders of the app depend on which, read from the project namespaces each file names (its <c>using</c>
/// directives, fully qualified names and, for Razor files, the <c>_Imports.razor</c> files above it). Every
/// top-level folder is one module; with <c>featuresApart</c> each folder under <c>Features/</c> is a module of its own.
/// </summary>
public static partial class FolderGraph
{
    public const string ProjectNamespace = "CainiaoDashboard";

    /// <summary>The app's own sources, without build output, npm packages and generated migrations.</summary>
    public static IReadOnlyList<SourceFile> ReadApp()
    {
        var root = AppFolder();
        return [.. Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !IsGeneratedOrExternal(path))
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile(path, File.ReadAllText(Path.Combine(root, path))))];
    }

    public static string AppFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CainiaoDashboard.sln"))) return Path.Combine(dir.FullName, ProjectNamespace);
        }
        throw new InvalidOperationException($"No CainiaoDashboard.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The module a file belongs to, or null for files at the project root (Program.cs is the composition root).</summary>
    public static string? ModuleOf(string path, bool featuresApart)
    {
        var folders = path.Split('/')[..^1];
        if (folders.Length == 0) return null;
        if (folders[0] != "Features" || !featuresApart) return folders[0];
        return folders.Length > 1 ? "Features/" + folders[1] : null;
    }

    /// <summary>Each dependency between two modules, with one file that makes it.</summary>
    public static IReadOnlyDictionary<(string From, string To), string> Dependencies(IReadOnlyList<SourceFile> files, bool featuresApart)
    {
        var modules = files.Select(f => f.Path.Split('/')).Where(p => p.Length > 1).Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
        var imports = files.Where(f => f.Path.EndsWith("_Imports.razor", StringComparison.Ordinal))
            .ToDictionary(f => f.Path[..^"_Imports.razor".Length], f => f.Text, StringComparer.Ordinal);
        var edges = new SortedDictionary<(string, string), string>();
        foreach (var file in files.Where(f => !f.Path.EndsWith("_Imports.razor", StringComparison.Ordinal)))
        {
            if (ModuleOf(file.Path, featuresApart) is not { } from) continue;
            foreach (Match reference in ProjectReference().Matches(EffectiveText(file, imports)))
            {
                var top = reference.Groups["top"].Value;
                if (!modules.Contains(top)) continue;
                var to = top == "Features" && featuresApart && reference.Groups["sub"].Success ? "Features/" + reference.Groups["sub"].Value : top;
                if (to != from) edges.TryAdd((from, to), file.Path);
            }
        }
        return edges;
    }

    /// <summary>A cycle as the modules along it, first and last the same; null when there is none.</summary>
    public static IReadOnlyList<string>? FindCycle(IEnumerable<(string From, string To)> dependencies)
    {
        var next = dependencies.GroupBy(d => d.From).ToDictionary(g => g.Key, g => g.Select(d => d.To).Order(StringComparer.Ordinal).ToList());
        var done = new HashSet<string>();
        var path = new List<string>();
        foreach (var start in next.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle) return cycle;
        }
        return null;

        List<string>? Visit(string module)
        {
            var onPath = path.IndexOf(module);
            if (onPath >= 0) return [.. path[onPath..], module];
            if (!done.Add(module)) return null;
            path.Add(module);
            foreach (var target in next.GetValueOrDefault(module) ?? [])
            {
                if (Visit(target) is { } cycle) return cycle;
            }
            path.RemoveAt(path.Count - 1);
            return null;
        }
    }

    private static string EffectiveText(SourceFile file, Dictionary<string, string> imports)
    {
        var text = NamespaceDeclaration().Replace(file.Text, "");
        if (!file.Path.EndsWith(".razor", StringComparison.Ordinal)) return text;
        var folders = file.Path.Split('/')[..^1];
        for (var depth = 0; depth <= folders.Length; depth++)
        {
            var folder = string.Concat(folders[..depth].Select(f => f + "/"));
            if (imports.TryGetValue(folder, out var imported)) text += "\n" + imported;
        }
        return text;
    }

    private static bool IsGeneratedOrExternal(string path) =>
        path.Split('/') is var parts
        && (parts.Any(p => p is "bin" or "obj" or "node_modules" or "wwwroot") || path.StartsWith("Data/Migrations/", StringComparison.Ordinal)
            || path.StartsWith("Data/Postgres/Migrations/", StringComparison.Ordinal));

    [GeneratedRegex(@"\bCainiaoDashboard\.(?<top>[A-Z]\w*)(?:\.(?<sub>[A-Z]\w*))?")]
    private static partial Regex ProjectReference();

    [GeneratedRegex(@"^\s*namespace\s+[\w.]+\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
