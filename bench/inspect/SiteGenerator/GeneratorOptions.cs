using System.Globalization;

namespace Pucha.Bench.SiteGenerator;

/// <summary>Command-line options; the defaults give the benchmark's site (see ../README.md).</summary>
internal sealed record GeneratorOptions(
    string Output,
    int Seed,
    int Pages,
    int Images,
    int Attachments,
    int BrokenTargets,
    DateOnly AsOf)
{
    public const string Usage =
        "usage: SiteGenerator --out DIR [--seed N] [--pages N] [--images N] [--attachments N] [--broken N] [--as-of yyyy-MM-dd]";

    public static GeneratorOptions Parse(string[] args)
    {
        string? output = null;
        var seed = 20261122;
        var pages = 5000;
        var images = 400;
        var attachments = 150;
        int? broken = null;
        var asOf = new DateOnly(2026, 11, 20);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value\n{Usage}");
            int Number() => int.Parse(Value(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--out": output = Value(); break;
                case "--seed": seed = Number(); break;
                case "--pages": pages = Number(); break;
                case "--images": images = Number(); break;
                case "--attachments": attachments = Number(); break;
                case "--broken": broken = Number(); break;
                case "--as-of": asOf = DateOnly.ParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}\n{Usage}");
            }
        }

        if (output is null)
        {
            throw new ArgumentException(Usage);
        }

        if (pages < 500 || images < 10 || attachments < 20)
        {
            throw new ArgumentException("the site needs at least 500 pages, 10 images and 20 attachments");
        }

        // About 2% of the internal link occurrences end up broken, with ~3.5 occurrences per target.
        return new GeneratorOptions(output, seed, pages, images, attachments, broken ?? (int)Math.Round(pages * 0.19), asOf);
    }
}
