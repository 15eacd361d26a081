/*
 * libcsv_floor: tokenize a CSV file with libcsv and do nothing with the fields.
 *
 * This is the one-core speed floor for reidrisk: reidrisk tokenizes with libcsv too, so no
 * single-threaded reidrisk run can be faster than this program on the same file.
 *
 * The parser options match reidrisk's CSVTokenizer (Sources/ReidRisk/CSV/CSVTokenizer.swift):
 * CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL, no space trimming, block size 4096.
 * The file is read in 1 MiB chunks with read(2). The field callback is a no-op. The record
 * callback only counts records, so the count can be checked.
 *
 * Build: gcc -O2 -o bench/out/libcsv_floor bench/libcsv_floor.c -lcsv
 * Usage: libcsv_floor FILE
 * Prints: records=<data records, header excluded> bytes=<n> seconds=<t> MiB/s=<r>
 */
#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define CHUNK (1u << 20)

static void on_field(void *bytes, size_t length, void *data) {
  (void)bytes;
  (void)length;
  (void)data;
}

static void on_record(int terminator, void *data) {
  (void)terminator;
  ++*(unsigned long long *)data;
}

static int never_space(unsigned char c) {
  (void)c;
  return 0;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s FILE\n", argv[0]);
    return 2;
  }
  int fd = open(argv[1], O_RDONLY);
  if (fd < 0) {
    fprintf(stderr, "libcsv_floor: %s: %s\n", argv[1], strerror(errno));
    return 2;
  }
  char *buffer = malloc(CHUNK);
  struct csv_parser parser;
  if (buffer == NULL || csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
    fprintf(stderr, "libcsv_floor: out of memory\n");
    return 2;
  }
  csv_set_space_func(&parser, never_space);
  csv_set_blk_size(&parser, 4096);

  unsigned long long records = 0, bytes = 0;
  double start = now();
  for (;;) {
    ssize_t n = read(fd, buffer, CHUNK);
    if (n < 0) {
      if (errno == EINTR) continue;
      fprintf(stderr, "libcsv_floor: read: %s\n", strerror(errno));
      return 2;
    }
    if (n == 0) break;
    bytes += (unsigned long long)n;
    if (csv_parse(&parser, buffer, (size_t)n, on_field, on_record, &records) != (size_t)n) {
      fprintf(stderr, "libcsv_floor: parse error near byte %llu: %s\n", bytes,
              csv_strerror(csv_error(&parser)));
      return 1;
    }
  }
  if (csv_fini(&parser, on_field, on_record, &records) != 0) {
    fprintf(stderr, "libcsv_floor: %s at end of file\n", csv_strerror(csv_error(&parser)));
    return 1;
  }
  double seconds = now() - start;
  csv_free(&parser);
  free(buffer);
  close(fd);
  unsigned long long data_records = records > 0 ? records - 1 : 0;
  printf("records=%llu bytes=%llu seconds=%.3f MiB/s=%.1f\n", data_records, bytes, seconds,
         seconds > 0 ? (double)bytes / (1024.0 * 1024.0) / seconds : 0.0);
  return 0;
}
