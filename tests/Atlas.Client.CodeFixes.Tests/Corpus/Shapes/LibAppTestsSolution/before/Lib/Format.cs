using Atlas.Client;

namespace Shop.Lib;

public static class Format
{
    public static string Line(BackupTenantSnapshot snapshot) => $"{snapshot.Id} {snapshot.Status}";
}
