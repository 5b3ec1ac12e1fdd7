using Atlas.Client.Generators.Analyzers.Spec.Supplied;
using Atlas.Client.Generators.Analyzers.Spec;
using Atlas.Client.Generators.Catalog;

namespace Atlas.Client.SpecTool;

/// <summary>
/// The command line: <c>pin</c> fetches a spec, checks that the analyzers can use it, writes it and reports what changed
/// against the file it replaces; <c>diff</c> reports what changed between two specs. Exit codes: 0 done, 1 a source the
/// tool cannot use (nothing written), 2 a usage error, 3 <c>pin --check</c> found the pinned file out of date.
/// </summary>
internal static class SpecToolCommand
{
    public const string Usage = """
        dotnet atlas-spec pin [--from <url or file>] [--out <file>] [--check]
            Fetches the Atlas Admin API spec (default: MongoDB's published one,
            https://raw.githubusercontent.com/mongodb/openapi/main/openapi/v2.json), refuses it when the analyzers could
            not use it, writes it to --out (default: atlas-api.json) and prints what changed against the file it replaces
            (or, when there is none, against the catalog built into Atlas.Client). --check writes nothing and exits with 3
            when the file differs from the source: a scheduled CI job that says when MongoDB published changes.
        dotnet atlas-spec diff <old spec> <new spec>
            Prints what changed between two specs (URLs or files).
        Point the analyzers at the file with <AtlasApiSpec Include="atlas-api.json" /> in the project.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var command = args.Length > 0 ? args[0] : "";
            var options = ToolOptions.Parse(args.Skip(1).ToArray());
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("Atlas.Client.SpecTool/0.1");
            switch (command)
            {
                case "pin" when options.Positional.Count == 0:
                    return await PinAsync(options, http, output, cancellationToken);
                case "diff" when options.Positional.Count == 2 && options.From is null && options.Out is null && !options.Check:
                    return await DiffAsync(options.Positional[0], options.Positional[1], http, output, cancellationToken);
                default:
                    error.WriteLine(command is "" or "help" or "--help" or "-h" ? "" : $"unknown command or arguments: {string.Join(' ', args)}");
                    error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (ToolOptions.UsageException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine(Usage);
            return 2;
        }
        catch (SpecToolException e)
        {
            error.WriteLine("atlas-spec: " + e.Message + (args[0] == "pin" ? "; nothing was written" : ""));
            return 1;
        }
    }

    private static async Task<int> PinAsync(ToolOptions options, HttpClient http, TextWriter output, CancellationToken cancellationToken)
    {
        var from = options.From ?? SpecSource.DefaultUrl;
        var target = Path.GetFullPath(options.Out ?? "atlas-api.json");
        var bytes = await SpecSource.ReadAsync(from, http, cancellationToken);
        var operations = SpecDocument.Read(bytes, from, cancellationToken);
        output.WriteLine($"{from}: {operations.Count} operations, {operations.Count(o => o.Deprecated)} deprecated, {operations.Sum(o => o.Versions.Count(v => v.Sunset is not null))} versions with a sunset date.");

        var previous = File.Exists(target) ? await File.ReadAllBytesAsync(target, cancellationToken) : null;
        if (previous is null)
        {
            // The built-in catalog's current operations, and its removed ones the new spec still has (compared, not new).
            var shapes = operations.Select(SuppliedCatalogMerge.ShapeKey).ToHashSet(StringComparer.Ordinal);
            var builtIn = SpecCatalog.Index.Operations.Where(o => o.RemovedBy is null || shapes.Contains(SuppliedCatalogMerge.ShapeKey(o)));
            SpecChangeReport.Write(output, "the catalog built into Atlas.Client", SpecComparison.Compare(builtIn, operations), SpecChangeKind.Removed);
        }
        else if (previous.AsSpan().SequenceEqual(bytes))
        {
            output.WriteLine($"{target} is up to date.");
            return 0;
        }
        else
        {
            IReadOnlyList<SpecOperation>? before = null;
            try
            {
                before = SpecDocument.Read(previous, target, cancellationToken);
            }
            catch (SpecToolException e)
            {
                output.WriteLine($"The file it replaces cannot be compared: {e.Message}.");
            }

            if (before is not null)
            {
                SpecChangeReport.Write(output, target, SpecComparison.Compare(before, operations));
            }
        }

        if (options.Check)
        {
            output.WriteLine($"{target} is out of date (--check: not written).");
            return 3;
        }

        var temporary = target + ".download";
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        File.Move(temporary, target, overwrite: true);
        output.WriteLine($"Wrote {target} ({bytes.Length:N0} bytes).");
        return 0;
    }

    private static async Task<int> DiffAsync(string oldSource, string newSource, HttpClient http, TextWriter output, CancellationToken cancellationToken)
    {
        var before = SpecDocument.Read(await SpecSource.ReadAsync(oldSource, http, cancellationToken), oldSource, cancellationToken);
        var after = SpecDocument.Read(await SpecSource.ReadAsync(newSource, http, cancellationToken), newSource, cancellationToken);
        SpecChangeReport.Write(output, oldSource, SpecComparison.Compare(before, after));
        return 0;
    }
}
