/* fuzz-log.c - libFuzzer harness: access-log lines, their status found and counted. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "answer.h"
#include "code.h"
#include "format.h"
#include "fuzz-common.h"
#include "log.h"
#include "registry.h"
#include "stream.h"

/*
 * After the option bytes of fuzz-common.h, one byte says how the lines
 * are read for --count, and what comes before them:
 *   bit 7     --field=N, N = 1 + (bits 0-3); else --log
 *   bit 6     a first line around the longest a log line may be: a
 *             request of 'a's and the status 200, STREAM_LOG_LINE_MAX - 1
 *             + (bits 4-5) bytes long, so that one line of each length
 *             from one under the limit to two over is tried
 * The rest is the log, whose every line goes through log_status with
 * --log and with --field=N, each checked against a reading of its own
 * here, and then the whole through stream_count, whose summary must
 * count every line once: in the format the options say, and again in TSV
 * with each row's code, status and phrase, whose order, exit status and
 * message at the end are checked too.
 */
#define MODE_FIELD 0x80
#define MODE_LONG 0x40

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The log, the summary stream_count writes, the same in TSV, and the
 * messages on stderr. */
static int input_fd = -1, output_fd = -1, rows_fd = -1, err_fd = -1;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_quiet_stderr(argc, argv);
	input_fd = fuzz_memfd("input");
	output_fd = fuzz_memfd("output");
	rows_fd = fuzz_memfd("rows");
	err_fd = fuzz_memfd("stderr");
	return 0;
}

static void
refill(int fd, const uint8_t *data, size_t len)
{
	ssize_t n;

	if (ftruncate(fd, 0) < 0 || lseek(fd, 0, SEEK_SET) != 0)
		abort();
	while (len > 0) {
		n = write(fd, data, len);
		if (n <= 0)
			abort();
		data += n;
		len -= (size_t)n;
	}
	if (lseek(fd, 0, SEEK_SET) != 0)
		abort();
}

static int
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The line without the CR of a CRLF line. */
static size_t
without_cr(const char *line, size_t len)
{
	return len > 0 && line[len - 1] == '\r' ? len - 1 : len;
}

/*
 * Where the status of a Common or Combined Log Format line is, worked
 * out again here from what log.h promises rather than taken from log.c,
 * so that the two can disagree: the first quote opens the request, and
 * a backslash escapes the byte after it (\" is a quote, \\ a backslash),
 * so that the first quote that no backslash escapes closes it; the
 * status is the field after the blanks that must follow.  Returns its
 * start, or -1 if there is none.
 */
static long
combined_at(const char *line, size_t len)
{
	size_t i = 0;

	len = without_cr(line, len);
	while (i < len && line[i] != '"')
		i++;
	if (i == len)
		return -1;
	for (i++; i < len && line[i] != '"'; i++)
		if (line[i] == '\\')
			i++;
	if (i >= len)
		return -1;
	i++;
	if (i == len || !is_blank(line[i]))
		return -1;
	while (i < len && is_blank(line[i]))
		i++;
	return i == len ? -1 : (long)i;
}

/* awk's $n, from n >= 1: its start, or -1 if there is none. */
static long
field_at(const char *line, size_t len, unsigned long n)
{
	size_t i = 0;

	len = without_cr(line, len);
	for (;;) {
		while (i < len && is_blank(line[i]))
			i++;
		if (i == len)
			return -1;
		if (--n == 0)
			return (long)i;
		while (i < len && !is_blank(line[i]))
			i++;
	}
}

/* log_status on a line, held to the start found above: the status is
 * within the line, a whole field (not empty, no blank, up to a blank or
 * the end but for a CRLF's CR), or there is none and a reason why. */
static void
check_status(const struct log_spec *spec, const char *line, size_t len,
	     long at)
{
	const char *status = NULL;
	size_t status_len = 0, end = without_cr(line, len), i;
	char why[64] = "";
	int rc;

	rc = log_status(spec, line, len, &status, &status_len, why,
			sizeof(why));
	if (at < 0) {
		if (rc != -1 || why[0] == '\0' || strlen(why) >= sizeof(why))
			abort();
		return;
	}
	if (rc != 0 || status != line + at || status_len == 0 ||
	    status_len > end - (size_t)at)
		abort();
	for (i = 0; i < status_len; i++)
		if (is_blank(status[i]))
			abort();
	if ((size_t)at + status_len < end && !is_blank(line[at + status_len]))
		abort();
}

