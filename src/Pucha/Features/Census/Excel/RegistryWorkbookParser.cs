namespace Pucha.Features.Census.Excel;

/// <summary>
/// Turns the sheets of an uploaded workbook into <see cref="RegistryRecord"/>s, checking that it is
/// the current template (version marker, sheet names, every header as printed on the official form), that no
/// cell holds a formula, that each site appears once and that every site has its 栏目 block. Field
/// values are checked afterwards by the platform's validators.
/// </summary>
public static class RegistryWorkbookParser
{
    public static ParsedWorkbook Parse(IReadOnlyList<GridSheet> sheets, ImportLimits limits)
    {
        var errors = new ErrorList(limits.MaxErrors);
        CheckMarker(sheets, errors);
        var basic = FindSheet(sheets, RegistryLayout.BasicSheet, errors);
        var columns = FindSheet(sheets, RegistryLayout.ColumnsSheet, errors);
        if (basic is null || columns is null || errors.Count > 0)
        {
            return ParsedWorkbook.Failed(errors.Items);
        }

        CheckBasicHeaders(basic, errors);
        if (errors.Count > 0)
        {
            return ParsedWorkbook.Failed(errors.Items);
        }

        var (sites, signatureRow) = ReadSites(basic, limits, errors);
        var signature = ReadSignature(basic, signatureRow);
        ReadColumnBlocks(columns, sites, errors);
        foreach (var site in sites.Where(s => s.BlockRow == 0 && s[RegistryField.HomepageUrl].Length > 0))
        {
            errors.Add(new ImportError(RegistryLayout.BasicSheet, site.Row, RegistryLayout.ByField[RegistryField.HomepageUrl].Display,
                $"缺少该网站的栏目（系统）基本信息：请在工作表“{RegistryLayout.ColumnsSheet}”中填写首页网址为“{site[RegistryField.HomepageUrl]}”的一组。"));
        }

        if (signatureRow == 0)
        {
            errors.Add(new ImportError(basic.Name, null, null,
                "缺少签字栏（单位负责人、审核人、填报人、联系电话、填报日期）。请勿删除模板中的签字栏。"));
        }

        return new ParsedWorkbook(sites, errors.Items, signature, signatureRow);
    }

    private static void CheckMarker(IReadOnlyList<GridSheet> sheets, ErrorList errors)
    {
        var marker = sheets.FirstOrDefault(s => s.Name == RegistryLayout.MarkerSheet)?.Text(1, 1).Trim();
        if (string.IsNullOrEmpty(marker))
        {
            errors.Add(ImportError.File("该文件不是本平台的导入模板，或模板版本过旧（缺少模板版本标记）。请下载最新的导入模板，填写后重新导入。"));
        }
        else if (marker != RegistryLayout.TemplateMarker)
        {
            errors.Add(ImportError.File($"导入模板版本不符（文件为“{Shorten(marker)}”，当前为“{RegistryLayout.TemplateMarker}”）。请下载最新的导入模板，填写后重新导入。"));
        }
    }

    private static GridSheet? FindSheet(IReadOnlyList<GridSheet> sheets, string name, ErrorList errors)
    {
        var sheet = sheets.FirstOrDefault(s => RegistryLayout.SameLabel(s.Name, name));
        if (sheet is null)
        {
            errors.Add(ImportError.File($"缺少工作表“{name}”。请勿修改模板的工作表名称。"));
        }

        return sheet;
    }

    private static void CheckBasicHeaders(GridSheet sheet, ErrorList errors)
    {
        foreach (var column in RegistryLayout.Columns)
        {
            if (column.Group is null)
            {
                Expect(sheet, RegistryLayout.GroupHeaderRow, column.Number, column.Header, errors);
                continue;
            }

            if (column == RegistryLayout.Columns.First(c => c.Group == column.Group))
            {
                Expect(sheet, RegistryLayout.GroupHeaderRow, column.Number, column.Group, errors);
            }

            Expect(sheet, RegistryLayout.HeaderRow, column.Number, column.Header, errors);
        }
    }

