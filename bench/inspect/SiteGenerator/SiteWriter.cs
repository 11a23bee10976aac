using System.Text;

namespace Pucha.Bench.SiteGenerator;

/// <summary>
/// Writes the planned site under <c>OUT/site</c> and the ground truth beside it. Every file gets its
/// own modification time: nginx derives ETags from mtime and size, and wget2 silently skips a page
/// whose ETag it has already seen.
/// </summary>
internal sealed class SiteWriter(GeneratorOptions options)
{
    private readonly List<string> written = [];
    private readonly string root = Path.Combine(Path.GetFullPath(options.Output), "site");

    public string Write()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        var plan = SitePlan.Create(options);
        var random = new Random(options.Seed + 1);
        var gbk = Encoding.GetEncoding("GBK", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        foreach (var image in SitePlan.LayoutImages.Concat(plan.ContentImages))
        {
            WriteFile(image, BinaryAssets.Png(random, random.Next(24, 160), random.Next(24, 120)));
        }

        foreach (var attachment in plan.Attachments)
        {
            WriteFile(attachment, BinaryAssets.Attachment(random, Path.GetExtension(attachment)[1..], attachment));
        }

        WriteFile("/css/main.css", utf8.GetBytes(Stylesheet));
        WriteFile("/js/common.js", utf8.GetBytes("document.addEventListener('DOMContentLoaded', function () { document.body.className += ' ready'; });\n"));
        WriteFile("/robots.txt", utf8.GetBytes("User-agent: *\nDisallow:\n"));
        // Served by nginx's error_page with status 404 (see ../nginx.conf.template); linked from nowhere.
        WriteFile("/404.html", utf8.GetBytes("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>404 页面不存在</title></head>\n<body><h1>404</h1><p>抱歉，您访问的页面不存在！</p></body></html>\n"));

        var assets = written.ToList();
        var truth = new GroundTruth(assets.Concat(plan.Pages.Select(p => p.FilePath)).Where(p => p != "/404.html"), plan.SoftNotFoundPages.Select(p => p.Path));
        var renderer = new PageRenderer(plan, random);
        foreach (var page in plan.Pages)
        {
            var html = renderer.Render(page);
            var bytes = (page.Gbk ? gbk : utf8).GetBytes(html);
            WriteFile(page.FilePath, bytes);
            truth.Read(page.Path, html, bytes.Length);
        }

        // Distinct modification times, one file per 7 seconds over the year before the as-of date.
        var time = options.AsOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(-365);
        foreach (var path in written)
        {
            File.SetLastWriteTimeUtc(Path.Combine(root, path[1..]), time);
            time = time.AddSeconds(7);
        }

        truth.Write(Path.GetFullPath(options.Output), options, plan.SlowPages.Select(p => p.Path), plan.Pages.Where(p => p.Gbk).Select(p => p.Path));
        return truth.Summary();
    }

    private void WriteFile(string urlPath, byte[] bytes)
    {
        var file = Path.Combine(root, urlPath[1..]);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);
        written.Add(urlPath);
    }

    private const string Stylesheet = """
        body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; }
        .header { background: #b81c22; color: #fff; padding: 12px 40px; }
        .nav { display: flex; list-style: none; margin: 0; padding: 0 40px; background: #d42a2a; }
        .nav a { color: #fff; display: block; padding: 8px 14px; text-decoration: none; }
        .crumb, .main, .side { padding: 8px 40px; }
        .list li, .block li { display: flex; justify-content: space-between; }
        .date { color: #999; }
        .footer { border-top: 3px solid #b81c22; text-align: center; color: #666; padding: 16px; }

        """;
}
