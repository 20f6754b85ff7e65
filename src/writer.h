/* writer.h - buffered output to a file descriptor with every write checked. */
#ifndef HTTPSTATUS_WRITER_H
#define HTTPSTATUS_WRITER_H

#include <stddef.h>
#include <string.h>
#include <sys/uio.h>

/* Large enough that a long listing costs a handful of write(2) calls. */
#define WRITER_BUFSIZE 65536
/* Pieces one writev(2) takes; POSIX promises at least 16, Linux 1024. */
#define WRITER_IOV 1024

/*
 * Output is a list of pieces written with one writev(2): bytes copied into
 * buf, and bytes referred to where they lie (writer_ref), which a stream
 * uses to send the same precomputed answer many times without copying it.
 * buf[mark..len) are copied bytes not yet in the list; the list always
 * keeps one piece free for them.
 */
struct writer {
	int fd;
	int error; /* errno of the first failed write; 0 while all is well */
	int line_buffered;
	size_t len, mark;
	size_t niov;
	size_t listed; /* bytes in the list of pieces */
	struct iovec iov[WRITER_IOV];
	char buf[WRITER_BUFSIZE];
};

void writer_init(struct writer *w, int fd);

/* Writes out everything: 0, or -1 with w->error set.  After an error
 * nothing more is written. */
int writer_flush(struct writer *w);

/* Appends n bytes, flushing when the buffer fills. */
void writer_write(struct writer *w, const char *s, size_t n);

/* Appends n bytes that stay where they are, unchanged, until the next
 * flush. */
void writer_ref_slow(struct writer *w, const char *s, size_t n);

static inline void
writer_ref(struct writer *w, const char *s, size_t n)
{
	if (w->len > w->mark || w->niov >= WRITER_IOV - 2) {
		writer_ref_slow(w, s, n);
		return;
	}
	w->iov[w->niov].iov_base = (void *)(size_t)s; /* writev only reads */
	w->iov[w->niov].iov_len = n;
	w->niov++;
	w->listed += n;
}

/* For callers that add many references in a loop: the free pieces, after
 * flushing if fewer than two are left, and their number in *room... */
struct iovec *writer_pieces(struct writer *w, size_t *room);
/* ...and how many of them were filled, holding how many bytes. */
void writer_add_pieces(struct writer *w, size_t n, size_t bytes);

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
