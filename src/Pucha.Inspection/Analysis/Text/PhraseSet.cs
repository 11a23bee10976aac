namespace Pucha.Inspection.Analysis.Text;

/// <summary>
/// A fixed set of phrases, each in a group (at most 64 groups), and which groups occur in a text,
/// found in one pass: exactly the groups for which <c>text.Contains(phrase, Ordinal)</c> holds for
/// one of their phrases. Checks that used to call <c>Contains</c> once per phrase walked the page
/// text dozens of times; here every character is looked up once in a bitmap of the phrases' first
/// characters, and only where one starts are the phrases starting with it compared.
/// </summary>
internal sealed class PhraseSet
{
    public const int MaxGroups = 64;

    // One bit per UTF-16 code unit (8 KB): whether some phrase starts with it.
    private readonly ulong[] _firstChars = new ulong[(char.MaxValue + 1) / 64];

    // Phrases sorted by first character; per first character, where its run starts and ends.
    private readonly string[] _phrases;
    private readonly ulong[] _groupBits;
    private readonly Dictionary<char, (int Start, int End)> _runs = [];
    private readonly ulong _allGroups;

    public PhraseSet(IEnumerable<(string Phrase, int Group)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var sorted = phrases.OrderBy(p => p.Phrase[0]).ToArray();
        _phrases = new string[sorted.Length];
        _groupBits = new ulong[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            var (phrase, group) = sorted[i];
            if (string.IsNullOrEmpty(phrase))
            {
                throw new ArgumentException("Phrases must not be empty.", nameof(phrases));
            }

            if (group is < 0 or >= MaxGroups)
            {
                throw new ArgumentOutOfRangeException(nameof(phrases), group, $"Groups are numbered 0 to {MaxGroups - 1}.");
            }

            _phrases[i] = phrase;
            _groupBits[i] = 1UL << group;
            _allGroups |= 1UL << group;
            var first = phrase[0];
            _firstChars[first >> 6] |= 1UL << (first & 63);
            _runs[first] = _runs.TryGetValue(first, out var run) ? (run.Start, i + 1) : (i, i + 1);
        }
    }

    /// <summary>The groups that have a phrase occurring in <paramref name="text"/>, one bit per group.</summary>
    public ulong GroupsIn(ReadOnlySpan<char> text)
    {
        var found = 0UL;
        var firstChars = _firstChars;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((firstChars[c >> 6] & (1UL << (c & 63))) == 0)
            {
                continue;
            }

            var rest = text[i..];
            var (start, end) = _runs[c];
            for (var p = start; p < end; p++)
            {
                if ((found & _groupBits[p]) == 0 && rest.StartsWith(_phrases[p], StringComparison.Ordinal))
                {
                    found |= _groupBits[p];
                }
            }

            if (found == _allGroups)
            {
                break;
            }
        }

        return found;
    }
}
