using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Simulation;

/// <summary>The complaint a parcel will attract; its time is the parcel's Complaint step.</summary>
internal sealed record PlannedComplaint(ComplaintCategory Category, ContactChannel ContactChannel, string Description);
