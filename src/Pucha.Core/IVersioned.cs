namespace Pucha.Core;

/// <summary>
/// A record edited by people who may edit it at the same time: <see cref="Version"/> is its optimistic concurrency
/// token, set to 1 on insert and to the loaded value + 1 on every update, in one place (the data context's save), so an
/// update carrying an old value touches no row and is answered 该记录已被他人修改.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
