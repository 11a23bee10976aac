using Pucha.Inspection.Analysis.Text;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Analysis.Lexicon;

/// <summary>
/// A dictionary of wrong forms and forbidden terms, read from the text format described in
/// docs/dictionary-format.md: UTF-8, one entry a line, <c>wrong TAB right TAB severity</c>,
/// <c>term TAB TAB severity</c> or a bare term; <c>#</c> starts a comment line; blank lines are
/// skipped. Any malformed line stops the load with a <see cref="LexiconFormatException"/>.
/// </summary>
public sealed class LexiconDictionary
{
    /// <summary>Longest term accepted, in characters.</summary>
    public const int MaxTermLength = 64;

    /// <summary>Most entries accepted in one dictionary.</summary>
    public const int MaxEntries = 1_000_000;

    private LexiconDictionary(IReadOnlyList<LexiconEntry> entries) => Entries = entries;

    public IReadOnlyList<LexiconEntry> Entries { get; }

    public static LexiconDictionary FromEntries(IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<LexiconEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            Validate(entry, "entries", seen);
            list.Add(entry);
        }

        return new LexiconDictionary(list);
    }

    public static LexiconDictionary Load(string path)
    {
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        return Parse(reader, Path.GetFileName(path));
    }

    public static LexiconDictionary Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<LexiconEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        string? line;
        try
        {
            line = reader.ReadLine();
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new LexiconFormatException(sourceName, 1, "文件不是有效的 UTF-8 编码");
        }

        while (line is not null)
        {
            lineNumber++;
            var entry = ParseLine(line, lineNumber, sourceName);
            if (entry is not null)
            {
                if (entries.Count >= MaxEntries)
                {
                    throw new LexiconFormatException(sourceName, lineNumber, $"词条超过上限 {MaxEntries} 条");
                }

                Validate(entry, sourceName, seen);
                entries.Add(entry);
            }

            try
            {
                line = reader.ReadLine();
            }
            catch (System.Text.DecoderFallbackException)
            {
                throw new LexiconFormatException(sourceName, lineNumber + 1, "不是有效的 UTF-8 编码");
            }
        }

        return new LexiconDictionary(entries);
    }

    private static LexiconEntry? ParseLine(string line, int lineNumber, string source)
    {
        var trimmed = line.TrimEnd('\r');
        if (trimmed.Length == 0 || trimmed.Trim().Length == 0 || trimmed.TrimStart().StartsWith('#'))
        {
            return null;
        }

        var fields = trimmed.Split('\t');
        if (fields.Length > 3)
        {
            throw new LexiconFormatException(source, lineNumber, $"字段过多（{fields.Length} 个，最多 3 个：错误写法、正确写法、严重程度，以制表符分隔）");
        }

        var term = fields[0].Trim();
        if (term.Length == 0)
        {
            throw new LexiconFormatException(source, lineNumber, "第一个字段（词语）为空");
        }

        var suggestion = fields.Length > 1 ? fields[1].Trim() : string.Empty;
        var severity = Severity.Error;
        if (fields.Length > 2)
        {
            var name = fields[2].Trim();
            if (name.Length > 0 && !TryParseSeverity(name, out severity))
            {
                throw new LexiconFormatException(source, lineNumber, $"无法识别的严重程度「{name}」（可用：info/warning/error/veto 或 提示/警告/错误/否决）");
            }
        }

        return new LexiconEntry(term, suggestion.Length == 0 ? null : suggestion, severity, lineNumber);
    }

    private static void Validate(LexiconEntry entry, string source, Dictionary<string, int> seen)
    {
        if (string.IsNullOrWhiteSpace(entry.Term))
        {
            throw new LexiconFormatException(source, entry.Line, "词语为空");
        }

        if (entry.Term.Length > MaxTermLength)
        {
            throw new LexiconFormatException(source, entry.Line, $"词语长度 {entry.Term.Length} 超过上限 {MaxTermLength} 个字符");
        }

        var folded = TextFolding.Fold(entry.Term);
        if (entry.Suggestion is not null && TextFolding.Fold(entry.Suggestion) == folded)
        {
            throw new LexiconFormatException(source, entry.Line, $"错误写法「{entry.Term}」与正确写法相同（按全半角、繁简折叠后）");
        }

        if (!seen.TryAdd(folded, entry.Line))
        {
            throw new LexiconFormatException(source, entry.Line, $"词语「{entry.Term}」与第 {seen[folded]} 行重复（按全半角、繁简折叠后）");
        }
    }

    private static bool TryParseSeverity(string name, out Severity severity)
    {
        switch (name.ToLowerInvariant())
        {
            case "info" or "提示":
                severity = Severity.Info;
                return true;
            case "warning" or "警告":
                severity = Severity.Warning;
                return true;
            case "error" or "错误":
                severity = Severity.Error;
                return true;
            case "veto" or "否决":
                severity = Severity.Veto;
                return true;
            default:
                severity = Severity.Error;
                return false;
        }
    }
}
