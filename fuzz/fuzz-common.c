/* fuzz-common.c - shared by the harnesses: quiet stderr, options from bytes. */
#define _GNU_SOURCE /* memfd_create */
#include "fuzz-common.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ARGS 256

void
fuzz_quiet_stderr(int *argc, char ***argv)
{
	/* libFuzzer parses its flags after LLVMFuzzerInitialize returns,
	 * so a flag added here counts; a later one on the command line
	 * (-close_fd_mask=0 to see the messages) wins over it. */
	static char flag[] = "-close_fd_mask=2";
	static char *args[MAX_ARGS + 2];
	int i;

	if (*argc < 1 || *argc > MAX_ARGS)
		return;
	for (i = 1; i < *argc; i++)
		if (strncmp((*argv)[i], "-close_fd_mask=", 15) == 0)
			return;
	args[0] = (*argv)[0];
	args[1] = flag;
	for (i = 1; i < *argc; i++)
		args[i + 1] = (*argv)[i];
	args[*argc + 1] = NULL;
	*argc += 1;
	*argv = args;
}

int
fuzz_memfd(const char *name)
{
	int fd = memfd_create(name, MFD_CLOEXEC);

	if (fd < 0)
		abort();
	return fd;
}

int
fuzz_open_devnull(void)
{
	int fd = open("/dev/null", O_WRONLY | O_CLOEXEC);

	if (fd < 0) {
		perror("/dev/null");
		abort();
	}
	return fd;
}

/* --fields: count fields in cyclic order from the first, as a list. */
static void
set_fields(struct format *f, unsigned first, unsigned count)
{
	/* Room for every name and its comma: none is 15 bytes long. */
	char list[FIELD_COUNT * 16];
	const char *bad;
	size_t len = 0, badlen, i;

	for (i = 0; i < count; i++) {
		const char *name =
			format_field_name((enum format_field)((first + i) %
							      FIELD_COUNT));

		len += (size_t)snprintf(list + len, sizeof(list) - len, "%s%s",
					i > 0 ? "," : "", name);
	}
	if (format_parse_fields(f, list, &bad, &badlen) < 0 ||
	    f->nfields != count)
		abort();
}

size_t
fuzz_options(struct fuzz_output *o, int fd, const uint8_t *data, size_t size)
{
	static const enum answer_show shows[] = {SHOW_DEFAULT, SHOW_ALL,
						 SHOW_OFFICIAL, SHOW_DEFAULT};
	static const enum answer_detail details[] = {DETAIL_AUTO, DETAIL_SHORT,
						     DETAIL_LONG, DETAIL_AUTO};
	unsigned opt, more;

	writer_init(&o->out, fd);
	format_init(&o->format, &o->out);
	memset(&o->answer, 0, sizeof(o->answer));
	o->answer.format = &o->format;
	if (size == 0)
		return 0;

	opt = data[0];
	o->format.kind = (enum format_kind)(opt & 3);
	o->answer.show = shows[opt >> 2 & 3];
	o->answer.quiet = (opt >> 2 & 3) == 3;
	o->out.discard = o->answer.quiet;
	o->answer.detail = details[opt >> 4 & 3];
	o->answer.first = (opt >> 4 & 3) == 3;
	o->out.line_buffered = (opt & 0x80) != 0;
	if (!(opt & 0x40) || size < 2)
		return 1;

	more = data[1];
	if (o->format.kind == FORMAT_TEXT) {
		o->format.color = o->format.links = 1;
		/* The widths the program uses, down to one column. */
		o->format.width = 1 + more % 100;
		o->format.wrap_short = (more & 0x80) != 0;
		return 2;
	}
	set_fields(&o->format, more / FIELD_COUNT % FIELD_COUNT,
		   1 + more % FIELD_COUNT);
	/* Byte 0 has no bit to spare: CSV shares TSV's value, as the two
	 * differ only in how a cell is written, and a byte of its own picks
	 * it (and --header, which only these two have). */
	if (o->format.kind != FORMAT_TSV || size < 3)
		return 2;
	if (data[2] & 1)
		o->format.kind = FORMAT_CSV;
	o->format.header = (data[2] & 2) != 0;
	return 3;
}

void
fuzz_begin(struct fuzz_output *o)
{
	format_begin(&o->format);
}

void
fuzz_end(struct fuzz_output *o)
{
	format_end(&o->format);
	if (writer_flush(&o->out) < 0)
		abort();
}
