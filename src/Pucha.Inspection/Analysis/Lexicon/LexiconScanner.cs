using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Analysis.Lexicon;

/// <summary>
/// Finds every occurrence of every dictionary term in a text in one pass (Aho–Corasick), folding
/// full/half width, letter case and traditional/simplified characters as it reads. Built once per
/// run and shared (immutable, thread-safe): scanning allocates nothing but the hits the caller
/// collects.
/// </summary>
/// <remarks>
/// Layout, all flat arrays: one 64K table maps a raw UTF-16 unit straight to the dense class of its
/// folded character (0 = in no term, which sends the automaton back to the root at once). The
/// root's transitions are a dense array over classes; every other transition lives in one
/// open-addressing hash table keyed by (state, class). Failure and output links are per-state
/// arrays; an output link skips straight to the next state on the failure chain that ends a term.
/// </remarks>
public sealed class LexiconScanner
{
    private readonly ushort[] _classOfRaw;
    private readonly int[] _rootNext;
    private readonly EdgeTable _edges;
    private readonly int[] _fail;
    private readonly int[] _outEntry;
    private readonly int[] _outLink;
    private readonly int[] _depth;

    private LexiconScanner(LexiconDictionary dictionary, ushort[] classOfRaw, int[] rootNext, EdgeTable edges, int[] fail, int[] outEntry, int[] outLink, int[] depth)
    {
        Dictionary = dictionary;
        _classOfRaw = classOfRaw;
        _rootNext = rootNext;
        _edges = edges;
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
        (_classOfRaw.Length * 2L) + (_rootNext.Length * 4L) + _edges.Bytes + (_fail.Length * 4L * 4);

    public static LexiconScanner Build(LexiconDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        var entries = dictionary.Entries;

        // Dense classes for the (folded) characters the terms use.
        var classOfFolded = new ushort[char.MaxValue + 1];
        var classCount = 0;
        var totalChars = 0;
        foreach (var entry in entries)
        {
            foreach (var raw in entry.Term)
            {
                var c = TextFolding.Fold(raw);
                if (classOfFolded[c] == 0)
                {
                    if (classCount == ushort.MaxValue - 1)
                    {
                        throw new InvalidOperationException("词典使用的不同字符过多。");
                    }

                    classOfFolded[c] = (ushort)++classCount;
                }
            }

            totalChars += entry.Term.Length;
        }

        var classOfRaw = new ushort[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            classOfRaw[c] = classOfFolded[TextFolding.Fold((char)c)];
        }

        // Trie. States are numbered in creation order; parent and incoming class are kept so the
        // failure links can be computed level by level without child lists.
        var capacity = totalChars + 1;
        var parent = new int[capacity];
        var incoming = new ushort[capacity];
        var depth = new int[capacity];
        var outEntry = new int[capacity];
        Array.Fill(outEntry, -1);
        var rootNext = new int[classCount + 1];
        var edges = new EdgeTable(Math.Max(16, totalChars));
        var stateCount = 1;
        for (var i = 0; i < entries.Count; i++)
        {
            var state = 0;
            foreach (var raw in entries[i].Term)
            {
                var cls = classOfRaw[raw];
                var next = state == 0 ? (rootNext[cls] == 0 ? -1 : rootNext[cls]) : edges.Find(state, cls);
                if (next < 0)
                {
                    next = stateCount++;
                    parent[next] = state;
                    incoming[next] = cls;
                    depth[next] = depth[state] + 1;
                    if (state == 0)
                    {
                        rootNext[cls] = next;
                    }
                    else
                    {
                        edges.Add(state, cls, next);
                    }
                }

                state = next;
            }

            // Duplicates are rejected by the dictionary; the first entry wins if one slips through.
            if (outEntry[state] < 0)
            {
                outEntry[state] = i;
            }
        }

        Array.Resize(ref depth, stateCount);
        Array.Resize(ref outEntry, stateCount);

        // States in breadth-first order (counting sort by depth), then failure and output links.
        var maxDepth = 0;
        for (var s = 0; s < stateCount; s++)
        {
            maxDepth = Math.Max(maxDepth, depth[s]);
        }

        var start = new int[maxDepth + 2];
        for (var s = 0; s < stateCount; s++)
        {
            start[depth[s] + 1]++;
        }

        for (var d = 1; d < start.Length; d++)
        {
            start[d] += start[d - 1];
        }

        var order = new int[stateCount];
        for (var s = 0; s < stateCount; s++)
        {
            order[start[depth[s]]++] = s;
        }

        var fail = new int[stateCount];
        var outLink = new int[stateCount];
        var scanner = new LexiconScanner(dictionary, classOfRaw, rootNext, edges, fail, outEntry, outLink, depth);
        foreach (var s in order)
        {
            if (depth[s] <= 1)
            {
                fail[s] = 0;
                outLink[s] = -1;
                continue;
            }

            var cls = incoming[s];
            var f = fail[parent[s]];
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

            fail[s] = target < 0 ? 0 : target;
            var failState = fail[s];
            outLink[s] = outEntry[failState] >= 0 ? failState : outLink[failState];
        }

        return scanner;
    }

    /// <summary>Adds every occurrence of every term in <paramref name="text"/> to <paramref name="hits"/>; returns how many were added.</summary>
    public int Scan(ReadOnlySpan<char> text, List<LexiconHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var before = hits.Count;
        var classOf = _classOfRaw;
        var outEntry = _outEntry;
        var outLink = _outLink;
        var depth = _depth;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var cls = classOf[text[i]];
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
        var classOf = _classOfRaw;
        var outEntry = _outEntry;
        var outLink = _outLink;
        long count = 0;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var cls = classOf[text[i]];
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
            var next = _edges.Find(state, cls);
            if (next >= 0)
            {
                return next;
            }

            state = _fail[state];
        }

        return _rootNext[cls];
    }

