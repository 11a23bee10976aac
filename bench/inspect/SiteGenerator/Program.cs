using System.Text;
using Pucha.Bench.SiteGenerator;

// Writes the inspection benchmark's synthetic government site and its ground truth (../README.md).
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
GeneratorOptions options;
try
{
    options = GeneratorOptions.Parse(args);
}
catch (Exception error) when (error is ArgumentException or FormatException)
{
    Console.Error.WriteLine(error.Message);
    return 2;
}

var stopwatch = System.Diagnostics.Stopwatch.StartNew();
var summary = new SiteWriter(options).Write();
Console.WriteLine($"site written to {Path.GetFullPath(options.Output)}/site in {stopwatch.Elapsed.TotalSeconds:F1} s: {summary}");
return 0;
