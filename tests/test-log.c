/* test-log.c - unit tests for finding the status in a line of an access log. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "unit.h"

/* A line, and what log_status finds in it: the status's bytes, or NULL
 * and a piece of the reason it has none. */
struct logcase {
	const char *line;
	const char *status; /* NULL: the line has none */
	const char *why;    /* for status NULL: a piece of the reason */
};

/* Common Log Format's start: host ident user [time], before the request. */
#define CLF_HEAD "127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "

#define NO_REQUEST "has no quoted request"
#define NOT_CLOSED "never closed"
#define NO_STATUS "has no status after its quoted request"

/* How much of a line a failure message shows. */
#define SHOWN(len) ((int)((len) > 200 ? 200 : (len)))

static void
expect_status(const struct log_spec *spec, const char *line, size_t len,
	      const char *status, const char *why)
{
	const char *got = NULL;
	size_t got_len = 12345;
	char reason[128] = "";
	int rc;

	rc = log_status(spec, line, len, &got, &got_len, reason,
			sizeof(reason));
	if (status == NULL) {
		ck_assert_msg(rc == -1,
			      "'%.*s' (field %lu): %d, status '%.*s', expected "
			      "none (%s)",
			      SHOWN(len), line, spec->field, rc,
			      got ? (int)got_len : 0, got ? got : "", why);
		/* A field's number is part of its reason: whole, then. */
		ck_assert_msg(spec->format == LOG_FIELD
				      ? strcmp(reason, why) == 0
				      : strstr(reason, why) != NULL,
			      "'%.*s' (field %lu): reason '%s', expected one "
			      "that says '%s'",
			      SHOWN(len), line, spec->field, reason, why);
		return;
	}
	ck_assert_msg(rc == 0,
		      "'%.*s' (field %lu): %d, no status (%s), expected '%s'",
		      SHOWN(len), line, spec->field, rc, reason, status);
	/* Within the line, not a copy: the caller gives it back as is. */
	ck_assert_msg(got != NULL && got >= line && got_len <= len &&
			      got_len <= (size_t)(line + len - got),
		      "'%.*s' (field %lu): status is not within the line",
		      SHOWN(len), line, spec->field);
	ck_assert_msg(got_len == strlen(status) &&
			      memcmp(got, status, got_len) == 0,
		      "'%.*s' (field %lu): status '%.*s' (%zu bytes), "
		      "expected '%s'",
		      SHOWN(len), line, spec->field, (int)got_len, got, got_len,
		      status);
}

/* Each table ends with a sentinel row whose line is NULL. */
static void
expect_all(const struct log_spec *spec, const struct logcase *table)
{
	const struct logcase *t;

	for (t = table; t->line != NULL; t++)
		expect_status(spec, t->line, strlen(t->line), t->status,
			      t->why);
}

static const struct log_spec combined = {LOG_COMBINED, 0};

START_TEST(log_finds_status_of_common_and_combined_lines)
{
	static const struct logcase table[] = {
		/* Apache's own examples of the two formats. */
		{CLF_HEAD "\"GET /apache_pb.gif HTTP/1.0\" 200 2326", "200",
		 NULL},
		{CLF_HEAD "\"GET /apache_pb.gif HTTP/1.0\" 200 2326 "
			  "\"http://www.example.com/start.html\" "
			  "\"Mozilla/4.08 [en] (Win98; I ;Nav)\"",
		 "200", NULL},
		/* The status is the last field. */
		{CLF_HEAD "\"GET / HTTP/1.1\" 404", "404", NULL},
		/* Whatever follows the status is not looked at. */
		{CLF_HEAD "\"GET / HTTP/1.1\" 301 -", "301", NULL},
		/* An empty request. */
		{CLF_HEAD "\"\" 400 0", "400", NULL},
		/* Not judged here: the stream says it is not a code. */
		{CLF_HEAD "\"GET / HTTP/1.1\" 2000 5", "2000", NULL},
		{CLF_HEAD "\"GET / HTTP/1.1\" abc 5", "abc", NULL},
		{NULL, NULL, NULL},
	};

	expect_all(&combined, table);
}
END_TEST

