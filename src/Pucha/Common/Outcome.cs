namespace Pucha.Common;

public enum OutcomeKind
{
    Ok,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>
/// The result of a registry operation, shared by the pages and the API: the saved object, or why
/// nothing was saved (not found in the caller's scope, forbidden, per-field Chinese errors, a conflict).
/// </summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value, IReadOnlyDictionary<string, string> Errors, string? Message)
    where T : class
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public bool IsOk => Kind == OutcomeKind.Ok;

    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, NoErrors, null);

    /// <summary>Saved, with something the user must be told (e.g. the record went back to 未提交).</summary>
    public static Outcome<T> Ok(T value, string? message) => new(OutcomeKind.Ok, value, NoErrors, message);

    public static Outcome<T> NotFound() => new(OutcomeKind.NotFound, null, NoErrors, "不存在或不在您的管辖范围内。");

    public static Outcome<T> Forbidden(string message) => new(OutcomeKind.Forbidden, null, NoErrors, message);

    public static Outcome<T> Invalid(IReadOnlyDictionary<string, string> errors) =>
        new(OutcomeKind.Invalid, null, errors, "填写内容有误，请按提示修改后重新提交。");

    public static Outcome<T> Conflict(string message) => new(OutcomeKind.Conflict, null, NoErrors, message);
}
