/* test-query.c - unit tests for parsing one query argument. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "query.h"
#include "unit.h"

struct accepted {
	const char *arg;
	enum query_kind kind;
	unsigned lo, hi; /* unchecked for QUERY_TEXT */
	const char *text; /* the trimmed query */
};

static void
expect_accepted(const struct accepted *t)
{
	struct query q;
	char err[128] = "";

	memset(&q, 0xa5, sizeof(q));
	ck_assert_msg(query_parse(t->arg, strlen(t->arg), &q, err,
				  sizeof(err)) == 0,
		      "'%s' refused: %s", t->arg, err);
	ck_assert_msg(q.kind == t->kind, "'%s': kind %d, expected %d", t->arg,
		      (int)q.kind, (int)t->kind);
	if (t->kind != QUERY_TEXT) {
		ck_assert_msg(q.lo == t->lo && q.hi == t->hi,
			      "'%s': %u-%u, expected %u-%u", t->arg, q.lo,
			      q.hi, t->lo, t->hi);
	}
	ck_assert_uint_eq(q.len, strlen(t->text));
	ck_assert_msg(memcmp(q.text, t->text, q.len) == 0,
		      "'%s': text '%.*s', expected '%s'", t->arg, (int)q.len,
		      q.text, t->text);
}

/* Each table ends with a sentinel row whose arg is NULL. */
static void
expect_all_accepted(const struct accepted *table)
{
	const struct accepted *t;

	for (t = table; t->arg != NULL; t++)
		expect_accepted(t);
}

START_TEST(query_parses_code)
{
	static const struct accepted table[] = {
		{"404", QUERY_CODE, 404, 404, "404"},
		{"100", QUERY_CODE, 100, 100, "100"},
		{"599", QUERY_CODE, 599, 599, "599"},
		/* Unofficial codes outside 100-599 are still codes. */
		{"000", QUERY_CODE, 0, 0, "000"},
		{"600", QUERY_CODE, 600, 600, "600"},
		{"999", QUERY_CODE, 999, 999, "999"},
		{NULL, QUERY_CODE, 0, 0, NULL},
	};

	expect_all_accepted(table);
}
END_TEST

START_TEST(query_parses_class)
{
	static const struct accepted table[] = {
		{"4xx", QUERY_SPAN, 400, 499, "4xx"},
		{"4XX", QUERY_SPAN, 400, 499, "4XX"},
		{"4xX", QUERY_SPAN, 400, 499, "4xX"},
		{"4", QUERY_SPAN, 400, 499, "4"},
		{"1xx", QUERY_SPAN, 100, 199, "1xx"},
		{"5", QUERY_SPAN, 500, 599, "5"},
		{NULL, QUERY_CODE, 0, 0, NULL},
	};

	expect_all_accepted(table);
}
END_TEST

START_TEST(query_parses_mask_and_prefix)
{
	static const struct accepted table[] = {
		{"41x", QUERY_SPAN, 410, 419, "41x"},
		{"41X", QUERY_SPAN, 410, 419, "41X"},
		{"41", QUERY_SPAN, 410, 419, "41"},
		{"10", QUERY_SPAN, 100, 109, "10"},
		{"59x", QUERY_SPAN, 590, 599, "59x"},
		{NULL, QUERY_CODE, 0, 0, NULL},
	};

	expect_all_accepted(table);
}
END_TEST

START_TEST(query_parses_range)
{
	static const struct accepted table[] = {
		{"400-417", QUERY_SPAN, 400, 417, "400-417"},
		{"100-599", QUERY_SPAN, 100, 599, "100-599"},
		{"404-404", QUERY_SPAN, 404, 404, "404-404"},
		{NULL, QUERY_CODE, 0, 0, NULL},
	};

	expect_all_accepted(table);
}
END_TEST

START_TEST(query_trims_surrounding_white_space)
{
	static const struct accepted table[] = {
		{" 404 ", QUERY_CODE, 404, 404, "404"},
		{"\t4xx\n", QUERY_SPAN, 400, 499, "4xx"},
		{"\r\n400-417\v\f", QUERY_SPAN, 400, 417, "400-417"},
		{"  Not Found  ", QUERY_TEXT, 0, 0, "Not Found"},
		{NULL, QUERY_CODE, 0, 0, NULL},
	};

	expect_all_accepted(table);
}
END_TEST

START_TEST(query_parses_text)
{
	static const struct accepted table[] = {
		{"teapot", QUERY_TEXT, 0, 0, "teapot"},
		{"Not Found", QUERY_TEXT, 0, 0, "Not Found"},
		/* Only a leading digit, '+' or '-' makes a code. */
		{"x404", QUERY_TEXT, 0, 0, "x404"},
		{"caf\xc3\xa9", QUERY_TEXT, 0, 0, "caf\xc3\xa9"},
		{NULL, QUERY_CODE, 0, 0, NULL},
	};

	expect_all_accepted(table);
}
END_TEST

