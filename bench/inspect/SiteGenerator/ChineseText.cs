using System.Text;
using static Pucha.Bench.SiteGenerator.Vocabulary;

namespace Pucha.Bench.SiteGenerator;

/// <summary>
/// Composes 政务 sentences, titles and names from <see cref="Vocabulary"/>. Deterministic for a
/// given <see cref="Random"/> seed, so the same seed always writes the same site.
/// </summary>
internal sealed class ChineseText(Random random)
{
    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    public string PersonName() => Pick(Surnames) + Pick(GivenNames);

    public string Organization() => random.Next(4) switch
    {
        0 => Pick(Counties) + "人民政府",
        1 => Pick(Counties) + Pick(Towns),
        _ => Pick(Departments),
    };

    public string Sentence(DateOnly date) => random.Next(10) switch
    {
        0 => $"{date.Month}月{date.Day}日，{Organization()}召开{Pick(Topics)}{Pick(Meetings)}，{Pick(Actions)}{Pick(Topics)}工作。",
        1 => $"会议指出，{Pick(Topics)}是{Pick(Goals)}的重要举措，各级各部门要{Pick(Demands)}，{Pick(Demands)}。",
        2 => $"{Organization()}{Pick(Positions)}{PersonName()}出席会议并讲话，要求{Pick(Demands)}，推动{Pick(Topics)}{Pick(Results)}。",
        3 => $"截至{date.Month}月底，全市累计{Pick(Objects)}{random.Next(12, 9800)}{Pick(Units)}，同比增长{random.Next(1, 30)}.{random.Next(10)}%。",
        4 => $"下一步，{Organization()}将继续{Pick(Demands)}，坚持{Pick(Topics)}与{Pick(Topics)}统筹推进，切实{Pick(Goals)}。",
        5 => $"会议强调，要把{Pick(Topics)}作为当前重要任务，{Pick(Demands)}，确保{Pick(Topics)}{Pick(Results)}。",
        6 => $"{Organization()}围绕{Pick(Topics)}开展专项检查{random.Next(2, 40)}次，发现问题{random.Next(3, 120)}个，已全部督促整改到位。",
        7 => $"据了解，今年以来{Organization()}聚焦{Pick(Topics)}，{Pick(Actions)}重点任务{random.Next(5, 60)}项，{Pick(Results)}。",
        8 => $"与会人员一致认为，{Pick(Topics)}事关{Pick(Goals)}，必须{Pick(Demands)}、{Pick(Demands)}。",
        _ => $"{Organization()}有关负责人表示，将以此次{Pick(Meetings)}为契机，进一步{Pick(Demands)}，全力{Pick(Goals)}。",
    };

    public string Clause(int number) =>
        $"第{ChineseNumber(number)}条　{Pick(Departments)}负责本市{Pick(Topics)}的组织实施和监督管理工作，{Pick(Demands)}，{Pick(Demands)}。";

    /// <summary>Appends paragraphs until about <paramref name="utf8Bytes"/> bytes of text are written.</summary>
    public void Paragraphs(StringBuilder html, DateOnly date, int utf8Bytes, bool clauses)
    {
        var written = 0;
        var clause = 1;
        while (written < utf8Bytes)
        {
            var start = html.Length;
            html.Append("<p>");
            var sentences = random.Next(3, 7);
            for (var i = 0; i < sentences; i++)
            {
                html.Append(clauses ? Clause(clause++) : Sentence(date));
            }

            html.Append("</p>\n");
            // Almost every character here is a CJK ideograph: three UTF-8 bytes each.
            written += (html.Length - start) * 3;
        }
    }

    public string ArticleTitle(ColumnKind kind, int year) => kind switch
    {
        ColumnKind.Notice => random.Next(3) switch
        {
            0 => $"关于做好{year}年{Pick(Topics)}工作的通知",
            1 => $"关于开展{Pick(Topics)}专项检查的通知",
            _ => $"{Pick(Departments)}关于{Pick(Topics)}有关事项的公告",
        },
        ColumnKind.Policy => random.Next(2) == 0
            ? $"{City}人民政府关于印发《{City}{Pick(Topics)}实施方案》的通知"
            : $"{City}{Pick(Topics)}管理办法",
        ColumnKind.Interpretation => $"《{City}{Pick(Topics)}实施方案》政策解读",
        ColumnKind.Personnel => $"{Pick(Departments)}{year}年公开招聘工作人员公告",
        ColumnKind.Plan => $"{City}“十四五”{Pick(Topics)}规划",
        ColumnKind.Statistics => $"{year}年{random.Next(1, 13)}月{City}{Pick(Topics)}统计数据",
        ColumnKind.Finance => $"{Pick(Departments)}{year}年部门预算公开",
        ColumnKind.Survey => $"关于{City}{Pick(Topics)}的意见征集",
        ColumnKind.Archive => $"{City}{year}年{Pick(Topics)}工作总结",
        _ => random.Next(3) switch
        {
            0 => $"{Organization()}召开{Pick(Topics)}{Pick(Meetings)}",
            1 => $"{Organization()}扎实推进{Pick(Topics)}工作",
            _ => $"{Organization()}开展{Pick(Topics)}专项行动",
        },
    };

    public string MessageTitle() => Pick(MessageTopics);

    public string Message() =>
        $"您好，我是{Pick(Counties)}{Pick(Towns)}居民，反映{Pick(MessageTopics)}的问题，已持续较长时间，希望有关部门尽快协调解决。";

    public string Reply() =>
        $"您好！您反映的问题已收悉。经{Pick(Departments)}核实，{Pick(Demands)}，相关问题已于近期处理完毕。感谢您对我市工作的关心和支持！";

    public string Department() => Pick(Departments);

    public string ContentSource() => Pick(ContentSources);

    public string Material() => Pick(Materials);

    public string ServiceMatter() => Pick(ServiceMatters);

    public string Topic() => Pick(Topics);

    private static string ChineseNumber(int n)
    {
        string[] digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        if (n < 10)
        {
            return digits[n];
        }

        if (n < 20)
        {
            return "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        }

        if (n < 100)
        {
            return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        }

        return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
