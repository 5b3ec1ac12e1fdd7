namespace Atlas.Client.SpecTool;

/// <summary>A problem the tool reports in one line and stops on (exit code 1): nothing is written.</summary>
internal sealed class SpecToolException(string message) : Exception(message);