static void
expect_refused(const char *arg, size_t len, const char *message)
{
	struct query q;
	char err[128] = "";

	ck_assert_msg(query_parse(arg, len, &q, err, sizeof(err)) == -1,
		      "'%.*s' accepted", (int)len, arg);
	ck_assert_msg(err[0] != '\0', "'%.*s': refused with no message",
		      (int)len, arg);
	if (message != NULL)
		ck_assert_str_eq(err, message);
}

#define NOT_A_CODE "is not an HTTP status code (expected 100-599)"
#define NOT_A_QUERY                                                           \
	"is not a status code, class, mask or range (such as 404, 4xx, 41x "  \
	"or 400-417)"
#define NOT_A_RANGE "is not a range (a range is two codes, as in 400-417)"

START_TEST(query_refuses_malformed_codes)
{
	static const struct refused {
		const char *arg;
		const char *message; /* NULL: any non-empty message */
	} table[] = {
		{"", "is an empty query"},
		{"   ", "is an empty query"},
		{"\t\n", "is an empty query"},
		{"4044", NOT_A_CODE},
		{"99", NOT_A_CODE},
		{"9", NOT_A_CODE},
		{"0", NOT_A_CODE},
		{"6xx", NOT_A_CODE},
		{"4x", NOT_A_QUERY},
		{"40-", NOT_A_RANGE},
		{"-404", NOT_A_QUERY},
		{"+404", NOT_A_QUERY},
		{"600-700", "is a range outside HTTP status codes "
			    "(expected 100-599)"},
		{"000-404", "is a range outside HTTP status codes "
			    "(expected 100-599)"},
		{"417-400", "is a range that runs backwards"},
		{"5xx-", NOT_A_RANGE},
		{"4xx-5xx", NOT_A_RANGE},
		{"400-417-420", NOT_A_RANGE},
		{"4xx5", NOT_A_QUERY},
		{"1e3", NOT_A_QUERY},
		{"0x194", NOT_A_QUERY},
		{"404 405", NOT_A_QUERY},
		{NULL, NULL},
	};
	const struct refused *t;

	for (t = table; t->arg != NULL; t++)
		expect_refused(t->arg, strlen(t->arg), t->message);
}
END_TEST

START_TEST(query_refuses_query_longer_than_query_max)
{
	char arg[QUERY_MAX + 2];

	memset(arg, 'a', sizeof(arg));
	expect_refused(arg, QUERY_MAX + 1, "is too long for a query");
	memset(arg, '4', sizeof(arg));
	expect_refused(arg, sizeof(arg), "is too long for a query");
}
END_TEST

START_TEST(query_accepts_text_of_query_max)
{
	static char arg[QUERY_MAX + 3];
	struct query q;
	char err[128];

	/* White space around a query does not count towards its length. */
	memset(arg, 'a', sizeof(arg));
	arg[0] = ' ';
	arg[QUERY_MAX + 1] = ' ';
	arg[QUERY_MAX + 2] = ' ';
	ck_assert_int_eq(query_parse(arg, sizeof(arg), &q, err, sizeof(err)), 0);
	ck_assert_int_eq(q.kind, QUERY_TEXT);
	ck_assert_uint_eq(q.len, QUERY_MAX);
	ck_assert_ptr_eq(q.text, arg + 1);
}
END_TEST

START_TEST(query_reads_only_len_bytes)
{
	struct query q;
	char err[128];

	/* "4044" cut to three bytes is the code 404. */
	ck_assert_int_eq(query_parse("4044", 3, &q, err, sizeof(err)), 0);
	ck_assert_int_eq(q.kind, QUERY_CODE);
	ck_assert_uint_eq(q.lo, 404);
	ck_assert_uint_eq(q.hi, 404);
}
END_TEST

START_TEST(query_truncates_message_to_buffer)
{
	struct query q;
	char err[8];

	memset(err, 'z', sizeof(err));
	ck_assert_int_eq(query_parse("4044", 4, &q, err, sizeof(err)), -1);
	ck_assert_uint_eq(strlen(err), sizeof(err) - 1);
	ck_assert_int_eq(strncmp(err, NOT_A_CODE, sizeof(err) - 1), 0);
}
END_TEST

struct status_line {
	const char *arg;
	unsigned code;
	const char *phrase; /* NULL for none */
};

