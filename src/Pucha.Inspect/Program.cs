using Pucha.Inspect;

// The native inspector: the `inspect` command alone (`pucha inspect` runs it when it sits beside `pucha`).
return await InspectCommandLine.CreateNative().Parse(args).InvokeAsync();
