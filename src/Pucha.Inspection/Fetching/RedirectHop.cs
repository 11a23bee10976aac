namespace Pucha.Inspection.Fetching;

/// <summary>
/// One redirect followed: the URL that answered and its status. <paramref name="Via"/> is null for an
/// HTTP redirect, else how the page sent its visitor on (see <see cref="ClientRedirectKinds"/>); Status is then 200.
/// </summary>
public readonly record struct RedirectHop(Uri From, int Status, Uri To, string? Via = null)
{
    /// <summary>The hop as the report's evidence lists it: "302 from → to", or "页面自动跳转（meta refresh） from → to".</summary>
    public string Describe() => Via is null
        ? $"{Status} {From.AbsoluteUri} → {To.AbsoluteUri}"
        : $"{ClientRedirectKinds.Label(Via)} {From.AbsoluteUri} → {To.AbsoluteUri}";
}

/// <summary>How a page sends its visitor to another without an HTTP redirect.</summary>
internal static class ClientRedirectKinds
{
    public const string MetaRefresh = "meta-refresh";
    public const string Script = "script";
    public const string Frameset = "frameset";

    public static string Label(string via) => via switch
    {
        MetaRefresh => "页面自动跳转（meta refresh）",
        Script => "脚本跳转",
        Frameset => "框架主页面",
        _ => via,
    };
}
