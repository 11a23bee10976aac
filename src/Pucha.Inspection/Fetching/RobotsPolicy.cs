namespace Pucha.Inspection.Fetching;

/// <summary>
/// The rules of a site's robots.txt that apply to Pucha: the group naming "pucha", else the "*"
/// group. Longest matching rule wins; Allow wins a tie; '*' and a final '$' are understood.
/// </summary>
internal sealed class RobotsPolicy
{
    private const int MaxRules = 1000;
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsPolicy(List<(string, bool)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    public static RobotsPolicy AllowAll { get; } = new([], null);

    public TimeSpan? CrawlDelay { get; }

    public static RobotsPolicy Parse(string text, string agentToken = "pucha")
    {
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules, TimeSpan? Delay)>();
        (List<string> Agents, List<(string, bool)> Rules, TimeSpan? Delay)? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#');
            if (hash >= 0)
                line = line[..hash];
            var colon = line.IndexOf(':');
            if (colon < 0)
                continue;
            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (field)
            {
                case "user-agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = ([], [], null);
                        groups.Add(current.Value);
                    }
                    current.Value.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when current is not null:
                    if (value.Length > 0 && current.Value.Rules.Count < MaxRules)
                        current.Value.Rules.Add((value, field == "allow"));
                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                    {
                        var index = groups.FindIndex(g => ReferenceEquals(g.Rules, current.Value.Rules));
                        groups[index] = (current.Value.Agents, current.Value.Rules, TimeSpan.FromSeconds(seconds));
                        current = groups[index];
                    }
                    break;
            }
            lastWasAgent = false;
        }

        var chosen = groups.FirstOrDefault(g => g.Agents.Exists(a => a != "*" && agentToken.Contains(a, StringComparison.OrdinalIgnoreCase)));
        if (chosen.Agents is null)
            chosen = groups.FirstOrDefault(g => g.Agents.Contains("*"));
        return chosen.Agents is null ? AllowAll : new RobotsPolicy(chosen.Rules, chosen.Delay);
    }

    /// <summary>Whether the path and query (e.g. "/a/b?x=1") may be fetched.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        var bestLength = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (pattern.Length < bestLength || !Matches(pattern, pathAndQuery))
                continue;
            if (pattern.Length > bestLength || allow)
            {
                bestLength = pattern.Length;
                allowed = allow;
            }
        }
        return allowed;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
            pattern = pattern[..^1];
        if (!pattern.Contains('*'))
            return anchored ? path == pattern : path.StartsWith(pattern, StringComparison.Ordinal);

        var parts = pattern.Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
            return false;
        var position = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i].Length == 0)
            {
                if (i == parts.Length - 1)
                    return true;
                continue;
            }
            var found = i == parts.Length - 1 && anchored
                ? (path.EndsWith(parts[i], StringComparison.Ordinal) && path.Length - parts[i].Length >= position ? path.Length - parts[i].Length : -1)
                : path.IndexOf(parts[i], position, StringComparison.Ordinal);
            if (found < 0)
                return false;
            position = found + parts[i].Length;
        }
        return !anchored || position == path.Length;
    }
}
