using AtlasBackupTour;

// The tour of Atlas.Client: `dotnet run --project samples/AtlasBackupTour -- --help` explains the options.
TourOptions options;
try
{
    options = TourOptions.Parse(args, Environment.GetEnvironmentVariable);
}
catch (TourUsageException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.Usage;
}

if (options.ShowHelp)
{
    Console.WriteLine(TourOptions.HelpText);
    return ExitCodes.Success;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await Tour.RunAsync(options, Console.Out, Console.Error, cancel.Token);
