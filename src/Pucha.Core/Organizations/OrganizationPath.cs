namespace Pucha.Core.Organizations;

/// <summary>The materialized path "/1/7/42/" of the organization tree.</summary>
public static class OrganizationPath
{
    /// <summary>The path of a unit with <paramref name="id"/> under a parent with <paramref name="parentPath"/> (null for the root).</summary>
    public static string Child(string? parentPath, int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        var parent = string.IsNullOrEmpty(parentPath) ? "/" : parentPath;
        if (!parent.EndsWith('/'))
        {
            throw new FormatException($"组织路径格式错误：{parentPath}");
        }

        return string.Concat(parent, id.ToString(System.Globalization.CultureInfo.InvariantCulture), "/");
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="ancestorPath"/> itself or lies below it.</summary>
    public static bool IsWithin(string path, string ancestorPath) =>
        ancestorPath.Length > 0 && path.StartsWith(ancestorPath, StringComparison.Ordinal);

    /// <summary>The ids on the path, root first.</summary>
    public static IReadOnlyList<int> Ids(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var ids = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            ids[i] = int.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture);
        }

        return ids;
    }

    /// <summary>Depth of the unit: 1 for the root.</summary>
    public static int Depth(string path) => path.Count(c => c == '/') - 1;

    /// <summary>
    /// The smallest string above every path in the subtree of <paramref name="path"/>: the subtree is
    /// the range [path, bound) in byte order ('/' + 1 = '0'), which a plain B-tree index answers.
    /// </summary>
    public static string SubtreeUpperBound(string path)
    {
        if (path.Length == 0 || path[^1] != '/')
        {
            throw new FormatException($"组织路径格式错误：{path}");
        }

        return string.Concat(path.AsSpan(0, path.Length - 1), "0");
    }
}
