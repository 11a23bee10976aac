using Pucha.Inspection.Analysis.Services;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Tests.Analysis;

public class PhraseSetTests
{
    private static readonly (string Phrase, int Group)[] Phrases =
        [("办理材料", 0), ("办理", 1), ("材料", 2), ("理材", 2), ("依据", 3), ("据", 4), ("abc", 5), ("bcd", 6), ("c", 63)];

    /// <summary>The definition PhraseSet must match: a group is found when one of its phrases is contained in the text.</summary>
    private static ulong ByContains(string text) =>
        Phrases.Where(p => text.Contains(p.Phrase, StringComparison.Ordinal)).Aggregate(0UL, (mask, p) => mask | (1UL << p.Group));

    [Fact]
    public void Finds_the_same_groups_as_contains_on_random_texts()
    {
        // Texts drawn from the phrases' own characters, so phrases overlap, repeat and are cut at the end.
        const string alphabet = "办理材料依据abcd 。\n";
        var random = new Random(20261122);
        var set = new PhraseSet(Phrases);
        for (var i = 0; i < 5000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.True(ByContains(text) == set.GroupsIn(text), $"text: {text}");
        }
    }

    [Theory]
    [InlineData("", 0UL)]
    [InlineData("办理材", 0b110UL)]
    [InlineData("请携带办理材料", 0b111UL)]
    [InlineData("abcd", (1UL << 5) | (1UL << 6) | (1UL << 63))]
    [InlineData("ABCD", 0UL)]
    [InlineData("法律依据", (1UL << 3) | (1UL << 4))]
    public void Reports_each_group_with_a_phrase_in_the_text(string text, ulong expected) =>
        Assert.Equal(expected, new PhraseSet(Phrases).GroupsIn(text));

    [Fact]
    public void Rejects_empty_phrases_and_groups_beyond_64()
    {
        Assert.Throws<ArgumentException>(() => new PhraseSet([("", 0)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PhraseSet([("a", 64)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PhraseSet([("a", -1)]));
    }

    [Fact]
    public void Counts_the_service_guide_elements_a_text_states_as_label_searches_do()
    {
        var random = new Random(7);
        var labels = ServiceGuideElement.All.SelectMany(e => e.Labels).ToArray();
        for (var i = 0; i < 500; i++)
        {
            // Random labels, some cut short, between ordinary words.
            var parts = Enumerable.Range(0, random.Next(0, 12)).Select(_ =>
            {
                var label = labels[random.Next(labels.Length)];
                return random.Next(3) == 0 ? label[..^1] : label;
            });
            var text = string.Join("，材料和", parts);
            var expected = ServiceGuideElement.All.Count(e => e.Labels.Any(l => text.Contains(l, StringComparison.Ordinal)));
            Assert.Equal(expected, ServiceGuideAnalyzer.StatedElementCount(text));
        }
    }
}
