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
}

int
writer_flush(struct writer *w)
{
	size_t done = 0;
	ssize_t n;

	if (w->error) {
		w->len = 0;
		return -1;
	}
	while (done < w->len) {
		n = write(w->fd, w->buf + done, w->len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			w->error = n < 0 ? errno : EIO;
			w->len = 0;
			return -1;
		}
		done += (size_t)n;
	}
	w->len = 0;
	return 0;
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
writer_end_record(struct writer *w)
{
	if (w->line_buffered)
		writer_flush(w);
}
