// Accuracy of the inspection's page readers on the real pages of ../shared/fixtures/real-pages:
// publication dates (truth.tsv column pub_date), and the site identity and label fields.
// Usage: dotnet run -c Release --project bench/dates [-- <real-pages folder>]
using System.Text;
using AngleSharp.Html.Parser;
using Pucha.Inspection.Analysis.Dates;
using Pucha.Inspection.Analysis.Identity;
using Pucha.Inspection.Analysis.Labels;

Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var folder = args.Length > 0 ? args[0] : FindRealPages();
if (folder is null || !File.Exists(Path.Combine(folder, "truth.tsv")))
{
    Console.Error.WriteLine("real-pages folder not found (expected ../shared/fixtures/real-pages beside the repository).");
    return 2;
}

// As-of for the extractor: the day the fixtures were collected is unknown, and every page predates
// this date; dates after it would be impossible.
var asOf = new DateOnly(2026, 11, 22);
var lines = File.ReadAllLines(Path.Combine(folder, "truth.tsv"));
var header = lines[0].Split('\t');
int Column(string name) => Array.IndexOf(header, name);

var fields = new[] { "pub_date", "site_code", "icp", "police", "conac", "jiucuo", "sponsor", "contact", "meta_labels" };
var right = fields.ToDictionary(f => f, _ => 0);
var total = fields.ToDictionary(f => f, _ => 0);
var misses = new List<string>();
var parser = new HtmlParser();

foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
{
    var cells = line.Split('\t');
    var path = cells[Column("path")];
    using var stream = File.OpenRead(Path.Combine(folder, "pages", path));
    var document = parser.ParseDocument(stream);
    var identity = SiteIdentityExtractor.Extract(document);
    var labels = PageLabels.Read(document);

    void Compare(string field, string expected, string actual)
    {
        total[field]++;
        if (expected == actual)
        {
            right[field]++;
        }
        else
        {
            misses.Add($"{field}\t{path}\texpected {expected}\tgot {actual}");
        }
    }

    var truthDate = cells[Column("pub_date")];
    if (!truthDate.StartsWith("n/a", StringComparison.Ordinal))
    {
        var found = PublicationDateExtractor.Extract(document, asOf);
        Compare("pub_date", truthDate, found?.ToString() ?? "none");
    }

    Compare("site_code", cells[Column("site_code")], identity.SiteCode ?? "none");
    Compare("icp", NoSpaces(cells[Column("icp")]), identity.Icp ?? "none");
    Compare("police", cells[Column("police")], identity.PoliceRecord ?? "none");
    Compare("conac", cells[Column("conac")], identity.ConacBadge ? "yes" : "no");
    Compare("jiucuo", cells[Column("jiucuo")], ErrorReportEntryCheck.Find(document).Present ? "yes" : "no");
    Compare("sponsor", cells[Column("sponsor")], identity.Sponsor ?? "none");
    Compare("contact", cells[Column("contact")], identity.Contact is null ? "no" : "yes");
    var truthLabels = cells[Column("meta_labels")];
    if (truthLabels != "see page")
    {
        var present = PageLabels.EveryPage.Concat(PageLabels.ColumnPage).Concat(PageLabels.ArticlePage).Where(labels.IsPresent).ToList();
        var expected = truthLabels == "none" ? [] : truthLabels.Split(',').ToList();
        Compare("meta_labels", string.Join(",", expected.Order()), present.Count == 0 ? string.Empty : string.Join(",", present.Order()));
    }
}

Console.WriteLine($"publication date: {right["pub_date"]}/{total["pub_date"]} right");
foreach (var field in fields.Skip(1))
{
    Console.WriteLine($"{field}: {right[field]}/{total[field]} right");
}

if (misses.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine("misses:");
    foreach (var miss in misses)
    {
        Console.WriteLine(miss);
    }
}

return 0;

static string NoSpaces(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c)));

static string? FindRealPages()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Pucha.slnx")))
        {
            var candidate = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "fixtures", "real-pages"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    return null;
}
