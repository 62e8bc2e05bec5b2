using System.Globalization;
using System.Text;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Event ids, tracking numbers and status codes are trimmed, and refused when nothing visible is left or
/// when they hide control or invisible characters: a zero-width space makes two ids that look alike differ.
/// </summary>
public static class IdentifierText
{
    // Letters that render as blanks; Unicode files them as letters or symbols, not as spaces.
    private static readonly HashSet<int> BlankGlyphs = [0x115F, 0x1160, 0x2800, 0x3164, 0xFFA0];

    /// <summary>The trimmed value, or the reason it is refused.</summary>
    public static string? Check(string field, string? value, out string normalised)
    {
        normalised = value?.Trim() ?? "";
        if (normalised.Length == 0) return $"missing field: {field}";
        // Printable ASCII, what ids nearly always are, is visible once trimmed and hides nothing: no need to read it rune by rune.
        if (!normalised.AsSpan().ContainsAnyExceptInRange(' ', '~')) return null;
        if (!HasVisibleCharacter(normalised)) return $"{field} has no visible characters";
        if (HasHiddenCharacter(normalised)) return $"{field} contains control or invisible characters";
        return null;
    }

    private static bool HasVisibleCharacter(string value) => Runes(value).Any(rune => rune is { } r && !IsHidden(r) && !Rune.IsWhiteSpace(r));

    /// <summary>A plain space inside a value is allowed; any other blank, control or broken character is not.</summary>
    private static bool HasHiddenCharacter(string value) => Runes(value).Any(rune => rune is not { } r || IsHidden(r) || (Rune.IsWhiteSpace(r) && r.Value != ' '));

    private static bool IsHidden(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
        || BlankGlyphs.Contains(rune.Value);

    /// <summary>The value's characters; null for a lone surrogate.</summary>
    private static IEnumerable<Rune?> Runes(string value)
    {
        for (var i = 0; i < value.Length;)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                yield return rune;
            }
            else
            {
                yield return null;
            }

            i += consumed;
        }
    }
}
