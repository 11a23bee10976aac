using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pucha.Features.Census.Excel;

/// <summary>The shared-string table being built while sheets are written: each distinct text stored once.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];
    private int _references;

    public int IndexOf(string text)
    {
        text = XmlText.Clean(text);
        _references++;
        if (!_index.TryGetValue(text, out var index))
        {
            index = _texts.Count;
            _index.Add(text, index);
            _texts.Add(text);
        }

        return index;
    }

    public void WriteTo(SharedStringTablePart part)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new SharedStringTable(), [
            new OpenXmlAttribute("count", "", _references.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new OpenXmlAttribute("uniqueCount", "", _texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        foreach (var text in _texts)
        {
            var needsPreserve = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
            var t = new Text(text);
            if (needsPreserve)
            {
                t.Space = SpaceProcessingModeValues.Preserve;
            }

            writer.WriteElement(new SharedStringItem(t));
        }

        writer.WriteEndElement();
    }
}
