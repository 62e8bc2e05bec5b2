using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// The carrier's own text for a scan. Texts depend only on (carrier, kind, hub, variant), so each is
/// composed once and shared; concurrent engines may race to fill a cell, harmlessly, with equal strings.
/// </summary>
internal static class CarrierWording
{
    private const int Carriers = 8, Hubs = 16, Variants = 8;

    private static readonly string?[] Cache = new string?[Carriers * StepKinds.Count * Hubs * Variants];

    private static readonly Dictionary<int, string> CarrierNames = ReferenceData.Carriers.ToDictionary(c => c.Id, c => c.Name);

    public static string For(int carrierId, StepKind kind, int hubId, int variant)
    {
        if (carrierId >= Carriers || hubId >= Hubs || variant >= Variants)
        {
            return Compose(carrierId, kind, hubId, variant);
        }

        var cell = ((carrierId * StepKinds.Count + (int)kind) * Hubs + hubId) * Variants + variant;
        return Cache[cell] ??= Compose(carrierId, kind, hubId, variant);
    }

    public static string Handover(int carrierId, int hubId, int partnerCarrierId, string partnerTrackingNumber) =>
        DomesticPhrasebook.Handover(carrierId, hubId, CarrierNames[partnerCarrierId], partnerTrackingNumber);

    private static string Compose(int carrierId, StepKind kind, int hubId, int variant) =>
        KnownIds.IsPartner(carrierId)
            ? PartnerPhrasebook.Text(carrierId, kind, hubId, variant)
            : DomesticPhrasebook.Text(carrierId, kind, hubId, variant);
}
