using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pucha.Tests.Infrastructure;

/// <summary>
/// The small Kestrel servers the tests stand up as other people's sites (portals, robots): silent,
/// on 127.0.0.1 with a free port. Map the routes, then <see cref="StartAsync"/> for the base address.
/// </summary>
public static class LoopbackApp
{
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        return builder.Build();
    }

    /// <summary>Starts the app and returns its address without a path: http://127.0.0.1:PORT</summary>
    public static async Task<string> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address).GetLeftPart(UriPartial.Authority);
    }
}
