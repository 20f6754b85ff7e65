/* test-stream.c - unit tests for reading and answering queries a line each. */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "answer.h"
#include "format.h"
#include "stream.h"
#include "unit.h"
#include "writer.h"

/* Test data holding NUL bytes: a literal and its length. */
#define DATA(s) (s), (sizeof(s) - 1)

/* A reader is 64 KB: too much for the stack of a test. */
static struct stream_reader r;

static void
write_all(int fd, const char *data, size_t len)
{
	ssize_t n;

	while (len > 0) {
		n = write(fd, data, len);
		ck_assert_int_gt(n, 0);
		data += n;
		len -= (size_t)n;
	}
}

/* A pipe holding data, its writing end closed: for data that fits in
 * the pipe, so that writing it cannot block. */
static int
pipe_with(const char *data, size_t len)
{
	int fds[2];

	ck_assert_uint_le(len, 4096);
	ck_assert_int_eq(pipe(fds), 0);
	write_all(fds[1], data, len);
	close(fds[1]);
	return fds[0];
}

/* An unlinked temporary file holding data, read from its start. */
static int
file_with(const char *data, size_t len)
{
	char path[] = "/tmp/test-stream-XXXXXX";
	int fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	unlink(path);
	write_all(fd, data, len);
	ck_assert_int_eq(lseek(fd, 0, SEEK_SET), 0);
	return fd;
}

/* Everything in the file fd, NUL-terminated, to be freed. */
static char *
slurp(int fd, size_t *len)
{
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	ssize_t got;

	ck_assert_ptr_nonnull(buf);
	ck_assert_int_eq(lseek(fd, 0, SEEK_SET), 0);
	for (;;) {
		if (cap - n < 2) {
			cap *= 2;
			buf = realloc(buf, cap);
			ck_assert_ptr_nonnull(buf);
		}
		got = read(fd, buf + n, cap - n - 1);
		ck_assert_int_ge(got, 0);
		if (got == 0)
			break;
		n += (size_t)got;
	}
	buf[n] = '\0';
	if (len != NULL)
		*len = n;
	return buf;
}

/* A pipe that a child process fills a piece at a time, pausing after
 * each, so that the reader sees lines cut at the ends of reads. */
static int
trickle(const char *const *pieces, pid_t *child)
{
	const struct timespec pause = {0, 20 * 1000 * 1000};
	int fds[2];

	ck_assert_int_eq(pipe(fds), 0);
	*child = fork();
	ck_assert_int_ge(*child, 0);
	if (*child == 0) {
		close(fds[0]);
		for (; *pieces != NULL; pieces++) {
			size_t len = strlen(*pieces);

			if (write(fds[1], *pieces, len) != (ssize_t)len)
				_exit(1);
			nanosleep(&pause, NULL);
		}
		_exit(0);
	}
	close(fds[1]);
	return fds[0];
}

