using System.IO.Compression;
using System.Text;
using Pucha.Features.Census.Excel;

namespace Pucha.Tests.Census;

/// <summary>Files the import must refuse as a whole, each with its clear Chinese message, and the .xls it must accept.</summary>
public class RegistryImportFileTests
{
    private static string Rejection(byte[] file, ImportLimits? limits = null)
    {
        var error = Assert.Throws<WorkbookRejectedException>(() => RegistryFixtures.Parse(file, limits));
        return error.Message;
    }

    [Fact]
    public void A_text_file_is_not_a_workbook()
    {
        Assert.Equal(ImportMessages.NotWorkbook, Rejection("序号,网站名称\n1,首都之窗\n"u8.ToArray()));
        Assert.Equal(ImportMessages.NotWorkbook, Rejection("%PDF-1.4 not a sheet"u8.ToArray()));
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal(ImportMessages.Empty, Rejection([]));
    }

    [Fact]
    public void A_truncated_workbook_is_corrupted()
    {
        var file = RegistryFixtures.Workbook(RegistryFixtures.Site(1));

        Assert.Equal(ImportMessages.Corrupt, Rejection(file[..(file.Length / 2)]));
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_corrupted()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        Assert.Equal(ImportMessages.Corrupt, Rejection(stream.ToArray()));
    }

    [Fact]
    public void A_password_protected_workbook_is_reported_as_encrypted()
    {
        // What Excel writes for "encrypt with password": a compound file holding these two streams.
        var file = CompoundFileBuilder.Build(
            ("EncryptionInfo", [0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]),
            ("EncryptedPackage", new byte[5000]));

        Assert.Equal(ImportMessages.Encrypted, Rejection(file));
    }

    [Fact]
    public void A_compound_file_that_is_no_workbook_is_encrypted_or_corrupt()
    {
        Assert.Equal(ImportMessages.EncryptedOrCorrupt, Rejection(CompoundFileBuilder.Build(("WordDocument", new byte[100]))));

        var truncated = CompoundFileBuilder.Build(("Workbook", new byte[100]))[..600];
        Assert.Equal(ImportMessages.EncryptedOrCorrupt, Rejection(truncated));
    }

