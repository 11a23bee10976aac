namespace Pucha.Inspection.Analysis.Pages;

/// <summary>A site search form: where it submits, how, the query field and the hidden fields to send along.</summary>
public sealed record SiteSearchForm(Uri Action, string Method, string QueryParameter, IReadOnlyDictionary<string, string> HiddenFields)
{
    /// <summary>The URL a GET search for <paramref name="query"/> opens (hidden fields included).</summary>
    public Uri BuildQueryUrl(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pairs = HiddenFields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value))
            .Append(Uri.EscapeDataString(QueryParameter) + "=" + Uri.EscapeDataString(query));
        var builder = new UriBuilder(Action) { Query = string.Join("&", pairs) };
        return builder.Uri;
    }
}