static void
reap(pid_t child)
{
	int status;

	ck_assert_int_eq(waitpid(child, &status, 0), child);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* Checks the next event; text and line matter for lines only, line also
 * for the lines that are skipped. */
static void
expect_next(enum stream_event ev, const char *text, size_t len,
	    unsigned long line)
{
	const char *got = NULL;
	size_t glen = 0;
	enum stream_event e = stream_next(&r, &got, &glen);

	ck_assert_msg(e == ev, "line %lu: event %d, expected %d", line, (int)e,
		      (int)ev);
	if (ev == STREAM_LINE) {
		ck_assert_msg(glen == len && memcmp(got, text, len) == 0,
			      "line %lu: '%.*s', expected '%.*s'", line,
			      (int)glen, got, (int)len, text);
	}
	if (ev == STREAM_LINE || ev == STREAM_TOO_LONG || ev == STREAM_NUL)
		ck_assert_uint_eq(r.line, line);
}

struct event {
	enum stream_event ev;
	const char *text; /* for STREAM_LINE */
	unsigned long line;
};

/* Reads fd through to the table's last row, its sentinel, which is
 * STREAM_END; the end stays the end. */
static void
expect_events(int fd, const struct event *table)
{
	const struct event *t;

	stream_init(&r, fd);
	for (t = table;; t++) {
		expect_next(t->ev, t->text, t->text ? strlen(t->text) : 0,
			    t->line);
		if (t->ev == STREAM_END)
			break;
	}
	expect_next(STREAM_END, NULL, 0, 0);
	close(fd);
}

START_TEST(stream_next_returns_lines_without_newline)
{
	static const struct event table[] = {
		{STREAM_LINE, "404", 1},
		{STREAM_LINE, "200", 2},
		{STREAM_LINE, "Not Found", 3},
		{STREAM_END, NULL, 0},
	};

	expect_events(pipe_with(DATA("404\n200\nNot Found\n")), table);
}
END_TEST

START_TEST(stream_next_returns_last_line_without_newline)
{
	static const struct event table[] = {
		{STREAM_LINE, "404", 1},
		{STREAM_LINE, "200", 2},
		{STREAM_END, NULL, 0},
	};

	expect_events(pipe_with(DATA("404\n200")), table);
}
END_TEST

START_TEST(stream_next_of_empty_input_is_the_end)
{
	static const struct event table[] = {
		{STREAM_END, NULL, 0},
	};

	expect_events(pipe_with(DATA("")), table);
}
END_TEST

START_TEST(stream_next_keeps_carriage_return_of_crlf)
{
	/* The reader splits at '\n' only; stream_answer drops the '\r'. */
	static const struct event table[] = {
		{STREAM_LINE, "404\r", 1},
		{STREAM_LINE, "\r", 2},
		{STREAM_LINE, "200\r", 3},
		{STREAM_END, NULL, 0},
	};

	expect_events(pipe_with(DATA("404\r\n\r\n200\r")), table);
}
END_TEST

START_TEST(stream_next_returns_blank_lines_as_empty_lines)
{
	static const struct event table[] = {
		{STREAM_LINE, "", 1},
		{STREAM_LINE, "", 2},
		{STREAM_LINE, "404", 3},
		{STREAM_LINE, "", 4},
		{STREAM_LINE, "  ", 5},
		{STREAM_END, NULL, 0},
	};

	expect_events(pipe_with(DATA("\n\n404\n\n  \n")), table);
}
END_TEST

/* n bytes of 'x', then tail; to be freed. */
static char *
long_line(size_t n, const char *tail, size_t *len)
{
	size_t tlen = strlen(tail);
	char *s = malloc(n + tlen + 1);

	ck_assert_ptr_nonnull(s);
	memset(s, 'x', n);
	memcpy(s + n, tail, tlen + 1);
	*len = n + tlen;
	return s;
}

START_TEST(stream_next_returns_line_of_line_max)
{
	size_t len;
	char *s = long_line(STREAM_LINE_MAX, "\n404\n", &len);

	stream_init(&r, pipe_with(s, len));
	expect_next(STREAM_LINE, s, STREAM_LINE_MAX, 1);
	expect_next(STREAM_LINE, "404", 3, 2);
	expect_next(STREAM_END, NULL, 0, 0);
	close(r.fd);

	/* Also as the last line, without a newline. */
	stream_init(&r, pipe_with(s, STREAM_LINE_MAX));
	expect_next(STREAM_LINE, s, STREAM_LINE_MAX, 1);
	expect_next(STREAM_END, NULL, 0, 0);
	close(r.fd);
	free(s);
}
END_TEST

START_TEST(stream_next_does_not_count_the_cr_of_crlf)
{
	size_t len;
	char *s = long_line(STREAM_LINE_MAX, "\r\n404\r\n", &len);

	stream_init(&r, pipe_with(s, len));
	expect_next(STREAM_LINE, s, STREAM_LINE_MAX + 1, 1);
	expect_next(STREAM_LINE, "404\r", 4, 2);
	expect_next(STREAM_END, NULL, 0, 0);
	close(r.fd);
	free(s);
}
END_TEST

START_TEST(stream_next_skips_line_over_line_max)
{
	size_t len;
	char *s = long_line(STREAM_LINE_MAX + 1, "\n404\n", &len);

	stream_init(&r, pipe_with(s, len));
	expect_next(STREAM_TOO_LONG, NULL, 0, 1);
	expect_next(STREAM_LINE, "404", 3, 2);
	expect_next(STREAM_END, NULL, 0, 0);
	close(r.fd);

	stream_init(&r, pipe_with(s, STREAM_LINE_MAX + 1));
	expect_next(STREAM_TOO_LONG, NULL, 0, 1);
	expect_next(STREAM_END, NULL, 0, 0);
	close(r.fd);
	free(s);
}
END_TEST

START_TEST(stream_next_skips_huge_line_at_end_once)
{
	size_t len;
	char *s = long_line(200000, "", &len);

	stream_init(&r, file_with(s, len));
	expect_next(STREAM_TOO_LONG, NULL, 0, 1);
	expect_next(STREAM_END, NULL, 0, 0);
	expect_next(STREAM_END, NULL, 0, 0);
	close(r.fd);
	free(s);
}
END_TEST

START_TEST(stream_next_skips_huge_line_across_buffers)
{
	size_t len;
	char *s = long_line(3 * STREAM_BUFSIZE + 7, "\n404\nx\n", &len);

	stream_init(&r, file_with(s, len));
	expect_next(STREAM_TOO_LONG, NULL, 0, 1);
	expect_next(STREAM_LINE, "404", 3, 2);
	expect_next(STREAM_LINE, "x", 1, 3);
	expect_next(STREAM_END, NULL, 0, 0);
	close(r.fd);
	free(s);
}
END_TEST

START_TEST(stream_next_skips_line_holding_nul)
{
	stream_init(&r, pipe_with(DATA("a\0b\n404\n\0")));
	expect_next(STREAM_NUL, NULL, 0, 1);
	expect_next(STREAM_LINE, "404", 3, 2);
	/* The last line, without a newline, too. */
	expect_next(STREAM_NUL, NULL, 0, 3);
	expect_next(STREAM_END, NULL, 0, 0);
	close(r.fd);
}
END_TEST

START_TEST(stream_next_counts_every_physical_line)
{
	size_t len;
	char *s = long_line(STREAM_LINE_MAX + 1, "", &len);
	static char data[STREAM_LINE_MAX + 64];
	size_t n = 0;

	memcpy(data + n, "404\n\n", 5);
	n += 5;
	memcpy(data + n, s, len);
	n += len;
	memcpy(data + n, DATA("\na\0b\n\r\n200"));
	n += sizeof("\na\0b\n\r\n200") - 1;

	stream_init(&r, pipe_with(data, n));
	expect_next(STREAM_LINE, "404", 3, 1);
	expect_next(STREAM_LINE, "", 0, 2);
	expect_next(STREAM_TOO_LONG, NULL, 0, 3);
	expect_next(STREAM_NUL, NULL, 0, 4);
	expect_next(STREAM_LINE, "\r", 1, 5);
	expect_next(STREAM_LINE, "200", 3, 6);
	expect_next(STREAM_END, NULL, 0, 0);
	close(r.fd);
	free(s);
}
END_TEST

START_TEST(stream_next_reads_input_larger_than_its_buffer)
{
	/* Lines of varied length, so that one straddles each refill. */
	const size_t lines = 30000;
	size_t cap = lines * 16, n = 0, i;
	char *data = malloc(cap), text[32];

	ck_assert_ptr_nonnull(data);
	for (i = 1; i <= lines; i++)
		n += (size_t)snprintf(data + n, cap - n, "line %zu%s\n", i,
				      i % 3 ? "" : "!");
	ck_assert_uint_gt(n, 4 * STREAM_BUFSIZE);
	stream_init(&r, file_with(data, n));
	for (i = 1; i <= lines; i++) {
		int tlen = snprintf(text, sizeof(text), "line %zu%s", i,
				    i % 3 ? "" : "!");

		expect_next(STREAM_LINE, text, (size_t)tlen, i);
	}
	expect_next(STREAM_END, NULL, 0, 0);
	close(r.fd);
	free(data);
}
END_TEST

START_TEST(stream_next_joins_lines_cut_across_reads)
{
	static char overlong[STREAM_LINE_MAX + 2];
	const char *pieces[] = {"40", "4\n20", "0\r", "\n", overlong, "\n418",
				"\n", "4", NULL};
	pid_t child;

	memset(overlong, 'x', STREAM_LINE_MAX + 1);
	stream_init(&r, trickle(pieces, &child));
	expect_next(STREAM_LINE, "404", 3, 1);
	expect_next(STREAM_LINE, "200\r", 4, 2);
	expect_next(STREAM_TOO_LONG, NULL, 0, 3);
	expect_next(STREAM_LINE, "418", 3, 4);
	expect_next(STREAM_LINE, "4", 1, 5);
	expect_next(STREAM_END, NULL, 0, 0);
	close(r.fd);
	reap(child);
}
END_TEST

/* A pipe holding data whose writing end stays open (returned in
 * *writer), made non-blocking: once the data is read, read(2) fails with
 * EAGAIN, a read error in the middle of the input. */
static int
pipe_failing_after(const char *data, size_t len, int *writer)
{
	int fds[2];

	ck_assert_int_eq(pipe(fds), 0);
	write_all(fds[1], data, len);
	ck_assert_int_eq(fcntl(fds[0], F_SETFL, O_NONBLOCK), 0);
	*writer = fds[1];
	return fds[0];
}

START_TEST(stream_next_reports_read_error_in_a_line)
{
	int writer;

	stream_init(&r, pipe_failing_after(DATA("404\n40"), &writer));
	expect_next(STREAM_LINE, "404", 3, 1);
	expect_next(STREAM_ERROR, NULL, 0, 0);
	ck_assert_int_eq(r.error, EAGAIN);
	close(r.fd);
	close(writer);
}
END_TEST

START_TEST(stream_next_reports_read_error_in_a_skipped_line)
{
	size_t len;
	/* Two bytes over: one over could still be a line and its CR. */
	char *s = long_line(STREAM_LINE_MAX + 2, "", &len);
	int writer;

	stream_init(&r, pipe_failing_after(s, len, &writer));
	expect_next(STREAM_TOO_LONG, NULL, 0, 1);
	expect_next(STREAM_ERROR, NULL, 0, 0);
	ck_assert_int_eq(r.error, EAGAIN);
	close(r.fd);
	close(writer);
	free(s);
}
END_TEST

START_TEST(stream_next_reports_read_error)
{
	int fd = open("/", O_RDONLY);

	ck_assert_int_ge(fd, 0);
	stream_init(&r, fd);
	expect_next(STREAM_ERROR, NULL, 0, 0);
	ck_assert_int_eq(r.error, EISDIR);
	/* The error stays. */
	expect_next(STREAM_ERROR, NULL, 0, 0);
	ck_assert_int_eq(r.error, EISDIR);
	close(fd);
}
END_TEST

/* How a stream is answered. */
struct setup {
	const char *name;
	enum format_kind kind;
	enum answer_detail detail;
	enum answer_show show;
	int quiet;
	int line_buffered;
	int first;
	const char *fields; /* -o, or NULL for every field */
};

static const struct setup plain_text = {"text", FORMAT_TEXT, DETAIL_AUTO,
					SHOW_DEFAULT, 0, 0, 0, NULL};
static const struct setup plain_tsv = {"tsv", FORMAT_TSV, DETAIL_AUTO,
				       SHOW_DEFAULT, 0, 0, 0, NULL};
static const struct setup plain_json = {"json", FORMAT_JSON, DETAIL_AUTO,
					SHOW_DEFAULT, 0, 0, 0, NULL};

struct result {
	int status;
	char *out; /* what was written, to be freed */
	size_t len;
	char *err; /* the messages on stderr, to be freed */
};

static void
result_free(struct result *res)
{
	free(res->out);
	free(res->err);
}

/* A writer is 80 KB: too much for the stack of a test. */
static struct writer out;
/* Bytes that begin's writer holds before the answers (0: none), so that
 * a test can have an answer written across a flush. */
static size_t filler;
/* Whether begin and end are around a --count summary, which stands in
 * place of format_begin and format_end, as main has it. */
static int counting;

/* Starts an answer on a temporary file, with stderr sent to another;
 * the saved stderr is returned. */
static int
begin(const struct setup *s, struct answer_context *a, struct format *f, int *errfd)
{
	const char *bad;
	size_t badlen, i;
	int saved;

	memset(a, 0, sizeof(*a));
	writer_init(&out, file_with("", 0));
	out.line_buffered = s->line_buffered;
	out.discard = s->quiet;
	format_init(f, &out);
	f->kind = s->kind;
	a->format = f;
	a->show = s->show;
	a->detail = s->detail;
	a->quiet = s->quiet;
	a->first = s->first;
	if (s->fields != NULL)
		ck_assert_int_eq(format_parse_fields(f, s->fields, &bad, &badlen),
				 0);
	*errfd = file_with("", 0);
	fflush(stderr);
	saved = dup(2);
	ck_assert_int_ge(saved, 0);
	ck_assert_int_eq(dup2(*errfd, 2), 2);
	if (!counting)
		format_begin(f);
	for (i = 0; i < filler; i++)
		writer_putc(&out, '.');
	return saved;
}

static void
end(struct format *f, int saved, int errfd, struct result *res)
{
	if (!counting)
		format_end(f);
	writer_flush(&out);
	fflush(stderr);
	ck_assert_int_eq(dup2(saved, 2), 2);
	close(saved);
	ck_assert_int_eq(out.error, 0);
	res->out = slurp(out.fd, &res->len);
	res->err = slurp(errfd, NULL);
	close(out.fd);
	close(errfd);
}

/* Answers the lines read from fd, which it closes, finding the query of
 * each as log says (NULL: the line). */
static void
answer_log_fd(const struct setup *s, int fd, const struct log_spec *log,
	      struct result *res)
{
	struct answer_context a;
	struct format f;
	int errfd, saved = begin(s, &a, &f, &errfd);

	res->status = stream_answer(&a, fd, "test", log);
	/* The stream's settings are its own, not the caller's. */
	ck_assert_int_eq(a.detail, s->detail);
	ck_assert_int_eq(a.best, 0);
	ck_assert_ptr_null(a.stream_name);
	ck_assert_ptr_null(a.cache);
	close(fd);
	end(&f, saved, errfd, res);
}

static void
answer_fd(const struct setup *s, int fd, struct result *res)
{
	answer_log_fd(s, fd, NULL, res);
}

static void
answer_data(const struct setup *s, const char *data, size_t len,
	    struct result *res)
{
	answer_fd(s, file_with(data, len), res);
}

/* Answers each line alone, through answer_query, as a stream would:
 * the slow path that the cached answers must reproduce byte for byte. */
static void
answer_each(const struct setup *s, const char *const *lines, size_t n,
	    struct result *res)
{
	struct answer_context a;
	struct format f;
	int errfd, saved = begin(s, &a, &f, &errfd), rc;
	size_t i;

	/* As a stream sets it up: its best answer, and a record whatever
	 * it holds (and a line each, which answer_write gives a stream). */
	a.best = a.show != SHOW_ALL;
	a.stream_name = "test";
	res->status = ANSWER_FOUND;
	for (i = 0; i < n; i++) {
		a.line = i + 1;
		rc = answer_query(&a, lines[i], strlen(lines[i]));
		if (rc > res->status)
			res->status = rc;
	}
	end(&f, saved, errfd, res);
}

/* The lines, each ending in the next of eols (which it cycles through,
 * up to its NULL); to be freed. */
static char *
join(const char *const *lines, size_t n, const char *const *eols,
     size_t *len)
{
	size_t cap = 1, i, e;
	char *s, *p;

	for (i = 0, e = 0; i < n; i++, e = eols[e + 1] ? e + 1 : 0)
		cap += strlen(lines[i]) + strlen(eols[e]);
	p = s = malloc(cap);
	ck_assert_ptr_nonnull(s);
	for (i = 0, e = 0; i < n; i++, e = eols[e + 1] ? e + 1 : 0) {
		size_t l = strlen(lines[i]), elen = strlen(eols[e]);

		memcpy(p, lines[i], l);
		memcpy(p + l, eols[e], elen);
		p += l + elen;
	}
	*p = '\0';
	*len = (size_t)(p - s);
	return s;
}

static const char *const lf_only[] = {"\n", NULL};

static size_t
count_of(const char *s, const char *needle)
{
	size_t n = 0;

	while ((s = strstr(s, needle)) != NULL) {
		n++;
		s += strlen(needle);
	}
	return n;
}

START_TEST(stream_answer_writes_tsv_line_per_code)
{
	struct result res;
	const char *p;
	char *nl;

	answer_data(&plain_tsv, DATA("404\n200\n404\n"), &res);
	ck_assert_int_eq(res.status, ANSWER_FOUND);
	ck_assert_uint_eq(count_of(res.out, "\n"), 3);
	p = res.out;
	ck_assert_int_eq(strncmp(p, "404\t", 4), 0);
	nl = strchr(p, '\n');
	ck_assert_int_eq(strncmp(nl + 1, "200\t", 4), 0);
	nl = strchr(nl + 1, '\n');
	ck_assert_int_eq(strncmp(nl + 1, "404\t", 4), 0);
	ck_assert_str_eq(res.err, "");
	result_free(&res);
}
END_TEST

START_TEST(stream_answer_writes_text_line_per_code)
{
	struct result res;

	answer_data(&plain_text, DATA("404\n200\n404\n"), &res);
	ck_assert_int_eq(res.status, ANSWER_FOUND);
	ck_assert_str_eq(res.out, "404 Not Found\n200 OK\n404 Not Found\n");
	ck_assert_str_eq(res.err, "");
	result_free(&res);
}
END_TEST

START_TEST(stream_answer_writes_json_array)
{
	struct result res;

	answer_data(&plain_json, DATA("404\n200\n404\n"), &res);
	ck_assert_int_eq(res.status, ANSWER_FOUND);
	ck_assert_msg(strncmp(res.out, "[\n  {\"code\":404,", 16) == 0,
		      "got %s", res.out);
	/* An entry a line, each line beginning with its object. */
	ck_assert_uint_eq(count_of(res.out, "\n  {\"code\":"), 3);
	ck_assert_uint_eq(count_of(res.out, "},\n  {\"code\":"), 2);
	ck_assert_ptr_nonnull(strstr(res.out, "},\n  {\"code\":200,"));
	ck_assert_uint_eq(count_of(res.out, "\n"), 5);
	ck_assert_str_eq(res.out + res.len - 4, "}\n]\n");
	result_free(&res);
}
END_TEST

START_TEST(stream_answer_of_nothing_writes_empty_json_array)
{
	struct result res;

	answer_data(&plain_json, DATA(""), &res);
	ck_assert_int_eq(res.status, ANSWER_FOUND);
	ck_assert_str_eq(res.out, "[]\n");
	result_free(&res);
}
END_TEST

START_TEST(stream_answer_reports_unassigned_code_and_goes_on)
{
	struct result res;

	answer_data(&plain_text, DATA("404\n299\n200\n"), &res);
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_str_eq(res.out, "404 Not Found\n299 (unassigned)\n200 OK\n");
	ck_assert_msg(strncmp(res.err, "httpstatus: test:2: '299' ", 26) == 0,
		      "got %s", res.err);
	ck_assert_uint_eq(count_of(res.err, "\n"), 1);
	result_free(&res);
}
END_TEST

/* A program reading TSV gets a line for the unassigned code too, in its
 * place, so that the answers still line up with the queries. */
START_TEST(stream_answer_writes_unassigned_code_as_tsv_line)
{
	struct result res;

	answer_data(&plain_tsv, DATA("404\n299\n200\n"), &res);
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_uint_eq(count_of(res.out, "\n"), 3);
	ck_assert_ptr_nonnull(strstr(res.out, "\n299\t\t\t\tunassigned\t\t2xx"
					      "\t\t\t\t\t\tno\t\t\t200\n200\t"));
	ck_assert_msg(strncmp(res.err, "httpstatus: test:2: '299' ", 26) == 0,
		      "got %s", res.err);
	result_free(&res);
}
END_TEST

/* A malformed line is data that found nothing, not a usage error. */
START_TEST(stream_answer_reports_malformed_code_as_not_found)
{
	struct result res;

	answer_data(&plain_text, DATA("404\n4044\n299\n200\n"), &res);
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_str_eq(res.out, "404 Not Found\n--- (unknown)\n"
				  "299 (unassigned)\n200 OK\n");
	ck_assert_ptr_nonnull(strstr(res.err, "httpstatus: test:2: '4044' is "
					      "not an HTTP status code"));
	ck_assert_ptr_nonnull(strstr(res.err, "httpstatus: test:3: '299' "));
	result_free(&res);
}
END_TEST

START_TEST(stream_answer_treats_crlf_lines_like_lf_lines)
{
	static const struct setup *const setups[] = {
		&plain_text, &plain_tsv, &plain_json, NULL,
	};
	const struct setup *const *s;
	struct result lf, crlf;

	for (s = setups; *s != NULL; s++) {
		answer_data(*s, DATA("404\n200\nteapot\n404\n418"), &lf);
		answer_data(*s, DATA("404\r\n200\r\nteapot\r\n404\r\n418\r"),
			    &crlf);
		ck_assert_int_eq(crlf.status, ANSWER_FOUND);
		ck_assert_str_eq(crlf.out, lf.out);
		ck_assert_str_eq(crlf.err, "");
		result_free(&lf);
		result_free(&crlf);
	}
}
END_TEST

/* A blank line is a line of the input: it keeps its place with a
 * record, so that the answers line up with the lines. */
START_TEST(stream_answer_gives_blank_lines_a_record)
{
	struct result res;

	answer_data(&plain_text, DATA("\n404\n  \n\r\n200\n"), &res);
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_str_eq(res.out, "--- (unknown)\n404 Not Found\n"
				  "--- (unknown)\n--- (unknown)\n200 OK\n");
	ck_assert_str_eq(res.err, "httpstatus: test:1: line is empty\n"
				  "httpstatus: test:3: line is empty\n"
				  "httpstatus: test:4: line is empty\n");
	result_free(&res);
}
END_TEST

/* curl -sI: the status lines are answered, the header fields and the
 * blank line that ends each head are passed over. */
START_TEST(stream_answer_passes_over_header_fields_of_a_head)
{
	struct result res;

	answer_data(&plain_text,
		    DATA("HTTP/1.1 301 Moved Permanently\r\n"
			 "Location: /x\r\n"
			 "X-Long: a\r\n"
			 "\r\n"
			 "HTTP/2 503\r\n"
			 "retry-after: 120\r\n"
			 "\r\n"
			 "retry-after: 120\n"),
		    &res);
	/* Outside a head, a field is words: Retry-After finds 503. */
	ck_assert_str_eq(res.out, "301 Moved Permanently\n"
				  "503 Service Unavailable\n"
				  "503 Service Unavailable\n");
	ck_assert_int_eq(res.status, ANSWER_FOUND);
	ck_assert_str_eq(res.err, "");
	result_free(&res);
}
END_TEST

/* A line of a head is judged by its first 1,025 bytes wherever it falls
 * in the reader's buffer: here the buffer ends 1,289 bytes into a line
 * whose colon comes after 1,400 bytes, too late for a field's name, so
 * it is a line that cannot be answered, as it is anywhere else. */
START_TEST(stream_answer_judges_a_long_line_of_a_head_alike_anywhere)
{
	static char data[STREAM_BUFSIZE + 2048];
	struct result res;
	size_t n = 0, head, i;

	for (i = 0; i < 16000; i++, n += 4)
		memcpy(data + n, "404\n", 4);
	memset(data + n, ' ', 230);
	memcpy(data + n + 230, "404\n", 4);
	n += 234;
	head = n;
	memcpy(data + n, "HTTP/1.1 200\n", 13);
	n += 13;
	ck_assert_uint_eq(n, STREAM_BUFSIZE - 1289);
	memset(data + n, 'A', 1400);
	n += 1400;
	memcpy(data + n, ":x\n404\n", 7);
	n += 7;
	answer_data(&plain_text, data, n, &res);
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_uint_eq(count_of(res.out, "404 Not Found\n"), 16002);
	ck_assert_str_eq(strstr(res.out, "200 OK\n"),
			 "200 OK\n--- (unknown)\n404 Not Found\n");
	ck_assert_str_eq(res.err, "httpstatus: test:16003: line longer than "
				  "1024 bytes\n");
	result_free(&res);
	/* The same lines at the start of the buffer. */
	answer_data(&plain_text, data + head, n - head, &res);
	ck_assert_str_eq(res.out, "200 OK\n--- (unknown)\n404 Not Found\n");
	result_free(&res);
}
END_TEST

/* A line that is no header field ends a head, and is answered. */
START_TEST(stream_answer_ends_a_head_at_a_line_that_is_no_field)
{
	struct result res;

	answer_data(&plain_text, DATA("HTTP/1.1 200 OK\nServer: x\n404\n"
				      "Qqq: x\n"),
		    &res);
	ck_assert_str_eq(res.out, "200 OK\n404 Not Found\n--- (unknown)\n");
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_ptr_nonnull(strstr(res.err, "test:4: 'Qqq: x'"));
	result_free(&res);
}
END_TEST

START_TEST(stream_answer_reports_overlong_and_nul_lines)
{
	static char data[STREAM_LINE_MAX + 64];
	struct result res;
	size_t n = 0;

	memcpy(data, "404\n", 4);
	n += 4;
	memset(data + n, 'x', STREAM_LINE_MAX + 1);
	n += STREAM_LINE_MAX + 1;
	/* The third line is "4", NUL, "04". */
	memcpy(data + n, DATA("\n4\0" "04\n200\n"));
	n += sizeof("\n4\0" "04\n200\n") - 1;
	answer_data(&plain_text, data, n, &res);
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_str_eq(res.out, "404 Not Found\n--- (unknown)\n"
				  "--- (unknown)\n200 OK\n");
	ck_assert_str_eq(res.err, "httpstatus: test:2: line longer than 1024 "
				  "bytes\n"
				  "httpstatus: test:3: line holds a NUL byte\n");
	result_free(&res);
}
END_TEST

START_TEST(stream_answer_reports_read_error)
{
	struct result res;
	int fd = open("/", O_RDONLY);

	ck_assert_int_ge(fd, 0);
	answer_fd(&plain_text, fd, &res);
	ck_assert_int_eq(res.status, ANSWER_TROUBLE);
	ck_assert_str_eq(res.out, "");
	ck_assert_str_eq(res.err, "httpstatus: test: read error: Is a "
				  "directory\n");
	result_free(&res);
}
END_TEST

START_TEST(stream_answer_counts_lines_of_the_fast_path)
{
	static const char *lines[1001];
	struct result res;
	size_t len, i;
	char *data;

	for (i = 0; i < 1000; i++)
		lines[i] = "404";
	lines[1000] = "299";
	data = join(lines, 1001, lf_only, &len);
	answer_data(&plain_text, data, len, &res);
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_uint_eq(count_of(res.out, "404 Not Found\n"), 1000);
	ck_assert_msg(strncmp(res.err, "httpstatus: test:1001: '299' ", 29) ==
			      0,
		      "got %s", res.err);
	result_free(&res);
	free(data);
}
END_TEST

/* The same stream, cached and answered one by one, in many setups. */
static const struct setup every_setup[] = {
	{"tsv", FORMAT_TSV, DETAIL_AUTO, SHOW_DEFAULT, 0, 0, 0, NULL},
	{"text", FORMAT_TEXT, DETAIL_AUTO, SHOW_DEFAULT, 0, 0, 0, NULL},
	{"text --long", FORMAT_TEXT, DETAIL_LONG, SHOW_DEFAULT, 0, 0, 0, NULL},
	{"json", FORMAT_JSON, DETAIL_AUTO, SHOW_DEFAULT, 0, 0, 0, NULL},
	{"json --long", FORMAT_JSON, DETAIL_LONG, SHOW_DEFAULT, 0, 0, 0, NULL},
	{"jsonl", FORMAT_JSONL, DETAIL_AUTO, SHOW_DEFAULT, 0, 0, 0, NULL},
	{"text --official", FORMAT_TEXT, DETAIL_AUTO, SHOW_OFFICIAL, 0, 0, 0, NULL},
	{"tsv --all", FORMAT_TSV, DETAIL_AUTO, SHOW_ALL, 0, 0, 0, NULL},
	{"text --quiet", FORMAT_TEXT, DETAIL_AUTO, SHOW_DEFAULT, 1, 0, 0, NULL},
	{"tsv line buffered", FORMAT_TSV, DETAIL_AUTO, SHOW_DEFAULT, 0, 1, 0, NULL},
	{"text --long line buffered", FORMAT_TEXT, DETAIL_LONG, SHOW_DEFAULT,
	 0, 1, 0, NULL},
	{"text --first", FORMAT_TEXT, DETAIL_AUTO, SHOW_DEFAULT, 0, 0, 1, NULL},
	{"json --first --official", FORMAT_JSON, DETAIL_AUTO, SHOW_OFFICIAL, 0,
	 0, 1, NULL},
	{"tsv -o code,phrase", FORMAT_TSV, DETAIL_AUTO, SHOW_DEFAULT, 0, 0, 0,
	 "code,phrase"},
	{"jsonl -o phrase,code --all", FORMAT_JSONL, DETAIL_AUTO, SHOW_ALL, 0,
	 0, 0, "phrase,code"},
	{NULL, FORMAT_TEXT, DETAIL_AUTO, SHOW_DEFAULT, 0, 0, 0, NULL},
};

/* The line ends of a stream: LF, CRLF, and both mixed, which the fast
 * path must notice. */
static const char *const *const line_ends[] = {
	(const char *const[]){"\n", NULL},
	(const char *const[]){"\r\n", NULL},
	(const char *const[]){"\r\n", "\r\n", "\n", "\r\n", "\n", "\n", NULL},
	NULL,
};

static void
expect_same_as_one_by_one(const char *const *lines, size_t n)
{
	const char *const *const *eols;
	const struct setup *s;
	struct result stream, each;
	size_t len;
	char *data;

	for (eols = line_ends; *eols != NULL; eols++) {
		data = join(lines, n, *eols, &len);
		for (s = every_setup; s->name != NULL; s++) {
			answer_data(s, data, len, &stream);
			answer_each(s, lines, n, &each);
			ck_assert_msg(stream.len == each.len &&
					      memcmp(stream.out, each.out,
						     each.len) == 0,
				      "%s, line ends %zu: streamed output "
				      "differs (%zu bytes, expected %zu)",
				      s->name, (size_t)(eols - line_ends),
				      stream.len, each.len);
			ck_assert_msg(stream.status == each.status,
				      "%s, line ends %zu: status %d, "
				      "expected %d",
				      s->name, (size_t)(eols - line_ends),
				      stream.status, each.status);
			result_free(&stream);
			result_free(&each);
		}
		free(data);
	}
}

START_TEST(stream_answer_of_many_lines_matches_answer_query)
{
	static const char *const cycle[] = {"200", "404", "301", "499"};
	static const char *lines[5000];
	struct result res;
	size_t len, i;
	char *data;

	for (i = 0; i < 5000; i++)
		lines[i] = cycle[i % 4];
	/* 499 has two entries, of which a stream gives the first: a line
	 * for each line. */
	data = join(lines, 5000, lf_only, &len);
	answer_data(&plain_tsv, data, len, &res);
	ck_assert_int_eq(res.status, ANSWER_FOUND);
	ck_assert_uint_eq(count_of(res.out, "\n"), 5000);
	ck_assert_uint_eq(count_of(res.out, "\n499\tClient Closed"), 1250);
	result_free(&res);
	free(data);

	expect_same_as_one_by_one(lines, 5000);
}
END_TEST

START_TEST(stream_answer_of_mixed_lines_matches_answer_query)
{
	static const char *const mix[] = {
		"404", "299", "4xx", "teapot", "200", "499", " 404", "418",
		"4044", "000", "600", "783", "nginx", "404", "404", "530",
		/* Looks like a CRLF code line to the first four bytes. */
		"200\r200", "200", "200", "404",
		/* Status lines: a phrase that names one of the code's
		 * meanings, one that names none, none at all. */
		"HTTP/1.1 499 Token Required", "HTTP/1.0 404 File not found",
		"HTTP/2 503", "404 Not Found", "\t503 \t", "HTTP/1.1 404",
	};
	static const char *lines[26 * 200];
	size_t i;

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++)
		lines[i] = mix[i % 26];
	expect_same_as_one_by_one(lines, sizeof(lines) / sizeof(lines[0]));
}
END_TEST