START_TEST(log_finds_status_after_a_request_of_a_dash)
{
	/* nginx writes "-" for a connection that sent no request, which
	 * shifts awk's $9 to the byte count. */
	static const struct logcase table[] = {
		{"10.0.0.1 - - [07/Dec/2026:01:00:00 +0000] \"-\" 400 0 \"-\" "
		 "\"-\"",
		 "400", NULL},
		{"10.0.0.1 - - [07/Dec/2026:01:00:00 +0000] \"-\" 408 0", "408",
		 NULL},
		{NULL, NULL, NULL},
	};

	expect_all(&combined, table);
}
END_TEST

START_TEST(log_skips_quotes_that_a_backslash_escapes)
{
	static const struct logcase table[] = {
		/* Apache: \" is a quote inside the request. */
		{CLF_HEAD "\"GET /a\\\"b HTTP/1.1\" 301 0", "301", NULL},
		/* ...even before something that looks like a status. */
		{CLF_HEAD "\"GET /a\\\" 500 x\" 302 0", "302", NULL},
		{CLF_HEAD "\"\\\"\\\"\" 303 0", "303", NULL},
		/* \\ is a backslash: the quote after it closes the request. */
		{CLF_HEAD "\"GET /a\\\\\" 304 0", "304", NULL},
		{CLF_HEAD "\"\\\\\" 305 0", "305", NULL},
		/* \\\" is a backslash and a quote: it does not close. */
		{CLF_HEAD "\"GET /a\\\\\\\" 500 x\" 306 0", "306", NULL},
		/* \\\\ is two backslashes: the quote after them closes. */
		{CLF_HEAD "\"GET /a\\\\\\\\\" 307 0", "307", NULL},
		/* A backslash that escapes no quote changes nothing. */
		{CLF_HEAD "\"GET /a\\b\\\" 500\" 308 0", "308", NULL},
		/* nginx writes a quote as \x22, which holds none. */
		{CLF_HEAD "\"GET /a\\x22b HTTP/1.1\" 200 0", "200", NULL},
		{CLF_HEAD "\"GET /\\x22 500 \\x22 HTTP/1.1\" 201 0", "201",
		 NULL},
		/* A referer or user agent with quotes of its own comes after
		 * the status and does not matter. */
		{CLF_HEAD "\"GET / HTTP/1.1\" 202 0 \"-\" \"a \\\"b\\\" c\"",
		 "202", NULL},
		{NULL, NULL, NULL},
	};

	expect_all(&combined, table);
}
END_TEST

START_TEST(log_finds_status_after_an_ipv6_host)
{
	static const struct logcase table[] = {
		{"2001:db8::1 - - [07/Dec/2026:01:00:00 +0000] \"GET / "
		 "HTTP/1.1\" 204 0",
		 "204", NULL},
		{"::1 - - [07/Dec/2026:01:00:00 +0000] \"GET / HTTP/1.1\" 200 "
		 "5 \"-\" \"curl/8.5.0\"",
		 "200", NULL},
		{"[fe80::1%eth0]:8080 - - [07/Dec/2026:01:00:00 +0000] \"GET / "
		 "HTTP/1.1\" 503 5",
		 "503", NULL},
		{NULL, NULL, NULL},
	};

	expect_all(&combined, table);
}
END_TEST

START_TEST(log_finds_status_before_trailing_fields)
{
	static const struct logcase table[] = {
		/* Fields a site appends after the user agent: a request's
		 * time, an upstream, key=value pairs. */
		{CLF_HEAD "\"GET / HTTP/1.1\" 502 157 \"-\" \"Mozilla/5.0\" "
			  "0.003 \"10.0.0.2:8080\" rt=0.5 uct=\"0.001\"",
		 "502", NULL},
		{CLF_HEAD "\"POST /api HTTP/2.0\" 201 12 \"-\" \"-\" 404 "
			  "\"500\"",
		 "201", NULL},
		{NULL, NULL, NULL},
	};

	expect_all(&combined, table);
}
END_TEST

