using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Simulation;

/// <summary>City names as carriers print them: Chinese for domestic carriers, English for partners.</summary>
internal static class HubNames
{
    private static readonly Dictionary<string, (string Chinese, string English)> ByCode = new()
    {
        ["HGH"] = ("杭州", "HANGZHOU"),
        ["SHA"] = ("上海", "SHANGHAI"),
        ["YIW"] = ("义乌", "YIWU"),
        ["CAN"] = ("广州", "GUANGZHOU"),
        ["SZX"] = ("深圳", "SHENZHEN"),
        ["PEK"] = ("北京", "BEIJING"),
        ["WUH"] = ("武汉", "WUHAN"),
        ["CTU"] = ("成都", "CHENGDU"),
        ["LAX"] = ("洛杉矶", "LOS ANGELES CA"),
        ["JFK"] = ("纽约", "NEW YORK NY"),
        ["SIN"] = ("新加坡", "SINGAPORE"),
        ["MAD"] = ("马德里", "MADRID"),
        ["GRU"] = ("圣保罗", "SAO PAULO"),
    };

    public static string Chinese(int hubId) => hubId == 0 ? "" : Lookup(hubId).Chinese;

    public static string English(int hubId) => hubId == 0 ? "" : Lookup(hubId).English;

    private static (string Chinese, string English) Lookup(int hubId)
    {
        var hub = ReferenceData.Hub(hubId);
        return ByCode.TryGetValue(hub.Code, out var names) ? names : (hub.Name, hub.Name.ToUpperInvariant());
    }
}
