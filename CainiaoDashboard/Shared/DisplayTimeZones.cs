using System.Globalization;
using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Shared;

/// <summary>
/// Time zones a viewer can show times in (every time on screen carries its zone's label). China Standard
/// Time is the default: it is the operations day. The others are the overseas gateways' zones and UTC.
/// </summary>
public static class DisplayTimeZones
{
    public sealed record Zone(string Key, string EnglishLabel, TimeZoneInfo Info)
    {
        /// <summary>The zone's name in the reader's language.</summary>
        public string Label => Labels.Of(EnglishLabel);

        public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Info);

        /// <summary>
        /// The zone's short label at that moment, e.g. "CST", "UTC", "UTC−08:00". It depends on the zone alone, so a
        /// hub in Shanghai and the page's China Standard Time carry the same label.
        /// </summary>
        public string Abbreviation(DateTime utc)
        {
            if (Info.Id == OperationsCalendar.ChinaStandardTime.Id) return "CST";
            if (Info.Id == TimeZoneInfo.Utc.Id) return "UTC";
            var offset = Info.GetUtcOffset(utc);
            return $"UTC{(offset < TimeSpan.Zero ? "−" : "+")}{offset.Duration():hh\\:mm}";
        }

        public string Format(DateTime utc, string pattern = "HH:mm") =>
            ToLocal(utc).ToString(pattern, CultureInfo.InvariantCulture) + " " + Abbreviation(utc);

        /// <summary>Date and time in the current culture's short patterns (yyyy-MM-dd HH:mm by default) and the zone's label.</summary>
        public string FormatDateTime(DateTime utc) =>
            ToLocal(utc).ToString("g", CultureInfo.CurrentCulture) + " " + Abbreviation(utc);

        /// <summary>Time of day with seconds in the current culture (HH:mm:ss by default) and the zone's label.</summary>
        public string FormatTime(DateTime utc) =>
            ToLocal(utc).ToString("T", CultureInfo.CurrentCulture) + " " + Abbreviation(utc);
    }

    public static readonly Zone ChinaStandardTime = new("CST", "China Standard Time (Beijing)", OperationsCalendar.ChinaStandardTime);

    public static readonly IReadOnlyList<Zone> All =
    [
        ChinaStandardTime,
        new("UTC", "Coordinated Universal Time", TimeZoneInfo.Utc),
        new("LA", "Los Angeles", TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")),
        new("NY", "New York", TimeZoneInfo.FindSystemTimeZoneById("America/New_York")),
        new("MAD", "Madrid", TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid")),
        new("SIN", "Singapore", TimeZoneInfo.FindSystemTimeZoneById("Asia/Singapore")),
        new("SAO", "São Paulo", TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo")),
    ];

    /// <summary>The zone for a query-string key; unknown or missing keys fall back to China Standard Time.</summary>
    public static Zone FromKey(string? key) =>
        All.FirstOrDefault(z => string.Equals(z.Key, key, StringComparison.OrdinalIgnoreCase)) ?? ChinaStandardTime;
}
