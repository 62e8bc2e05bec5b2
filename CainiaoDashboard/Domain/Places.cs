namespace CainiaoDashboard.Domain;

/// <summary>
/// Provinces of mainland China and destination countries, each in its region of the network, read from the reviewed
/// table <c>Domain/places.csv</c> (built into the assembly). A registration names places; lanes join regions.
/// </summary>
public static class Places
{
    public const string China = "CN";

    private static readonly (Dictionary<string, Region> Provinces, Dictionary<string, Region> Countries) Table = Load();

    /// <summary>What may follow a province's Chinese name: province, municipality, autonomous region (with its people).</summary>
    private static readonly string[] AdministrativeSuffixes = ["省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区"];

    /// <summary>Every province by its English name, as the table spells it.</summary>
    public static IEnumerable<string> ProvinceNames => Table.Provinces.Keys.Where(name => name.All(char.IsAscii)).Order();

    /// <summary>Every country with a lane, by ISO code (China included).</summary>
    public static IEnumerable<string> CountryCodes => Table.Countries.Keys.Append(China).Order();

    /// <summary>The region of a province of mainland China, by English or Chinese name (省, 市 and 自治区 may follow).</summary>
    public static Region? ProvinceRegion(string name)
    {
        var trimmed = name.Trim();
        foreach (var suffix in AdministrativeSuffixes)
        {
            if (trimmed.Length > suffix.Length && trimmed.EndsWith(suffix, StringComparison.Ordinal))
            {
                var shorter = trimmed[..^suffix.Length];
                if (Table.Provinces.TryGetValue(shorter, out var region)) return region;
            }
        }

        return Table.Provinces.GetValueOrDefault(trimmed);
    }

    /// <summary>The region of a destination country other than China, by ISO 3166-1 alpha-2 code.</summary>
    public static Region? CountryRegion(string code) => Table.Countries.GetValueOrDefault(code.Trim());

    private static (Dictionary<string, Region>, Dictionary<string, Region>) Load()
    {
        var provinces = new Dictionary<string, Region>(StringComparer.OrdinalIgnoreCase);
        var countries = new Dictionary<string, Region>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ReviewedTables.Rows(ReviewedTables.Read("places.csv")))
        {
            var (kind, name, chinese, regionCode) = line.Split(',') is [var k, var n, var c, var r]
                ? (k, n, c, r)
                : throw new InvalidOperationException($"places.csv: a line needs four fields: {line}");
            var region = ReferenceData.Regions.SingleOrDefault(r => r.Code == regionCode)
                ?? throw new InvalidOperationException($"places.csv: unknown region {regionCode}");
            var into = kind switch
            {
                "province" => provinces,
                "country" => countries,
                _ => throw new InvalidOperationException($"places.csv: unknown kind {kind}"),
            };
            into.Add(name, region);
            if (kind == "province") into.Add(chinese, region);
        }

        return (provinces, countries);
    }
}
