# RUN: %difftest %s
# Dijkstra with heapq over a weighted dict graph; BFS over a grid maze.
from collections import deque
import heapq

roads = {"home": {"shop": 4, "park": 1}, "park": {"shop": 2, "school": 7}, "shop": {"school": 3}, "school": {}}
def dijkstra(source):
    dist = {source: 0}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in roads[node].items():
            if d + w < dist.get(nxt, float("inf")):
                dist[nxt] = d + w
                heapq.heappush(heap, (d + w, nxt))
    return dist
print("dijkstra:", dijkstra("home"))
for place in roads:
    print(f"from {place:>6}:", sorted(dijkstra(place).items(), key=lambda kv: (kv[1], kv[0])))
grid = ["S.#.", "..#.", "...E"]
start = (0, 0)
steps = {start: 0}
queue = deque([start])
while queue:
    r, c = queue.popleft()
    for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in steps:
            steps[(nr, nc)] = steps[(r, c)] + 1
            queue.append((nr, nc))
for r in range(len(grid)):
    print("".join([str(steps[(r, c)]) if (r, c) in steps else "#" for c in range(len(grid[0]))]))
print("maze steps to E:", steps[(2, 3)], "cells reached:", len(steps))
