#!/usr/bin/env python3
"""Where Atlas.Client's generator spends each timed run of `generator-cost`, from a CPU-sampling trace.

    dotnet-trace collect --profile dotnet-sampled-thread-time --format Speedscope -o gen.nettrace -- \
        dotnet tests/Atlas.Client.Benchmarks/bin/Release/net10.0/Atlas.Client.Benchmarks.dll generator-cost --iterations 7
    python3 tests/Atlas.Client.Benchmarks/GeneratorCost/trace_phases.py gen.speedscope.json

Each timed run is one `GeneratorCostHarness.Measure` frame on the harness thread. The runs in which frames of
Atlas.Client.Generators appear are ours; the harness measures them four at a time (cold, unrelated edit, one-interface
edit, added interface), so the n-th of ours is phase n % 4. Every CPU sample inside them is charged to the first
category whose frame it holds. GC is charged to whatever was running when it happened.
"""
import collections
import json
import sys

PHASES = ["cold", "unrelated edit", "one-interface edit", "added interface"]


def category(names):
    stack = " | ".join(names)
    if "WellKnownTypes" in stack:
        return "well-known types (first touch of the compilation)"
    if "ClientEmitter" in stack or "ServiceRegistrationEmitter" in stack:
        return "emitting"
    if any("Atlas.Client.Generators!" in n for n in names):
        return "our transform and pipeline lambdas"
    if "PredicateSyntaxStrategy" in stack or "SyntaxStore" in stack or "SyntaxInputNode" in stack:
        return "Roslyn's syntax provider"
    return "Roslyn's generator driver, other"


def main(path):
    trace = json.load(open(path))
    frames = [f["name"] for f in trace["shared"]["frames"]]
    measure = next(i for i, n in enumerate(frames) if "GeneratorCostHarness.Measure" in n)
    per_phase = collections.defaultdict(collections.Counter)
    ours = 0
    for profile in trace["profiles"]:
        stack, last, depth, run = [], None, None, collections.Counter()
        for event in profile["events"]:
            if last is not None and depth is not None and stack and "CPU_TIME" in frames[stack[-1]]:
                run[tuple(stack)] += event["at"] - last
            last = event["at"]
            if event["type"] == "O":
                stack.append(event["frame"])
                if event["frame"] == measure and depth is None:
                    depth, run = len(stack), collections.Counter()
            elif stack:
                if stack[-1] == measure and depth == len(stack):
                    if any("Atlas.Client.Generators!" in frames[i] for s in run for i in s):
                        for s, ms in run.items():
                            per_phase[ours % 4][category([frames[i] for i in s])] += ms
                        ours += 1
                    depth = None
                stack.pop()
    runs = max(ours // 4, 1)
    print(f"{runs} timed runs of each phase; ms per run")
    for phase, name in enumerate(PHASES):
        total = sum(per_phase[phase].values())
        print(f"\n{name}: {total / runs:.1f} ms sampled")
        for what, ms in per_phase[phase].most_common():
            print(f"  {ms / runs:7.2f}  {what}")


if __name__ == "__main__":
    main(sys.argv[1])
