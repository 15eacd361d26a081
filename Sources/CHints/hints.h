// Hints to the machine that Swift cannot give by itself.

#if defined(__GLIBC__) || defined(__linux__)
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <malloc.h>
#include <sched.h>
#endif

// A hint that memory at `address` will be read soon, for the hash-table loops that would
// otherwise wait on one cache miss at a time.
static inline void reidrisk_prefetch(const void *address) { __builtin_prefetch(address); }

// The CPUs this process may run on (its affinity mask: taskset, a container's cpuset), or 0
// when unknown (not Linux, or the call failed). Swift cannot call sched_getaffinity and
// CPU_COUNT itself: they need _GNU_SOURCE.
static inline int reidrisk_affinity_cpus(void) {
#if defined(__linux__)
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) != 0) return 0;
  return CPU_COUNT(&set);
#else
  return 0;
#endif
}

// Asks glibc to serve blocks of `bytes` or more straight from the system and to give them
// back when freed. glibc otherwise raises this threshold as large blocks are freed and keeps
// freed blocks in the arenas of the reading threads, which sets the peak memory on large
// files. Does nothing on other C libraries.
static inline void reidrisk_return_large_blocks(int bytes) {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, bytes);
#else
  (void)bytes;
#endif
}
