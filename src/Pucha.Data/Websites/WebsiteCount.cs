namespace Pucha.Data.Websites;

/// <summary>How many sites match: exactly <see cref="Value"/>, or at least that many when <see cref="IsAtLeast"/> ("1000+").</summary>
public sealed record WebsiteCount(int Value, bool IsAtLeast);
