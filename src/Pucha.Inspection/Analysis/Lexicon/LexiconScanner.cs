using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Analysis.Lexicon;

/// <summary>
/// Finds every occurrence of every dictionary term in a text in one pass (Aho–Corasick), folding
/// full/half width, letter case and traditional/simplified characters as it reads. Built once per
/// run and shared: scanning allocates nothing but the hits the caller collects.
/// </summary>
/// <remarks>
/// Layout: characters that occur in some term get a dense class number (0 = in no term, which
/// sends the automaton straight back to the root). The root's transitions are a dense array over
/// classes; every other state's transitions are a slice of two parallel arrays sorted by class
/// (compressed sparse rows), searched linearly when short and by bisection otherwise.
/// </remarks>
public sealed class LexiconScanner
{
    private const int LinearSearchLimit = 8;

    private readonly ushort[] _classOf;
    private readonly int[] _rootNext;
    private readonly int[] _firstChild;
    private readonly ushort[] _childClass;
    private readonly int[] _childState;
    private readonly int[] _fail;
    private readonly int[] _outEntry;
    private readonly int[] _outLink;
    private readonly int[] _depth;

    private LexiconScanner(
        LexiconDictionary dictionary,
        ushort[] classOf,
        int[] rootNext,
        int[] firstChild,
        ushort[] childClass,
        int[] childState,
        int[] fail,
        int[] outEntry,
        int[] outLink,
        int[] depth)
    {
        Dictionary = dictionary;
        _classOf = classOf;
        _rootNext = rootNext;
        _firstChild = firstChild;
        _childClass = childClass;
        _childState = childState;
        _fail = fail;
        _outEntry = outEntry;
        _outLink = outLink;
        _depth = depth;
    }

    public LexiconDictionary Dictionary { get; }

    /// <summary>Number of automaton states (trie nodes including the root).</summary>
    public int StateCount => _fail.Length;

    /// <summary>Bytes held by the automaton's arrays.</summary>
    public long ApproximateBytes =>
        (_classOf.Length * 2L) + (_rootNext.Length * 4L) + (_firstChild.Length * 4L) + (_childClass.Length * 2L)
        + (_childState.Length * 4L) + (_fail.Length * 4L * 4);

    public static LexiconScanner Build(LexiconDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        var entries = dictionary.Entries;

        // Dense classes for the characters the terms use.
        var classOf = new ushort[char.MaxValue + 1];
        var classCount = 0;
        var foldedTerms = new string[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var folded = TextFolding.Fold(entries[i].Term);
            foldedTerms[i] = folded;
            foreach (var c in folded)
            {
                if (classOf[c] == 0)
                {
                    if (classCount == ushort.MaxValue - 1)
                    {
                        throw new InvalidOperationException("词典使用的不同字符过多。");
                    }

                    classOf[c] = (ushort)++classCount;
                }
            }
        }

        // Trie with a hash of (state, class) -> child while building.
        var edges = new Dictionary<long, int>();
        var depth = new List<int> { 0 };
        var outEntry = new List<int> { -1 };
        var childrenOf = new List<List<(ushort Class, int State)>> { new() };
        for (var i = 0; i < foldedTerms.Length; i++)
        {
            var state = 0;
            foreach (var c in foldedTerms[i])
            {
                var cls = classOf[c];
                var key = ((long)state << 16) | cls;
                if (!edges.TryGetValue(key, out var next))
                {
                    next = depth.Count;
                    edges.Add(key, next);
                    depth.Add(depth[state] + 1);
                    outEntry.Add(-1);
                    childrenOf.Add([]);
                    childrenOf[state].Add((cls, next));
                }

                state = next;
            }

            // Duplicates are rejected by the dictionary; the first entry wins if one slips through.
            if (outEntry[state] < 0)
            {
                outEntry[state] = i;
            }
        }

        var stateCount = depth.Count;
        var rootNext = new int[classCount + 1];
        var firstChild = new int[stateCount + 1];
        var totalChildren = 0;
        for (var s = 0; s < stateCount; s++)
        {
            firstChild[s] = totalChildren;
            if (s != 0)
            {
                totalChildren += childrenOf[s].Count;
            }
        }

        firstChild[stateCount] = totalChildren;
        var childClass = new ushort[totalChildren];
        var childState = new int[totalChildren];
        foreach (var (cls, child) in childrenOf[0])
        {
            rootNext[cls] = child;
        }

        for (var s = 1; s < stateCount; s++)
        {
            var children = childrenOf[s];
            children.Sort(static (a, b) => a.Class.CompareTo(b.Class));
            var offset = firstChild[s];
            for (var k = 0; k < children.Count; k++)
            {
                childClass[offset + k] = children[k].Class;
                childState[offset + k] = children[k].State;
            }
        }

        // Failure and output links, breadth first.
        var fail = new int[stateCount];
        var outLink = new int[stateCount];
        var outEntries = outEntry.ToArray();
        var queue = new Queue<int>();
        foreach (var (_, child) in childrenOf[0])
        {
            fail[child] = 0;
            outLink[child] = -1;
            queue.Enqueue(child);
        }

        outLink[0] = -1;
        var scanner = new LexiconScanner(dictionary, classOf, rootNext, firstChild, childClass, childState, fail, outEntries, outLink, depth.ToArray());
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            for (var k = firstChild[state]; k < firstChild[state + 1]; k++)
            {
                var cls = childClass[k];
                var child = childState[k];
                var f = fail[state];
                int target;
                while (true)
                {
                    target = scanner.Step(f, cls);
                    if (target >= 0 || f == 0)
                    {
                        break;
                    }

                    f = fail[f];
                }

                fail[child] = target < 0 || target == child ? 0 : target;
                var failState = fail[child];
                outLink[child] = outEntries[failState] >= 0 ? failState : outLink[failState];
                queue.Enqueue(child);
            }
        }

