using Atlas.Client;

namespace Shop;

public static class Retry
{
    public static async Task<T> TwiceAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken token)
    {
        try
        {
            return await call(token);
        }
        catch (AtlasApiException)
        {
            return await call(token);
        }
    }

    public static Task<FlexBackupSnapshot> SnapshotAsync(ISnapshots api, CancellationToken token)
        => TwiceAsync(t => api.GetFlexBackupAsync("g", "c", "s", t), token);

    public static async Task<string?> IdAsync(ISnapshots api)
    {
        var snapshot = await TwiceAsync(t => api.GetFlexBackupAsync("g", name: "c", snapshotId: "s", cancellationToken: t), default);
        return snapshot.Id;
    }
}
