namespace Pucha.Common;

/// <summary>What the pager partial needs: where we are and how to link to another page.</summary>
public sealed record PagerModel(int Page, int PageCount, int Total, Func<int, string> Link, bool TotalCapped = false)
{
    public bool HasNext => Page < PageCount || TotalCapped;
}
