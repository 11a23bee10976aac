using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Pucha.Features.Census.Excel;

namespace Pucha.Tests.Census;

public class RegistryWorkbookTests
{
    [Fact]
    public void Template_and_export_pass_the_OpenXml_validator()
    {
        foreach (var file in new[] { RegistryFixtures.Template(), RegistryFixtures.Workbook(RegistryFixtures.Site(1), RegistryFixtures.Site(2)) })
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void Template_is_laid_out_like_the_official_form()
    {
        var sheets = XlsxGridReader.Read(RegistryFixtures.Template(), new ImportLimits());

        Assert.Equal(
            [RegistryLayout.BasicSheet, RegistryLayout.ColumnsSheet, RegistryLayout.InstructionsSheet, RegistryLayout.MarkerSheet],
            sheets.Select(s => s.Name));
        Assert.True(sheets[3].Hidden);
        var basic = sheets[0];
        Assert.Equal("政府网站基本信息表", basic.Text(1, 1));
        Assert.Equal("填表单位（盖章）：", basic.Text(2, 1));
        Assert.Equal("部门/地区", basic.Text(3, 1));
        Assert.Equal("负责人", basic.Text(3, 7));
        Assert.Equal("联系人", basic.Text(3, 12));
        Assert.Equal(["姓名", "职务", "办公电话", "手机", "电子邮箱", "姓名", "办公电话", "手机", "电子邮箱"],
            Enumerable.Range(7, 9).Select(c => basic.Text(4, c)));
        Assert.Equal(["主办单位", "网站类型", "公安机关备案号"], Enumerable.Range(16, 3).Select(c => basic.Text(3, c)));
        var signatureRow = RegistryLayout.FirstDataRow + RegistryLayout.TemplateBlankRows + 1;
        Assert.Equal("单位负责人：", basic.Text(signatureRow, 1));
        Assert.Equal("填报日期：", basic.Text(signatureRow, 13));

        var columns = sheets[1];
        Assert.Equal("内容类别", columns.Text(4, 1));
        Assert.Equal("栏目（系统）名称", columns.Text(4, 3));
        Assert.Equal("机构设置及职能", columns.Text(5, 2));
        Assert.Equal("在线（申报、查询）系统", columns.Text(17, 2));
        Assert.Contains(sheets[2].Rows, r => (r.Cells[0] ?? "").Contains("京ICP备05083565号"));
    }

    [Fact]
    public void Template_offers_the_site_types_as_a_list_and_prints_landscape()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(RegistryFixtures.Template()), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var validation = Assert.Single(part.Worksheet.Descendants<DataValidation>());
        Assert.Equal("\"政府门户网站,部门网站,专项网站\"", validation.Formula1!.Text);
        Assert.Equal(OrientationValues.Landscape, part.Worksheet.Descendants<PageSetup>().Single().Orientation!.Value);
        Assert.Contains(workbook.Workbook.DefinedNames!.Elements<DefinedName>(), d => d.Name == "_xlnm.Print_Titles");
    }

    [Fact]
    public void Written_sites_read_back_unchanged()
    {
        var sites = new[] { RegistryFixtures.Site(1), RegistryFixtures.Site(2), RegistryFixtures.Site(3) };

        var parsed = RegistryFixtures.Parse(RegistryFixtures.Workbook(sites));

        Assert.Empty(parsed.Errors);
        Assert.Equal(3, parsed.Sites.Count);
        for (var i = 0; i < sites.Length; i++)
        {
            Assert.Equal(sites[i].Values.Select(v => v ?? ""), parsed.Sites[i].Values);
            Assert.Equal(sites[i].ColumnNames, parsed.Sites[i].ColumnNames);
            Assert.Equal(sites[i].ColumnAddresses, parsed.Sites[i].ColumnAddresses);
            Assert.Equal(RegistryLayout.FirstDataRow + i, parsed.Sites[i].Row);
        }
    }

    [Fact]
    public void Blank_template_imports_nothing_and_says_so()
    {
        var parsed = RegistryFixtures.Parse(RegistryFixtures.Template());

        var error = Assert.Single(parsed.Errors);
        Assert.Equal("表中没有填写任何网站。", error.Message);
    }

    [Fact]
    public void Control_characters_in_stored_values_do_not_break_the_file()
    {
        var site = RegistryFixtures.Site(1);
        site[RegistryField.Name] = "坏\u0001字符";

        var parsed = RegistryFixtures.Parse(RegistryFixtures.Workbook(site));

        Assert.Equal("坏字符", parsed.Sites[0][RegistryField.Name]);
    }
}
