namespace Pucha.Core;

public enum OutcomeKind
{
    Ok,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>
/// The one result of an operation that may be refused, shared by stores, services, pages and the API: the saved
/// object (with a note the user must read, if any), or why nothing was saved — not found in the caller's scope,
/// forbidden, per-field Chinese errors, or a conflict with the current state (another person's change, a step the
/// workflow does not allow now). Refusals are values, never exceptions.
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

    public static Outcome<T> NotFound(string message) => new(OutcomeKind.NotFound, null, NoErrors, message);

    public static Outcome<T> Forbidden(string message) => new(OutcomeKind.Forbidden, null, NoErrors, message);

    public static Outcome<T> Invalid(IReadOnlyDictionary<string, string> errors) =>
        new(OutcomeKind.Invalid, null, errors, "填写内容有误，请按提示修改后重新提交。");

    /// <summary>One field is wrong; the message is also the outcome's own (for callers that show one line).</summary>
    public static Outcome<T> Invalid(string field, string message) =>
        new(OutcomeKind.Invalid, null, new Dictionary<string, string> { [field] = message }, message);

    public static Outcome<T> Conflict(string message) => new(OutcomeKind.Conflict, null, NoErrors, message);

    /// <summary>The same refusal for another value type (a service passing on the refusal of a store).</summary>
    public Outcome<TOther> As<TOther>() where TOther : class =>
        IsOk ? throw new InvalidOperationException("an accepted outcome has a value of its own type") : new(Kind, null, Errors, Message);
}
