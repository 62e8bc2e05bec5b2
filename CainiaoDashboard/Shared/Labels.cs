using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Shared;

/// <summary>
/// The shared words of the pages (statuses, lateness, parties) in the reader's language, for the static helpers that name
/// them and cannot be given an <see cref="IStringLocalizer"/>: <c>Resources/Shared/Labels.zh-CN.resx</c>, English text as
/// the key, read in the current thread's UI culture (a circuit's, or a shared render's, which is keyed by culture).
/// </summary>
public static class Labels
{
    private static readonly IStringLocalizer Text = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(Labels));

    /// <summary>The English words in the reader's language (as they are where no translation exists).</summary>
    public static string Of(string english) => Text[english];

    /// <summary>Whether the words have a translation in the reader's language (English always has).</summary>
    public static bool IsTranslated(string english) => !Text[english].ResourceNotFound;
}
