namespace Pucha.Core.Census;

/// <summary>
/// The last 网站标识码 sequence used under a prefix (a division code or "bm" + department code).
/// Incremented with one atomic UPSERT inside the approving transaction: the row lock serializes
/// concurrent approvals of the same prefix, and the unique index on the identifier is the backstop.
/// </summary>
public sealed class SiteIdentifierCounter
{
    public string Prefix { get; set; } = "";

    public int LastSequence { get; set; }
}