    private static void Expect(GridSheet sheet, int row, int column, string expected, ErrorList errors)
    {
        var actual = sheet.Text(row, column);
        if (!RegistryLayout.SameLabel(actual, expected))
        {
            errors.Add(new ImportError(sheet.Name, row, $"{RegistryLayout.ColumnLetter(column)}列",
                actual.Length == 0
                    ? $"表头应为“{expected}”，实际为空。模板已被修改，请使用最新的导入模板。"
                    : $"表头应为“{expected}”，实际为“{Shorten(actual)}”。模板已被修改，请使用最新的导入模板。"));
        }
    }

    private static (List<RegistryRecord> Sites, int SignatureRow) ReadSites(GridSheet sheet, ImportLimits limits, ErrorList errors)
    {
        var sites = new List<RegistryRecord>();
        var signatureRow = 0;
        var firstRowOfUrl = new Dictionary<string, int>(StringComparer.Ordinal);
        var urlColumn = RegistryLayout.ByField[RegistryField.HomepageUrl];
        foreach (var row in sheet.Rows)
        {
            var number = row.Number;
            if (number < RegistryLayout.FirstDataRow)
            {
                continue;
            }

            var first = row.Cells.Length > 0 ? row.Cells[0]?.Trim() ?? "" : "";
            if (first.StartsWith(RegistryLayout.SignatureFirstLabel, StringComparison.Ordinal))
            {
                signatureRow = number;
                break; // the signature block ends the table
            }

            if (row.IsBlank && row.FormulaColumns is null)
            {
                continue;
            }

            if (sites.Count == limits.MaxSites)
            {
                errors.Add(ImportError.File(ImportMessages.TooManySites(limits.MaxSites)));
                break;
            }

            ReportFormulas(sheet.Name, row, errors);
            var site = new RegistryRecord { Row = number };
            foreach (var column in RegistryLayout.Columns)
            {
                site[column.Field] = (column.Number <= row.Cells.Length ? row.Cells[column.Number - 1] : null)?.Trim() ?? "";
            }

            var url = site[RegistryField.HomepageUrl];
            if (url.Length > 0)
            {
                var key = HomepageKey.Of(url);
                if (firstRowOfUrl.TryGetValue(key, out var earlier))
                {
                    errors.Add(new ImportError(sheet.Name, number, urlColumn.Display, $"首页网址与第{earlier}行重复，同一网站只能填报一次。"));
                }
                else
                {
                    firstRowOfUrl.Add(key, number);
                }
            }

            sites.Add(site);
        }

        if (sites.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ImportError(sheet.Name, RegistryLayout.FirstDataRow, null, "表中没有填写任何网站。"));
        }

