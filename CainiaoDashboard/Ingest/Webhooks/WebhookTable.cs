using System.Collections.Frozen;
using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest.Webhooks;

/// <summary>
/// A format's mapping table, kept as data beside its adapter (<c>Ingest/Webhooks/Tables/&lt;format&gt;.csv</c>, built into
/// the assembly) so that a reviewer reads it without the code. Lines, any case for keys:
/// <c>status,&lt;code&gt;,&lt;ParcelStatus&gt;[,&lt;ParcelSubStatus&gt;]</c> for the sender's codes,
/// <c>hub,&lt;place&gt;,&lt;hub code&gt;</c> for the places that are one of the platform's hubs (each adapter says what its place
/// key is), <c>partner,&lt;sender's carrier name&gt;,&lt;carrier code&gt;</c> for hand-over partners; <c>#</c> starts a comment.
/// A code not in the table is <see cref="ParcelStatus.Unknown"/>: stored with its raw text, never guessed.
/// </summary>
public sealed class WebhookTable
{
    private readonly FrozenDictionary<string, (ParcelStatus, ParcelSubStatus)> statuses;
    private readonly FrozenDictionary<string, int> hubs;
    private readonly FrozenDictionary<string, int> partners;

    private WebhookTable(
        Dictionary<string, (ParcelStatus, ParcelSubStatus)> statuses, Dictionary<string, int> hubs, Dictionary<string, int> partners)
    {
        this.statuses = statuses.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        this.hubs = hubs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        this.partners = partners.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IEnumerable<string> Codes => statuses.Keys;

    /// <summary>The code's normalised status, or <see cref="ParcelStatus.Unknown"/> for a code the table does not hold.</summary>
    public (ParcelStatus Status, ParcelSubStatus SubStatus) StatusOf(string? code) =>
        code is not null && statuses.TryGetValue(code.Trim(), out var meaning) ? meaning : (ParcelStatus.Unknown, ParcelSubStatus.None);

    public bool Maps(string? code) => code is not null && statuses.ContainsKey(code.Trim());

    public int? HubAt(string? place) => place is not null && hubs.TryGetValue(place.Trim(), out var id) ? id : null;

    public int? PartnerNamed(string? name) => name is not null && partners.TryGetValue(name.Trim(), out var id) ? id : null;

    public static WebhookTable Load(string format)
    {
        var resource = $"CainiaoDashboard.Ingest.Webhooks.Tables.{format}.csv";
        using var stream = typeof(WebhookTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"No mapping table {resource} in the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(format, reader.ReadToEnd());
    }

    /// <summary>Reads a table's text; a line that does not name a known status, sub-status, hub or carrier stops start-up.</summary>
    public static WebhookTable Parse(string format, string text)
    {
        var statuses = new Dictionary<string, (ParcelStatus, ParcelSubStatus)>(StringComparer.OrdinalIgnoreCase);
        var hubs = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var partners = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split(',').Select(f => f.Trim()).ToArray();
            InvalidOperationException Bad(string why) => new($"{format}.csv line {lineNumber}: {why}: {line}");
            if (fields.Length < 3) throw Bad("a line needs a kind, a key and a value");

            var (kind, key) = (fields[0], fields[1]);
            var added = kind switch
            {
                "status" => statuses.TryAdd(key, StatusOf(fields, Bad)),
                "hub" => hubs.TryAdd(key, ReferenceData.Hubs.FirstOrDefault(h => h.Code == fields[2])?.Id ?? throw Bad("unknown hub")),
                "partner" => partners.TryAdd(key, ReferenceData.Carriers.FirstOrDefault(c => c.Code == fields[2] && ReferenceData.IsCrossBorderPartner(c.Id))?.Id
                    ?? throw Bad("not a hand-over partner")),
                _ => throw Bad("unknown kind"),
            };
            if (!added) throw Bad("the key is already in the table");
        }

        return new WebhookTable(statuses, hubs, partners);
    }

    private static (ParcelStatus, ParcelSubStatus) StatusOf(string[] fields, Func<string, Exception> bad)
    {
        if (!Enum.TryParse<ParcelStatus>(fields[2], out var status) || !Enum.IsDefined(status) || status is ParcelStatus.Pending or ParcelStatus.Unknown)
        {
            throw bad("not a status a scan can have");
        }

        var subStatus = ParcelSubStatus.None;
        if (fields.Length > 3 && fields[3].Length > 0 && (!Enum.TryParse(fields[3], out subStatus) || !Enum.IsDefined(subStatus) || !subStatus.Fits(status)))
        {
            throw bad("not a sub-status of that status");
        }

        return (status, subStatus);
    }
}
