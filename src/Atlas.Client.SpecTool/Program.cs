using Atlas.Client.SpecTool;

// dotnet atlas-spec pin|diff …: see SpecToolCommand.Usage.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await SpecToolCommand.RunAsync(args, Console.Out, Console.Error, cancel.Token);
