using Pucha.Core;

namespace Pucha.Common;

/// <summary>How an <see cref="Outcome{T}"/> answers in the JSON API: RFC 7807 problem+json for every refusal.</summary>
public static class ApiResults
{
    public static IResult From<T>(Outcome<T> outcome, Func<T, IResult> ok) where T : class => outcome.Kind switch
    {
        OutcomeKind.Ok => ok(outcome.Value!),
        OutcomeKind.NotFound => NotFound(),
        OutcomeKind.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权操作", detail: outcome.Message),
        OutcomeKind.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "操作冲突", detail: outcome.Message),
        _ => Results.ValidationProblem(
            outcome.Errors.ToDictionary(e => JsonName(e.Key), e => new[] { e.Value }),
            title: "填写内容有误", detail: outcome.Message),
    };

    public static IResult NotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "不存在", detail: "不存在或不在您的管辖范围内。");

    /// <summary>Field keys are C# property names; the JSON body uses camelCase ("IcpNumber" → "icpNumber").</summary>
    public static string JsonName(string field) =>
        field.Length == 0 || char.IsLower(field[0]) ? field : string.Concat(char.ToLowerInvariant(field[0]).ToString(), field.AsSpan(1));
}
