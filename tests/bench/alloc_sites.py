#!/usr/bin/env python3
"""Allocator calls per call site, from a callgrind profile that separates callers:

    valgrind --tool=callgrind --separate-callers=3 --callgrind-out-file=PROFILE \\
        BUILD/nianbao lint --jobs 1 FILE...
    python3 tests/bench/alloc_sites.py PROFILE [site|caller] [N]

A site is the first function above malloc, calloc, realloc or free that is not a wrapper
(xalloc.c's nb_x*, nb_grow_beyond and nb_pool_*, PLT stubs, cmark's xcalloc, strdup). Per
site (or per site and its caller): allocations, frees, and the instructions spent inside the
allocator for them (malloc_consolidate, unlink_chunk and realloc's copy included), sorted by
those instructions. Ir/free near 5 means the frees are mostly free(NULL)."""
import collections
import re
import sys

ALLOCATORS = ('malloc', 'calloc', 'realloc', 'free')
WRAPPER = re.compile(r"^(0x[0-9a-f]+|nb_x\w+|nb_grow_beyond|nb_pool_\w+|xcalloc|xrealloc|"
                     r"strdup|__strdup|strndup)$")


def read_profile(path):
    """{(allocator, site, caller): [calls, Ir]}"""
    names, calls = {}, collections.defaultdict(lambda: [0, 0])
    callee, pending = None, None
    for line in open(path, errors='replace'):
        if line.startswith(('fn=', 'cfn=')):
            m = re.match(r'\((\d+)\)\s*(.*)', line.split('=', 1)[1].strip())
            if m and m.group(2):
                names[m.group(1)] = m.group(2)
            name = names.get(m.group(1), '?') if m else line.split('=', 1)[1].strip()
            if line.startswith('cfn='):
                callee = name
        elif line.startswith('calls='):
            pending = int(line[6:].split()[0])
        elif pending is not None and line[:1] and (line[0].isdigit() or line[0] in '+-*'):
            chain = callee.split("'")
            if chain[0] in ALLOCATORS and len(chain) > 1 and chain[1] not in ALLOCATORS:
                rest = [f for f in chain[1:] if not WRAPPER.match(f)]
                site = rest[0] if rest else '(' + chain[-1] + ')'
                key = (chain[0], site, rest[1] if len(rest) > 1 else '')
                calls[key][0] += pending
                calls[key][1] += int(line.split()[1])
            pending = None
    return calls


def main():
    calls = read_profile(sys.argv[1])
    by_caller = len(sys.argv) > 2 and sys.argv[2] == 'caller'
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    sites = collections.defaultdict(collections.Counter)
    for (allocator, site, caller), (n, ir) in calls.items():
        kind = 'free' if allocator == 'free' else 'alloc'
        s = sites[site + ' < ' + caller if by_caller else site]
        s[kind] += n
        s[kind + '_ir'] += ir
    total = collections.Counter()
    for s in sites.values():
        total.update(s)
    print('total: %d allocations (%d Ir), %d frees (%d Ir)' %
          (total['alloc'], total['alloc_ir'], total['free'], total['free_ir']))
    print('  allocs  alloc-Ir    frees   free-Ir  Ir/free  site')
    ranked = sorted(sites.items(), key=lambda kv: -(kv[1]['alloc_ir'] + kv[1]['free_ir']))
    for site, s in ranked[:limit]:
        print('%8d %9d %8d %9d %8.1f  %s' % (s['alloc'], s['alloc_ir'], s['free'], s['free_ir'],
                                             s['free_ir'] / s['free'] if s['free'] else 0, site))


main()
