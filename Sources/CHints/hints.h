// Hints to the machine that Swift cannot give by itself.

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

// A hint that memory at `address` will be read soon, for the hash-table loops that would
// otherwise wait on one cache miss at a time.
static inline void reidrisk_prefetch(const void *address) { __builtin_prefetch(address); }

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
