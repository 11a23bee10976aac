using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Analysis.Interaction;

/// <summary>
/// 互动交流 on a message board page: valid messages unanswered for more than
/// <see cref="InteractionRules.UnansweredMonths"/> months within the past year (veto, 互动回应差),
/// answers later than the allowed working days (找错/纠错 boards have their own limit), and a board
/// whose last post or answer is older than <see cref="InteractionRules.BoardStaleMonths"/> months.
/// Evidence {title, posted, answered, delayDays, allowedDays} or {title, posted, unanswered: true}
/// or {lastUpdate}.
/// </summary>
internal sealed class InteractionCheck(WorkingDayCalendar calendar, InteractionRules rules) : IPageCheck
{
    /// <summary>Most late or unanswered messages reported one by one per page.</summary>
    public const int MaxFindingsPerPage = 50;

    /// <summary>Evidence "channel" of messages on a 我为政府网站找错 board.</summary>
    public const string ErrorReportChannel = "error-report";

    /// <summary>Evidence "channel" of messages on any other board (领导信箱, 咨询, 投诉…).</summary>
    public const string MessageBoardChannel = "message-board";

    public InteractionCheck()
        : this(WorkingDayCalendar.China, InteractionRules.Year2019)
    {
    }

    public IEnumerable<Finding> Check(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Kind != PageKind.MessageBoard)
        {
            return [];
        }

        var board = MessageBoardAnalyzer.Parse(page.Document, page.Url, page.AsOf);
        var errorReportBoard = (page.Document.Title ?? string.Empty) is var title
            && (title.Contains("找错", StringComparison.Ordinal) || title.Contains("纠错", StringComparison.Ordinal));
        return Evaluate(board, page.Url.ToString(), page.AsOf, errorReportBoard);
    }

    /// <summary>Findings for a board already read (the engine may merge several list pages first).</summary>
    public IReadOnlyList<Finding> Evaluate(MessageBoard board, string? url, DateOnly asOf, bool errorReportBoard)
    {
        ArgumentNullException.ThrowIfNull(board);
        var findings = new List<Finding>();
        var channel = errorReportBoard ? ErrorReportChannel : MessageBoardChannel;
        foreach (var entry in board.Entries)
        {
            if (findings.Count >= MaxFindingsPerPage)
            {
                break;
            }

            if (EvaluateMessage(entry, entry.Url?.ToString() ?? url, asOf, errorReportBoard) is { } finding)
            {
                findings.Add(finding);
            }
        }

        var staleBefore = asOf.AddMonths(-rules.BoardStaleMonths);
        var last = board.LastUpdate;
        if (last is null || last < staleBefore)
        {
            findings.Add(new Finding(CheckIds.Interaction, Severity.Error,
                last is null
                    ? "留言栏目没有可识别的留言记录"
                    : $"留言栏目最近更新于 {last:yyyy-MM-dd}，超过{rules.BoardStaleMonths}个月未更新",
                url,
                new Dictionary<string, object?> { ["lastUpdate"] = board.LastUpdate, ["entries"] = board.Entries.Count, ["channel"] = channel }));
        }

        return findings;
    }

    /// <summary>
    /// The finding about one message, or null when it is fine: unanswered for more than the allowed
    /// months within the look-back year (veto), or answered later than the allowed working days.
    /// </summary>
    public Finding? EvaluateMessage(MessageEntry entry, string? url, DateOnly asOf, bool errorReportBoard)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var allowed = errorReportBoard ? rules.ErrorReportAnswerWorkingDays : rules.AnswerWorkingDays;
        // The indicator sets score 找错 replies apart from other messages (docs/report-format.md).
        var channel = errorReportBoard ? ErrorReportChannel : MessageBoardChannel;
        if (!entry.IsAnswered)
        {
            var yearAgo = asOf.AddMonths(-rules.LookBackMonths);
            var overdueBefore = asOf.AddMonths(-rules.UnansweredMonths);
            if (entry.Posted < yearAgo || entry.Posted >= overdueBefore)
            {
                return null;
            }

            return new Finding(CheckIds.Interaction, Severity.Veto,
                $"留言「{entry.Title}」（{entry.Posted:yyyy-MM-dd}）超过{rules.UnansweredMonths}个月未回复",
                url,
                new Dictionary<string, object?>
                {
                    ["title"] = entry.Title,
                    ["posted"] = entry.Posted,
                    ["unanswered"] = true,
                    ["channel"] = channel,
                });
        }

        if (entry.Answered is not { } answered)
        {
            return null;
        }

        var delay = calendar.WorkingDaysBetween(entry.Posted, answered);
        if (delay <= allowed)
        {
            return null;
        }

        return new Finding(CheckIds.Interaction, Severity.Warning,
            $"留言「{entry.Title}」回复用时 {delay} 个工作日，超过 {allowed} 个工作日",
            url,
            new Dictionary<string, object?>
            {
                ["title"] = entry.Title,
                ["posted"] = entry.Posted,
                ["answered"] = answered,
                ["delayDays"] = delay,
                ["allowedDays"] = allowed,
                ["replyingUnit"] = entry.ReplyingUnit,
                ["channel"] = channel,
            });
    }
}
