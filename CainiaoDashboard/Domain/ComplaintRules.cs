namespace CainiaoDashboard.Domain;

public static class ComplaintRules
{
    public const int MaxDescriptionLength = 2000;
}