START_TEST(stream_answer_of_every_code_matches_answer_query)
{
	static char codes[1000][4];
	static const char *lines[3000];
	size_t i;

	/* Each code three times: cached the first time, then reused. */
	for (i = 0; i < 1000; i++)
		snprintf(codes[i], sizeof(codes[i]), "%03zu", i);
	for (i = 0; i < 3000; i++)
		lines[i] = codes[(i * 7) % 1000];
	expect_same_as_one_by_one(lines, 3000);
}
END_TEST

START_TEST(stream_answer_copies_an_answer_first_written_across_a_flush)
{
	/* 530 has four meanings, of which --all writes every one. */
	static const char *const lines[] = {"530", "404", "530", "404", "530"};
	static const struct setup cut[] = {
		{"tsv", FORMAT_TSV, DETAIL_AUTO, SHOW_DEFAULT, 0, 0, 0, NULL},
		{"tsv --all", FORMAT_TSV, DETAIL_AUTO, SHOW_ALL, 0, 0, 0, NULL},
		{"text --long --all", FORMAT_TEXT, DETAIL_LONG, SHOW_ALL, 0, 0,
		 0, NULL},
		{"json --all -o query,code", FORMAT_JSON, DETAIL_AUTO, SHOW_ALL,
		 0, 0, 0, "query,code"},
	};
	struct result stream, each;
	size_t len, i, gap;
	char *data = join(lines, 5, lf_only, &len);

	/* The first answer to 530 starts a few bytes before the writer's
	 * buffer is full, so that a flush sends out its first bytes while
	 * it is written; what is copied later must still be whole. */
	for (i = 0; i < sizeof(cut) / sizeof(cut[0]); i++)
		for (gap = 1; gap < 40; gap += 7) {
			filler = WRITER_BUFSIZE - gap;
			answer_data(&cut[i], data, len, &stream);
			answer_each(&cut[i], lines, 5, &each);
			filler = 0;
			ck_assert_msg(stream.len == each.len &&
					      memcmp(stream.out, each.out,
						     each.len) == 0,
				      "%s, %zu bytes left: streamed output "
				      "differs (%zu bytes, expected %zu)",
				      cut[i].name, gap, stream.len, each.len);
			ck_assert_uint_ge(count_of(each.out, "530"), 3);
			result_free(&stream);
			result_free(&each);
		}
	free(data);
}
END_TEST

