/* gen-file.c - the generator's files: inputs read whole, the output checked before it is replaced. */
#include "gen-file.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* What a file that is not a regular file is, for a message. */
static const char *
kind(mode_t mode)
{
	return S_ISLNK(mode)    ? "a symbolic link"
	       : S_ISFIFO(mode) ? "a FIFO"
	       : S_ISCHR(mode)  ? "a character device"
	       : S_ISBLK(mode)  ? "a block device"
	       : S_ISDIR(mode)  ? "a directory"
	       : S_ISSOCK(mode) ? "a socket"
				: "of an unknown kind";
}

/* Reads fd to its end into a new buffer with a spare byte.  size is what
 * fstat said, but the file may grow while it is read: max holds for what
 * is read. */
static char *
read_all(int fd, size_t size, size_t max, size_t *len, char *why, size_t cap)
{
	/* One byte more than fstat said, so that the end is seen at once. */
	size_t room = size + 1, n = 0;
	char *buf = malloc(room + 1), *grown;
	ssize_t got;

	if (buf == NULL)
		goto no_memory;
	for (;;) {
		if (n == room) {
			if (n > max) {
				snprintf(why, cap, "larger than %zu bytes", max);
				goto fail;
			}
			room = room > max / 2 ? max + 1 : room * 2;
			if ((grown = realloc(buf, room + 1)) == NULL)
				goto no_memory;
			buf = grown;
		}
		got = read(fd, buf + n, room - n);
		if (got == 0)
			break;
		if (got > 0) {
			n += (size_t)got;
		} else if (errno != EINTR) {
			snprintf(why, cap, "%s", strerror(errno));
			goto fail;
		}
	}
	*len = n;
	return buf;
no_memory:
	snprintf(why, cap, "%s", strerror(ENOMEM));
fail:
	free(buf);
	return NULL;
}

char *
genfile_read(const char *path, size_t max, size_t *len, char *why,
	     size_t cap)
{
	/* Without O_NONBLOCK, opening a FIFO would wait for a writer; it
	 * changes nothing for a regular file. */
	int fd = open(path, O_RDONLY | O_NONBLOCK);
	struct stat st;
	char *buf = NULL;

	if (fd < 0) {
		snprintf(why, cap, "%s", strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) < 0)
		snprintf(why, cap, "%s", strerror(errno));
	else if (S_ISDIR(st.st_mode))
		snprintf(why, cap, "%s", strerror(EISDIR));
	else if (!S_ISREG(st.st_mode))
		snprintf(why, cap, "not a regular file (%s)", kind(st.st_mode));
	else if ((uintmax_t)st.st_size > max)
		snprintf(why, cap, "larger than %zu bytes", max);
	else
		buf = read_all(fd, (size_t)st.st_size, max, len, why, cap);
	close(fd);
	return buf;
}

int
genfile_check_output(const char *path, const char *const *inputs,
		     size_t n, char *why, size_t cap)
{
	struct stat out, in;
	size_t i;

	/* Nothing there is what a build usually finds; a path that cannot
	 * be looked at is left to the writing, which says why it fails. */
	if (lstat(path, &out) < 0)
		return 0;
	if (!S_ISREG(out.st_mode)) {
		snprintf(why, cap, "not a regular file (%s)", kind(out.st_mode));
		return -1;
	}
	/* The same file under another name (a hard link, "dir/./x.csv") or
	 * through a symbolic link is the same device and inode. */
	for (i = 0; i < n; i++)
		if (stat(inputs[i], &in) == 0 && in.st_dev == out.st_dev &&
		    in.st_ino == out.st_ino) {
			snprintf(why, cap, "the same file as the input %s",
				 inputs[i]);
			return -1;
		}
	return 0;
}

char *
genfile_temp_name(const char *path)
{
	static const char name[] = "/.gen-registry.XXXXXX";
	char *copy = strdup(path), *tmp = NULL;
	const char *dir;
	size_t len;

	if (copy == NULL)
		return NULL;
	/* dirname may change its argument, so it gets a copy. */
	dir = dirname(copy);
	len = strlen(dir);
	if ((tmp = malloc(len + sizeof(name))) != NULL) {
		memcpy(tmp, dir, len);
		memcpy(tmp + len, name, sizeof(name));
	}
	free(copy);
	return tmp;
}
