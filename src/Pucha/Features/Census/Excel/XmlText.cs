namespace Pucha.Features.Census.Excel;

/// <summary>Text that XML 1.0 can carry: stored values may hold control characters that would make the file unreadable.</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        var index = text.AsSpan().IndexOfAnyExcept(Valid);
        if (index < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsValid(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsValid(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);

    private static readonly System.Buffers.SearchValues<char> Valid = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(IsValid).ToArray());
}
