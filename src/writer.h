/* writer.h - buffered output to a file descriptor with every write checked. */
#ifndef HTTPSTATUS_WRITER_H
#define HTTPSTATUS_WRITER_H

#include <stddef.h>
#include <string.h>

/* Large enough that a long listing costs a handful of write(2) calls. */
#define WRITER_BUFSIZE 65536

struct writer {
	int fd;
	int error; /* errno of the first failed write; 0 while all is well */
	int line_buffered;
	size_t len;
	char buf[WRITER_BUFSIZE];
};

void writer_init(struct writer *w, int fd);

/* Writes out the buffer: 0, or -1 with w->error set.  After an error
 * nothing more is written. */
int writer_flush(struct writer *w);

/* Appends n bytes, flushing when the buffer fills. */
void writer_write(struct writer *w, const char *s, size_t n);

/* Called at the end of each answer: flushes when line buffered. */
void writer_end_record(struct writer *w);

static inline void
writer_putc(struct writer *w, char c)
{
	if (w->len == sizeof(w->buf))
		writer_flush(w);
	if (w->len < sizeof(w->buf))
		w->buf[w->len++] = c;
}

static inline void
writer_puts(struct writer *w, const char *s)
{
	writer_write(w, s, strlen(s));
}

#endif
