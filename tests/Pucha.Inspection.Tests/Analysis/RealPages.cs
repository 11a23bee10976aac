using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Pucha.Inspection.Tests.Analysis;

/// <summary>
/// The real pages in ../shared/fixtures/real-pages (beside the repository), with truth.tsv.
/// Tests using them skip when the folder is absent.
/// </summary>
internal static class RealPages
{
    public static readonly string? Folder = Locate();

    public const string SkipReason = "real-pages fixtures (../shared/fixtures/real-pages) are absent";

    static RealPages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Parses a page; the HTML parser decodes it per its meta charset (GBK homepages included).</summary>
    public static IDocument Load(string relativePath)
    {
        using var stream = File.OpenRead(Path.Combine(Folder!, "pages", relativePath));
        return new HtmlParser().ParseDocument(stream);
    }

    /// <summary>truth.tsv rows as column name → value.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Truth()
    {
        if (Folder is null)
        {
            return [];
        }

        var lines = File.ReadAllLines(Path.Combine(Folder, "truth.tsv"));
        var header = lines[0].Split('\t');
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => (IReadOnlyDictionary<string, string>)header.Zip(l.Split('\t')).ToDictionary(p => p.First, p => p.Second))
            .ToList();
    }

    /// <summary>Theory data: one row per page (path), or a placeholder when the folder is absent (the theory is skipped then).</summary>
    public static IEnumerable<object[]> Paths(Func<IReadOnlyDictionary<string, string>, bool>? where = null)
    {
        var rows = Truth().Where(r => where is null || where(r)).Select(r => new object[] { r["path"] }).ToList();
        return rows.Count > 0 ? rows : [["absent"]];
    }

    public static IReadOnlyDictionary<string, string> Row(string path) => Truth().Single(r => r["path"] == path);

    private static string? Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pucha.slnx")))
            {
                var folder = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "fixtures", "real-pages"));
                return File.Exists(Path.Combine(folder, "truth.tsv")) ? folder : null;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs the real pages; skipped with a reason when they are absent.</summary>
public sealed class RealPagesFactAttribute : FactAttribute
{
    public RealPagesFactAttribute()
    {
        if (RealPages.Folder is null)
        {
            Skip = RealPages.SkipReason;
        }
    }
}

/// <summary>A theory over the real pages; skipped with a reason when they are absent.</summary>
public sealed class RealPagesTheoryAttribute : TheoryAttribute
{
    public RealPagesTheoryAttribute()
    {
        if (RealPages.Folder is null)
        {
            Skip = RealPages.SkipReason;
        }
    }
}
