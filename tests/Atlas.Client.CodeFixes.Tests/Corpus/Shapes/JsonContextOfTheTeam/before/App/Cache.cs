using System.Text.Json;
using Atlas.Client;

namespace Shop;

public sealed class Cache(ISnapshots api)
{
    public async Task<string> SaveAsync(string id)
    {
        var snapshot = await api.GetSharedClusterBackupAsync("g", "c", id);
        return JsonSerializer.Serialize(snapshot, ShopJson.Default.BackupTenantSnapshot);
    }

    public static BackupTenantSnapshot? Load(string json) => JsonSerializer.Deserialize(json, ShopJson.Default.BackupTenantSnapshot);
}
