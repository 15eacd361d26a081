// A hint that memory at `address` will be read soon, for the hash-table loops that would
// otherwise wait on one cache miss at a time. Swift has no prefetch of its own.
static inline void reidrisk_prefetch(const void *address) { __builtin_prefetch(address); }
