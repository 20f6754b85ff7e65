/* gen-file.c - the generator's files: the output checked before it is replaced. */
#include "gen-file.h"

#include <stdio.h>
#include <sys/stat.h>

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
