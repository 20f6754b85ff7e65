/* writer.c - buffered output to a file descriptor with every write checked. */
#include "writer.h"

#include <errno.h>
#include <unistd.h>

void
writer_init(struct writer *w, int fd)
{
	w->fd = fd;
	w->error = 0;
	w->line_buffered = 0;
	w->len = 0;
	w->mark = 0;
	w->niov = 0;
	w->listed = 0;
}

/* Adds the copied bytes not yet listed to the list of pieces. */
static void
seal(struct writer *w)
{
	if (w->len > w->mark) {
		w->iov[w->niov].iov_base = w->buf + w->mark;
		w->iov[w->niov].iov_len = w->len - w->mark;
		w->niov++;
		w->listed += w->len - w->mark;
		w->mark = w->len;
	}
}

int
writer_flush(struct writer *w)
{
	struct iovec *iov = w->iov;
	size_t left, unsent;
	ssize_t n;

	seal(w);
	left = w->niov;
	unsent = w->listed;
	while (left > 0 && !w->error) {
		n = writev(w->fd, iov, (int)left);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			w->error = n < 0 ? errno : EIO;
			break;
		}
		unsent -= (size_t)n;
		if (unsent == 0)
			break;
		/* A short write: step over what went, part of a piece too. */
		while (left > 0 && (size_t)n >= iov->iov_len) {
			n -= (ssize_t)iov->iov_len;
			iov++;
			left--;
		}
		if (left > 0) {
			iov->iov_base = (char *)iov->iov_base + n;
			iov->iov_len -= (size_t)n;
		}
	}
	w->len = w->mark = w->niov = w->listed = 0;
	return w->error ? -1 : 0;
}

void
writer_write(struct writer *w, const char *s, size_t n)
{
	size_t room;

	while (n > 0) {
		if (w->len == sizeof(w->buf) && writer_flush(w) < 0)
			return;
		room = sizeof(w->buf) - w->len;
		if (room > n)
			room = n;
		memcpy(w->buf + w->len, s, room);
		w->len += room;
		s += room;
		n -= room;
	}
}

void
writer_ref_slow(struct writer *w, const char *s, size_t n)
{
	/* Room for the copied bytes, this piece, and one free. */
	if (w->niov >= WRITER_IOV - 3)
		writer_flush(w);
	seal(w);
	w->iov[w->niov].iov_base = (void *)(size_t)s;
	w->iov[w->niov].iov_len = n;
	w->niov++;
	w->listed += n;
}

struct iovec *
writer_pieces(struct writer *w, size_t *room)
{
	if (w->niov >= WRITER_IOV - 3)
		writer_flush(w);
	seal(w);
	/* One piece stays free for the bytes copied after these. */
	*room = WRITER_IOV - 1 - w->niov;
	return w->iov + w->niov;
}

void
writer_add_pieces(struct writer *w, size_t n, size_t bytes)
{
	w->niov += n;
	w->listed += bytes;
}

void
writer_end_record(struct writer *w)
{
	if (w->line_buffered)
		writer_flush(w);
}
