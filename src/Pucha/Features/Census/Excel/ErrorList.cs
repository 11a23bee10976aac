namespace Pucha.Features.Census.Excel;

/// <summary>Collects import errors up to a limit; past it, one closing line says more were found.</summary>
public sealed class ErrorList(int limit)
{
    private readonly List<ImportError> _items = [];
    private bool _truncated;

    public int Count => _items.Count;

    public IReadOnlyList<ImportError> Items => _items;

    public void Add(ImportError error)
    {
        if (_items.Count < limit)
        {
            _items.Add(error);
        }
        else if (!_truncated)
        {
            _truncated = true;
            _items.Add(ImportError.File($"错误超过{limit}条，其余未列出。请修改以上错误后重新导入。"));
        }
    }
}
