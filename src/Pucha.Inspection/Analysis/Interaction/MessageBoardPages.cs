using Pucha.Inspection.Crawling;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Analysis.Interaction;

/// <summary>
/// The message boards met during a crawl, read across their list pages. A message listed on two pages
/// (page 1 and page 2 overlap after a new post; 更多 and 下一页 reach the same list) or shown on its
/// own page is one message: known by its detail link (normalized), or, when unlinked, by its board,
/// title and posted date. Each message is judged once (<see cref="InteractionCheck.EvaluateMessage"/>),
/// with the list pages it is on as evidence (<c>listPages</c>). A board — its list pages grouped by
/// directory — is stale when the newest post or answer over all its pages is older than the rules
/// allow: page 5 of a board is old by nature. Safe to feed from several crawl workers at once.
/// </summary>
internal sealed class MessageBoardPages(InteractionCheck check, InteractionRules rules)
{
    /// <summary>Messages remembered over a crawl at most; later ones are not judged.</summary>
    public const int MaxMessages = 100_000;

    /// <summary>Late or unanswered messages reported one by one at most (the rest are counted, not listed).</summary>
    public const int MaxMessageFindings = 1000;

    /// <summary>List pages named in one finding's evidence at most.</summary>
    public const int MaxPagesListed = 100;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Message> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Uri Page, DateOnly LastUpdate)> _boards = new(StringComparer.Ordinal);

    public MessageBoardPages()
        : this(new InteractionCheck(), InteractionRules.Year2019)
    {
    }

    /// <summary>Adds the messages one crawled board page shows.</summary>
    public void Add(Uri page, MessageBoard board, bool errorReportBoard)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(board);
        var boardKey = BoardKey(page);
        var pageUrl = (UrlNormalizer.Normalize(page) ?? page).AbsoluteUri;
        lock (_gate)
        {
            if (board.Entries.Count >= 2 && board.LastUpdate is { } last)
            {
                if (!_boards.TryGetValue(boardKey, out var known) || last > known.LastUpdate
                    || (last == known.LastUpdate && string.CompareOrdinal(page.AbsoluteUri, known.Page.AbsoluteUri) < 0))
                    _boards[boardKey] = (page, last);
            }

            foreach (var entry in board.Entries)
            {
                var link = entry.Url is { } url ? UrlNormalizer.Normalize(url) : null;
                var key = link is not null ? "u " + link.AbsoluteUri : $"t {boardKey}\n{entry.Title}\n{entry.Posted:yyyy-MM-dd}";
                if (!_messages.TryGetValue(key, out var message))
                {
                    if (_messages.Count >= MaxMessages)
                        continue;
                    message = new Message(entry);
                    _messages[key] = message;
                }
                else if (MoreComplete(entry, message.Entry))
                {
                    message.Entry = entry;
                }

                message.ErrorReport |= errorReportBoard;
                // A message's own page is where it is shown, not a list it is on.
                if (link?.AbsoluteUri != pageUrl && message.ListPages.Count < MaxPagesListed)
                    message.ListPages.Add(page.AbsoluteUri);
            }
        }
    }

    /// <summary>One finding per late or unanswered message, then one per stale board.</summary>
    public IReadOnlyList<Finding> Findings(DateOnly asOf)
    {
        var findings = new List<Finding>();
        lock (_gate)
        {
            var ordered = _messages.Values
                .Select(m => (Message: m, Url: m.Entry.Url?.AbsoluteUri ?? m.ListPages.Min ?? ""))
                .OrderBy(m => m.Url, StringComparer.Ordinal).ThenBy(m => m.Message.Entry.Title, StringComparer.Ordinal)
                .ThenBy(m => m.Message.Entry.Posted);
            foreach (var (message, url) in ordered)
            {
                if (findings.Count >= MaxMessageFindings)
                    break;
                if (check.EvaluateMessage(message.Entry, url, asOf, message.ErrorReport) is not { } finding)
                    continue;
                var evidence = new Dictionary<string, object?>(finding.Evidence) { ["listPages"] = message.ListPages.ToArray() };
                findings.Add(finding with { Evidence = evidence });
            }

            var staleBefore = asOf.AddMonths(-rules.BoardStaleMonths);
            foreach (var (page, last) in _boards.Values.OrderBy(b => b.Page.AbsoluteUri, StringComparer.Ordinal))
            {
                if (last < staleBefore)
                {
                    findings.Add(new Finding(CheckIds.Interaction, Severity.Warning,
                        $"留言栏目最近更新于 {last:yyyy-MM-dd}，超过{rules.BoardStaleMonths}个月未更新", page.AbsoluteUri,
                        new Dictionary<string, object?> { ["lastUpdate"] = last }));
                }
            }
        }

        return findings;
    }

    /// <summary>A board's list pages share a directory (/hdjl/lyb/, /hdjl/lyb/index_1.html …).</summary>
    private static string BoardKey(Uri page)
    {
        var path = page.GetLeftPart(UriPartial.Path);
        return path[..(path.LastIndexOf('/') + 1)];
    }

    /// <summary>Two pages disagree about a message: the one showing its answer (and its date) knows more.</summary>
    private static bool MoreComplete(MessageEntry candidate, MessageEntry known) =>
        (candidate.IsAnswered && !known.IsAnswered) || (candidate.Answered is not null && known.Answered is null);

    private sealed class Message(MessageEntry entry)
    {
        public MessageEntry Entry { get; set; } = entry;
        public bool ErrorReport { get; set; }
        public SortedSet<string> ListPages { get; } = new(StringComparer.Ordinal);
    }
}
