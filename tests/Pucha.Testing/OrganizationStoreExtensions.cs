using Pucha.Core.Organizations;
using Pucha.Data.Organizations;

namespace Pucha.Testing;

/// <summary>Test trees are built from units the rule accepts: a refusal there is a broken test, said with its reason.</summary>
public static class OrganizationStoreExtensions
{
    public static async Task<Organization> CreateOrFailAsync(this OrganizationStore store, Organization unit)
    {
        var outcome = await store.CreateAsync(unit);
        return outcome.Value ?? throw new InvalidOperationException($"{outcome.Message} {string.Join("；", outcome.Errors.Values)}");
    }
}
