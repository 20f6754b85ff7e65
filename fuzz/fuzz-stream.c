/* fuzz-stream.c - libFuzzer harness: a stream of queries, read and answered. */
#define _GNU_SOURCE /* memfd_create: the input as a file, without a disk */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "answer.h"
#include "fuzz-common.h"
#include "stream.h"

/*
 * After the option bytes of fuzz-common.h, one byte says how the stream
 * is fed:
 *   bit 7     the input is padded in front with blank lines so that it
 *             starts (bits 0-4) * 42 bytes before the end of the reader's
 *             first buffer, and lines straddle the refill
 *   bit 6     the output fails: every write gets EBADF, and the stream
 *             must stop early without harm
 *   bit 5     a code is answered before the stream, in full, as for
 *             "httpstatus 418 -"
 * The rest is the stream.
 */
#define MODE_PAD 0x80
#define MODE_BROKEN 0x40
#define MODE_BEFORE 0x20
#define PAD_STEP 42
#define PAD_LINE 1000 /* blank lines of this length, under the limit */
#define BEFORE "418"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The stream, what stream_answer writes, and what answering its lines
 * one by one writes. */
static int input_fd = -1, got_fd = -1, want_fd = -1;

static int
open_memfd(const char *name)
{
	int fd = memfd_create(name, MFD_CLOEXEC);

	if (fd < 0)
		abort();
	return fd;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_quiet_stderr(argc, argv);
	input_fd = open_memfd("input");
	got_fd = open_memfd("got");
	want_fd = open_memfd("want");
	return 0;
}

static void
rewind_fd(int fd)
{
	if (lseek(fd, 0, SEEK_SET) != 0)
		abort();
}

static void
empty_fd(int fd)
{
	if (ftruncate(fd, 0) < 0)
		abort();
	rewind_fd(fd);
}

static void
write_all(int fd, const char *buf, size_t len)
{
	ssize_t n;

	while (len > 0) {
		n = write(fd, buf, len);
		if (n <= 0)
			abort();
		buf += n;
		len -= (size_t)n;
	}
}

/* The stream: blank lines of padding, then the payload.  Returns the
 * whole of it, to be freed. */
static char *
make_input(const uint8_t *payload, size_t size, unsigned mode, size_t *len)
{
	size_t pad = 0, at, n;
	char *input;

	if (mode & MODE_PAD)
		pad = STREAM_BUFSIZE - (mode & 0x1f) * PAD_STEP;
	*len = pad + size;
	input = malloc(*len + 1);
	if (input == NULL)
		abort();
	memset(input, ' ', pad);
	for (at = 0; at < pad; at += n) {
		n = pad - at < PAD_LINE ? pad - at : PAD_LINE;
		input[at + n - 1] = '\n';
	}
	if (size > 0)
		memcpy(input + pad, payload, size);
	empty_fd(input_fd);
	write_all(input_fd, input, *len);
	rewind_fd(input_fd);
	return input;
}

/* What the reader should make of the line that starts at input[pos]. */
struct expected {
	enum stream_event event;
	const char *line;
	size_t len, next;
};

static void
expect_line(const char *input, size_t size, size_t pos, struct expected *e)
{
	const char *nl = memchr(input + pos, '\n', size - pos);
	size_t stop = nl ? (size_t)(nl - input) : size;

	e->line = input + pos;
	e->len = stop - pos;
	e->next = nl ? stop + 1 : stop;
	/* A byte-order mark that begins the input is no part of a line. */
	if (pos == 0 && e->len >= 3 && memcmp(e->line, "\xef\xbb\xbf", 3) == 0) {
		e->line += 3;
		e->len -= 3;
	}
	if (pos == size)
		e->event = STREAM_END;
	else if (e->len - (e->len > 0 && e->line[e->len - 1] == '\r') >
		 STREAM_LINE_MAX)
		e->event = STREAM_TOO_LONG; /* the CR of CRLF does not count */
	else if (memchr(e->line, '\0', e->len) != NULL)
		e->event = STREAM_NUL;
	else
		e->event = STREAM_LINE;
}

/* stream_next returns each line of the input once, in order, whole (but
 * for a leading byte-order mark). */
