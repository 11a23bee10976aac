namespace Pucha.Inspection.Crawling;

/// <summary>One distinct malformed reference of the crawl (<see cref="MalformedLink"/>) and the pages holding it.</summary>
internal sealed class MalformedTarget(string reference, string reason)
{
    private readonly List<Uri> _foundOn = new(1);

    public string Reference { get; } = reference;
    public string Reason { get; } = reason;
    public bool OnHomepage { get; private set; }

    public IReadOnlyList<Uri> FoundOn
    {
        get { lock (_foundOn) return _foundOn.ToArray(); }
    }

    internal void AddFoundOn(Uri page, bool isHomepage)
    {
        lock (_foundOn)
        {
            if (_foundOn.Count < 10_000 && (_foundOn.Count == 0 || !_foundOn[^1].Equals(page)))
                _foundOn.Add(page);
            if (isHomepage)
                OnHomepage = true;
        }
    }
}