START_TEST(stream_answer_waits_for_the_rest_of_a_cut_line)
{
	/* The second read is shorter than the first, so that the bytes
	 * after it in the buffer are stale: "404\n" of the first read. */
	static const char *const pieces[] = {
		"404\n404\n404\n404\n", "404\n404\n404", "4\n404\n", NULL,
	};
	struct result res;
	pid_t child;

	answer_fd(&plain_text, trickle(pieces, &child), &res);
	reap(child);
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_uint_eq(count_of(res.out, "404 Not Found\n"), 7);
	ck_assert_uint_eq(count_of(res.out, "\n"), 8);
	ck_assert_msg(strncmp(res.err, "httpstatus: test:7: '4044' ", 27) == 0,
		      "got %s", res.err);
	result_free(&res);
}
END_TEST

START_TEST(stream_answer_forgets_answers_of_previous_stream)
{
	struct result res;

	answer_data(&plain_text, DATA("404\n404\n404\n404\n"), &res);
	ck_assert_str_eq(res.out, "404 Not Found\n404 Not Found\n"
				  "404 Not Found\n404 Not Found\n");
	result_free(&res);
	answer_data(&plain_tsv, DATA("404\n404\n404\n"), &res);
	ck_assert_uint_eq(count_of(res.out, "\n404\t"), 2);
	ck_assert_int_eq(strncmp(res.out, "404\t", 4), 0);
	ck_assert_ptr_null(strstr(res.out, "Not Found\n"));
	result_free(&res);
}
END_TEST