START_TEST(log_drops_the_cr_of_a_crlf_line)
{
	static const struct logcase table[] = {
		{CLF_HEAD "\"GET / HTTP/1.1\" 200 5\r", "200", NULL},
		/* The status last, right before the CR. */
		{CLF_HEAD "\"GET / HTTP/1.1\" 200\r", "200", NULL},
		{CLF_HEAD "\"GET / HTTP/1.1\" 200 \r", "200", NULL},
		/* A CR is no status. */
		{CLF_HEAD "\"GET / HTTP/1.1\" \r", NULL, NO_STATUS},
		{CLF_HEAD "\"GET / HTTP/1.1\"\r", NULL, NO_STATUS},
		/* Only the last byte: a CR elsewhere is part of a field. */
		{CLF_HEAD "\"GET / HTTP/1.1\" 200\r 5", "200\r", NULL},
		{NULL, NULL, NULL},
	};

	expect_all(&combined, table);
}
END_TEST

START_TEST(log_gives_back_a_status_of_a_dash)
{
	/* A dash is the status's field all the same; the stream says that
	 * it is not a code, with the line's number. */
	static const struct logcase table[] = {
		{CLF_HEAD "\"GET / HTTP/1.1\" - 0", "-", NULL},
		{CLF_HEAD "\"-\" - -", "-", NULL},
		{NULL, NULL, NULL},
	};

	expect_all(&combined, table);
}
END_TEST

START_TEST(log_finds_status_between_tabs)
{
	static const struct logcase table[] = {
		{"127.0.0.1\t-\t-\t[10/Oct/2000:13:55:36 -0700]\t\"GET / "
		 "HTTP/1.1\"\t200\t5",
		 "200", NULL},
		{CLF_HEAD "\"GET / HTTP/1.1\" \t \t404\t5", "404", NULL},
		{CLF_HEAD "\"GET / HTTP/1.1\"\t410", "410", NULL},
		/* A tab ends the status as a space does. */
		{CLF_HEAD "\"GET / HTTP/1.1\" 418\t5", "418", NULL},
		{NULL, NULL, NULL},
	};

	expect_all(&combined, table);
}
END_TEST

START_TEST(log_finds_no_status_in_a_line_without_its_request)
{
	static const struct logcase table[] = {
		/* No quote at all. */
		{"", NULL, NO_REQUEST},
		{"404", NULL, NO_REQUEST},
		{"127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] GET / 200 5", NULL,
		 NO_REQUEST},
		{"\r", NULL, NO_REQUEST},
		/* A quote never closed. */
		{"\"", NULL, NOT_CLOSED},
		{CLF_HEAD "\"GET / HTTP/1.1 200 5", NULL, NOT_CLOSED},
		/* ...because each quote after the first is escaped. */
		{CLF_HEAD "\"\\\" 200 5", NULL, NOT_CLOSED},
		{CLF_HEAD "\"GET /\\\" 200 \\\"", NULL, NOT_CLOSED},
		/* A CR does not close it either. */
		{CLF_HEAD "\"GET / HTTP/1.1\r", NULL, NOT_CLOSED},
		{NULL, NULL, NULL},
	};

	expect_all(&combined, table);
}
END_TEST

START_TEST(log_finds_no_status_after_a_request_that_ends_the_line)
{
	static const struct logcase table[] = {
		/* Nothing after the request. */
		{CLF_HEAD "\"GET / HTTP/1.1\"", NULL, NO_STATUS},
		{"\"\"", NULL, NO_STATUS},
		/* Blanks only. */
		{CLF_HEAD "\"GET / HTTP/1.1\" ", NULL, NO_STATUS},
		{CLF_HEAD "\"GET / HTTP/1.1\" \t  ", NULL, NO_STATUS},
		/* A request followed at once by a non-blank: no field
		 * follows it, and the line is not a log's. */
		{CLF_HEAD "\"GET / HTTP/1.1\"200 5", NULL, NO_STATUS},
		{CLF_HEAD "\"GET / HTTP/1.1\"\"x\" 200 5", NULL, NO_STATUS},
		{CLF_HEAD "\"GET / HTTP/1.1\"- 200 5", NULL, NO_STATUS},
		{NULL, NULL, NULL},
	};

	expect_all(&combined, table);
}
END_TEST

