namespace Pucha.Features.Inspections;

/// <summary>The site cannot be inspected at all (no usable homepage address); the run is marked failed with this message.</summary>
public sealed class InspectionImpossibleException(string message) : Exception(message);