/*
 * --count: stream_count reads the lines as stream_answer does, counts
 * the answer of each instead of writing it, and writes the summary; a
 * line with no answer is not reported on its own, but once at the end.
 */

static const struct setup count_tsv = {"tsv -o code,phrase", FORMAT_TSV,
				       DETAIL_AUTO, SHOW_DEFAULT, 0, 0, 0,
				       "code,phrase"};
static const struct setup count_status = {"tsv -o code,status", FORMAT_TSV,
					  DETAIL_AUTO, SHOW_DEFAULT, 0, 0, 0,
					  "code,status"};

/* Counts the lines read from fd, which it closes. */
static void
count_log_fd(const struct setup *s, int fd, const struct log_spec *log,
	     struct result *res)
{
	struct answer_context a;
	struct format f;
	int errfd, saved;

	counting = 1;
	saved = begin(s, &a, &f, &errfd);
	res->status = stream_count(&a, fd, "test", log);
	/* The tally is the stream's, not the caller's. */
	ck_assert_ptr_null(a.tally);
	ck_assert_ptr_null(a.stream_name);
	ck_assert_ptr_null(a.cache);
	close(fd);
	end(&f, saved, errfd, res);
	counting = 0;
}

static void
count_data(const struct setup *s, const char *data, size_t len,
	   const struct log_spec *log, struct result *res)
{
	count_log_fd(s, pipe_with(data, len), log, res);
}

