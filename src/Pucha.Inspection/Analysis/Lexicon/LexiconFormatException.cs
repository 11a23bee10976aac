namespace Pucha.Inspection.Analysis.Lexicon;

/// <summary>A dictionary file has a malformed line; the message names the file and the line.</summary>
public sealed class LexiconFormatException : FormatException
{
    public LexiconFormatException(string source, int line, string problem)
        : base($"{source} 第 {line} 行：{problem}")
    {
        Source = source;
        Line = line;
        Problem = problem;
    }

    public new string Source { get; }

    public int Line { get; }

    public string Problem { get; }
}
