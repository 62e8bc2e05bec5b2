using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Shared;

/// <summary>
/// The one source of the pages' words in the reader's language: <c>Resources/&lt;namespace path&gt;/&lt;Type&gt;.zh-CN.resx</c>,
/// the English text being the key (so English needs no file). Components get it through <see cref="IStringLocalizer{T}"/>
/// (the factory below); static helpers that word cached figures, and so cannot be injected, call <see cref="For{T}"/>.
/// Both note every English text asked for in another language that has no translation (<see cref="Missing"/>), which the
/// tests that walk every page in Chinese read.
/// </summary>
public static class Translations
{
    private static readonly ResourceManagerStringLocalizerFactory Resources = new(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    private static readonly ConcurrentDictionary<string, byte> MissingTexts = new();

    public static IStringLocalizer For<T>() => For(typeof(T));

    public static IStringLocalizer For(Type type) => new Recording(Resources.Create(type), type.Name);

    /// <summary>"Type: English text" for each text shown untranslated in the dashboard's other languages since start-up.</summary>
    public static IReadOnlyCollection<string> Missing => [.. MissingTexts.Keys.Order()];

    private sealed class Recording(IStringLocalizer inner, string owner) : IStringLocalizer
    {
        public LocalizedString this[string name] => Noted(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Noted(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Noted(LocalizedString text)
        {
            if (text.ResourceNotFound && DashboardCulture.Find(CultureInfo.CurrentUICulture.Name) is { } language && language != DashboardCulture.English)
            {
                MissingTexts.TryAdd($"{owner}: {text.Name}", 0);
            }

            return text;
        }
    }
}

/// <summary>What <see cref="IStringLocalizer{T}"/> in a component reads through: <see cref="Translations"/>.</summary>
public sealed class TranslationsFactory : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => Translations.For(resourceSource);

    public IStringLocalizer Create(string baseName, string location) =>
        throw new NotSupportedException("The dashboard's texts are found by type: inject IStringLocalizer<TComponent>.");
}