        return (sites, signatureRow);
    }

    /// <summary>Each value is in the cell after its label, or typed after the label's colon in the same cell.</summary>
    private static RegistrySignature ReadSignature(GridSheet sheet, int row)
    {
        if (row == 0)
        {
            return RegistrySignature.Blank;
        }

        var values = new string[RegistryLayout.Signatures.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var (label, column) = RegistryLayout.Signatures[i];
            var value = sheet.Text(row, column + 1).Trim();
            var labelCell = sheet.Text(row, column).Trim();
            var bare = label.TrimEnd('：');
            if (value.Length == 0 && labelCell.StartsWith(bare, StringComparison.Ordinal))
            {
                value = labelCell[bare.Length..].TrimStart('：', ':', ' ').Trim();
            }

            values[i] = value;
        }

        return RegistrySignature.FromValues(values);
    }

    private static void ReadColumnBlocks(GridSheet sheet, List<RegistryRecord> sites, ErrorList errors)
    {
        var byUrl = new Dictionary<string, RegistryRecord>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            if (site[RegistryField.HomepageUrl].Length > 0)
            {
                byUrl.TryAdd(HomepageKey.Of(site[RegistryField.HomepageUrl]), site);
            }
        }

        foreach (var row in sheet.Rows)
        {
            // Only a cell starting with 首页 can be a block's label: skip the 14 kind rows cheaply.
            if (row.Cells.Length == 0 || row.Cells[0] is not { } first || !first.TrimStart().StartsWith('首')
                || !RegistryLayout.SameLabel(first, RegistryLayout.BlockLabel))
            {
                continue;
            }

            ReadBlock(sheet, row.Number, byUrl, errors);
        }
    }

    private static void ReadBlock(GridSheet sheet, int start, Dictionary<string, RegistryRecord> byUrl, ErrorList errors)
    {
        var before = errors.Count;
        var header = start + 1;
        ExpectBlock(sheet, header, 1, RegistryLayout.CategoryHeader, errors);
        ExpectBlock(sheet, header, 3, RegistryLayout.NameHeader, errors);
        ExpectBlock(sheet, header, 4, RegistryLayout.AddressHeader, errors);
        for (var k = 0; k < RegistryLayout.ColumnKinds.Count; k++)
        {
            ExpectBlock(sheet, header + 1 + k, 2, RegistryLayout.KindLabel(RegistryLayout.ColumnKinds[k]), errors);
        }

        if (errors.Count > before)
        {
            return;
        }

        var names = new string[RegistryLayout.ColumnKinds.Count];
        var addresses = new string[RegistryLayout.ColumnKinds.Count];
        var anything = false;
        for (var k = 0; k < names.Length; k++)
        {
            var rowNumber = header + 1 + k;
            if (sheet.TryGetRow(rowNumber, out var row))
            {
                ReportFormulas(sheet.Name, row, errors);
            }

            names[k] = sheet.Text(rowNumber, 3).Trim();
            addresses[k] = sheet.Text(rowNumber, 4).Trim();
            anything |= names[k].Length > 0 || addresses[k].Length > 0;
        }

        if (sheet.TryGetRow(start, out var urlRow))
        {
            ReportFormulas(sheet.Name, urlRow, errors);
        }

        var url = sheet.Text(start, 2).Trim();
        if (url.Length == 0)
        {
            if (anything)
            {
                errors.Add(new ImportError(sheet.Name, start, "B列（首页网址）", "请填写该组栏目所属网站的首页网址。"));
            }

            return; // an unused empty block, as in the blank template
        }

        if (!byUrl.TryGetValue(HomepageKey.Of(url), out var site))
        {
            errors.Add(new ImportError(sheet.Name, start, "B列（首页网址）",
                $"工作表“{RegistryLayout.BasicSheet}”中没有首页网址为“{Shorten(url)}”的网站。"));
            return;
        }

        if (site.BlockRow != 0)
        {
            errors.Add(new ImportError(sheet.Name, start, "B列（首页网址）", $"该网站的栏目信息已在第{site.BlockRow}行填写，不能重复。"));
            return;
        }

        site.BlockRow = start;
        names.CopyTo(site.ColumnNames, 0);
        addresses.CopyTo(site.ColumnAddresses, 0);
    }

    private static void ExpectBlock(GridSheet sheet, int row, int column, string expected, ErrorList errors)
    {
        if (!RegistryLayout.SameLabel(sheet.Text(row, column), expected))
        {
            errors.Add(new ImportError(sheet.Name, row, $"{RegistryLayout.ColumnLetter(column)}列",
                $"应为“{expected}”，实际为“{Shorten(sheet.Text(row, column))}”。栏目表的格式已被修改，请使用最新的导入模板。"));
        }
    }

    private static void ReportFormulas(string sheet, GridRow row, ErrorList errors)
    {
        if (row.FormulaColumns is null)
        {
            return;
        }

        foreach (var column in row.FormulaColumns)
        {
            var name = sheet == RegistryLayout.BasicSheet && column <= RegistryLayout.ColumnCount
                ? RegistryLayout.Columns[column - 1].Display
                : $"{RegistryLayout.ColumnLetter(column)}列";
            errors.Add(new ImportError(sheet, row.Number, name, "单元格使用了公式，请改为直接填写内容（可复制后“选择性粘贴—数值”）。"));
        }
    }

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
