using System.Text.Json;

namespace Pucha.Inspection.Columns;

/// <summary>
/// Reads a column table given as JSON (--columns): either an array of columns or an object with a
/// "columns" array; each column is {"category", "kind", "name", "url"} (name and url required).
/// The shape is documented in docs/report-format.md.
/// </summary>
public static class ColumnListFile
{
    private const long MaxFileBytes = 4 * 1024 * 1024;

    public static IReadOnlyList<ColumnDefinition> Load(string path, Uri homepage)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new FormatException($"栏目表文件不存在：{path}");
        if (info.Length > MaxFileBytes)
            throw new FormatException($"栏目表文件过大（超过{MaxFileBytes / 1024 / 1024} MB）：{path}");
        return Parse(File.ReadAllText(path), homepage);
    }

    public static IReadOnlyList<ColumnDefinition> Parse(string json, Uri homepage)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new FormatException($"栏目表不是有效的JSON：{e.Message}");
        }
        using (document)
        {
            var array = document.RootElement.ValueKind switch
            {
                JsonValueKind.Array => document.RootElement,
                JsonValueKind.Object when document.RootElement.TryGetProperty("columns", out var columns) && columns.ValueKind == JsonValueKind.Array => columns,
                _ => throw new FormatException("栏目表应为数组，或含 \"columns\" 数组的对象"),
            };
            var result = new List<ColumnDefinition>();
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object)
                    throw new FormatException($"栏目表第{index}项不是对象");
                var name = Text(item, "name");
                var url = Text(item, "url");
                if (string.IsNullOrWhiteSpace(name))
                    throw new FormatException($"栏目表第{index}项缺少栏目名称（name）");
                if (string.IsNullOrWhiteSpace(url) || url.Trim() == "无")
                    continue;
                if (!Uri.TryCreate(homepage, url.Trim(), out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
                    throw new FormatException($"栏目表第{index}项（{name}）的地址无效：{url}");
                result.Add(new ColumnDefinition(Text(item, "category"), Text(item, "kind"), name.Trim(), address));
            }
            return result;
        }
    }

    private static string? Text(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