/* log_status reads len bytes, and no further: the line need not end in
 * a NUL, which a line of the reader's buffer does not. */
START_TEST(log_reads_only_len_bytes)
{
	static const char line[] = CLF_HEAD "\"GET / HTTP/1.1\" 200 5";
	static const struct log_spec third = {LOG_FIELD, 3};
	/* Up to the status's first two digits; up to before its field. */
	size_t cut = sizeof(CLF_HEAD "\"GET / HTTP/1.1\" 20") - 1;

	expect_status(&combined, line, cut, "20", NULL);
	/* Up to the blank after the request, to its closing quote, then
	 * to before that quote. */
	expect_status(&combined, line, cut - 2, NULL, NO_STATUS);
	expect_status(&combined, line, cut - 3, NULL, NO_STATUS);
	expect_status(&combined, line, cut - 4, NULL, NOT_CLOSED);
	expect_status(&combined, line, 0, NULL, NO_REQUEST);
	/* "127.0.0.1 - frank": two bytes of the third field, then none. */
	expect_status(&third, line, 14, "fr", NULL);
	expect_status(&third, line, 12, NULL, "has no field 3");
	/* A CR past len is not looked at: it is not the line's last. */
	expect_status(&combined, CLF_HEAD "\"x\" 200\r", sizeof(CLF_HEAD) + 6,
		      "200", NULL);
}
END_TEST

/* The reason is cut to the room it is given, and ends in a NUL. */
START_TEST(log_cuts_the_reason_to_its_room)
{
	static const struct log_spec nine = {LOG_FIELD, 9};
	const char *status;
	size_t status_len;
	char why[8];

	memset(why, 'x', sizeof(why));
	ck_assert_int_eq(log_status(&nine, "a b", 3, &status, &status_len,
				    why, sizeof(why)),
			 -1);
	ck_assert_str_eq(why, "has no ");
	memset(why, 'x', sizeof(why));
	ck_assert_int_eq(log_status(&combined, "a b", 3, &status, &status_len,
				    why, sizeof(why)),
			 -1);
	ck_assert_str_eq(why, "has no ");
}
END_TEST

struct fieldcase {
	unsigned long field;
	const char *line;
	const char *status; /* NULL: the line has none */
};

static void
expect_fields(const struct fieldcase *table)
{
	const struct fieldcase *t;

	for (t = table; t->line != NULL; t++) {
		struct log_spec spec = {LOG_FIELD, t->field};
		char why[64];

		snprintf(why, sizeof(why), "has no field %lu", t->field);
		expect_status(&spec, t->line, strlen(t->line), t->status, why);
	}
}

START_TEST(log_field_takes_the_nth_field_as_awk_does)
{
	static const struct fieldcase table[] = {
		{1, "404", "404"},
		{1, "404 Not Found", "404"},
		{2, "x 404", "404"},
		{3, "a b c", "c"},
		/* Common Log Format: awk's $9. */
		{9, CLF_HEAD "\"GET /apache_pb.gif HTTP/1.0\" 200 2326", "200"},
		/* ...which shifts with a "-" request: $9 is the referer. */
		{9, "1.2.3.4 - - [07/Dec/2026:01:00:00 +0000] \"-\" 400 0 "
		    "\"-\" \"curl\"",
		 "\"-\""},
		/* Quotes mean nothing to awk. */
		{6, CLF_HEAD "\"GET / HTTP/1.1\" 200 5", "\"GET"},
		{1, "\"a b\"", "\"a"},
		{0, NULL, NULL},
	};

	expect_fields(table);
}
END_TEST

