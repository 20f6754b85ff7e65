/* fuzz-stream.c - libFuzzer harness: a stream of queries, read and answered. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "answer.h"
#include "code.h"
#include "fuzz-common.h"
#include "query.h"
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

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_quiet_stderr(argc, argv);
	input_fd = fuzz_memfd("input");
	got_fd = fuzz_memfd("got");
	want_fd = fuzz_memfd("want");
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

/* White space, as around a query. */
static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f';
}

static void
trim(const char **s, size_t *len)
{
	while (*len > 0 && is_space(**s)) {
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && is_space((*s)[*len - 1]))
		(*len)--;
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Response heads, written again here from what the program promises
 * rather than taken from stream.c, so that the two can disagree: a status
 * line that begins with an HTTP version (HTTP/1.1 404 Not Found, http/2
 * 200) opens a head; in it the header field lines ("Name: value") and
 * the blank line that ends it get no record.
 */

/* ASCII only, whatever the locale. */
static char
to_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* HTTP/ (any case), digits, and a dot and digits if any. */
static int
is_version(const char *s, size_t len)
{
	size_t i = 5;

	if (len <= 5 || to_lower(s[0]) != 'h' || to_lower(s[1]) != 't' ||
	    to_lower(s[2]) != 't' || to_lower(s[3]) != 'p' || s[4] != '/')
		return 0;
	while (i < len && is_digit(s[i]))
		i++;
	if (i == 5)
		return 0;
	if (i < len && s[i] == '.') {
		size_t dot = ++i;

		while (i < len && is_digit(s[i]))
			i++;
		if (i == dot)
			return 0;
	}
	return i == len;
}

/* Whether a trimmed line opens a head: a version, blanks, three digits,
 * and then nothing or blanks and a reason phrase, which a digit cannot
 * begin ("HTTP/1.1 404 500" is a typo, not a status line).  A version
 * alone, or one before something else, opens none, so that the blank
 * line after it still gets its record. */
static int
starts_head(const char *line, size_t len)
{
	size_t i = 0, code;

	while (i < len && !is_space(line[i]))
		i++;
	if (!is_version(line, i))
		return 0;
	while (i < len && is_space(line[i]))
		i++;
	code = i;
	while (i < len && i < code + 3 && is_digit(line[i]))
		i++;
	if (i != code + 3 || (i < len && !is_space(line[i])))
		return 0;
	while (i < len && is_space(line[i]))
		i++;
	return i == len || !is_digit(line[i]);
}

/* Whether a line of a head, untrimmed, is a header field: a token and
 * a colon, within the first STREAM_LINE_MAX + 1 bytes, all a reader has
 * of a line too long to read whole. */
static int
is_field_line(const char *line, size_t len)
{
	static const char tchars[] = "!#$%&'*+-.^_`|~";
	size_t i;

	if (len > STREAM_LINE_MAX + 1)
		len = STREAM_LINE_MAX + 1;
	for (i = 0; i < len; i++) {
		char c = line[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      is_digit(c) || (c != '\0' && strchr(tchars, c) != NULL)))
			break;
	}
	return i > 0 && i < len && line[i] == ':';
}

/* What a line is, for the records it should get. */
enum line_kind {
	LINE_SKIPPED, /* a header field or the end of a head: none */
	LINE_ONE,     /* one answer, or one unknown entry */
	LINE_SPAN,    /* a class, mask or range: one or more */
};

/* The records of one line, in format.count, as the property "records out
 * = lines in" has them: aborts if a line got other than its due.  spans
 * are listed whole; anything else is its best answer unless --all asks
 * for every meaning, or an unknown entry, which is one (with --quiet
 * too: the writer discards them). */
static void
check_records(const struct answer_context *ctx, enum line_kind kind,
	      size_t records)
{
	int exact = ctx->show != SHOW_ALL || ctx->first;

	if (kind == LINE_SKIPPED) {
		if (records != 0)
			abort();
	} else if (kind == LINE_SPAN || !exact) {
		if (records < 1)
			abort();
	} else if (records != 1) {
		abort();
	}
}

/* The kind of a trimmed line that is answered, and whether a class
 * explained in text before its codes starts format.count afresh (see
 * format_class). */
static enum line_kind
answered_kind(const struct answer_context *ctx, const char *line, size_t len,
	      int *restarts)
{
	struct query q;
	char why[160];

	*restarts = 0;
	if (query_parse(line, len, &q, why, sizeof(why)) < 0 ||
	    q.kind != QUERY_SPAN)
		return LINE_ONE;
	*restarts = ctx->format->kind == FORMAT_TEXT &&
		    ctx->detail == DETAIL_LONG &&
		    code_span_is_class(q.lo, q.hi);
	return LINE_SPAN;
}

