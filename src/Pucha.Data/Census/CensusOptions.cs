using Pucha.Core.Census;

namespace Pucha.Data.Census;

/// <summary>Settings of the census workflow (configuration section "Census").</summary>
public sealed class CensusOptions
{
    /// <summary>PBKDF2 iterations for new 校验码 hashes; tests lower it to <see cref="CheckCodeHasher.MinimumIterations"/>.</summary>
    public int CheckCodeHashIterations { get; set; } = CheckCodeHasher.DefaultIterations;
}
