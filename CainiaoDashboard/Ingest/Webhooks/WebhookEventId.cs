using System.Security.Cryptography;
using System.Text;

namespace CainiaoDashboard.Ingest.Webhooks;

/// <summary>
/// A stable event id for formats whose scans carry none: the format's name and the first 128 bits of the SHA-256 of the
/// scan's identifying fields (each adapter documents which), in order, separated by U+001F. The same scan delivered
/// again, alone or with others, in any order, gets the same id, so the writer stores it once.
/// </summary>
public static class WebhookEventId
{
    public static string From(string format, params ReadOnlySpan<string?> fields)
    {
        var text = new StringBuilder();
        foreach (var field in fields) text.Append(field?.Trim()).Append('\u001f');
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return $"{format}:{Convert.ToHexStringLower(hash.AsSpan(0, 16))}";
    }
}
