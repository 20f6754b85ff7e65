/* fuzz-common.h - shared by the harnesses: quiet stderr, options from bytes. */
#ifndef HTTPSTATUS_FUZZ_COMMON_H
#define HTTPSTATUS_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "answer.h"
#include "format.h"
#include "writer.h"

/* The output side of the program, as main() sets it up. */
struct fuzz_output {
	struct writer out;
	struct format format;
	struct answer_context answer;
};

/* Called from LLVMFuzzerInitialize: turns on libFuzzer's -close_fd_mask=2
 * unless the command line sets it, so that the messages the library
 * writes on every run go to /dev/null while libFuzzer's and the
 * sanitizers' reports still reach the terminal. */
void fuzz_quiet_stderr(int *argc, char ***argv);

/* Opens /dev/null for writing; aborts if it cannot. */
int fuzz_open_devnull(void);

/* A file in memory named name, to hand the code under test as input or
 * output without a disk; aborts if it cannot be made. */
int fuzz_memfd(const char *name);

/* Sets up o to write on fd with options taken from the first bytes of
 * data, as the command line would:
 *   byte 0, bits 0-1  format: text, json, jsonl, tsv (or csv, byte 2)
 *           bits 2-3  default, --all, --official, default with --quiet
 *           bits 4-5  detail: auto, --short, --long, auto with --first
 *           bit 6     more bytes follow, byte 1 and for tsv byte 2:
 *                       text: byte 1 turns colours and links on and sets
 *                       the width 1 + byte % 100; its bit 7 wraps
 *                       one-line entries too, as on a terminal
 *                       others: byte 1 is --fields, with
 *                       1 + byte % FIELD_COUNT fields from the
 *                       (byte / FIELD_COUNT % FIELD_COUNT)th on, in cyclic
 *                       order, so that the last field (the query) comes
 *                       in wherever the list wraps past it (byte
 *                       FIELD_COUNT - 1: every field)
 *                       tsv: byte 2, bit 0 makes it csv, bit 1 --header
 *           bit 7     --line-buffered
 * Returns the number of bytes used. */
size_t fuzz_options(struct fuzz_output *o, int fd, const uint8_t *data,
		    size_t size);

/* Around the answers, as main() has it: the JSON array brackets (which
 * the writer discards under --quiet, as it does the rest).  fuzz_end
 * flushes and aborts if a write failed, which a write to /dev/null or to
 * a memory file never should. */
void fuzz_begin(struct fuzz_output *o);
void fuzz_end(struct fuzz_output *o);

#endif
