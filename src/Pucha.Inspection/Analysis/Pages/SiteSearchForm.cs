namespace Pucha.Inspection.Analysis.Pages;

/// <summary>A site search form: where it submits, how, the query field and the hidden fields to send along.</summary>
internal sealed record SiteSearchForm(Uri Action, string Method, string QueryParameter, IReadOnlyDictionary<string, string> HiddenFields)
{
    public bool IsPost => string.Equals(Method, "POST", StringComparison.OrdinalIgnoreCase);

    /// <summary>The fields a search for <paramref name="query"/> submits: the hidden ones, then the query.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return [.. HiddenFields.Where(f => f.Key != QueryParameter), new(QueryParameter, query)];
    }

    /// <summary>The URL a GET search for <paramref name="query"/> opens (hidden fields included).</summary>
    public Uri BuildQueryUrl(string query)
    {
        var pairs = Fields(query).Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value));
        var builder = new UriBuilder(Action) { Query = string.Join("&", pairs) };
        return builder.Uri;
    }
}