static void
check_reader(const char *input, size_t size)
{
	struct stream_reader *r = malloc(sizeof(*r));
	struct expected e;
	enum stream_event ev;
	unsigned long lines = 0;
	const char *line;
	size_t pos = 0, len;

	if (r == NULL)
		abort();
	stream_init(r, input_fd);
	do {
		expect_line(input, size, pos, &e);
		ev = stream_next(r, &line, &len);
		if (ev != e.event)
			abort();
		if (ev != STREAM_END && r->line != ++lines)
			abort();
		if (ev == STREAM_LINE &&
		    (len != e.len || line < r->buf ||
		     len > sizeof(r->buf) - (size_t)(line - r->buf) ||
		     memcmp(line, e.line, len) != 0))
			abort();
		pos = e.next;
	} while (ev != STREAM_END);
	/* The end stays the end. */
	if (stream_next(r, &line, &len) != STREAM_END)
		abort();
	free(r);
	rewind_fd(input_fd);
}

static int
is_blank(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' &&
		    s[i] != '\v' && s[i] != '\f')
			return 0;
	return 1;
}

/* Answers the lines one by one, as stream.h describes: the status
 * stream_answer should return, and in want->out the output it should
 * write, fast path or not. */
static int
answer_lines(struct fuzz_output *want, const char *input, size_t size)
{
	struct expected e;
	size_t pos = 0;
	int status = ANSWER_FOUND, rc;

	if (want->answer.detail == DETAIL_AUTO)
		want->answer.detail = DETAIL_SHORT;
	for (;;) {
		expect_line(input, size, pos, &e);
		if (e.event == STREAM_END)
			break;
		pos = e.next;
		if (e.event != STREAM_LINE) {
			status = ANSWER_TROUBLE;
			continue;
		}
		if (e.len > 0 && e.line[e.len - 1] == '\r')
			e.len--;
		if (is_blank(e.line, e.len))
			continue;
		rc = answer_query(&want->answer, e.line, e.len);
		if (rc > status)
			status = rc;
	}
	return status;
}

static void
expect_same_files(int a, int b)
{
	enum { CHUNK = 65536 };
	char *abuf = malloc(CHUNK), *bbuf = malloc(CHUNK);
	ssize_t an, bn;

	if (abuf == NULL || bbuf == NULL)
		abort();
	rewind_fd(a);
	rewind_fd(b);
	do {
		an = read(a, abuf, CHUNK);
		bn = read(b, bbuf, CHUNK);
		if (an < 0 || an != bn || memcmp(abuf, bbuf, (size_t)an) != 0)
			abort();
	} while (an > 0);
	free(abuf);
	free(bbuf);
}

/* Answers the stream into got, or what it should be into want, after
 * the code of MODE_BEFORE if asked; returns the status. */
static int
answer_all(struct fuzz_output *o, unsigned mode, const char *input,
	   size_t len)
{
	int status = ANSWER_FOUND, rc;

	fuzz_begin(o);
	if (mode & MODE_BEFORE)
		status = answer_query(&o->answer, BEFORE, strlen(BEFORE));
	if (input == NULL)
		rc = stream_answer(&o->answer, input_fd, "stdin");
	else
		rc = answer_lines(o, input, len);
	return rc > status ? rc : status;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_output got, want;
	size_t used = fuzz_options(&got, got_fd, data, size), len;
	unsigned mode = used < size ? data[used++] : 0;
	enum answer_detail detail = got.answer.detail;
	char *input = make_input(data + used, size - used, mode, &len);
	int rc, status;

	check_reader(input, len);

	if (mode & MODE_BROKEN) {
		got.out.fd = -1;
		rc = answer_all(&got, mode, NULL, 0);
		if (rc < ANSWER_FOUND || rc > ANSWER_TROUBLE ||
		    got.answer.detail != detail)
			abort();
		free(input);
		return 0;
	}

	empty_fd(got_fd);
	rc = answer_all(&got, mode, NULL, 0);
	fuzz_end(&got);
	if (got.answer.detail != detail)
		abort();

	empty_fd(want_fd);
	fuzz_options(&want, want_fd, data, size);
	status = answer_all(&want, mode, input, len);
	fuzz_end(&want);

	if (rc != status)
		abort();
	expect_same_files(got_fd, want_fd);
	free(input);
	return 0;
}
