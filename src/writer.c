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
	w->discard = 0;
	w->len = 0;
	w->sent = 0;
}

int
writer_flush(struct writer *w)
{
	size_t done = 0;
	ssize_t n;

	while (done < w->len && !w->error && !w->discard) {
		n = write(w->fd, w->buf + done, w->len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			w->error = n < 0 ? errno : EIO;
			break;
		}
		done += (size_t)n; /* a short write: the rest goes next */
	}
	w->sent += w->len;
	w->len = 0;
	return w->error ? -1 : 0;
}

void
writer_write_slow(struct writer *w, const char *s, size_t n)
{
	size_t room;

	while (n > 0) {
		if (w->len == sizeof(w->buf))
			writer_flush(w);
		room = sizeof(w->buf) - w->len;
		if (room > n)
			room = n;
		memcpy(w->buf + w->len, s, room);
		w->len += room;
		s += room;
		n -= room;
	}
}
