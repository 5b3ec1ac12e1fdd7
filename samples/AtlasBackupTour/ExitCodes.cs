namespace AtlasBackupTour;

/// <summary>What the process's exit code means (also in --help).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int AtlasError = 1;
    public const int Usage = 2;
    public const int Authentication = 3;
    public const int Unreachable = 4;
}
