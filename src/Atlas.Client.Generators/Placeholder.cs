namespace Atlas.Client.Generators;
internal static class Placeholder { }
