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
/// root's transitions are a dense array over classes. A state with no child or a single child
/// (most of them: the tails of terms) answers from two per-state arrays without a lookup; the
/// transitions of states with several children live in one open-addressing hash table keyed by
/// (state, class). Failure and output links are per-state
/// arrays; an output link skips straight to the next state on the failure chain that ends a term.
/// </remarks>
internal sealed class LexiconScanner
{
    /// <summary>Marks a state without children in the only-child array (class 0 is never a term character).</summary>
    private const ushort NoChild = 0;

    /// <summary>Marks a state with several children: its transitions are in the hash table.</summary>
    private const ushort SeveralChildren = ushort.MaxValue;

    private readonly ushort[] _classOfRaw;
    private readonly int[] _rootNext;
    private readonly EdgeTable _edges;
    private readonly State[] _states;
    private readonly int[] _outEntry;
    private readonly int[] _outLink;
    private readonly int[] _depth;

    private LexiconScanner(
        LexiconDictionary dictionary,
        ushort[] classOfRaw,
        int[] rootNext,
        EdgeTable edges,
        State[] states,
        int[] outEntry,
        int[] outLink,
        int[] depth)
    {
        Dictionary = dictionary;
        _classOfRaw = classOfRaw;
        _rootNext = rootNext;
        _edges = edges;
        _states = states;
        _outEntry = outEntry;
        _outLink = outLink;
        _depth = depth;
    }

    public LexiconDictionary Dictionary { get; }

    /// <summary>Number of automaton states (trie nodes including the root).</summary>
    public int StateCount => _states.Length;

    /// <summary>Bytes held by the automaton's arrays.</summary>
    public long ApproximateBytes =>
        (_classOfRaw.Length * 2L) + (_rootNext.Length * 4L) + _edges.Bytes + (_states.Length * (16L + (4 * 3)));

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
        var onlyChildClass = new ushort[capacity];
        var onlyChild = new int[capacity];
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
                        if (onlyChildClass[state] == NoChild)
                        {
                            onlyChildClass[state] = cls;
                            onlyChild[state] = next;
                        }
                        else
                        {
                            onlyChildClass[state] = SeveralChildren;
                        }
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
        Array.Resize(ref onlyChildClass, stateCount);
        Array.Resize(ref onlyChild, stateCount);

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

        var states = new State[stateCount];
        for (var s = 0; s < stateCount; s++)
        {
            states[s] = new State { OnlyChildClass = onlyChildClass[s], OnlyChild = onlyChild[s] };
        }

        var fail = new int[stateCount];
        var outLink = new int[stateCount];
        var scanner = new LexiconScanner(dictionary, classOfRaw, rootNext, edges, states, outEntry, outLink, depth);
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

        for (var s = 0; s < stateCount; s++)
        {
            states[s].Fail = fail[s];
            states[s].FirstOutput = outEntry[s] >= 0 ? s : outLink[s];
        }

        return scanner;
    }

    /// <summary>Adds every occurrence of every term in <paramref name="text"/> to <paramref name="hits"/>; returns how many were added.</summary>
    public int Scan(ReadOnlySpan<char> text, List<LexiconHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var before = hits.Count;
        var classOf = _classOfRaw;
        var states = _states;
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
            var output = states[state].FirstOutput;
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
        var states = _states;
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
            var output = states[state].FirstOutput;
            while (output >= 0)
            {
                count++;
                output = outLink[output];
            }
        }

        return count;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Next(int state, ushort cls)
    {
        var states = _states;
        while (state != 0)
        {
            ref readonly var info = ref states[state];
            if (info.OnlyChildClass == cls)
            {
                return info.OnlyChild;
            }

            if (info.OnlyChildClass == SeveralChildren)
            {
                var next = _edges.Find(state, cls);
                if (next >= 0)
                {
                    return next;
                }
            }

            state = info.Fail;
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

        ref readonly var info = ref _states[state];
        return info.OnlyChildClass == cls ? info.OnlyChild : info.OnlyChildClass == SeveralChildren ? _edges.Find(state, cls) : -1;
    }

    /// <summary>What the hot loop reads about a state, kept together so one visit touches one cache line.</summary>
    private struct State
    {
        /// <summary>The single child, when <see cref="OnlyChildClass"/> is a class.</summary>
        public int OnlyChild;

        /// <summary>The failure link.</summary>
        public int Fail;

        /// <summary>This state if it ends a term, else the nearest state on its failure chain that does, else -1.</summary>
        public int FirstOutput;

        /// <summary>The only child's class, <see cref="NoChild"/> or <see cref="SeveralChildren"/>.</summary>
        public ushort OnlyChildClass;
    }

    /// <summary>
    /// Open-addressing hash of the edges of states with several children: keyed by (state, class),
    /// state 0 marking an empty slot (the root's edges are not stored here); linear probing; load
    /// factor kept at or below one half. Key and target share one slot so a probe touches one line.
    /// </summary>
    private sealed class EdgeTable
    {
        private Slot[] _slots;
        private int _mask;
        private int _shift;
        private int _count;

        public EdgeTable(int expected)
        {
            var size = 16;
            while (size < expected * 2)
            {
                size <<= 1;
            }

            _slots = new Slot[size];
            _mask = size - 1;
            _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        }

        public long Bytes => _slots.Length * 12L;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Find(int state, ushort cls)
        {
            var slots = _slots;
            var slot = Hash(state, cls);
            while (true)
            {
                ref readonly var entry = ref slots[slot];
                if (entry.State == state && entry.Class == cls)
                {
                    return entry.Next;
                }

                if (entry.State == 0)
                {
                    return -1;
                }

                slot = (slot + 1) & _mask;
            }
        }

        public void Add(int state, ushort cls, int next)
        {
            if ((_count + 1) * 2 > _slots.Length)
            {
                Grow();
            }

            Insert(state, cls, next);
            _count++;
        }

        private int Hash(int state, ushort cls) =>
            (int)(((((ulong)(uint)state << 16) | cls) * 0x9E3779B97F4A7C15UL) >> _shift);

        private void Insert(int state, ushort cls, int next)
        {
            var slot = Hash(state, cls);
            while (_slots[slot].State != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot { State = state, Class = cls, Next = next };
        }

        private void Grow()
        {
            var old = _slots;
            _slots = new Slot[old.Length * 2];
            _mask = _slots.Length - 1;
            _shift--;
            foreach (var entry in old)
            {
                if (entry.State != 0)
                {
                    Insert(entry.State, entry.Class, entry.Next);
                }
            }
        }

        private struct Slot
        {
            public int State;
            public int Next;
            public ushort Class;
        }
    }
}