/* The lines of a TSV summary, whose rows begin with their count: the
 * sum of the counts. */
static unsigned long
tsv_total(const char *text)
{
	unsigned long total = 0;
	const char *p;
	char *end;

	for (p = text; *p != '\0'; p = strchr(p, '\n') + 1) {
		total += strtoul(p, &end, 10);
		ck_assert_msg(end > p && *end == '\t',
			      "row without a count: %s", p);
		ck_assert_ptr_nonnull(strchr(p, '\n'));
	}
	return total;
}

START_TEST(stream_count_sorts_rows_by_count_then_code)
{
	struct result res;

	/* 200 and 404 three times each, in the order 404 came first; the
	 * unknown row, though the most counted, last. */
	count_data(&count_tsv,
		   DATA("404\n500\n200\n301\nqqqzzz\n404\n200\n301\n\n200\n"
			"404\n4044\n-\n \n"),
		   NULL, &res);
	ck_assert_str_eq(res.out, "3\t200\tOK\n"
				  "3\t404\tNot Found\n"
				  "2\t301\tMoved Permanently\n"
				  "1\t500\tInternal Server Error\n"
				  "5\t\t\n");
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	result_free(&res);
}
END_TEST

START_TEST(stream_count_gives_an_unassigned_code_its_own_row)
{
	struct result res;

	count_data(&count_status, DATA("299\n404\n299\n298\n299\n"), NULL,
		   &res);
	ck_assert_str_eq(res.out, "3\t299\tunassigned\n"
				  "1\t298\tunassigned\n"
				  "1\t404\tpermanent\n");
	/* An unassigned code found nothing in the registry, as in a
	 * stream; its row says so, and no message. */
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_str_eq(res.err, "");
	result_free(&res);
}
END_TEST

START_TEST(stream_count_of_lines_all_answered_finds)
{
	struct result res;

	count_data(&count_tsv, DATA("404\n200\r\n404\nNot Found\n418"), NULL,
		   &res);
	ck_assert_int_eq(res.status, ANSWER_FOUND);
	ck_assert_str_eq(res.out, "3\t404\tNot Found\n1\t200\tOK\n"
				  "1\t418\tI'm a teapot\n");
	ck_assert_str_eq(res.err, "");
	result_free(&res);

	/* Nothing read, nothing counted, nothing missed. */
	count_data(&count_tsv, DATA(""), NULL, &res);
	ck_assert_int_eq(res.status, ANSWER_FOUND);
	ck_assert_str_eq(res.out, "");
	ck_assert_str_eq(res.err, "");
	result_free(&res);
}
END_TEST

START_TEST(stream_count_reports_lines_without_answer_once)
{
	static const struct setup quiet = {"tsv --quiet", FORMAT_TSV,
					   DETAIL_AUTO, SHOW_DEFAULT, 1, 0, 0,
					   "code,phrase"};
	struct result res;

	count_data(&count_tsv, DATA("404\n\n200\n\n"), NULL, &res);
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_str_eq(res.out, "1\t200\tOK\n1\t404\tNot Found\n2\t\t\n");
	ck_assert_str_eq(res.err, "httpstatus: test: 2 lines could not be "
				  "answered; the first, line 2: line is "
				  "empty\n");
	result_free(&res);

	count_data(&count_tsv, DATA("404\nqqqzzz\n"), NULL, &res);
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_str_eq(res.err, "httpstatus: test: 1 line could not be "
				  "answered; the first, line 2: 'qqqzzz' "
				  "matches nothing\n");
	result_free(&res);

	/* --quiet: the status says it all. */
	count_data(&quiet, DATA("404\nqqqzzz\n"), NULL, &res);
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_str_eq(res.err, "");
	result_free(&res);
}
END_TEST

/* A code seen before is counted at once, without its answer: every line
 * still counts, and the first line of the unknown row is the one
 * reported, whatever came before. */
START_TEST(stream_count_counts_lines_of_the_fast_path)
{
	static const char *lines[2003];
	struct result res;
	size_t len, i;
	char *data;

	for (i = 0; i < 1000; i++)
		lines[i] = "404";
	lines[1000] = "299";
	for (i = 1001; i < 2001; i++)
		lines[i] = i % 2 ? "299" : "404";
	lines[2001] = "4044";
	lines[2002] = "4044";
	data = join(lines, 2003, lf_only, &len);
	count_log_fd(&count_tsv, file_with(data, len), NULL, &res);
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_str_eq(res.out, "1500\t404\tNot Found\n501\t299\t\n2\t\t\n");
	/* The unknown row's first line, not the unassigned code's. */
	ck_assert_str_eq(res.err, "httpstatus: test: 2 lines could not be "
				  "answered; the first, line 2002: '4044' is "
				  "not an HTTP status code (expected "
				  "100-599)\n");
	result_free(&res);
	free(data);
}
END_TEST

/* A span is a line whose answer is many codes: none to count it as. */
START_TEST(stream_count_counts_a_span_of_codes_as_unknown)
{
	struct result res;

	count_data(&count_tsv, DATA("4xx\n404-404\n41x\n"), NULL, &res);
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_str_eq(res.out, "1\t404\tNot Found\n2\t\t\n");
	ck_assert_str_eq(res.err, "httpstatus: test: 2 lines could not be "
				  "answered; the first, line 1: '4xx' names "
				  "more than one code, and --count counts "
				  "each line under one\n");
	result_free(&res);
}
END_TEST

