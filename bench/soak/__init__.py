"""`make soak` (`python -m bench.soak`): a few minutes of readers' traffic on
the public API and the reader site at once, counting every error and following
each server's memory. Exits 1 when a request failed, a traceback or a worker
error was logged, or a server died; docs/soak.md explains how to read it.

It reuses the benchmark's parts: the 1k corpus (bench/corpora.py), granian
with production settings (bench/servers.py), wrk with a Lua script
(bench/load.py, bench/lua/soak.lua). The modules:

- plan: the knobs (SOAK_* variables) and where results go;
- traffic: what the corpus holds and the lists of requests sent;
- memory: each server's memory, read from /proc while the load runs;
- logs: what the servers log and the errors found in it;
- run: starting the servers, loading them, gathering the figures;
- report: the verdict and the Markdown for docs/soak.md.
"""
