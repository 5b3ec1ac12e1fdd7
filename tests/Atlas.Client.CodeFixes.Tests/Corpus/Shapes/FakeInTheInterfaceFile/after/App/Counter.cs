using Atlas.Client;

namespace Shop;

public static class Counter
{
    public static async Task<int> CountAsync()
    {
        ISnapshots api = new InMemorySnapshots(new FlexBackupSnapshot { Id = "a" }, new FlexBackupSnapshot { Id = "b" });
        var page = await api.ListFlexBackupsAsync("g", name: "c");
        return page.Results.Count;
    }
}
