using Atlas.Client;

namespace Shop.Lib;

public static class Format
{
    public static string Line(FlexBackupSnapshot snapshot) => $"{snapshot.Id} {snapshot.Status}";
}
