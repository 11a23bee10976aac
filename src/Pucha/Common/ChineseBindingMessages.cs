using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Pucha.Common;

/// <summary>The framework's own form-binding messages (a date or a number that does not parse), in Chinese.</summary>
public static class ChineseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{Bounded(value)}”不是有效的{field}。");
        messages.SetValueIsInvalidAccessor(value => $"“{Bounded(value)}”格式不正确。");
        messages.SetValueMustBeANumberAccessor(field => $"{field}须为数字。");
        messages.SetValueMustNotBeNullAccessor(value => $"“{Bounded(value)}”不能为空。");
        messages.SetMissingBindRequiredValueAccessor(field => $"缺少{field}。");
        messages.SetMissingKeyOrValueAccessor(() => "缺少值。");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空。");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{Bounded(value)}”无效。");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效。");
        messages.SetUnknownValueIsInvalidAccessor(field => $"{field}的值无效。");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "须为数字。");
    }

    // Echoed input is bounded: it can be anything a client sends.
    private static string Bounded(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
