namespace Coach.Analysis.Calls;

/// <summary>Where a call is: opening → discovery → presentation → objection handling → closing.</summary>
public enum CallStage
{
    Opening,
    Discovery,
    Presentation,
    ObjectionHandling,
    Closing,
}
