using Pucha.Inspection.Analysis;
using Pucha.Inspection.Analysis.Lexicon;
using Pucha.Inspection.Analysis.Text;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Tests.Analysis;

public class LexiconTests
{
    private static LexiconDictionary Parse(string text) => LexiconDictionary.Parse(new StringReader(text), "test.txt");

    [Fact]
    public void Reads_wrong_forms_forbidden_terms_comments_and_blank_lines()
    {
        var dictionary = Parse("# 领导人姓名\n\n习近明\t习近平\tveto\n禁用词\t\t错误\n裸词\n");
        Assert.Collection(dictionary.Entries,
            e => Assert.Equal(("习近明", "习近平", Severity.Veto, 3), (e.Term, e.Suggestion, e.Severity, e.Line)),
            e => Assert.Equal(("禁用词", (string?)null, Severity.Error, 4), (e.Term, e.Suggestion, e.Severity, e.Line)),
            e => Assert.Equal(("裸词", (string?)null, Severity.Error, 5), (e.Term, e.Suggestion, e.Severity, e.Line)));
    }

    [Theory]
    [InlineData("a\tb\terror\textra\n", 1, "字段过多")]
    [InlineData("\n\t正确\n", 2, "为空")]
    [InlineData("好\t好\n", 1, "相同")]
    [InlineData("甲\t乙\tsevere\n", 1, "严重程度")]
    [InlineData("國家\n国家\n", 2, "重复")]
    public void Malformed_lines_are_reported_with_their_line_number(string text, int line, string problem)
    {
        var error = Assert.Throws<LexiconFormatException>(() => Parse(text));
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains($"第 {line} 行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folding_covers_width_case_and_traditional_characters()
    {
        Assert.True(TextFolding.TraditionalPairCount > 2000);
        Assert.Equal("国务院办公厅abc123:", TextFolding.Fold("國務院辦公廳ＡＢＣ１２３："));
    }

    [Fact]
    public void Scanner_finds_overlapping_terms_across_folding()
    {
        var dictionary = LexiconDictionary.FromEntries(
        [
            new LexiconEntry("he", null, Severity.Error, 1),
            new LexiconEntry("she", null, Severity.Error, 2),
            new LexiconEntry("his", null, Severity.Error, 3),
            new LexiconEntry("hers", null, Severity.Error, 4),
            new LexiconEntry("国务院", null, Severity.Error, 5),
        ]);
        var scanner = LexiconScanner.Build(dictionary);
        var hits = new List<LexiconHit>();
        scanner.Scan("uSHErs 國務院", hits);
        var found = hits.Select(h => (dictionary.Entries[h.EntryIndex].Term, h.Start)).OrderBy(h => h.Start).ThenBy(h => h.Term).ToList();
        Assert.Equal([("she", 1), ("he", 2), ("hers", 2), ("国务院", 7)], found);
    }

    [Fact]
    public void Scanner_agrees_with_a_naive_search_on_random_text()
    {
        var random = new Random(7);
        const string alphabet = "甲乙丙丁戊己";
        string Word(int length) => new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var terms = Enumerable.Range(0, 200).Select(_ => Word(1 + random.Next(5))).Distinct().ToList();
        var dictionary = LexiconDictionary.FromEntries(terms.Select((t, i) => new LexiconEntry(t, null, Severity.Error, i + 1)));
        var text = Word(3000);

        var hits = new List<LexiconHit>();
        LexiconScanner.Build(dictionary).Scan(text, hits);
        var actual = hits.Select(h => (h.EntryIndex, h.Start)).OrderBy(x => x).ToList();

        var expected = new List<(int, int)>();
        for (var i = 0; i < terms.Count; i++)
        {
            for (var at = text.IndexOf(terms[i], StringComparison.Ordinal); at >= 0; at = text.IndexOf(terms[i], at + 1, StringComparison.Ordinal))
            {
                expected.Add((i, at));
            }
        }

        Assert.Equal(expected.OrderBy(x => x).ToList(), actual);
        Assert.Equal(hits.Count, LexiconScanner.Build(dictionary).Count(text));
    }

    [Fact]
    public void Check_reports_term_suggestion_and_context_and_skips_correct_forms()
    {
        var dictionary = Parse("国务院办\t国务院办公厅\terror\n反动口号\t\tveto\n");
        var check = new LexiconCheck(LexiconScanner.Build(dictionary));
        var page = Html.Page("<html><head><title>通知</title></head><body><p>国务院办公厅印发通知。某某由国务院办发布。</p><div style=\"display:none\">反动口号</div></body></html>");

        var findings = check.Check(page).ToList();

        Assert.Equal(2, findings.Count);
        var wrong = findings[0];
        Assert.Equal(CheckIds.Lexicon, wrong.Check);
        Assert.Equal("国务院办", wrong.Evidence["term"]);
        Assert.Equal("国务院办公厅", wrong.Evidence["suggestion"]);
        Assert.Contains("由国务院办发布", (string)wrong.Evidence["context"]!, StringComparison.Ordinal);
        var forbidden = findings[1];
        Assert.Equal(Severity.Veto, forbidden.Severity);
        Assert.Null(forbidden.Evidence["suggestion"]);
    }

    [Fact]
    public void Context_is_about_twenty_characters_each_side()
    {
        var check = new LexiconCheck(LexiconScanner.Build(Parse("错字\n")));
        var text = new string('前', 50) + "错字" + new string('后', 50);
        var context = (string)check.FindingsFor(text, null).Single().Evidence["context"]!;
        Assert.Equal(new string('前', 20) + "错字" + new string('后', 20), context);
    }

    [Fact]
    public void Longer_hits_absorb_the_hits_inside_them()
    {
        var check = new LexiconCheck(LexiconScanner.Build(Parse("人民\n中华人民共和国万岁万万岁\n")));
        var findings = check.FindingsFor("高呼中华人民共和国万岁万万岁。", null);
        Assert.Equal("中华人民共和国万岁万万岁", Assert.Single(findings).Evidence["term"]);
    }
}
