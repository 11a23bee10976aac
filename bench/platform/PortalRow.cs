namespace Pucha.Bench.Platform;

/// <summary>One line of gov_portals_2019.csv: a real portal with its GB/T 2260 code and the names of its divisions.</summary>
public sealed record PortalRow(string RegionCode, IReadOnlyList<string> DivisionNames, string SiteName, string Url)
{
    /// <summary>Reads the CSV (quoted fields, header first); rows without a usable code or URL are skipped.</summary>
    public static List<PortalRow> Read(string path)
    {
        var rows = new List<PortalRow>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = SplitCsv(line);
            if (fields.Count < 8)
                continue;
            var code = fields[2].PadRight(6, '0');
            if (code.Length != 6 || !code.All(char.IsAsciiDigit) || !Uri.TryCreate(fields[7].Trim(), UriKind.Absolute, out var url))
                continue;
            rows.Add(new PortalRow(code, fields[3].Split('|', StringSplitOptions.RemoveEmptyEntries), fields[4], url.GetLeftPart(UriPartial.Authority) + "/"));
        }

        return rows;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    current.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
                current.Append(c);
        }

        fields.Add(current.ToString());
        return fields;
    }
}
