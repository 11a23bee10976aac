namespace Pucha.Tests.Census;

/// <summary>A fact that needs the aiosmtpd server: skipped with the reason when PUCHA_TEST_PYTHON is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SmtpFactAttribute : FactAttribute
{
    public SmtpFactAttribute()
    {
        if (SmtpTestServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