    /// <summary>The child of <paramref name="state"/> on <paramref name="cls"/>, or -1.</summary>
    private int Step(int state, ushort cls)
    {
        if (state == 0)
        {
            var root = _rootNext[cls];
            return root == 0 ? -1 : root;
        }

        return _edges.Find(state, cls);
    }

    /// <summary>
    /// Open-addressing hash of non-root edges: key (state &lt;&lt; 16 | class), never 0 because
    /// non-root states are ≥ 1; linear probing; load factor kept at or below one half.
    /// </summary>
    private sealed class EdgeTable
    {
        private ulong[] _keys;
        private int[] _values;
        private int _mask;
        private int _shift;
        private int _count;

        public EdgeTable(int expected)
        {
            var size = 1;
            while (size < expected * 2)
            {
                size <<= 1;
            }

            _keys = new ulong[size];
            _values = new int[size];
            _mask = size - 1;
            _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        }

        public long Bytes => (_keys.Length * 8L) + (_values.Length * 4L);

        public int Find(int state, ushort cls)
        {
            var key = ((ulong)(uint)state << 16) | cls;
            var keys = _keys;
            var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
            while (true)
            {
                var k = keys[slot];
                if (k == key)
                {
                    return _values[slot];
                }

                if (k == 0)
                {
                    return -1;
                }

                slot = (slot + 1) & _mask;
            }
        }

        public void Add(int state, ushort cls, int next)
        {
            if ((_count + 1) * 2 > _keys.Length)
            {
                Grow();
            }

            Insert(((ulong)(uint)state << 16) | cls, next);
            _count++;
        }

        private void Insert(ulong key, int value)
        {
            var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
        }

        private void Grow()
        {
            var oldKeys = _keys;
            var oldValues = _values;
            _keys = new ulong[oldKeys.Length * 2];
            _values = new int[oldKeys.Length * 2];
            _mask = _keys.Length - 1;
            _shift--;
            for (var i = 0; i < oldKeys.Length; i++)
            {
                if (oldKeys[i] != 0)
                {
                    Insert(oldKeys[i], oldValues[i]);
                }
            }
        }
    }
}
