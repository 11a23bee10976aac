namespace Pucha.Tests.Infrastructure;

/// <summary>The repository root (the folder holding Pucha.slnx) and the shared fixtures beside it.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>../shared/fixtures relative to the repository root, or null when absent.</summary>
    public static string? SharedFixtures =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "fixtures")) is var dir && Directory.Exists(dir) ? dir : null;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pucha.slnx")))
                return dir.FullName;
        throw new InvalidOperationException("Pucha.slnx not found above " + AppContext.BaseDirectory);
    }
}
