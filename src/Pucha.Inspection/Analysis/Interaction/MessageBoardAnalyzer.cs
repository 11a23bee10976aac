using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Dates;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Analysis.Interaction;

/// <summary>
/// Reads a message board (留言板, 来信选登, 我为政府网站找错 replies) into entries: from a table whose
/// header names the columns (标题、留言时间、回复时间、状态、回复单位 …), from list items carrying
/// labelled dates (留言时间：…  回复时间：…) or a status (已回复/未回复), or, on a detail page, from
/// its labels. Month-day dates are resolved against as-of.
/// </summary>
internal static partial class MessageBoardAnalyzer
{
    /// <summary>Most entries read from one page.</summary>
    public const int MaxEntries = 2000;

    private static readonly string[] TitleLabels = ["标题", "主题", "留言标题", "信件标题", "事项", "问题"];
    private static readonly string[] PostedLabels = ["留言时间", "提问时间", "来信时间", "留言日期", "提交时间", "写信时间", "咨询时间", "发布时间", "投诉时间", "来信日期"];
    private static readonly string[] AnsweredLabels = ["回复时间", "答复时间", "回复日期", "答复日期", "办结时间", "处理时间", "反馈时间"];
    private static readonly string[] StatusLabels = ["状态", "办理状态", "回复状态", "处理状态"];
    private static readonly string[] UnitLabels = ["回复单位", "答复单位", "办理单位", "承办单位", "处理单位", "受理单位", "回复部门", "答复部门", "办理部门"];
    private static readonly string[] UnansweredWords = ["未回复", "待回复", "未答复", "待答复", "处理中", "办理中", "未办结", "待处理", "未处理", "受理中"];
    private static readonly string[] AnsweredWords = ["已回复", "已答复", "已办结", "已处理", "已反馈", "已解决"];

    public static MessageBoard Parse(IDocument document, Uri pageUrl, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var entries = FromTables(document, pageUrl, asOf);
        if (entries.Count == 0)
        {
            entries = FromListItems(document, pageUrl, asOf);
        }

        if (entries.Count == 0 && FromDetail(document, pageUrl, asOf) is { } single)
        {
            entries.Add(single);
        }

        return new MessageBoard(entries);
    }

    private static List<MessageEntry> FromTables(IDocument document, Uri pageUrl, DateOnly asOf)
    {
        var entries = new List<MessageEntry>();
        foreach (var table in document.QuerySelectorAll("table"))
        {
            var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
            var headerIndex = rows.FindIndex(r => Cells(r).Any(c => Matches(c, PostedLabels) || Matches(c, AnsweredLabels)));
            if (headerIndex < 0)
            {
                continue;
            }

            var header = Cells(rows[headerIndex]).Select(c => Collapse(c.TextContent)).ToList();
            var titleColumn = header.FindIndex(h => StartsWithAny(h, TitleLabels));
            var postedColumn = header.FindIndex(h => StartsWithAny(h, PostedLabels) && !StartsWithAny(h, AnsweredLabels));
            var answeredColumn = header.FindIndex(h => StartsWithAny(h, AnsweredLabels));
            var statusColumn = header.FindIndex(h => StartsWithAny(h, StatusLabels));
            var unitColumn = header.FindIndex(h => StartsWithAny(h, UnitLabels));
            foreach (var row in rows.Skip(headerIndex + 1))
            {
                var cells = Cells(row).ToList();
                if (cells.Count < 2 || entries.Count >= MaxEntries)
                {
                    continue;
                }

                var anchor = row.QuerySelector("a[href]");
                var title = titleColumn >= 0 && titleColumn < cells.Count ? Collapse(cells[titleColumn].TextContent) : Collapse(anchor?.TextContent ?? cells[0].TextContent);
                var rowDates = Dates(Collapse(row.TextContent), asOf);
                var posted = CellDate(cells, postedColumn, asOf) ?? (rowDates.Count > 0 ? rowDates[0] : null);
                if (posted is null)
                {
                    continue;
                }

                var answered = CellDate(cells, answeredColumn, asOf);
                var status = statusColumn >= 0 && statusColumn < cells.Count ? Collapse(cells[statusColumn].TextContent) : Collapse(row.TextContent);
                var unit = unitColumn >= 0 && unitColumn < cells.Count ? NullIfEmpty(Collapse(cells[unitColumn].TextContent)) : null;
                var isAnswered = answered is not null || (ContainsAny(status, AnsweredWords) && !ContainsAny(status, UnansweredWords)) || unit is not null;
                entries.Add(new MessageEntry(Bound(title), Link(pageUrl, anchor), posted.Value, answered, isAnswered, unit));
            }
        }

        return entries;
    }