static void
check_lines(const char *input, size_t size, unsigned long field)
{
	const struct log_spec combined = {LOG_COMBINED, 0};
	const struct log_spec nth = {LOG_FIELD, field};
	const char *line = input, *end = input + size, *nl;
	size_t len;

	while (line < end) {
		nl = memchr(line, '\n', (size_t)(end - line));
		len = nl ? (size_t)(nl - line) : (size_t)(end - line);
		check_status(&combined, line, len, combined_at(line, len));
		check_status(&nth, line, len, field_at(line, len, field));
		line += len + (nl != NULL);
	}
}

/* The lines stream_next returns: one for each newline, and one for
 * bytes after the last. */
static unsigned long
count_lines(const uint8_t *data, size_t size)
{
	unsigned long n = 0;
	size_t i;

	for (i = 0; i < size; i++)
		n += data[i] == '\n';
	return n + (size > 0 && data[size - 1] != '\n');
}

/* All of fd, NUL-terminated, in a buffer of cap bytes. */
static char *
read_back(int fd, char *buf, size_t cap)
{
	ssize_t got;

	if (lseek(fd, 0, SEEK_SET) != 0)
		abort();
	got = read(fd, buf, cap - 1);
	if (got < 0 || (size_t)got == cap - 1)
		abort();
	buf[got] = '\0';
	return buf;
}

/* The count that begins a row at p: aborts if there is none. */
static unsigned long
row_count(const char *p)
{
	if (*p < '0' || *p > '9')
		abort();
	return strtoul(p, NULL, 10);
}

/* What the summary in fd says it counted in all, and the sum of its
 * rows: aborts if the two differ, or if the summary cannot be read. */
static unsigned long
summary_total(const struct format *f, int fd)
{
	static char buf[1 << 20];
	unsigned long total = 0, rows = 0, n;
	const char *p;
	int below = 0, quoted = 0;

	read_back(fd, buf, sizeof(buf));
	switch (f->kind) {
	case FORMAT_JSON:
		if (sscanf(buf, "{\"total\":%lu,", &total) != 1)
			abort();
		/* A quote in a string is escaped: this is a row's start. */
		for (p = strstr(buf, "{\"count\":"); p != NULL;
		     p = strstr(p + 1, "{\"count\":"))
			rows += row_count(p + 9);
		break;
	case FORMAT_JSONL:
		for (p = buf; *p != '\0'; p = strchr(p, '\n') + 1) {
			if (strncmp(p, "{\"count\":", 9) != 0 ||
			    strchr(p, '\n') == NULL)
				abort();
			rows += row_count(p + 9);
		}
		total = rows;
		break;
	case FORMAT_TEXT:
		/* Rows, a blank line, then the classes, "4xx and 5xx" and
		 * "total", each a line that begins with its count. */
		for (p = buf; *p != '\0'; p = strchr(p, '\n') + 1) {
			if (strchr(p, '\n') == NULL)
				abort();
			if (*p == '\n') {
				below = 1;
				continue;
			}
			while (*p == ' ')
				p++;
			n = row_count(p);
			if (!below)
				rows += n;
			total = n;
		}
		if (strstr(buf, "  total\n") == NULL)
			abort();
		break;
	case FORMAT_TSV:
	case FORMAT_CSV:
		/* A row a line, its count first, after --header's line; a
		 * CSV cell in quotes may hold a newline. */
		p = buf;
		if (f->header) {
			p = strchr(p, '\n');
			if (p == NULL)
				abort();
			p++;
		}
		while (*p != '\0') {
			rows += row_count(p);
			for (; *p != '\0' && (quoted || *p != '\n'); p++)
				if (f->kind == FORMAT_CSV && *p == '"')
					quoted = !quoted;
			if (*p != '\n')
				abort();
			p++;
		}
		total = rows;
		break;
	case FORMAT_KINDS:
		abort();
	}
	if (rows != total)
		abort();
	return total;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f';
}

