namespace Pucha.Core.Organizations;

/// <summary>A unit cannot be created or moved as asked; the message (Chinese) says why and what is expected.</summary>
public sealed class OrganizationRuleException(string message) : Exception(message);
