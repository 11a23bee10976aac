using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Pucha.Features;

/// <summary>The page shown for unhandled errors and for 4xx status codes of pages (not of the API).</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "出错了";
    public string Explanation { get; private set; } = "处理请求时发生错误，已记录。请稍后重试。";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Explanation) = code switch
        {
            400 => ("请求无效", "提交的内容无效或页面已过期，请返回后刷新页面重新提交。"),
            403 => ("无权访问", "您的账号无权访问该内容。"),
            404 => ("页面不存在", "您访问的页面或数据不存在，或不在您的管辖范围内。"),
            _ => (Title, Explanation),
        };
    }
}
