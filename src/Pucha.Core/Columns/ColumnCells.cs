using Pucha.Core.Websites;

namespace Pucha.Core.Columns;

/// <summary>
/// Reads and writes the two cells of a 附件4 row: several columns of one kind are separated by
/// '；' (';' accepted too), names and addresses pair up by position, and '无' in both cells means
/// there is no such column. Neither cell may be empty (附件4 注3).
/// </summary>
public static class ColumnCells
{
    /// <summary>The word the form uses for "no such column".</summary>
    public const string None = "无";

    /// <summary>The separator written on export (full-width, as the form prescribes).</summary>
    public const string Separator = "；";

    public const int MaxNameLength = 200;

    public const int MaxUrlLength = 1000;

    /// <summary>Most columns accepted in one row; a longer list is a mistake, not a website.</summary>
    public const int MaxEntriesPerKind = 100;

    private static readonly char[] Separators = ['；', ';'];

    /// <summary>Parses the name and address cells of <paramref name="kind"/>'s row.</summary>
    public static ColumnCellResult Parse(ColumnKind kind, string? nameCell, string? addressCell)
    {
        // Built only for a message: the happy path of a 170,000-row import allocates nothing here.
        var label = new LazyLabel(kind);
        var name = nameCell?.Trim() ?? "";
        var address = addressCell?.Trim() ?? "";

        if (name.Length == 0 && address.Length == 0)
        {
            return ColumnCellResult.Fail($"{label}的栏目（系统）名称和地址不能为空，如确实无此类栏目（系统），请填写“无”。");
        }

        if (name.Length == 0)
        {
            return ColumnCellResult.Fail($"{label}的栏目（系统）名称不能为空，如确实无此类栏目（系统），请在名称和地址中都填写“无”。");
        }

        if (address.Length == 0)
        {
            return ColumnCellResult.Fail($"{label}的栏目（系统）地址不能为空，如确实无此类栏目（系统），请在名称和地址中都填写“无”。");
        }

        var nameIsNone = name == None;
        var addressIsNone = address == None;
        if (nameIsNone && addressIsNone)
        {
            return ColumnCellResult.Ok([]);
        }

        if (nameIsNone)
        {
            return ColumnCellResult.Fail($"{label}的名称填写了“无”，但地址不是“无”：请填写栏目名称，或在地址中也填写“无”。");
        }

        if (addressIsNone)
        {
            return ColumnCellResult.Fail($"{label}的栏目“{Shorten(name)}”没有填写地址：请填写栏目地址，如确实无此类栏目，请在名称中也填写“无”。");
        }

        var names = Split(name);
        var urls = Split(address);
        if (names is null)
        {
            return ColumnCellResult.Fail($"{label}的栏目名称中有空项：多个栏目之间用一个分号“；”隔开。");
        }

        if (urls is null)
        {
            return ColumnCellResult.Fail($"{label}的栏目地址中有空项：多个地址之间用一个分号“；”隔开。");
        }

        if (names.Length > MaxEntriesPerKind || urls.Length > MaxEntriesPerKind)
        {
            return ColumnCellResult.Fail($"{label}最多填写{MaxEntriesPerKind}个栏目（系统）。");
        }

        if (names.Length != urls.Length)
        {
            return ColumnCellResult.Fail($"{label}填写了{names.Length}个栏目名称、{urls.Length}个地址，数量不一致：名称与地址须按顺序一一对应。");
        }

        var entries = new ColumnEntry[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length > MaxNameLength)
            {
                return ColumnCellResult.Fail($"{label}第{i + 1}个栏目名称超过{MaxNameLength}个字符。");
            }

            if (HomepageUrls.Check(urls[i], MaxUrlLength) is { } urlError)
            {
                return ColumnCellResult.Fail($"{label}第{i + 1}个栏目“{Shorten(names[i])}”的地址“{Shorten(urls[i])}”不是有效网址：{urlError}");
            }

            entries[i] = new ColumnEntry(names[i], urls[i]);
        }

        return ColumnCellResult.Ok(entries);
    }

    /// <summary>The two cells for export: names and addresses joined with '；', or '无' and '无'.</summary>
    public static (string Names, string Addresses) Format(IEnumerable<ColumnEntry> entries)
    {
        var list = entries.ToList();
        return list.Count == 0
            ? (None, None)
            : (string.Join(Separator, list.Select(e => e.Name)), string.Join(Separator, list.Select(e => e.Url)));
    }

    // Null when an item between separators is empty; a single trailing separator is tolerated.
    // The cell is trimmed and not empty; most hold one column, which needs no splitting.
    private static string[]? Split(string cell)
    {
        if (cell.AsSpan().IndexOfAny(Separators) < 0)
        {
            return [cell];
        }

        var items = cell.Split(Separators).Select(s => s.Trim()).ToList();
        if (items.Count > 1 && items[^1].Length == 0)
        {
            items.RemoveAt(items.Count - 1);
        }

        return items.Any(s => s.Length == 0) ? null : items.ToArray();
    }

    private readonly struct LazyLabel(ColumnKind kind)
    {
        public override string ToString() => $"“{ColumnKinds.FullLabel(kind)}”";
    }

    // Echoed input is bounded: it may be anything pasted into a spreadsheet.
    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
