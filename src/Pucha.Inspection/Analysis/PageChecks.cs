using Pucha.Inspection.Analysis.Compatibility;
using Pucha.Inspection.Analysis.HiddenLinks;
using Pucha.Inspection.Analysis.Identity;
using Pucha.Inspection.Analysis.Interaction;
using Pucha.Inspection.Analysis.Labels;
using Pucha.Inspection.Analysis.Lexicon;
using Pucha.Inspection.Analysis.Services;

namespace Pucha.Inspection.Analysis;

/// <summary>The per-page checks of an inspection run, built once and shared by every page.</summary>
internal static class PageChecks
{
    /// <param name="lexicon">The run's dictionary scanner; without one the lexicon check is left out and hidden links are judged by target only.</param>
    /// <param name="calendar">Working days; China's calendar by default.</param>
    /// <param name="rules">Interaction limits; the 2019 indicators' by default.</param>
    public static IReadOnlyList<IPageCheck> Create(LexiconScanner? lexicon = null, WorkingDayCalendar? calendar = null, InteractionRules? rules = null)
    {
        var checks = new List<IPageCheck>
        {
            new SiteIdentityCheck(),
            new ErrorReportEntryCheck(),
            new PageLabelsCheck(),
            new HiddenLinkCheck(lexicon),
            new CompatibilityCheck(),
            new ServiceGuideCheck(),
            new InteractionCheck(calendar ?? WorkingDayCalendar.China, rules ?? InteractionRules.Year2019),
        };
        if (lexicon is not null)
        {
            checks.Add(new LexiconCheck(lexicon));
        }

        return checks;
    }
}
