using Pucha.Features.Census.Excel;

namespace Pucha.Features.Census;

/// <summary>How many sites were imported, or every error found (and then nothing was imported).</summary>
public sealed record RegistryImportResult(int Imported, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