        return scanner;
    }

    /// <summary>Adds every occurrence of every term in <paramref name="text"/> to <paramref name="hits"/>; returns how many were added.</summary>
    public int Scan(ReadOnlySpan<char> text, List<LexiconHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var before = hits.Count;
        var classOf = _classOf;
        var outEntry = _outEntry;
        var outLink = _outLink;
        var depth = _depth;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var cls = classOf[TextFolding.Fold(text[i])];
            if (cls == 0)
            {
                state = 0;
                continue;
            }

            state = Next(state, cls);
            var output = outEntry[state] >= 0 ? state : outLink[state];
            while (output >= 0)
            {
                var length = depth[output];
                hits.Add(new LexiconHit(outEntry[output], i - length + 1, length));
                output = outLink[output];
            }
        }

        return hits.Count - before;
    }

    /// <summary>Counts occurrences without collecting them (for measuring).</summary>
    public long Count(ReadOnlySpan<char> text)
    {
        var classOf = _classOf;
        var outEntry = _outEntry;
        var outLink = _outLink;
        long count = 0;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var cls = classOf[TextFolding.Fold(text[i])];
            if (cls == 0)
            {
                state = 0;
                continue;
            }

            state = Next(state, cls);
            var output = outEntry[state] >= 0 ? state : outLink[state];
            while (output >= 0)
            {
                count++;
                output = outLink[output];
            }
        }

        return count;
    }

    private int Next(int state, ushort cls)
    {
        while (state != 0)
        {
            var next = Step(state, cls);
            if (next >= 0)
            {
                return next;
            }

            state = _fail[state];
        }

        return _rootNext[cls];
    }

    /// <summary>The child of <paramref name="state"/> on <paramref name="cls"/>, or -1 (0 from the root means none).</summary>
    private int Step(int state, ushort cls)
    {
        if (state == 0)
        {
            var root = _rootNext[cls];
            return root == 0 ? -1 : root;
        }

        var low = _firstChild[state];
        var high = _firstChild[state + 1];
        if (high - low <= LinearSearchLimit)
        {
            for (var k = low; k < high; k++)
            {
                if (_childClass[k] == cls)
                {
                    return _childState[k];
                }
            }

            return -1;
        }

        var index = Array.BinarySearch(_childClass, low, high - low, cls);
        return index >= 0 ? _childState[index] : -1;
    }
}
