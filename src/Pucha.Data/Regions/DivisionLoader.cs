using Microsoft.EntityFrameworkCore;
using Pucha.Core.Regions;

namespace Pucha.Data.Regions;

/// <summary>Upserts the division files into the Regions table in one transaction; a second run changes nothing.</summary>
public static class DivisionLoader
{
    /// <summary>Loads <paramref name="regions"/> (default: <see cref="DivisionFiles.Read"/>); returns how many rows were added or changed.</summary>
    public static async Task<int> LoadAsync(PuchaDbContext context, IReadOnlyList<Region>? regions = null, CancellationToken cancellationToken = default)
    {
        regions ??= DivisionFiles.Read();
        var existing = await context.Regions.ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken);
        var changed = 0;
        foreach (var region in regions)
        {
            if (!existing.TryGetValue(region.Code, out var row))
            {
                context.Regions.Add(region);
                changed++;
                continue;
            }

            if (row.Name != region.Name || row.FullName != region.FullName || row.Level != region.Level
                || row.ParentCode != region.ParentCode || row.IsPlaceholder != region.IsPlaceholder)
            {
                row.Name = region.Name;
                row.FullName = region.FullName;
                row.Level = region.Level;
                row.ParentCode = region.ParentCode;
                row.IsPlaceholder = region.IsPlaceholder;
                changed++;
            }
        }

        // Codes withdrawn from the standard stay: organizations and websites may still refer to them.
        if (changed > 0)
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return changed;
    }
}