START_TEST(log_field_splits_on_runs_of_blanks)
{
	static const struct fieldcase table[] = {
		/* Blanks before the first field begin no field. */
		{1, "   404 x", "404"},
		{1, "\t \t404", "404"},
		{2, "  a   404  ", "404"},
		/* Runs of spaces and tabs separate one field from the next. */
		{3, "a \t\t b\t \t404\t", "404"},
		{3, "\ta\t\tb\t\t404", "404"},
		/* Other white space is part of a field. */
		{2, "a \v404\f b", "\v404\f"},
		{2, "a b\nc d", "b\nc"},
		{0, NULL, NULL},
	};

	expect_fields(table);
}
END_TEST

START_TEST(log_field_past_the_end_is_none)
{
	static const struct fieldcase table[] = {
		{1, "", NULL},
		{1, " ", NULL},
		{1, " \t \t", NULL},
		{2, "404", NULL},
		{2, "404   ", NULL},
		{3, "  a  b  ", NULL},
		{9, "1 2 3 4 5 6 7 8", NULL},
		{LOG_FIELD_MAX, "a b c", NULL},
		{0, NULL, NULL},
	};

	expect_fields(table);
}
END_TEST

START_TEST(log_field_drops_the_cr_of_a_crlf_line)
{
	static const struct fieldcase table[] = {
		{2, "x 404\r", "404"},
		{2, "x 404 \r", "404"},
		{1, "404\r", "404"},
		/* The CR is no field of its own. */
		{2, "x \r", NULL},
		{2, "x\r", NULL},
		{1, "\r", NULL},
		/* Only the line's last byte is a CRLF's CR. */
		{1, "404\r\r", "404\r"},
		{1, "404\r x", "404\r"},
		{0, NULL, NULL},
	};

	expect_fields(table);
}
END_TEST

/* A line as long as a log's may be, with many fields: the last is
 * found, one past it is not. */
START_TEST(log_field_finds_the_last_of_many_fields)
{
	enum { FIELDS = 10000 };
	static char line[FIELDS * 2];
	struct log_spec spec = {LOG_FIELD, FIELDS};
	size_t i;

	for (i = 0; i < FIELDS; i++) {
		line[2 * i] = (char)('0' + i % 10);
		line[2 * i + 1] = i % 3 ? ' ' : '\t';
	}
	line[2 * FIELDS - 2] = '7';
	expect_status(&spec, line, sizeof(line), "7", NULL);
	spec.field = FIELDS + 1;
	expect_status(&spec, line, sizeof(line), NULL, "has no field 10001");
	spec.field = 1;
	expect_status(&spec, line, sizeof(line), "0", NULL);
}
END_TEST

Suite *
unit_suite(void)
{
	Suite *s = suite_create("log");
	TCase *tc;

	tc = tcase_create("combined");
	tcase_add_test(tc, log_finds_status_of_common_and_combined_lines);
	tcase_add_test(tc, log_finds_status_after_a_request_of_a_dash);
	tcase_add_test(tc, log_skips_quotes_that_a_backslash_escapes);
	tcase_add_test(tc, log_finds_status_after_an_ipv6_host);
	tcase_add_test(tc, log_finds_status_before_trailing_fields);
	tcase_add_test(tc, log_drops_the_cr_of_a_crlf_line);
	tcase_add_test(tc, log_gives_back_a_status_of_a_dash);
	tcase_add_test(tc, log_finds_status_between_tabs);
	suite_add_tcase(s, tc);

	tc = tcase_create("combined without status");
	tcase_add_test(tc, log_finds_no_status_in_a_line_without_its_request);
	tcase_add_test(tc,
		       log_finds_no_status_after_a_request_that_ends_the_line);
	tcase_add_test(tc, log_reads_only_len_bytes);
	tcase_add_test(tc, log_cuts_the_reason_to_its_room);
	suite_add_tcase(s, tc);

	tc = tcase_create("field");
	tcase_add_test(tc, log_field_takes_the_nth_field_as_awk_does);
	tcase_add_test(tc, log_field_splits_on_runs_of_blanks);
	tcase_add_test(tc, log_field_past_the_end_is_none);
	tcase_add_test(tc, log_field_drops_the_cr_of_a_crlf_line);
	tcase_add_test(tc, log_field_finds_the_last_of_many_fields);
	suite_add_tcase(s, tc);

	return s;
}
