using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Pucha.Common;

/// <summary>Puts per-field Chinese errors of a service beside the form fields they concern.</summary>
public static class PageErrors
{
    public static void Add(ModelStateDictionary modelState, string prefix, IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
            modelState.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", message);
    }
}
