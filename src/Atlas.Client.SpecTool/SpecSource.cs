namespace Atlas.Client.SpecTool;

/// <summary>
/// Where a spec comes from: an http(s) URL (MongoDB's published document by default) or a local file. The bytes are
/// returned as they are, so that the pinned file is MongoDB's text exactly; at most <see cref="MaxBytes"/> are read.
/// </summary>
internal static class SpecSource
{
    /// <summary>MongoDB's published multi-version Admin API v2 document (the mongodb/openapi repository).</summary>
    public const string DefaultUrl = "https://raw.githubusercontent.com/mongodb/openapi/main/openapi/v2.json";

    /// <summary>The most bytes read from a source (the analyzers read at most 32 Mi characters; MongoDB's spec is about 6 MB).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public static bool IsUrl(string source)
        => Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <exception cref="SpecToolException">The source cannot be read: no such file, an HTTP error, too large.</exception>
    public static async Task<byte[]> ReadAsync(string source, HttpClient http, CancellationToken cancellationToken)
    {
        if (IsUrl(source))
        {
            HttpResponseMessage response;
            try
            {
                response = await http.GetAsync(source, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                throw new SpecToolException($"{source} cannot be fetched: {e.Message}");
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new SpecToolException($"{source} did not answer within {http.Timeout.TotalSeconds:0} s");
            }

            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    throw new SpecToolException($"{source} answered {(int)response.StatusCode} {response.ReasonPhrase}");
                }

                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                return await ReadBoundedAsync(body, source, cancellationToken);
            }
        }

        var path = Uri.TryCreate(source, UriKind.Absolute, out var file) && file.IsFile ? file.LocalPath : source;
        if (!File.Exists(path))
        {
            throw new SpecToolException($"there is no file {Path.GetFullPath(path)} (give an http(s) URL or a local file)");
        }

        await using var stream = File.OpenRead(path);
        return await ReadBoundedAsync(stream, path, cancellationToken);
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream stream, string source, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new SpecToolException($"{source} is larger than {MaxBytes:N0} bytes, which is not an Atlas API spec");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