/* The records the oracle wrote, in all, and whether some class heading
 * started format.count afresh, after which it no longer counts them. */
struct tally {
	size_t records;
	int restarted;
};

/* Answers one line of a stream as stream.h describes it, one query at a
 * time; *head says whether the lines before were a head.  Returns the
 * exit status. */
static int
answer_one(struct answer_context *ctx, const struct expected *e, int *head,
	   struct tally *t)
{
	const char *line = e->line;
	size_t len = e->len, before = ctx->format->count, records;
	enum line_kind kind = LINE_ONE;
	int status, restarts = 0;

	trim(&line, &len);
	if (*head && e->event != STREAM_NUL && is_field_line(e->line, e->len)) {
		kind = LINE_SKIPPED;
		status = ANSWER_FOUND;
	} else if (*head && e->event == STREAM_LINE && len == 0) {
		kind = LINE_SKIPPED;
		status = ANSWER_FOUND;
		*head = 0;
	} else if (e->event == STREAM_TOO_LONG) {
		/* Not kept whole, so not given back as the query. */
		ctx->format->query = NULL;
		ctx->format->query_len = 0;
		status = answer_unreadable(ctx, "line too long");
		*head = 0;
	} else if (e->event == STREAM_NUL || len == 0) {
		ctx->format->query = line;
		ctx->format->query_len = len;
		status = answer_unreadable(ctx, "line is no query");
		*head = 0;
	} else {
		kind = answered_kind(ctx, line, len, &restarts);
		status = answer_query(ctx, line, len);
		*head = starts_head(line, len);
	}
	/* A class heading sets the count to 0, and then its entries count. */
	records = restarts ? ctx->format->count : ctx->format->count - before;
	check_records(ctx, kind, records);
	t->records += records;
	t->restarted |= restarts;
	return status;
}

/* Answers the lines one by one, with the context as a stream sets it up
 * (stream.h): the status stream_answer should return, and in want->out
 * the output it should write, fast path, cache or not. */
static int
answer_lines(struct fuzz_output *want, const char *input, size_t size,
	     struct tally *t)
{
	struct answer_context *ctx = &want->answer;
	const struct answer_context saved = *ctx;
	struct expected e;
	size_t pos = 0;
	int status = ANSWER_FOUND, rc, head = 0;

	/* In a stream, answer_write writes a line an entry unless -L. */
	ctx->best = ctx->show != SHOW_ALL;
	ctx->stream_name = "stdin";
	ctx->line = 0;
	for (;;) {
		expect_line(input, size, pos, &e);
		if (e.event == STREAM_END)
			break;
		pos = e.next;
		ctx->line++;
		rc = answer_one(ctx, &e, &head, t);
		if (rc > status)
			status = rc;
	}
	*ctx = saved;
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

/* Answers the stream into got, or what it should be into want (with
 * its tally), after the code of MODE_BEFORE if asked; returns the status.
 * *before, unless before is NULL, is format.count when the stream
 * starts. */
static int
answer_all(struct fuzz_output *o, unsigned mode, const char *input,
	   size_t len, struct tally *t, size_t *before)
{
	int status = ANSWER_FOUND, rc;

	fuzz_begin(o);
	if (mode & MODE_BEFORE)
		status = answer_query(&o->answer, BEFORE, strlen(BEFORE));
	if (before != NULL)
		*before = o->format.count;
	if (input == NULL)
		rc = stream_answer(&o->answer, input_fd, "stdin", NULL);
	else
		rc = answer_lines(o, input, len, t);
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
	struct tally tally = {0, 0};
	size_t before;
	int rc, status;

	check_reader(input, len);

	if (mode & MODE_BROKEN) {
		got.out.fd = -1;
		rc = answer_all(&got, mode, NULL, 0, NULL, NULL);
		if (rc < ANSWER_FOUND || rc > ANSWER_TROUBLE ||
		    got.answer.detail != detail || got.answer.stream_name != NULL)
			abort();
		free(input);
		return 0;
	}

	empty_fd(got_fd);
	rc = answer_all(&got, mode, NULL, 0, NULL, &before);
	if (got.answer.detail != detail || got.answer.stream_name != NULL ||
	    got.answer.best)
		abort();

	empty_fd(want_fd);
	fuzz_options(&want, want_fd, data, size);
	status = answer_all(&want, mode, input, len, &tally, NULL);

	/* As many records as the oracle wrote, line for line; once a class
	 * heading has started the count afresh, the counts still agree. */
	if (got.format.count != want.format.count ||
	    (!tally.restarted &&
	     got.format.count - before != tally.records))
		abort();
	fuzz_end(&got);
	fuzz_end(&want);

	if (rc != status)
		abort();
	expect_same_files(got_fd, want_fd);
	free(input);
	return 0;
}