START_TEST(stream_count_reads_the_status_of_log_lines)
{
	static const struct log_spec combined = {LOG_COMBINED, 0};
	struct result res;

	count_data(&count_tsv,
		   DATA("1.2.3.4 - - [07/Dec/2026:01:00:00 +0000] \"GET / "
			"HTTP/1.1\" 200 5 \"-\" \"curl/8\"\n"
			"::1 - - [07/Dec/2026:01:00:00 +0000] \"-\" 400 0 "
			"\"-\" \"-\"\n"
			"1.2.3.4 - - [t] \"GET /\\\" 500 x\" 404 5\n"
			"1.2.3.4 - - [t] \"GET / HTTP/1.1\" - 0\n"
			"404\n"
			"2001:db8::1 - - [t] \"GET /\\x22 HTTP/1.1\" 200 5\r\n"
			"1.2.3.4 - - [t] \"GET / HTTP/1.1\"\t200\t5\t0.1\n"),
		   &combined, &res);
	ck_assert_str_eq(res.out, "3\t200\tOK\n1\t400\tBad Request\n"
				  "1\t404\tNot Found\n2\t\t\n");
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_str_eq(res.err, "httpstatus: test: 2 lines could not be "
				  "answered; the first, line 4: status '-' "
				  "is not a code\n");
	result_free(&res);
}
END_TEST

START_TEST(stream_count_reads_the_nth_field)
{
	static const struct log_spec second = {LOG_FIELD, 2};
	struct result res;

	count_data(&count_tsv, DATA("a 404\nb\t200 x\nc\n  d   404\r\n"),
		   &second, &res);
	ck_assert_str_eq(res.out, "2\t404\tNot Found\n1\t200\tOK\n1\t\t\n");
	ck_assert_int_eq(res.status, ANSWER_NOT_FOUND);
	ck_assert_str_eq(res.err, "httpstatus: test: 1 line could not be "
				  "answered; the first, line 3: line has no "
				  "field 2\n");
	result_free(&res);
}
END_TEST

/* The next of a simple generator's numbers, the same on every machine. */
static unsigned
next_random(unsigned long *state)
{
	*state = *state * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)(*state >> 33);
}

/* Lines of a stream, and of a log, of every kind a summary counts: codes
 * registered or not, words, status lines, lines with no answer.  No span
 * of many codes, which a stream answers with each and --count with none. */
static const char *const stream_mix[] = {
	"404", "404", "200", "200", "200", "301", "499", "530", "299", "298",
	"000", "600", "700", "783", "teapot", "Not Found", "qqqzzz", "nginx",
	"HTTP/1.1 404 Not Found", "HTTP/2 503", "HTTP/1.1 499 Token Required",
	"Retry-After: 120", "Server: x", "", "  ", "-", "4044", "404-404",
	"x404", "\xff\xfe", " 404 ", "200\r", "1e3",
};
static const char *const log_mix[] = {
	"h - - [t] \"GET / HTTP/1.1\" 200 5 \"-\" \"-\"",
	"h - - [t] \"GET / HTTP/1.1\" 200 5",
	"::1 - - [t] \"-\" 400 0",
	"h - - [t] \"GET /\\\" 500\" 404 5",
	"h - - [t] \"GET /\\\\\" 301 5",
	"h - - [t] \"GET /\\x22\" 499 5 \"-\" \"a\" 0.1",
	"h - - [t] \"GET / HTTP/1.1\" 299 5",
	"h - - [t] \"GET / HTTP/1.1\" 530 5\r",
	"h - - [t] \"GET / HTTP/1.1\" 700 5",
	"h - - [t] \"GET / HTTP/1.1\" - 5",
	"h - - [t] \"GET / HTTP/1.1\" 4xx 5",
	"h - - [t] \"GET / HTTP/1.1\" OK 5",
	"h - - [t] \"GET / HTTP/1.1\"",
	"h - - [t] \"GET / HTTP/1.1 200 5",
	"h - - [t] GET / 200 5",
	"404",
	"",
};

/* Each distinct line of a TSV output and how many times it came, or
 * for a summary, each row's fields after its count and the count. */
struct tsv_rows {
	char *key[256];
	unsigned long n[256];
	size_t len;
};

/* The status and phrase of a record with no answer. */
#define UNKNOWN_KEY "\tunknown\t\n"

/* Adds n to key's count; returns whether key is new. */
static int
tsv_add(struct tsv_rows *rows, const char *key, size_t len, unsigned long n)
{
	size_t i;

	for (i = 0; i < rows->len; i++)
		if (strlen(rows->key[i]) == len &&
		    memcmp(rows->key[i], key, len) == 0) {
			rows->n[i] += n;
			return 0;
		}
	ck_assert_uint_lt(rows->len, 256);
	rows->key[rows->len] = strndup(key, len);
	ck_assert_ptr_nonnull(rows->key[rows->len]);
	rows->n[rows->len++] = n;
	return 1;
}

static void
tsv_read(struct tsv_rows *rows, const char *text, int counted)
{
	const char *p, *nl;
	char *end;

	memset(rows, 0, sizeof(*rows));
	for (p = text; *p != '\0'; p = nl + 1) {
		unsigned long n = 1;

		nl = strchr(p, '\n');
		ck_assert_ptr_nonnull(nl);
		if (counted) {
			n = strtoul(p, &end, 10);
			ck_assert_msg(end > p && *end == '\t',
				      "row without a count: %.*s",
				      (int)(nl - p), p);
			p = end + 1;
		}
		/* Whatever the code, a record with no answer is counted in
		 * the one unknown row, which has no code. */
		if (!counted && strncmp(strchr(p, '\t'), UNKNOWN_KEY,
					strlen(UNKNOWN_KEY)) == 0)
			p = strchr(p, '\t');
		ck_assert_msg(!counted || tsv_add(rows, p, (size_t)(nl - p), n),
			      "two rows of '%.*s'", (int)(nl - p), p);
		if (!counted)
			tsv_add(rows, p, (size_t)(nl - p), n);
	}
}

static void
tsv_free(struct tsv_rows *rows)
{
	size_t i;

	for (i = 0; i < rows->len; i++)
		free(rows->key[i]);
}

/* Counts n lines drawn from mix, and answers them: each row of the
 * summary must count as many lines as the stream wrote records of its
 * code and status, and the rows hold all of them. */
static void
expect_count_as_answered(const struct setup *s, const char *const *mix,
			 size_t nmix, size_t n, const struct log_spec *log,
			 unsigned long seed)
{
	const char **lines = malloc(n * sizeof(*lines));
	struct tsv_rows counted, answered;
	struct result count, answer;
	unsigned long state = seed;
	size_t len, i, j;
	char *data;

	ck_assert_ptr_nonnull(lines);
	for (i = 0; i < n; i++)
		lines[i] = mix[next_random(&state) % nmix];
	/* LF and CRLF mixed, cycling with a period prime to the mix's. */
	data = join(lines, n, line_ends[2], &len);
	count_log_fd(s, file_with(data, len), log, &count);
	answer_log_fd(s, file_with(data, len), log, &answer);
	ck_assert_msg(count.status == answer.status,
		      "%s, seed %lu: status %d, but %d answered", s->name,
		      seed, count.status, answer.status);
	tsv_read(&counted, count.out, 1);
	tsv_read(&answered, answer.out, 0);
	ck_assert_msg(counted.len == answered.len,
		      "%s, seed %lu: %zu rows, but %zu entries answered",
		      s->name, seed, counted.len, answered.len);
	for (i = 0; i < counted.len; i++) {
		for (j = 0; j < answered.len; j++)
			if (strcmp(counted.key[i], answered.key[j]) == 0)
				break;
		ck_assert_msg(j < answered.len,
			      "%s, seed %lu: row '%s' counts %lu lines, "
			      "which were never answered so",
			      s->name, seed, counted.key[i], counted.n[i]);
		ck_assert_msg(counted.n[i] == answered.n[j],
			      "%s, seed %lu: row '%s' counts %lu lines, but "
			      "%lu were answered so",
			      s->name, seed, counted.key[i], counted.n[i],
			      answered.n[j]);
	}
	/* Without a response head, every line gets its record: counted. */
	if (log != NULL)
		ck_assert_uint_eq(tsv_total(count.out), n);
	tsv_free(&counted);
	tsv_free(&answered);
	result_free(&count);
	result_free(&answer);
	free(data);
	free(lines);
}

