using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Simulation;
using CainiaoDashboard.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Features.Complaints;

/// <summary>Filters of <c>/complaints</c>, in the address: <c>state=unresolved|Open|InProgress|Resolved|Rejected</c>, <c>category</c>, <c>carrier</c>, <c>valid=yes|no</c>.</summary>
public sealed record ComplaintListFilter
{
    // The warnings about the address, in the reader's language.
    private static readonly IStringLocalizer Text = Translations.For<ComplaintListFilter>();

    public bool UnresolvedOnly { get; init; }
    public ComplaintState? State { get; init; }
    public ComplaintCategory? Category { get; init; }
    public int? CarrierId { get; init; }
    public bool? Valid { get; init; }

    public static (ComplaintListFilter Filter, IReadOnlyList<string> Problems) Parse(string? state, string? category, string? carrier, string? valid)
    {
        var problems = new List<string>();
        var filter = new ComplaintListFilter();
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (string.Equals(state.Trim(), "unresolved", StringComparison.OrdinalIgnoreCase)) filter = filter with { UnresolvedOnly = true };
            else if (state.Trim().All(char.IsAsciiLetter) && Enum.TryParse<ComplaintState>(state.Trim(), true, out var s)) filter = filter with { State = s };
            else problems.Add(Text["Unknown complaint state \"{0}\" in the address was ignored.", Truncate(state)]);
        }

        if (!string.IsNullOrWhiteSpace(category))
        {
            if (category.Trim().All(char.IsAsciiLetter) && Enum.TryParse<ComplaintCategory>(category.Trim(), true, out var c)) filter = filter with { Category = c };
            else problems.Add(Text["Unknown complaint category \"{0}\" in the address was ignored.", Truncate(category)]);
        }

        if (!string.IsNullOrWhiteSpace(carrier))
        {
            var match = ReferenceData.Carriers.FirstOrDefault(x => string.Equals(x.Code, carrier.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is not null) filter = filter with { CarrierId = match.Id };
            else problems.Add(Text["Unknown carrier \"{0}\" in the address was ignored.", Truncate(carrier)]);
        }

        if (!string.IsNullOrWhiteSpace(valid))
        {
            switch (valid.Trim().ToLowerInvariant())
            {
                case "yes" or "true": filter = filter with { Valid = true }; break;
                case "no" or "false": filter = filter with { Valid = false }; break;
                default: problems.Add(Text["The valid filter \"{0}\" in the address was ignored; use yes or no.", Truncate(valid)]); break;
            }
        }

        return (filter, problems);
    }

    public string? StateKey => UnresolvedOnly ? "unresolved" : State?.ToString();
    public string? CarrierCode => ReferenceData.Carriers.FirstOrDefault(c => c.Id == CarrierId)?.Code;

    private static string Truncate(string value) => value.Length <= 24 ? value : value[..24] + "…";
}

public sealed record ComplaintRow(
    long Id, string TrackingNumber, string CarrierCode, ComplaintCategory Category, ContactChannel ContactChannel, ComplaintState State,
    bool IsValid, DateTime OpenedUtc, DateTime UpdatedUtc, string UpdatedBy, string Description, bool IsOverdue);

public sealed record ComplaintCounts(
    int Total, int Overdue, IReadOnlyList<(ComplaintCategory Category, int Count)> ByCategory, IReadOnlyList<(string CarrierCode, int Count)> ByCarrier);

/// <summary>The complaints list with counts per category and carrier; descriptions masked in the query when personal data may not be shown.</summary>
public sealed class ComplaintListQuery(IDbContextFactory<CainiaoDbContext> contexts, IOptions<SimulatorOptions>? simulator = null)
{
    public async Task<(IReadOnlyList<ComplaintRow> Rows, int Count)> PageAsync(
        ComplaintListFilter filter, int skip, int take, DateTime nowUtc, bool includePersonalData, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var complaints = Filtered(db, filter);
        var count = await complaints.CountAsync(cancellationToken);
        var overdueBefore = nowUtc - ComplaintRules.OverdueAfter;
        var rows = await complaints
            .OrderByDescending(c => c.OpenedUtc).ThenByDescending(c => c.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .Join(db.Parcels, c => c.ParcelId, p => p.Id, (c, p) => new
            {
                c.Id, p.TrackingNumber, c.CarrierId, c.Category, c.ContactChannel, c.State, c.IsValid, c.OpenedUtc, c.UpdatedUtc, c.UpdatedBy,
                Description = includePersonalData ? c.Description : PersonalDataAccess.Hidden,
            })
            .ToListAsync(cancellationToken);
        return (rows.Select(r => new ComplaintRow(r.Id, r.TrackingNumber, ReferenceData.Carrier(r.CarrierId).Code, r.Category,
                r.ContactChannel, r.State, r.IsValid, r.OpenedUtc, r.UpdatedUtc, r.UpdatedBy,
                r.Description, r.State.IsOpen() && r.OpenedUtc < overdueBefore))
            .ToList(), count);
    }

    public async Task<ComplaintCounts> CountsAsync(ComplaintListFilter filter, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var complaints = Filtered(db, filter);
        var byCategory = await complaints.GroupBy(c => c.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byCarrier = await complaints.GroupBy(c => c.CarrierId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var overdueBefore = nowUtc - ComplaintRules.OverdueAfter;
        var overdue = await complaints.CountAsync(
            c => (c.State == ComplaintState.Open || c.State == ComplaintState.InProgress) && c.OpenedUtc < overdueBefore, cancellationToken);
        return new ComplaintCounts(
            byCategory.Sum(c => c.Count), overdue,
            Enum.GetValues<ComplaintCategory>().Select(c => (c, byCategory.FirstOrDefault(x => x.Key == c)?.Count ?? 0)).ToList(),
            ReferenceData.Carriers.Select(c => (c.Code, byCarrier.FirstOrDefault(x => x.Key == c.Id)?.Count ?? 0)).ToList());
    }

    private IQueryable<Complaint> Filtered(CainiaoDbContext db, ComplaintListFilter filter)
    {
        var q = db.Complaints.AsNoTracking();
        if (simulator?.Value.HideParcels == true)
        {
            q = q.Where(c => !db.Parcels.Any(p => p.Id == c.ParcelId && p.TrackingNumber.StartsWith(SimulatedParcels.Prefix)));
        }

        if (filter.UnresolvedOnly) q = q.Where(c => c.State == ComplaintState.Open || c.State == ComplaintState.InProgress);
        if (filter.State is { } state) q = q.Where(c => c.State == state);
        if (filter.Category is { } category) q = q.Where(c => c.Category == category);
        if (filter.CarrierId is { } carrier) q = q.Where(c => c.CarrierId == carrier);
        if (filter.Valid is { } valid) q = q.Where(c => c.IsValid == valid);
        return q;
    }
}
