using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Shared;

/// <summary>
/// Every text the app asks its localizers for by a literal key has its Chinese in the resource file of the type it asks
/// with (read from the sources, so a text added without its translation fails here before any page is opened), and a
/// text shown untranslated in Chinese is noted for the tests that walk the pages.
/// </summary>
public sealed partial class TranslationsTests
{
    private static readonly IReadOnlyList<SourceFile> App = FolderGraph.ReadApp();

    [Fact]
    public void Every_text_asked_for_by_its_english_has_its_chinese()
    {
        var missing = new List<string>();
        var askers = AskersOf(App).ToList();
        Assert.NotEmpty(askers);
        foreach (var (file, localizer, type) in askers)
        {
            var resource = ResourceOf(type);
            var chinese = File.Exists(resource) ? ChineseTexts(resource) : [];
            foreach (var key in KeysAsked(file.Text, localizer))
            {
                if (!chinese.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
                {
                    missing.Add($"{file.Path}: \"{key}\" has no Chinese in {Path.GetRelativePath(FolderGraph.AppFolder(), resource)}");
                }
            }

            if (Regex.IsMatch(file.Text, $@"\b{localizer}\[\$"))
            {
                missing.Add($"{file.Path}: a key made with $\"...\" cannot be translated; pass the values as arguments");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void No_resource_file_holds_two_texts_that_differ_only_in_case()
    {
        // Compiled resources find names without regard to case, so one of the two would silently stand for both.
        var resources = Directory.EnumerateFiles(Path.Combine(FolderGraph.AppFolder(), "Resources"), "*.resx", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(resources);
        var clashes = resources.SelectMany(resource => ChineseTexts(resource).Keys
                .GroupBy(key => key, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => $"{Path.GetFileName(resource)}: {string.Join(" / ", g)}"))
            .ToList();
        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }

    [Fact]
    public void Every_translation_holds_the_places_of_its_english()
    {
        // A place dropped or mistyped would show the wrong figure or none (a translation may move them: Chinese often puts
        // the who before the when). MudBlazor's texts are keyed by name, not by their English.
        var wrong = Directory.EnumerateFiles(Path.Combine(FolderGraph.AppFolder(), "Resources"), "*.zh-CN.resx", SearchOption.AllDirectories)
            .Where(resource => !resource.EndsWith("MudTexts.zh-CN.resx", StringComparison.Ordinal))
            .SelectMany(resource => ChineseTexts(resource)
                .Where(text => !Places(text.Key).Order().SequenceEqual(Places(text.Value).Order()))
                .Select(text => $"{Path.GetFileName(resource)}: \"{text.Key}\" → \"{text.Value}\""))
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static IEnumerable<string> Places(string text) => Regex.Matches(text, @"\{\d+(:[^}]*)?\}").Select(m => m.Value);

    [Fact]
    public void A_text_without_its_chinese_is_noted_when_shown_in_chinese_and_not_in_english()
    {
        var english = $"Not translated {Guid.NewGuid():N}";
        var chineseOnly = $"Not translated either {Guid.NewGuid():N}";
        var text = Translations.For<TranslationsTests>();
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = DashboardCulture.English;
            Assert.Equal(english, text[english].Value);
            CultureInfo.CurrentUICulture = DashboardCulture.Chinese;
            Assert.Equal(chineseOnly, text[chineseOnly].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }

        Assert.Contains($"{nameof(TranslationsTests)}: {chineseOnly}", Translations.Missing);
        Assert.DoesNotContain(Translations.Missing, m => m.Contains(english, StringComparison.Ordinal));
    }

    /// <summary>
    /// Components that inject <c>IStringLocalizer&lt;T&gt; L</c>, and classes holding <c>X = Translations.For&lt;T&gt;()</c> or
    /// <c>X = Translations.For(typeof(T))</c> (static classes cannot be type arguments).
    /// </summary>
    private static IEnumerable<(SourceFile File, string Localizer, string Type)> AskersOf(IEnumerable<SourceFile> files)
    {
        foreach (var file in files)
        {
            foreach (Match m in InjectedLocalizer().Matches(file.Text))
            {
                yield return (file, m.Groups["name"].Value, m.Groups["type"].Value);
            }

            foreach (Match m in StaticLocalizer().Matches(file.Text))
            {
                yield return (file, m.Groups["name"].Value, m.Groups["type"].Value);
            }
        }
    }

    private static IEnumerable<string> KeysAsked(string source, string localizer) =>
        Regex.Matches(source, $@"\b{localizer}\[""(?<key>(?:[^""\\]|\\.)*)""").Select(m => Regex.Unescape(m.Groups["key"].Value));

    /// <summary>Resources/&lt;folder of the file that declares the type&gt;/&lt;Type&gt;.zh-CN.resx.</summary>
    private static string ResourceOf(string type)
    {
        var declaring = App.FirstOrDefault(f => Path.GetFileName(f.Path) == $"{type}.razor")
            ?? App.FirstOrDefault(f => Regex.IsMatch(f.Text, $@"\b(class|record|struct)\s+{type}\b"))
            ?? throw new InvalidOperationException($"No file declares {type}.");
        var folder = Path.GetDirectoryName(declaring.Path) ?? "";
        return Path.Combine(FolderGraph.AppFolder(), "Resources", folder, $"{type}.zh-CN.resx");
    }

    private static Dictionary<string, string> ChineseTexts(string resource) =>
        XDocument.Load(resource).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [GeneratedRegex(@"@inject\s+IStringLocalizer<(?<type>\w+)>\s+(?<name>\w+)")]
    private static partial Regex InjectedLocalizer();

    [GeneratedRegex(@"(?<name>\w+)\s*=\s*Translations\.For(<(?<type>\w+)>\(\)|\(typeof\((?<type>\w+)\)\))")]
    private static partial Regex StaticLocalizer();
}