/* The code that is a line's status, once white space around it is
 * trimmed: 0, or -1 if the line is longer than a log line can be, or has
 * no status, or one that is not three digits. */
static int
status_code(const struct log_spec *log, const char *line, size_t len,
	    unsigned *code)
{
	size_t end = without_cr(line, len), stop;
	long at;

	if (end > STREAM_LOG_LINE_MAX)
		return -1;
	at = log->format == LOG_FIELD ? field_at(line, len, log->field)
				      : combined_at(line, len);
	if (at < 0)
		return -1;
	for (stop = (size_t)at; stop < end && !is_blank(line[stop]); stop++)
		;
	while ((size_t)at < stop && is_space(line[at]))
		at++;
	while (stop > (size_t)at && is_space(line[stop - 1]))
		stop--;
	return code_parse(line + at, stop - (size_t)at, code);
}

/* Whether a line can only be counted in the unknown row: it has no code,
 * or one of no class that the registry does not have either. */
static int
is_unknown(const struct log_spec *log, const char *line, size_t len)
{
	const struct registry_entry *first;
	unsigned code;

	return status_code(log, line, len, &code) < 0 ||
	       (code_class(code) == 0 && registry_find(code, &first) == 0);
}

/* Whether a line cannot be counted in the unknown row: its code has an
 * entry (which --official may hide), or a class, and a row unassigned. */
static int
is_known(const struct log_spec *log, enum answer_show show, const char *line,
	 size_t len)
{
	const struct registry_entry *first;
	unsigned code;

	if (status_code(log, line, len, &code) < 0)
		return 0;
	if (registry_find(code, &first) > 0)
		return show != SHOW_OFFICIAL;
	return code_class(code) != 0;
}

/* The line of the input that the reader numbers n, from 1, without the
 * byte-order mark that the reader drops from the first. */
static const char *
nth_line(const char *input, size_t size, unsigned long n, size_t *len)
{
	const char *line = input, *end = input + size, *nl;

	for (;;) {
		nl = memchr(line, '\n', (size_t)(end - line));
		*len = nl ? (size_t)(nl - line) : (size_t)(end - line);
		if (--n == 0)
			break;
		line += *len + 1;
	}
	if (line == input && *len >= 3 &&
	    memcmp(line, "\xef\xbb\xbf", 3) == 0) {
		line += 3;
		*len -= 3;
	}
	return line;
}

/* The summary in TSV, -o code,status,phrase, under the options of o:
 * every line counted, rows by count and then code, the unknown row
 * (no code) last, exit status 1 if and only if a row is unknown or
 * unassigned, and the message at the end, which names the unknown row's
 * count and its first line, and which no line before it could have been
 * counted in. */
