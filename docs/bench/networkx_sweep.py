#!/usr/bin/env python3
"""What users would do instead: the same generated topology through NetworkX.

Reads a Faultline topology (YAML) and times, on the same graph:
  - articulation points of the undirected graph,
  - immediate dominators from a virtual root joined to every entrypoint,
  - the one-BFS-per-node sweep (for every node, everything that reaches it along 'to' edges),
    which is the plain way to get a blast radius per node.
For big graphs the sweep runs on a random sample of nodes and is scaled up (printed as an estimate).
Prints one JSON object with the timings in seconds.
"""
import json
import random
import sys
import time

import networkx as nx
import yaml

try:
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as Loader


def main(path, sample_limit):
    with open(path, encoding="utf-8") as f:
        doc = yaml.load(f, Loader=Loader)
    g = nx.DiGraph()
    for n in doc["nodes"]:
        g.add_node(n["id"])
    for d in doc.get("dependencies") or []:
        g.add_edge(d["from"], d["to"])
    entries = [n["id"] for n in doc["nodes"] if n.get("entrypoint")]
    out = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}

    t = time.perf_counter()
    aps = list(nx.articulation_points(g.to_undirected(as_view=True)))
    out["articulation_points_s"] = time.perf_counter() - t
    out["articulation_points"] = len(aps)

    t = time.perf_counter()
    rooted = g.copy()
    rooted.add_node("__root__")
    for e in entries:
        rooted.add_edge("__root__", e)
    nx.immediate_dominators(rooted, "__root__")
    out["dominators_s"] = time.perf_counter() - t

    reverse = g.reverse(copy=True)
    nodes = list(g.nodes)
    sample = nodes if len(nodes) <= sample_limit else random.Random(42).sample(nodes, sample_limit)
    t = time.perf_counter()
    total = 0
    for v in sample:
        total += len(nx.descendants(reverse, v)) + 1
    elapsed = time.perf_counter() - t
    out["sweep_sampled_nodes"] = len(sample)
    out["sweep_s"] = elapsed * len(nodes) / len(sample)
    out["sweep_estimated"] = len(sample) < len(nodes)
    out["avg_affected"] = total / len(sample)
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2000)
