/* stream.h - answers queries read one per line, at the speed of the input. */
#ifndef HTTPSTATUS_STREAM_H
#define HTTPSTATUS_STREAM_H

#include <stddef.h>

#include "answer.h"
#include "query.h"

/* Lines longer than a query can be are reported and skipped whole. */
#define STREAM_LINE_MAX QUERY_MAX
#define STREAM_BUFSIZE 65536

enum stream_event {
	STREAM_LINE,     /* a line, without its newline */
	STREAM_END,      /* end of input */
	STREAM_TOO_LONG, /* a line over STREAM_LINE_MAX, now being skipped */
	STREAM_NUL,      /* a line holding a NUL byte, skipped */
	STREAM_ERROR,    /* a read error; errno-style code in error */
};

struct stream_reader {
	int fd;
	int eof;
	int error;
	int skipping;         /* inside an overlong line */
	unsigned long line;   /* number of the line last returned */
	size_t start, end;    /* unread bytes are buf[start..end) */
	char buf[STREAM_BUFSIZE];
};

void stream_init(struct stream_reader *r, int fd);

/* Returns the next event; for STREAM_LINE, *line and *len hold it (valid
 * until the next call), without a UTF-8 byte-order mark that begins the
 * input. */
enum stream_event stream_next(struct stream_reader *r, const char **line,
			      size_t *len);

/* Answers every line of fd as a query, in order; blank lines are skipped.
 * name ("stdin") prefixes messages about a line.  Returns the worst exit
 * status.  Stops early when the output fails. */
int stream_answer(struct answer *a, int fd, const char *name);

#endif