static void
check_rows(const struct fuzz_output *o, const struct log_spec *log,
	   const char *input, size_t size, unsigned long lines, int rc_given)
{
	static struct fuzz_output t;
	static char rows[1 << 20], err[1 << 16];
	unsigned long total = 0, prev_count = 0, count, unknown = 0, said,
		      first, i;
	unsigned code, prev_code = 0;
	int rc, saved, missed = 0, after_unknown = 0;
	const char *p, *bad, *line;
	size_t badlen, len;
	char *end;

	writer_init(&t.out, rows_fd);
	format_init(&t.format, &t.out);
	memset(&t.answer, 0, sizeof(t.answer));
	t.answer.format = &t.format;
	t.answer.show = o->answer.show;
	t.answer.detail = o->answer.detail;
	t.answer.first = o->answer.first;
	t.format.kind = FORMAT_TSV;
	if (format_parse_fields(&t.format, "code,status,phrase", &bad,
				&badlen) < 0)
		abort();
	refill(input_fd, (const uint8_t *)input, size);
	refill(rows_fd, NULL, 0);
	refill(err_fd, NULL, 0);
	fflush(stderr);
	saved = dup(2);
	if (saved < 0 || dup2(err_fd, 2) != 2)
		abort();
	rc = stream_count(&t.answer, input_fd, "stdin", log);
	fflush(stderr);
	if (dup2(saved, 2) != 2)
		abort();
	close(saved);
	if (rc != rc_given || t.out.error)
		abort();

	read_back(rows_fd, rows, sizeof(rows));
	for (p = rows; *p != '\0'; p = strchr(p, '\n') + 1) {
		if (strchr(p, '\n') == NULL || after_unknown)
			abort();
		count = strtoul(p, &end, 10);
		if (end == p || *end != '\t' || count == 0)
			abort();
		total += count;
		p = end + 1;
		if (*p == '\t') {
			/* The unknown row: no code, status unknown. */
			if (strncmp(p, "\tunknown\t", 9) != 0)
				abort();
			unknown = count;
			after_unknown = 1;
			missed = 1;
			continue;
		}
		if (code_parse(p, 3, &code) < 0 || p[3] != '\t')
			abort();
		if (strncmp(p + 4, "unassigned\t", 11) == 0)
			missed = 1;
		/* Most counted first, then by code. */
		if (prev_count != 0 &&
		    (count > prev_count ||
		     (count == prev_count && code < prev_code)))
			abort();
		prev_count = count;
		prev_code = code;
	}
	if (total != lines || rc != (missed ? ANSWER_NOT_FOUND : ANSWER_FOUND))
		abort();

	read_back(err_fd, err, sizeof(err));
	if (unknown == 0) {
		if (err[0] != '\0')
			abort();
		return;
	}
	p = strstr(err, "; the first, line ");
	if (sscanf(err, "httpstatus: stdin: %lu line", &said) != 1 ||
	    said != unknown || p == NULL)
		abort();
	first = strtoul(p + 18, &end, 10);
	if (first == 0 || first > lines || *end != ':')
		abort();
	/* That line belongs in the unknown row, and none before it. */
	line = nth_line(input, size, first, &len);
	if (is_known(log, o->answer.show, line, len))
		abort();
	for (i = 1; i < first; i++) {
		line = nth_line(input, size, i, &len);
		if (is_unknown(log, line, len))
			abort();
	}
}

/* The log: the long line if mode asks for it, then the payload; to be
 * freed. */
static char *
make_input(const uint8_t *payload, size_t size, unsigned mode, size_t *len)
{
	size_t pad = 0;
	char *input;

	if (mode & MODE_LONG)
		pad = STREAM_LOG_LINE_MAX - 1 + (mode >> 4 & 3) + 1;
	*len = pad + size;
	input = malloc(*len + 1);
	if (input == NULL)
		abort();
	if (pad > 0) {
		/* "aaa...a" 200 and its newline. */
		memset(input, 'a', pad);
		input[0] = '"';
		memcpy(input + pad - 6, "\" 200\n", 6);
	}
	if (size > 0)
		memcpy(input + pad, payload, size);
	return input;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_output o;
	size_t used = fuzz_options(&o, output_fd, data, size), len;
	unsigned mode = used < size ? data[used++] : 0;
	struct log_spec log = {LOG_COMBINED, 0};
	char *input = make_input(data + used, size - used, mode, &len);
	unsigned long lines = count_lines((const uint8_t *)input, len);
	const char *bad;
	size_t badlen;
	int rc;

	if (mode & MODE_FIELD) {
		log.format = LOG_FIELD;
		log.field = 1 + (mode & 0x0f);
	}
	check_lines(input, len, 1 + (mode & 0x0f));

	/* As main has it: no query field, which a row of many lines lacks,
	 * and the summary in place of format_begin and format_end. */
	if (format_has_query(&o.format) &&
	    format_parse_fields(&o.format, "code,phrase", &bad, &badlen) < 0)
		abort();
	refill(input_fd, (const uint8_t *)input, len);
	refill(output_fd, NULL, 0);
	rc = stream_count(&o.answer, input_fd, "stdin", &log);
	if (rc != ANSWER_FOUND && rc != ANSWER_NOT_FOUND)
		abort();
	if (o.out.error)
		abort();
	/* Under --quiet the writer has discarded the summary. */
	if (!o.answer.quiet && summary_total(&o.format, output_fd) != lines)
		abort();
	check_rows(&o, &log, input, len, lines, rc);
	free(input);
	return 0;
}
