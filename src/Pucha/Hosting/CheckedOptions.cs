using Microsoft.Extensions.Options;

namespace Pucha.Hosting;

/// <summary>
/// Options registered the framework's way: bound from their configuration section and checked by their own rule
/// (which throws <see cref="ArgumentException"/> with a Chinese message) when first read and at start
/// (<c>ValidateOnStart</c>), so a bad value stops <c>pucha serve</c> and <c>pucha worker</c> before anything runs.
/// The bound value is also a singleton, for the services that take the options object itself.
/// </summary>
public static class CheckedOptions
{
    /// <returns>
    /// The bound values for registration-time needs (pool sizes, schedules), not yet checked: the start checks them
    /// before any hosted service (Quartz included) starts.
    /// </returns>
    public static T AddCheckedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section, Action<T> check)
        where T : class, new()
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new RuleValidator<T>(check));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<T>>().Value);
        return configuration.GetSection(section).Get<T>() ?? new T();
    }

    private sealed class RuleValidator<T>(Action<T> check) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            try
            {
                check(options);
                return ValidateOptionsResult.Success;
            }
            catch (ArgumentException error)
            {
                return ValidateOptionsResult.Fail(error.Message);
            }
        }
    }
}
