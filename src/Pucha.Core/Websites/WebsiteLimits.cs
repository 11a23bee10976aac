namespace Pucha.Core.Websites;

/// <summary>Maximum lengths of the registry's text fields, shared by the validator and the database schema.</summary>
public static class WebsiteLimits
{
    /// <summary>Names of units, websites and addresses.</summary>
    public const int LongText = 200;

    /// <summary>Names of people, titles, phone numbers, record numbers.</summary>
    public const int ShortText = 50;

    public const int Email = 254;

    public const int Url = 500;
}