    [Fact]
    public void An_xls_whose_workbook_stream_is_garbage_is_encrypted_or_corrupt()
    {
        var garbage = Enumerable.Range(0, 6000).Select(i => (byte)(i * 7)).ToArray();

        Assert.Equal(ImportMessages.EncryptedOrCorrupt, Rejection(CompoundFileBuilder.Build(("Workbook", garbage))));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_reading()
    {
        var limits = new ImportLimits { MaxFileBytes = 1024 };
        var file = RegistryFixtures.Workbook(RegistryFixtures.Site(1));

        var error = Assert.Throws<WorkbookRejectedException>(() => WorkbookFile.ReadBounded(new MemoryStream(file), limits));
        Assert.Equal("文件超过大小限制（0 MB），请分批导入。", error.Message);
        var unseekable = new NonSeekableStream(file);
        Assert.Throws<WorkbookRejectedException>(() => WorkbookFile.ReadBounded(unseekable, limits));
        Assert.True(unseekable.BytesRead <= 1024 + 81920, "reading stops right after the limit");
        Assert.Equal("文件超过大小限制（20 MB），请分批导入。", ImportMessages.TooLarge(new ImportLimits().MaxFileBytes));
    }

    [Fact]
    public void A_zip_bomb_in_shared_strings_is_refused_from_the_zip_directory()
    {
        // 64 MB of one repeated character deflates to ~64 KB: a ratio near 1000.
        var file = WorkbookTampering.Edit(RegistryFixtures.Workbook(RegistryFixtures.Site(1)), zip =>
        {
            zip.GetEntry("xl/sharedStrings.xml")!.Delete();
            using var stream = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open();
            var chunk = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
            for (var i = 0; i < 64; i++)
            {
                stream.Write(chunk);
            }
        });

        Assert.Equal(ImportMessages.ZipBomb, Rejection(file));
    }

    [Fact]
    public void A_sheet_over_the_part_size_limit_is_refused()
    {
        var limits = new ImportLimits { MaxPartBytes = 4096 };

        Assert.Equal(ImportMessages.ZipBomb, Rejection(RegistryFixtures.Workbook(RegistryFixtures.Site(1)), limits));
    }

    [Fact]
    public void Too_many_rows_are_refused_while_streaming()
    {
        var limits = new ImportLimits { MaxRowsPerSheet = 10 };

        Assert.Equal(ImportMessages.TooManyRows(RegistryLayout.ColumnsSheet, 10),
            Rejection(RegistryFixtures.Workbook(RegistryFixtures.Site(1)), limits));
    }

    [Fact]
    public void An_overlong_cell_is_refused()
    {
        var site = RegistryFixtures.Site(1);
        site[RegistryField.OfficeAddress] = new string('路', 5000);

        Assert.Equal(ImportMessages.CellTooLong(4000), Rejection(RegistryFixtures.Workbook(site)));
    }

    [Fact]
    public void Formulas_are_refused_cell_by_cell()
    {
        var file = WorkbookTampering.Edit(RegistryFixtures.Workbook(RegistryFixtures.Site(1)), zip =>
        {
            var xml = WorkbookTampering.ReadText(zip, "xl/worksheets/sheet1.xml");
            var start = xml.IndexOf("<x:c r=\"B5\"", StringComparison.Ordinal);
            Assert.True(start >= 0, xml[..Math.Min(xml.Length, 3000)]);
            var end = xml.IndexOf("</x:c>", start, StringComparison.Ordinal) + "</x:c>".Length;
            xml = xml[..start] + "<x:c r=\"B5\" t=\"str\"><x:f>CONCATENATE(\"天心\",\"区\")</x:f><x:v>天心区</x:v></x:c>" + xml[end..];
            WorkbookTampering.WriteText(zip, "xl/worksheets/sheet1.xml", xml);
        });

        var parsed = RegistryFixtures.Parse(file);

        var error = Assert.Single(parsed.Errors);
        Assert.Equal((RegistryLayout.BasicSheet, 5, "B列（网站名称）"), (error.Sheet, error.Row, error.Column));
        Assert.Contains("公式", error.Message);
    }

    [Fact]
    public void A_workbook_without_the_version_marker_is_an_older_template()
    {
        var file = WorkbookTampering.ReplaceInPart(RegistryFixtures.Workbook(RegistryFixtures.Site(1)),
            "xl/sharedStrings.xml", RegistryLayout.TemplateMarker, "pucha-census-registry-v0");

        var error = Assert.Single(RegistryFixtures.Parse(file).Errors);
        Assert.Null(error.Row);
        Assert.Contains("导入模板版本不符", error.Message);
    }

    [Fact]
    public void A_renamed_header_is_reported_where_it_is()
    {
        var file = WorkbookTampering.ReplaceInPart(RegistryFixtures.Workbook(RegistryFixtures.Site(1)),
            "xl/sharedStrings.xml", ">ICP备案编号<", ">备案号<");

        var error = Assert.Single(RegistryFixtures.Parse(file).Errors);
        Assert.Equal((RegistryLayout.BasicSheet, 3, "C列"), (error.Sheet, error.Row, error.Column));
        Assert.Equal("表头应为“ICP备案编号”，实际为“备案号”。模板已被修改，请使用最新的导入模板。", error.Message);
    }

    [Fact]
    public void A_renamed_sheet_is_reported()
    {
        var file = WorkbookTampering.ReplaceInPart(RegistryFixtures.Workbook(RegistryFixtures.Site(1)),
            "xl/workbook.xml", "name=\"政府网站栏目（系统）基本信息表\"", "name=\"Sheet2\"");

        var error = Assert.Single(RegistryFixtures.Parse(file).Errors);
        Assert.Equal("缺少工作表“政府网站栏目（系统）基本信息表”。请勿修改模板的工作表名称。", error.Message);
    }

    [Fact]
    public void Duplicate_homepage_in_the_file_is_reported_on_the_later_row()
    {
        var file = RegistryFixtures.Workbook(RegistryFixtures.Site(1), RegistryFixtures.Site(2, "site1.tianxin.gov.cn/"));

        var errors = RegistryFixtures.Parse(file).Errors;

        Assert.Contains(errors, e => e.Row == 6 && e.Column == "D列（首页网址）" && e.Message == "首页网址与第5行重复，同一网站只能填报一次。");
    }

    [Fact]
    public void A_site_without_its_column_block_is_reported()
    {
        var file = WorkbookTampering.ReplaceInPart(RegistryFixtures.Workbook(RegistryFixtures.Site(1)),
            "xl/sharedStrings.xml", ">首页网址</", ">网址</");

        var errors = RegistryFixtures.Parse(file).Errors;

        // The header 首页网址 of 基本信息表 changed too: the template counts as altered.
        Assert.Contains(errors, e => e.Message.Contains("首页网址"));
    }

    [Fact]
    public void An_xls_of_the_template_is_accepted()
    {
        var xls = BiffWorkbookBuilder.FromXlsx(RegistryFixtures.Workbook(RegistryFixtures.Site(1), RegistryFixtures.Site(2)));

        Assert.Equal(ExcelFileKind.Xls, WorkbookFile.Classify(xls));
        var parsed = RegistryFixtures.Parse(xls);

        Assert.Empty(parsed.Errors);
        Assert.Equal(2, parsed.Sites.Count);
        Assert.Equal("http://site2.tianxin.gov.cn", parsed.Sites[1][RegistryField.HomepageUrl]);
        Assert.Equal("13812345678", parsed.Sites[0][RegistryField.ManagerMobile]);
        Assert.Equal("机构设置及职能栏目", parsed.Sites[0].ColumnNames[0]);
    }

    [Fact]
    public void Formulas_in_an_xls_are_refused_cell_by_cell_though_the_reader_sees_only_their_values()
    {
        var xlsx = RegistryFixtures.Workbook(RegistryFixtures.Site(1), RegistryFixtures.Site(2));
        var plain = RegistryFixtures.Parse(BiffWorkbookBuilder.FromXlsx(xlsx));
        Assert.Empty(plain.Errors);

        // 网站名称 of the first site (B5) and 办公地址 of the second (G6) as text formulas with the same cached values.
        var xls = BiffWorkbookBuilder.FromXlsx(xlsx, (RegistryLayout.BasicSheet, 5, 2), (RegistryLayout.BasicSheet, 6, 7));
        var sheets = XlsGridReader.Read(xls, new ImportLimits());
        Assert.Equal(RegistryFixtures.Site(1)[RegistryField.Name], sheets.Single(s => s.Name == RegistryLayout.BasicSheet).Text(5, 2));

        var errors = RegistryFixtures.Parse(xls).Errors;
        Assert.Equal(2, errors.Count);
        Assert.Equal((RegistryLayout.BasicSheet, 5, "B列（网站名称）"), (errors[0].Sheet, errors[0].Row, errors[0].Column));
        Assert.Equal((RegistryLayout.BasicSheet, 6), (errors[1].Sheet, errors[1].Row));
        Assert.StartsWith("G列", errors[1].Column);
        Assert.All(errors, e => Assert.Contains("公式", e.Message));
    }

    [Fact]
    public void Shared_formula_ranges_in_an_xls_are_refused_on_every_cell_of_the_range()
    {
        var sheets = XlsxGridReader.Read(RegistryFixtures.Workbook(RegistryFixtures.Site(1)), new ImportLimits());
        var xls = BiffWorkbookBuilder.Build(sheets, [], [(RegistryLayout.BasicSheet, 5, 5, 9, 10)]);

        var errors = RegistryFixtures.Parse(xls).Errors;
        Assert.Equal(["I列", "J列"], errors.Select(e => e.Column![..2]));
        Assert.All(errors, e => Assert.Equal((RegistryLayout.BasicSheet, 5), (e.Sheet, e.Row)));
    }

    [Fact]
    public void A_workbook_stream_cut_short_or_pointing_outside_itself_reads_no_formulas_and_does_not_throw()
    {
        var stream = new byte[5000];
        // BOUNDSHEET pointing past the end, then a record claiming more bytes than remain.
        Array.Copy(new byte[] { 0x85, 0x00, 0x0A, 0x00, 0xFF, 0xFF, 0xFF, 0x7F, 0, 0, 2, 0, (byte)'a', (byte)'b' }, stream, 14);
        Array.Copy(new byte[] { 0x06, 0x00, 0xFF, 0xFF }, 0, stream, 14, 4);
        Assert.Empty(XlsFormulaScanner.Scan(stream, new ImportLimits()));
    }

    private sealed class NonSeekableStream(byte[] data) : Stream
    {
        private readonly MemoryStream _inner = new(data);

        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = _inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
