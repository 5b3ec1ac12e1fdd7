using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Editing;
using Atlas.Client.CodeFixes.Safety;

namespace Atlas.Client.CodeFixes.Repairs;

/// <summary>
/// Turns a build problem that a fix caused into the further edits that make the fix whole: a local that must take
/// the Flex model the migrated method now returns, a property the Flex twin names differently, a request body whose
/// Flex model takes its required fields in a constructor. A rule proposes; the build decides.
/// </summary>
internal interface IRepairRule
{
    Task<IReadOnlyList<SourceEdit>> FindAsync(BuildProblem problem, RepairContext context, CancellationToken cancellationToken);
}
