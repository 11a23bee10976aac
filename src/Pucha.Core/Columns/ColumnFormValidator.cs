using Pucha.Core.Validation;

namespace Pucha.Core.Columns;

/// <summary>
/// Validates a whole 栏目（系统）基本信息表: every one of the fourteen rows must be filled ('无' where
/// none). Field keys are the <see cref="ColumnKind"/> names, e.g. "WorkNews".
/// </summary>
public static class ColumnFormValidator
{
    /// <summary>
    /// Parses every row; returns the errors and, when there are none, the columns to store.
    /// A row missing from <paramref name="cells"/> counts as empty.
    /// </summary>
    public static (FieldErrors Errors, IReadOnlyList<(ColumnKind Kind, ColumnEntry Entry)> Columns) Validate(
        IReadOnlyDictionary<ColumnKind, (string? Names, string? Addresses)> cells)
    {
        var errors = new FieldErrors();
        var columns = new List<(ColumnKind, ColumnEntry)>();
        foreach (var kind in ColumnKinds.All)
        {
            var (names, addresses) = cells.TryGetValue(kind, out var row) ? row : (null, null);
            var result = ColumnCells.Parse(kind, names, addresses);
            if (result.Error is not null)
            {
                errors.Add(kind.ToString(), result.Error);
                continue;
            }

            columns.AddRange(result.Entries.Select(e => (kind, e)));
        }

        return (errors, errors.IsValid ? columns : []);
    }
}
