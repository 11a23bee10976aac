// Throughput of the lexicon scanner (Aho–Corasick with character folding): a deterministic
// 50,000-entry dictionary over a deterministic Chinese text of about 88 MB (UTF-8).
// Usage: dotnet run -c Release --project bench/lexicon [-- <entries> <million chars> <runs>]
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pucha.Inspection.Analysis.Lexicon;
using Pucha.Inspection.Findings;

var entryCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;
var millionChars = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;

// A pool of 3,500 CJK characters (about the size of the common-character list), spread over the
// unified block, with a skewed draw so that some characters are far more frequent, as in real text.
var pool = Enumerable.Range(0, 3500).Select(i => (char)(0x4E00 + (i * 5))).ToArray();
char Draw(Random random)
{
    var u = random.NextDouble();
    return pool[(int)(u * u * pool.Length)];
}

// Dictionary: terms of 2–8 characters, unique.
var random = new Random(20191001);
var terms = new HashSet<string>(StringComparer.Ordinal);
var entries = new List<LexiconEntry>(entryCount);
while (entries.Count < entryCount)
{
    var length = 2 + random.Next(7);
    var term = new string(Enumerable.Range(0, length).Select(_ => Draw(random)).ToArray());
    if (terms.Add(term))
    {
        var forbidden = entries.Count % 5 == 0;
        entries.Add(new LexiconEntry(term, forbidden ? null : term + "正", forbidden ? Severity.Veto : Severity.Error, entries.Count + 1));
    }
}

var dictionary = LexiconDictionary.FromEntries(entries);

// Text: sentences of drawn characters, punctuation, digits and line breaks, with a dictionary
// term planted about every 1,000 characters.
var textBuilder = new StringBuilder(millionChars * 1_000_000 + 100);
var textRandom = new Random(20190929);
var punctuation = "，。、；：！？“”（）《》".ToCharArray();
while (textBuilder.Length < millionChars * 1_000_000)
{
    var sentence = 8 + textRandom.Next(40);
    for (var i = 0; i < sentence; i++)
    {
        textBuilder.Append(Draw(textRandom));
    }

    textBuilder.Append(punctuation[textRandom.Next(punctuation.Length)]);
    if (textRandom.Next(30) == 0)
    {
        textBuilder.Append(textRandom.Next(2019, 2026)).Append('年').Append('\n');
    }

    if (textRandom.Next(35) == 0)
    {
        textBuilder.Append(entries[textRandom.Next(entries.Count)].Term);
    }
}

var text = textBuilder.ToString();
var utf8Megabytes = Encoding.UTF8.GetByteCount(text) / 1_000_000.0;

// Build: measured several times, the median reported.
var buildTimes = new List<double>();
LexiconScanner? scanner = null;
long buildAllocated = 0;
for (var run = 0; run < runs; run++)
{
    GC.Collect();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var stopwatch = Stopwatch.StartNew();
    scanner = LexiconScanner.Build(dictionary);
    stopwatch.Stop();
    buildAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    buildTimes.Add(stopwatch.Elapsed.TotalMilliseconds);
}

GC.Collect();
var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
scanner = LexiconScanner.Build(dictionary);
var heapAfter = GC.GetTotalMemory(forceFullCollection: true);

// Warm-up: one pass over a tenth of the text, so tiered JIT has compiled the hot loop.
scanner.Count(text.AsSpan(0, text.Length / 10));
scanner.Count(text.AsSpan(0, text.Length / 10));

var countTimes = new List<double>();
long hitCount = 0;
for (var run = 0; run < runs; run++)
{
    var stopwatch = Stopwatch.StartNew();
    hitCount = scanner.Count(text);
    stopwatch.Stop();
    countTimes.Add(stopwatch.Elapsed.TotalSeconds);
}

var collectTimes = new List<double>();
var hits = new List<LexiconHit>(1 << 20);
long scanAllocated = 0;
for (var run = 0; run < runs; run++)
{
    hits.Clear();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var stopwatch = Stopwatch.StartNew();
    scanner.Scan(text, hits);
    stopwatch.Stop();
    scanAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    collectTimes.Add(stopwatch.Elapsed.TotalSeconds);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}

Console.WriteLine($"dictionary: {entries.Count:N0} entries, {scanner.StateCount:N0} states, automaton arrays {scanner.ApproximateBytes / 1048576.0:F1} MiB, managed heap growth {(heapAfter - heapBefore) / 1048576.0:F1} MiB, allocated while building {buildAllocated / 1048576.0:F1} MiB");
Console.WriteLine($"build: median {Median(buildTimes):F0} ms over {runs} runs (min {buildTimes.Min():F0}, max {buildTimes.Max():F0})");
Console.WriteLine($"text: {text.Length / 1e6:F1} M chars = {utf8Megabytes:F1} MB UTF-8; hits per pass {hitCount:N0}");
Console.WriteLine($"scan (count only): median {utf8Megabytes / Median(countTimes):F1} MB/s UTF-8 ({text.Length / 1e6 / Median(countTimes):F1} M chars/s), runs {string.Join(", ", countTimes.Select(t => (utf8Megabytes / t).ToString("F1", CultureInfo.InvariantCulture)))}");
Console.WriteLine($"scan (collect hits): median {utf8Megabytes / Median(collectTimes):F1} MB/s UTF-8, allocated in the last pass {scanAllocated / 1048576.0:F1} MiB (hit list growth only)");
return 0;
