namespace CainiaoDashboard.Domain;

/// <summary>A scan that stops the carrier's clock: whose time follows it, and whether only a delivery scan ends the wait.</summary>
public readonly record struct ClockStopRule(ParcelStatus Status, ParcelSubStatus? SubStatus, LateParty Party, bool UntilDelivery);

/// <summary>The clock-stop rules, from the reviewed table <c>Domain/clock-stops.csv</c> (built into the assembly).</summary>
public static class ClockStops
{
    private const string AnySubStatus = "*";

    public static readonly IReadOnlyList<ClockStopRule> All = Parse(ReviewedTables.Read("clock-stops.csv"));

    /// <summary>The rule the scan falls under (a rule for its sub-status before one for any), or null when it stops no clock.</summary>
    public static ClockStopRule? For(ParcelStatus status, ParcelSubStatus subStatus)
    {
        ClockStopRule? any = null;
        foreach (var rule in All)
        {
            if (rule.Status != status) continue;
            if (rule.SubStatus == subStatus) return rule;
            if (rule.SubStatus is null) any = rule;
        }

        return any;
    }

    /// <summary>Reads the table; an unknown status, sub-status, party or end, or a scan listed twice, stops start-up with the line.</summary>
    public static List<ClockStopRule> Parse(string text)
    {
        var rules = new List<ClockStopRule>();
        foreach (var line in ReviewedTables.Rows(text))
        {
            InvalidOperationException Bad(string why) => new($"clock-stops.csv: {why}: {line}");
            var (statusName, subName, partyName, until) = line.Split(',') is [var st, var su, var p, var u] ? (st, su, p, u) : throw Bad("a line needs four fields");
            if (!Enum.TryParse<ParcelStatus>(statusName, out var status) || !Enum.IsDefined(status) || !char.IsLetter(statusName[0])) throw Bad("unknown status");
            ParcelSubStatus? sub = null;
            if (subName != AnySubStatus)
            {
                if (!Enum.TryParse<ParcelSubStatus>(subName, out var parsed) || !Enum.IsDefined(parsed) || !char.IsLetter(subName[0])) throw Bad("unknown sub-status");
                sub = parsed;
            }

            if (!Enum.TryParse<LateParty>(partyName, out var party) || !Enum.IsDefined(party) || !char.IsLetter(partyName[0])) throw Bad("unknown party");
            var untilDelivery = until switch
            {
                "next-delivery" => true,
                "next-scan" => false,
                _ => throw Bad("until is next-scan or next-delivery"),
            };
            if (rules.Any(r => r.Status == status && r.SubStatus == sub)) throw Bad("the scan is listed already");
            rules.Add(new ClockStopRule(status, sub, party, untilDelivery));
        }

        return rules;
    }
}
