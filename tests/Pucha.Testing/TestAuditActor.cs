using Pucha.Core.Audit;

namespace Pucha.Testing;

/// <summary>An actor with fixed identity for audit assertions.</summary>
public sealed record TestAuditActor(int? UserId, string Name, string? OrganizationPath) : IAuditActor;
