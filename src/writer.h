/* writer.h - buffered output to a file descriptor with every write checked. */
#ifndef HTTPSTATUS_WRITER_H
#define HTTPSTATUS_WRITER_H

#include <stddef.h>
#include <string.h>

/* A pipe's capacity on Linux.  Through a pipe and to a file, buffers of
 * 64 KiB to 1 MiB measured the same (bench/ compares the program with
 * cat moving the same bytes); the smallest keeps memory small. */
#define WRITER_BUFSIZE (64 * 1024)

struct writer {
	int fd;
	int error; /* errno of the first failed write; 0 while all is well */
	int line_buffered;
	int discard; /* --quiet: a flush throws the bytes away */
	size_t len;
	size_t sent; /* bytes flushed before buf's, for writer_mark */
	char buf[WRITER_BUFSIZE];
};

void writer_init(struct writer *w, int fd);

/* Writes out everything: 0, or -1 with w->error set.  After an error
 * nothing more is written. */
int writer_flush(struct writer *w);

/* Appends n bytes that do not fit in what is left of the buffer. */
void writer_write_slow(struct writer *w, const char *s, size_t n);

/* Appends n bytes, flushing when the buffer fills. */
static inline void
writer_write(struct writer *w, const char *s, size_t n)
{
	/* The first test settles a constant n at compile time. */
	if (n <= sizeof(w->buf) && n <= sizeof(w->buf) - w->len) {
		memcpy(w->buf + w->len, s, n);
		w->len += n;
		return;
	}
	writer_write_slow(w, s, n);
}

/* A place in the output, counted in bytes from its start (modulo
 * SIZE_MAX + 1, so that the difference of two marks is always right), to
 * ask later for what was written after it. */
static inline size_t
writer_mark(const struct writer *w)
{
	return w->sent + w->len;
}

/* The bytes written since mark, their number in *n, while they are all
 * still in the buffer; NULL once a flush has sent some of them out. */
static inline const char *
writer_since(const struct writer *w, size_t mark, size_t *n)
{
	size_t since = writer_mark(w) - mark;

	if (since > w->len)
		return NULL;
	*n = since;
	return w->buf + w->len - since;
}

/* Called at the end of each answer: flushes when line buffered. */
static inline void
writer_end_record(struct writer *w)
{
	if (w->line_buffered)
		writer_flush(w);
}

static inline void
writer_putc(struct writer *w, char c)
{
	if (w->len == sizeof(w->buf))
		writer_flush(w);
	w->buf[w->len++] = c;
}

static inline void
writer_puts(struct writer *w, const char *s)
{
	writer_write(w, s, strlen(s));
}

#endif
