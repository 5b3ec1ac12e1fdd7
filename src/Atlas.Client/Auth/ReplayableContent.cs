using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client;

/// <summary>
/// Makes a request body safe to send twice, for the one retry that authentication may need. Bodies held in memory
/// already are (strings, byte arrays, form data), and so are the generated clients' JSON bodies, which serialize their
/// value again on each send; anything else (a stream) is buffered first. Atlas bodies are small, so the copy costs little.
/// </summary>
internal static class ReplayableContent
{
    public static Task EnsureAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = request.Content;
        if (content is null || content is ByteArrayContent || content is Http.AtlasJsonContent
#if NET5_0_OR_GREATER
            || content is ReadOnlyMemoryContent
#endif
           )
        {
            return Task.CompletedTask;
        }

        // LoadIntoBufferAsync(CancellationToken) only exists from .NET 9; the body is in memory or a local stream.
        cancellationToken.ThrowIfCancellationRequested();
        return content.LoadIntoBufferAsync();
    }
}
