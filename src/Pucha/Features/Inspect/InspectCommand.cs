using Pucha.Inspect;
using System.CommandLine;

namespace Pucha.Features.Inspect;

/// <summary>
/// `pucha inspect`: the command defined with the inspector (src/Pucha.Inspect), given the platform's
/// indicator tables for --score. <see cref="NativeInspector"/> runs the native build of the same command
/// instead when it can.
/// </summary>
public static class InspectCommand
{
    public static Command Create() => InspectCommandLine.Create(new PlatformInspect());
}