    private static List<MessageEntry> FromListItems(IDocument document, Uri pageUrl, DateOnly asOf)
    {
        var entries = new List<MessageEntry>();
        foreach (var item in document.QuerySelectorAll("li, dl, div.item, div.list-item, div.message, div.msg"))
        {
            if (entries.Count >= MaxEntries)
            {
                break;
            }

            var anchor = item.QuerySelector("a[href]");
            if (anchor is null || item.QuerySelectorAll("li, dl").Length > 0)
            {
                continue;
            }

            var text = Collapse(DomText.Visible(item));
            var posted = LabelledDate(text, PostedLabels, asOf);
            var answered = LabelledDate(text, AnsweredLabels, asOf);
            var status = ContainsAny(text, AnsweredWords) ? true : ContainsAny(text, UnansweredWords) ? false : (bool?)null;
            if (posted is null)
            {
                if (status is null && answered is null)
                {
                    continue;
                }

                var dates = Dates(text, asOf);
                if (dates.Count == 0)
                {
                    continue;
                }

                posted = dates[0];
                if (answered is null && dates.Count > 1)
                {
                    answered = dates[1];
                }
            }

            var unit = LabelledValue(text, UnitLabels);
            var isAnswered = status ?? (answered is not null || unit is not null);
            var title = Collapse(anchor.GetAttribute("title") is { Length: > 0 } t ? t : anchor.TextContent);
            entries.Add(new MessageEntry(Bound(title), Link(pageUrl, anchor), posted.GetValueOrDefault(), answered, isAnswered, unit));
        }

        return entries;
    }

    private static MessageEntry? FromDetail(IDocument document, Uri pageUrl, DateOnly asOf)
    {
        var text = Collapse(DomText.Visible(document));
        var posted = LabelledDate(text, PostedLabels, asOf);
        if (posted is null)
        {
            return null;
        }

        var answered = LabelledDate(text, AnsweredLabels, asOf);
        var unit = LabelledValue(text, UnitLabels);
        var title = LabelledValue(text, ["留言标题", "信件标题", "标题", "主题"])
            ?? Collapse(document.QuerySelector("h1")?.TextContent ?? document.Title ?? string.Empty);
        var answeredText = ContainsAny(text, ["回复内容", "答复内容", "回复意见", "答复意见", "办理结果"]);
        var isAnswered = answered is not null || unit is not null || (answeredText && !ContainsAny(text, UnansweredWords));
        return new MessageEntry(Bound(title), pageUrl, posted.Value, answered, isAnswered, unit);
    }

    private static IEnumerable<IElement> Cells(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th");

    private static DateOnly? CellDate(List<IElement> cells, int column, DateOnly asOf)
    {
        if (column < 0 || column >= cells.Count)
        {
            return null;
        }

        var dates = Dates(Collapse(cells[column].TextContent), asOf);
        return dates.Count > 0 ? dates[0] : null;
    }

    /// <summary>Full dates, or month-day dates when the text has no full date.</summary>
    private static List<DateOnly?> Dates(string text, DateOnly asOf)
    {
        var full = DateText.FindAll(text).Select(m => (DateOnly?)m.Date).ToList();
        return full.Count > 0 ? full : DateText.FindMonthDays(text, asOf).Select(m => (DateOnly?)m.Date).ToList();
    }

    private static DateOnly? LabelledDate(string text, string[] labels, DateOnly asOf)
    {
        foreach (var label in labels)
        {
            var at = text.IndexOf(label, StringComparison.Ordinal);
            while (at >= 0)
            {
                var after = text.Substring(at + label.Length, Math.Min(40, text.Length - at - label.Length));
                var rest = after[LabelLead().Match(after).Length..];
                var full = DateText.FindAll(rest);
                if (full.Count > 0 && full[0].Start == 0)
                {
                    return full[0].Date;
                }

                var monthDays = DateText.FindMonthDays(rest, asOf);
                if (monthDays.Count > 0 && monthDays[0].Start == 0)
                {
                    return monthDays[0].Date;
                }

                at = text.IndexOf(label, at + label.Length, StringComparison.Ordinal);
            }
        }

        return null;
    }

    private static string? LabelledValue(string text, string[] labels)
    {
        foreach (var label in labels)
        {
            var at = text.IndexOf(label, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var match = LabelValue().Match(text, at + label.Length);
            if (match.Success && match.Index == at + label.Length && match.Groups[1].Value.Length >= 2)
            {
                return Bound(match.Groups[1].Value);
            }
        }

        return null;
    }

    private static Uri? Link(Uri pageUrl, IElement? anchor) =>
        anchor?.GetAttribute("href") is { } href && Uri.TryCreate(pageUrl, href.Trim(), out var url) && url.Scheme is "http" or "https" ? url : null;

    private static bool Matches(IElement cell, string[] labels) => StartsWithAny(Collapse(cell.TextContent), labels);

    private static bool StartsWithAny(string text, string[] labels) => labels.Any(l => text.StartsWith(l, StringComparison.Ordinal));

    private static bool ContainsAny(string text, string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string Bound(string text) => text.Length <= 200 ? text : text[..200];

    [GeneratedRegex(@"^\s*[:：]?\s*")]
    private static partial Regex LabelLead();

    [GeneratedRegex(@"\s*[:：]\s*([\p{IsCJKUnifiedIdeographs}、（）()A-Za-z0-9]+)")]
    private static partial Regex LabelValue();
}
