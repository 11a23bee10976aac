namespace Pucha.Core.Validation;

/// <summary>
/// Validation outcome: one Chinese message per field key (the model's property name, e.g. "IcpNumber").
/// Only the first problem of a field is kept: the user fixes one thing at a time.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyDictionary<string, string> Errors => _errors;

    public int Count => _errors.Count;

    /// <summary>The message of a field, or null.</summary>
    public string? this[string field] => _errors.GetValueOrDefault(field);

    public void Add(string field, string message) => _errors.TryAdd(field, message);

    public bool Has(string field) => _errors.ContainsKey(field);
}
