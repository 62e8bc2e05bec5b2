using System.Collections.Frozen;

namespace CainiaoDashboard.Ingest.Webhooks;

/// <summary>The push formats the carriers' webhook door reads, by their name in the route (any case).</summary>
public static class WebhookFormats
{
    public static readonly IReadOnlyList<WebhookFormat> All = [new Kuaidi100Format(), new UspsV3Format(), new AfterShipFormat(), new EasyPostFormat()];

    private static readonly FrozenDictionary<string, WebhookFormat> ByName =
        All.ToFrozenDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    public static WebhookFormat? Find(string name) => ByName.GetValueOrDefault(name);
}
