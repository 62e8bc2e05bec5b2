using CainiaoDashboard.Domain;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Shared;

/// <summary>
/// The shared words of the pages (statuses, lateness, parties) in the reader's language, for the static helpers that name
/// them and cannot be given an <see cref="IStringLocalizer"/>: <c>Resources/Shared/Labels.zh-CN.resx</c>, English text as
/// the key, read in the current thread's UI culture (a circuit's, or a shared render's, which is keyed by culture).
/// </summary>
public static class Labels
{
    private static readonly IStringLocalizer Text = Translations.For(typeof(Labels));

    /// <summary>The English words in the reader's language (as they are where no translation exists).</summary>
    public static string Of(string english) => Text[english];

    /// <summary>The English words with values (<c>{0}</c>, formatted in the reader's culture), in the reader's language.</summary>
    public static string Of(string english, params object[] values) => Text[english, values];

    /// <summary>Whether the words have a translation in the reader's language (English always has).</summary>
    public static bool IsTranslated(string english) => !Text[english].ResourceNotFound;

    /// <summary>A role (<see cref="Roles"/>) by its name in the reader's language; the stored role stays the English word.</summary>
    public static string RoleName(string role) => Of(role);

    /// <summary>A carrier's, hub's, region's, service's or channel's name in the reader's language.</summary>
    public static string NameOf(ICodedEntity entity) => Of(entity.Name);
}