START_TEST(stream_count_counts_what_stream_answer_answers)
{
	static const struct log_spec combined = {LOG_COMBINED, 0};
	static const struct log_spec sixth = {LOG_FIELD, 6};
	/* Not --all, which a stream answers with every meaning of a code
	 * and --count with its first. */
	static const struct setup setups[] = {
		{"tsv -o code,status,phrase", FORMAT_TSV, DETAIL_AUTO,
		 SHOW_DEFAULT, 0, 0, 0, "code,status,phrase"},
		{"tsv --official -o code,status,phrase", FORMAT_TSV,
		 DETAIL_AUTO, SHOW_OFFICIAL, 0, 0, 0, "code,status,phrase"},
		{"tsv --first -o code,status,phrase", FORMAT_TSV, DETAIL_AUTO,
		 SHOW_DEFAULT, 0, 0, 1, "code,status,phrase"},
	};
	const size_t nstream = sizeof(stream_mix) / sizeof(*stream_mix);
	const size_t nlog = sizeof(log_mix) / sizeof(*log_mix);
	unsigned long seed;
	size_t i;

	for (i = 0; i < sizeof(setups) / sizeof(*setups); i++)
		for (seed = 1; seed <= 4; seed++) {
			expect_count_as_answered(&setups[i], stream_mix,
						 nstream, 2000, NULL, seed);
			expect_count_as_answered(&setups[i], log_mix, nlog,
						 2000, &combined, seed);
			expect_count_as_answered(&setups[i], log_mix, nlog,
						 300, &sixth, seed);
		}
}
END_TEST

/* Every line is counted once, in every format. */
START_TEST(stream_count_total_is_the_number_of_lines)
{
	static const struct setup json = {"json", FORMAT_JSON, DETAIL_AUTO,
					  SHOW_DEFAULT, 0, 0, 0, NULL};
	static const struct setup jsonl = {"jsonl", FORMAT_JSONL,
					   DETAIL_AUTO, SHOW_DEFAULT, 0, 0, 0,
					   "code,phrase"};
	static const char *lines[500];
	unsigned long state = 7, total = 0, n;
	struct result res;
	char *data, want[64];
	const char *p;
	size_t len, i;

	/* No status line, so no head whose fields would get no record. */
	for (i = 0; i < 500; i++) {
		do
			lines[i] = stream_mix[next_random(&state) %
					      (sizeof(stream_mix) /
					       sizeof(*stream_mix))];
		while (strncmp(lines[i], "HTTP/", 5) == 0);
	}
	data = join(lines, 500, lf_only, &len);

	count_log_fd(&count_tsv, file_with(data, len), NULL, &res);
	ck_assert_uint_eq(tsv_total(res.out), 500);
	result_free(&res);

	count_log_fd(&json, file_with(data, len), NULL, &res);
	ck_assert_msg(strncmp(res.out, "{\"total\":500,\"classes\":{", 24) == 0,
		      "got %s", res.out);
	result_free(&res);

	count_log_fd(&jsonl, file_with(data, len), NULL, &res);
	for (p = res.out; *p != '\0'; p = strchr(p, '\n') + 1) {
		ck_assert_msg(sscanf(p, "{\"count\":%lu,", &n) == 1,
			      "row without a count: %s", p);
		total += n;
	}
	ck_assert_uint_eq(total, 500);
	result_free(&res);

	count_log_fd(&plain_text, file_with(data, len), NULL, &res);
	snprintf(want, sizeof(want), "500  100.0%%  total\n");
	ck_assert_uint_ge(res.len, strlen(want));
	ck_assert_str_eq(res.out + res.len - strlen(want), want);
	result_free(&res);
	free(data);
}
END_TEST

Suite *
unit_suite(void)
{
	Suite *s = suite_create("stream");
	TCase *tc;

	tc = tcase_create("lines");
	tcase_add_test(tc, stream_next_returns_lines_without_newline);
	tcase_add_test(tc, stream_next_returns_last_line_without_newline);
	tcase_add_test(tc, stream_next_of_empty_input_is_the_end);
	tcase_add_test(tc, stream_next_keeps_carriage_return_of_crlf);
	tcase_add_test(tc, stream_next_returns_blank_lines_as_empty_lines);
	tcase_add_test(tc, stream_next_reads_input_larger_than_its_buffer);
	tcase_add_test(tc, stream_next_joins_lines_cut_across_reads);
	suite_add_tcase(s, tc);

	tc = tcase_create("skipped lines");
	tcase_add_test(tc, stream_next_returns_line_of_line_max);
	tcase_add_test(tc, stream_next_skips_line_over_line_max);
	tcase_add_test(tc, stream_next_skips_huge_line_at_end_once);
	tcase_add_test(tc, stream_next_skips_huge_line_across_buffers);
	tcase_add_test(tc, stream_next_skips_line_holding_nul);
	tcase_add_test(tc, stream_next_counts_every_physical_line);
	tcase_add_test(tc, stream_next_reports_read_error);
	tcase_add_test(tc, stream_next_reports_read_error_in_a_line);
	tcase_add_test(tc, stream_next_reports_read_error_in_a_skipped_line);
	tcase_add_test(tc, stream_next_does_not_count_the_cr_of_crlf);
	suite_add_tcase(s, tc);

	tc = tcase_create("answers");
	tcase_add_test(tc, stream_answer_writes_tsv_line_per_code);
	tcase_add_test(tc, stream_answer_writes_text_line_per_code);
	tcase_add_test(tc, stream_answer_writes_json_array);
	tcase_add_test(tc, stream_answer_of_nothing_writes_empty_json_array);
	tcase_add_test(tc, stream_answer_treats_crlf_lines_like_lf_lines);
	tcase_add_test(tc, stream_answer_gives_blank_lines_a_record);
	tcase_add_test(tc, stream_answer_passes_over_header_fields_of_a_head);
	tcase_add_test(tc, stream_answer_ends_a_head_at_a_line_that_is_no_field);
	tcase_add_test(tc,
		       stream_answer_judges_a_long_line_of_a_head_alike_anywhere);
	tcase_add_test(tc, stream_answer_forgets_answers_of_previous_stream);
	suite_add_tcase(s, tc);

	tc = tcase_create("problems");
	tcase_add_test(tc, stream_answer_reports_unassigned_code_and_goes_on);
	tcase_add_test(tc, stream_answer_writes_unassigned_code_as_tsv_line);
	tcase_add_test(tc, stream_answer_reports_malformed_code_as_not_found);
	tcase_add_test(tc, stream_answer_reports_overlong_and_nul_lines);
	tcase_add_test(tc, stream_answer_reports_read_error);
	tcase_add_test(tc, stream_answer_counts_lines_of_the_fast_path);
	suite_add_tcase(s, tc);

	tc = tcase_create("fast path");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, stream_answer_of_many_lines_matches_answer_query);
	tcase_add_test(tc, stream_answer_of_mixed_lines_matches_answer_query);
	tcase_add_test(tc, stream_answer_of_every_code_matches_answer_query);
	tcase_add_test(tc, stream_answer_waits_for_the_rest_of_a_cut_line);
	tcase_add_test(tc,
		       stream_answer_copies_an_answer_first_written_across_a_flush);
	suite_add_tcase(s, tc);

	tc = tcase_create("count");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, stream_count_sorts_rows_by_count_then_code);
	tcase_add_test(tc, stream_count_gives_an_unassigned_code_its_own_row);
	tcase_add_test(tc, stream_count_of_lines_all_answered_finds);
	tcase_add_test(tc, stream_count_reports_lines_without_answer_once);
	tcase_add_test(tc, stream_count_counts_lines_of_the_fast_path);
	tcase_add_test(tc, stream_count_counts_a_span_of_codes_as_unknown);
	tcase_add_test(tc, stream_count_reads_the_status_of_log_lines);
	tcase_add_test(tc, stream_count_reads_the_nth_field);
	tcase_add_test(tc, stream_count_total_is_the_number_of_lines);
	tcase_add_test(tc, stream_count_counts_what_stream_answer_answers);
	suite_add_tcase(s, tc);

	return s;
}
