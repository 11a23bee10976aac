using System.CommandLine;
using Pucha.Hosting;
using Pucha.Features.Census;

namespace Pucha.Cli;

/// <summary>
/// The `pucha` command line. Each subcommand lives beside its feature; this file only lists them.
/// With no subcommand, `pucha` serves the platform (same as `pucha serve`).
/// </summary>
public static class PuchaCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Pucha 普查 — 政府网站普查与监管平台");
        foreach (var command in Commands())
            root.Subcommands.Add(command);
        ServeCommand.AddOptionsTo(root);
        root.SetAction(ServeCommand.RunAsync);
        return root;
    }

    private static IEnumerable<Command> Commands()
    {
        yield return Features.Inspect.InspectCommand.Create();
        yield return ServeCommand.Create();
        yield return CensusCommands.Import();
        yield return CensusCommands.Export();
        yield return Features.Monitoring.WorkerCommand.Create();
    }
}
