using Pucha.Cli;
using Pucha.Features.Inspect;

// `pucha inspect` runs as the native inspector when it is installed beside pucha (NativeInspector).
if (NativeInspector.For(args) is { } nativeInspector)
    return await NativeInspector.RunAsync(nativeInspector, args);

return await PuchaCommandLine.Create().Parse(args).InvokeAsync();
