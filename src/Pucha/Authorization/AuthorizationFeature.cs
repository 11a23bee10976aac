namespace Pucha.Authorization;

public static class AuthorizationFeature
{
    public static IServiceCollection AddAccessScope(this IServiceCollection services) =>
        services.AddScoped<AccessScope>();
}
