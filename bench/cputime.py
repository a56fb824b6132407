#!/usr/bin/env python3
# CPU time (user + system, the process and the children it waited for: git included) and wall time
# of commands, run in interleaved rounds (the order flips each round), medians and minimums. On a
# shared machine wall times swing with load; CPU time much less. The first round warms caches and
# is not counted.
#
#   python3 bench/cputime.py N -- CMD ARGS... [-- CMD ARGS...]...
#   e.g. (in a repository with a commit staged)
#   python3 bench/cputime.py 21 -- node -e 0 -- node dist/cli/main.js staged
import os
import time
import statistics
import sys

args = sys.argv[1:]
if len(args) < 3 or args[1] != "--":
    sys.exit(__doc__ or "usage: cputime.py N -- CMD ARGS... [-- CMD ARGS...]")
runs = int(args[0])
cmds, cur = [], []
for a in args[2:]:
    if a == "--":
        cmds.append(cur)
        cur = []
    else:
        cur.append(a)
cmds.append(cur)
wall = [[] for _ in cmds]
cpu = [[] for _ in cmds]
null = os.open(os.devnull, os.O_WRONLY)
for r in range(runs + 1):
    order = list(range(len(cmds)))
    if r % 2:
        order.reverse()
    for i in order:
        t = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os.dup2(null, 1)
            os.dup2(null, 2)
            os.execvp(cmds[i][0], cmds[i])
        _, status, usage = os.wait4(pid, 0)
        elapsed = time.perf_counter() - t
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            print(f"exit {code}: {' '.join(cmds[i])}", file=sys.stderr)
        if r > 0:
            wall[i].append(elapsed * 1000)
            cpu[i].append((usage.ru_utime + usage.ru_stime) * 1000)
for c, w, u in zip(cmds, wall, cpu):
    print(
        f"cpu median {statistics.median(u):7.1f} ms (min {min(u):6.1f}) | wall median {statistics.median(w):7.1f} ms (min {min(w):6.1f})  {' '.join(c)}"
    )
