using Pucha.Cli;

return await PuchaCommandLine.Create().Parse(args).InvokeAsync();
