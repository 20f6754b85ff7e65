/* gen-registry.c - build-time generator: registry CSV files to a C table. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gen-emit.h"
#include "gen-file.h"
#include "gen-index.h"
#include "regfile.h"

/* What went wrong with a file, as errno tells it. */
static void
file_error(const char *path)
{
	fprintf(stderr, "gen-registry: %s: %s\n", path, strerror(errno));
}

static void
out_of_memory(void)
{
	fputs("gen-registry: out of memory\n", stderr);
}

static int
parse(struct regfile *rf, const char *path, char **buf,
      int (*fn)(struct regfile *, char *, size_t, struct csv_error *))
{
	struct csv_error err;
	char why[128];
	size_t len;

	*buf = genfile_read(path, REGFILE_SIZE_MAX, &len, why, sizeof(why));
	if (*buf == NULL) {
		fprintf(stderr, "gen-registry: %s: %s\n", path, why);
		return -1;
	}
	if (fn(rf, *buf, len, &err) < 0) {
		fprintf(stderr, "%s:%u:%u: %s\n", path, err.line, err.column,
			err.message);
		return -1;
	}
	return 0;
}

/* Writes the C table to a new file beside path, renamed onto path only
 * once complete: a failed run leaves any older output as it was, and
 * removes nothing but the file it made.  Every message names path, the
 * file asked for, not the temporary one. */
static int
write_output(const char *path, const struct regfile *rf,
	     const struct search_index *ix)
{
	char *tmp = genfile_temp_name(path);
	FILE *out = NULL;
	int fd = -1, rc = -1;

	if (tmp == NULL) {
		out_of_memory();
		return -1;
	}
	if ((fd = mkstemp(tmp)) < 0) {
		file_error(path);
		free(tmp);
		return -1;
	}
	/* mkstemp makes the file private; a header need not be. */
	if (fchmod(fd, 0644) < 0 || (out = fdopen(fd, "w")) == NULL) {
		file_error(path);
		close(fd);
		goto fail;
	}
	emit_registry(out, rf, ix);
	errno = 0;
	if (ferror(out) | fclose(out)) {
		fprintf(stderr, "gen-registry: %s: write error: %s\n", path,
			strerror(errno ? errno : EIO));
		goto fail;
	}
	if (rename(tmp, path) < 0) {
		file_error(path);
		goto fail;
	}
	rc = 0;
	free(tmp);
	return rc;
fail:
	unlink(tmp);
	free(tmp);
	return rc;
}

int
main(int argc, char **argv)
{
	static struct regfile rf;
	struct search_index ix = {0};
	char *registry = NULL, *classes = NULL;
	char why[1024]; /* it may hold an input's path */
	int status = EXIT_FAILURE;

	/* The header row, for tests/run-bad-registry.sh to put before the
	 * rows of its broken files. */
	if (argc == 2 && strcmp(argv[1], "--header") == 0) {
		char header[512];
		size_t len = regfile_registry_header(header, sizeof(header));

		if (len >= sizeof(header) || fputs(header, stdout) == EOF ||
		    fflush(stdout) != 0) {
			fputs("gen-registry: cannot write the header\n", stderr);
			return EXIT_FAILURE;
		}
		return EXIT_SUCCESS;
	}
	if (argc != 4) {
		fprintf(stderr, "usage: gen-registry REGISTRY.csv CLASSES.csv "
				"OUTPUT.h\n"
				"       gen-registry --header\n");
		return EXIT_FAILURE;
	}
	/* Ignored, so that a write past a file size limit (ulimit -f) fails
	 * with EFBIG, which write_output reports and cleans up after: the
	 * signal would kill the generator and leave its temporary file. */
	signal(SIGXFSZ, SIG_IGN);
	/* Before any work, as a wrong output path is a mistake in the
	 * command, not in the data. */
	if (genfile_check_output(argv[3], (const char *const *)argv + 1, 2,
				 why, sizeof(why)) < 0) {
		fprintf(stderr, "gen-registry: %s: %s; refusing to replace it\n",
			argv[3], why);
		return EXIT_FAILURE;
	}
	if (parse(&rf, argv[1], &registry, regfile_parse_registry) < 0 ||
	    parse(&rf, argv[2], &classes, regfile_parse_classes) < 0)
		goto done;
	if (index_build(&ix, &rf) < 0) {
		out_of_memory();
		goto done;
	}
	if (write_output(argv[3], &rf, &ix) < 0)
		goto done;
	status = EXIT_SUCCESS;
done:
	index_free(&ix);
	free(registry);
	free(classes);
	return status;
}