START_TEST(query_parses_status_lines)
{
	static const struct status_line table[] = {
		{"HTTP/1.1 404 Not Found", 404, "Not Found"},
		{"HTTP/1.0 404 File not found", 404, "File not found"},
		{"http/2 503", 503, NULL},
		{"HTTP/3 200 ", 200, NULL},
		{"HTTP/1.1\t413  Request Entity Too Large\r", 413,
		 "Request Entity Too Large"},
		{"404 Not Found", 404, "Not Found"},
		{"200 OK", 200, "OK"},
		{"499 Client Closed Request", 499, "Client Closed Request"},
		{"404", 404, NULL},
		{NULL, 0, NULL},
	};
	const struct status_line *t;
	struct query q;
	char err[128];

	for (t = table; t->arg != NULL; t++) {
		ck_assert_msg(query_parse(t->arg, strlen(t->arg), &q, err,
					  sizeof(err)) == 0,
			      "'%s' refused: %s", t->arg, err);
		ck_assert_int_eq(q.kind, QUERY_CODE);
		ck_assert_uint_eq(q.lo, t->code);
		ck_assert_uint_eq(q.hi, t->code);
		if (t->phrase == NULL) {
			ck_assert_ptr_null(q.phrase);
		} else {
			ck_assert_uint_eq(q.phrase_len, strlen(t->phrase));
			ck_assert_msg(memcmp(q.phrase, t->phrase, q.phrase_len) == 0,
				      "'%s': phrase '%.*s'", t->arg,
				      (int)q.phrase_len, q.phrase);
		}
	}
}
END_TEST

START_TEST(query_refuses_broken_status_lines)
{
	static const char *const table[] = {
		"HTTP/1.1", "HTTP/1.1 OK", "HTTP/1.1 4044 Not Found",
		"HTTP/1.1 40 Not Found", "HTTP/2 404x", NULL,
	};
	const char *const *t;

	for (t = table; *t != NULL; t++)
		expect_refused(*t, strlen(*t),
			       "is not a status line (such as HTTP/1.1 404 Not "
			       "Found)");
	/* A second number is a typo, not a phrase. */
	expect_refused("404 500", 7, NOT_A_QUERY);
	expect_refused("404 4xx", 7, NOT_A_QUERY);
}
END_TEST

START_TEST(query_tells_words_from_other_arguments)
{
	static const struct {
		const char *arg;
		int words, version;
	} table[] = {
		{"teapot", 1, 0},       {"too large", 1, 0},
		{"404", 0, 0},          {"4xx", 0, 0},
		{"-", 0, 0},            {"+404", 0, 0},
		{"NOT_FOUND", 0, 0},    {"StatusTeapot", 0, 0},
		{"HTTP/1.1", 0, 1},     {"HTTP/2", 0, 1},
		{"http/1.0", 0, 1},     {"HTTP/1.1 404 Not Found", 0, 0},
		{"HTTP", 1, 0},         {"HTTP/", 1, 0},
		{"", 0, 0},             {NULL, 0, 0},
	};
	size_t i;

	for (i = 0; table[i].arg != NULL; i++) {
		ck_assert_msg(query_is_words(table[i].arg) == table[i].words,
			      "'%s': words %d", table[i].arg,
			      query_is_words(table[i].arg));
		ck_assert_msg(query_is_version(table[i].arg,
					       strlen(table[i].arg)) ==
				      table[i].version,
			      "'%s': version", table[i].arg);
	}
}
END_TEST

Suite *
unit_suite(void)
{
	Suite *s = suite_create("query");
	TCase *tc;

	tc = tcase_create("codes and spans");
	tcase_add_test(tc, query_parses_code);
	tcase_add_test(tc, query_parses_class);
	tcase_add_test(tc, query_parses_mask_and_prefix);
	tcase_add_test(tc, query_parses_range);
	tcase_add_test(tc, query_trims_surrounding_white_space);
	tcase_add_test(tc, query_reads_only_len_bytes);
	suite_add_tcase(s, tc);

	tc = tcase_create("text");
	tcase_add_test(tc, query_parses_text);
	tcase_add_test(tc, query_parses_status_lines);
	tcase_add_test(tc, query_tells_words_from_other_arguments);
	tcase_add_test(tc, query_accepts_text_of_query_max);
	suite_add_tcase(s, tc);

	tc = tcase_create("refusals");
	tcase_add_test(tc, query_refuses_malformed_codes);
	tcase_add_test(tc, query_refuses_broken_status_lines);
	tcase_add_test(tc, query_refuses_query_longer_than_query_max);
	tcase_add_test(tc, query_truncates_message_to_buffer);
	suite_add_tcase(s, tc);

	return s;
}
