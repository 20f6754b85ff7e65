/* test-match.c - unit tests for the normal form of words and text search. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "match.h"
#include "registry.h"
#include "words.h"

/* Whether needle occurs in s, ignoring ASCII case. */
static int
contains_ci(const char *s, const char *needle)
{
	size_t n = strlen(needle), i;

	for (; *s; s++) {
		for (i = 0; i < n; i++) {
			char a = s[i], b = needle[i];

			if (a >= 'A' && a <= 'Z')
				a = (char)(a - 'A' + 'a');
			if (b >= 'A' && b <= 'Z')
				b = (char)(b - 'A' + 'a');
			if (a != b)
				break;
		}
		if (i == n)
			return 1;
	}
	return n == 0;
}

static const struct registry_entry *
entry(unsigned code, size_t i)
{
	const struct registry_entry *e = NULL;

	ck_assert_uint_gt(registry_find(code, &e), i);
	return &e[i];
}

/* Prepares and searches text; the query must be accepted. */
static size_t
search(const char *text, int with_unofficial,
       const struct registry_entry **hits)
{
	static struct match m;

	ck_assert_msg(match_prepare(&m, text, strlen(text)) == 0,
		      "'%s' refused", text);
	return match_search(&m, with_unofficial, hits, REGISTRY_MAX_ENTRIES);
}

struct normal {
	const char *in;
	int split_camel;
	const char *out;
};

START_TEST(normalize_lowercases_and_separates_words)
{
	static const struct normal table[] = {
		{"Not Found", 0, "not found"},
		{"OK", 0, "ok"},
		/* Apostrophes vanish, so contractions stay one word. */
		{"I'm a teapot", 0, "im a teapot"},
		{"I'M_A_TEAPOT", 1, "im a teapot"},
		/* Every other byte that is not a letter or digit separates. */
		{"Request-URI Too Long", 0, "request uri too long"},
		{"  a--b,,c  ", 0, "a b c"},
		{"HTTP/1.1 505", 0, "http 1 1 505"},
		{"\t\r\n", 0, ""},
		{"", 0, ""},
		{NULL, 0, NULL},
	};
	const struct normal *t;
	char out[64];

	for (t = table; t->in != NULL; t++) {
		size_t n = words_normalize(t->in, strlen(t->in), t->split_camel,
					   out, sizeof(out));

		ck_assert_msg(n == strlen(t->out) && strcmp(out, t->out) == 0,
			      "'%s' -> '%s' (%zu), expected '%s'", t->in, out,
			      n, t->out);
	}
}
END_TEST

START_TEST(normalize_splits_camel_case_only_when_asked)
{
	static const struct normal table[] = {
		{"HTTPStatusNotFound", 1, "http status not found"},
		{"StatusProxyAuthRequired", 1, "status proxy auth required"},
		{"notFound", 1, "not found"},
		{"RequestURITooLong", 1, "request uri too long"},
		{"HTTPStatus.NOT_FOUND", 1, "http status not found"},
		{"ImATeapot", 1, "im a teapot"},
		{"NOT_FOUND", 1, "not found"},
		{"HTTPStatusNotFound", 0, "httpstatusnotfound"},
		{"StatusProxyAuthRequired", 0, "statusproxyauthrequired"},
		{NULL, 0, NULL},
	};
	const struct normal *t;
	char out[64];

	for (t = table; t->in != NULL; t++) {
		size_t n = words_normalize(t->in, strlen(t->in), t->split_camel,
					   out, sizeof(out));

		ck_assert_msg(n == strlen(t->out) && strcmp(out, t->out) == 0,
			      "'%s' (split %d) -> '%s', expected '%s'", t->in,
			      t->split_camel, out, t->out);
	}
}
END_TEST

START_TEST(normalize_keeps_utf8_bytes_as_letters)
{
	char out[64];

	/* Only ASCII is lowercased; the bytes of é and È are kept as is. */
	ck_assert_uint_eq(words_normalize("Caf\xc3\xa9-CR\xc3\x88ME", 12, 0,
					  out, sizeof(out)),
			  12);
	ck_assert_str_eq(out, "caf\xc3\xa9 cr\xc3\x88me");
	ck_assert_uint_eq(words_normalize("\xe2\x82\xac", 3, 1, out,
					  sizeof(out)),
			  3);
	ck_assert_str_eq(out, "\xe2\x82\xac");
}
END_TEST

START_TEST(normalize_reads_only_len_bytes)
{
	char out[64];

	ck_assert_uint_eq(words_normalize("Not Found", 3, 0, out, sizeof(out)),
			  3);
	ck_assert_str_eq(out, "not");
}
END_TEST

START_TEST(normalize_output_bounded_by_cap_returns_cap)
{
	char out[16];
	size_t i;

	memset(out, 'z', sizeof(out));
	ck_assert_uint_eq(words_normalize("Not Found", 9, 0, out, 5), 5);
	for (i = 5; i < sizeof(out); i++)
		ck_assert_int_eq(out[i], 'z');

	/* The NUL needs room too: three letters fit in four bytes only. */
	ck_assert_uint_eq(words_normalize("abc", 3, 0, out, 4), 3);
	ck_assert_str_eq(out, "abc");
	ck_assert_uint_eq(words_normalize("abc", 3, 0, out, 3), 3);
	ck_assert_uint_eq(words_normalize("abc", 3, 0, out, 1), 1);
	ck_assert_uint_eq(words_normalize("", 0, 0, out, 1), 0);
	ck_assert_str_eq(out, "");

	/* A separator that would be written last counts as well. */
	memset(out, 'z', sizeof(out));
	ck_assert_uint_eq(words_normalize("ab cd", 5, 0, out, 3), 3);
	ck_assert_int_eq(out[3], 'z');
	ck_assert_uint_eq(words_normalize("aB", 2, 1, out, 3), 3);

	/* No room at all: nothing is written. */
	memset(out, 'z', sizeof(out));
	ck_assert_uint_eq(words_normalize("abc", 3, 0, out, 0), 0);
	ck_assert_int_eq(out[0], 'z');
}
END_TEST

struct first_hit {
	const char *query;
	unsigned code;
};

/* Each table ends with a sentinel row whose query is NULL. */
static void
expect_first_hits(const struct first_hit *table, int rank_name)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	const struct first_hit *t;
	static struct match m;
	size_t n;

	for (t = table; t->query != NULL; t++) {
		n = search(t->query, 1, hits);
		ck_assert_msg(n > 0, "'%s' found nothing", t->query);
		ck_assert_msg(hits[0]->code == t->code,
			      "'%s' found %03u first, expected %03u", t->query,
			      hits[0]->code, t->code);
		if (!rank_name)
			continue;
		ck_assert_int_eq(match_prepare(&m, t->query, strlen(t->query)),
				 0);
		ck_assert_msg(match_rank(&m, hits[0]) == MATCH_NAME,
			      "'%s' is not a name of %03u", t->query,
			      hits[0]->code);
	}
}

START_TEST(search_matches_former_phrase)
{
	/* Every row of shared/reference/former-phrases.tsv, as written,
	 * in lowercase, in UPPER_SNAKE and as a CamelCase constant. */
	static const struct first_hit table[] = {
		{"Moved Temporarily", 302},
		{"moved temporarily", 302},
		{"MOVED_TEMPORARILY", 302},
		{"StatusMovedTemporarily", 302},
		{"Switch Proxy", 306},
		{"switch proxy", 306},
		{"SWITCH_PROXY", 306},
		{"StatusSwitchProxy", 306},
		{"Request Entity Too Large", 413},
		{"request entity too large", 413},
		{"REQUEST_ENTITY_TOO_LARGE", 413},
		{"RequestEntityTooLarge", 413},
		{"Payload Too Large", 413},
		{"payload too large", 413},
		{"PAYLOAD_TOO_LARGE", 413},
		{"StatusPayloadTooLarge", 413},
		{"Request-URI Too Long", 414},
		{"request-uri too long", 414},
		{"REQUEST_URI_TOO_LONG", 414},
		{"RequestURITooLong", 414},
		{"Requested Range Not Satisfiable", 416},
		{"requested range not satisfiable", 416},
		{"REQUESTED_RANGE_NOT_SATISFIABLE", 416},
		{"StatusRequestedRangeNotSatisfiable", 416},
		{"I'm a teapot", 418},
		{"i'm a teapot", 418},
		{"im a teapot", 418},
		{"IM_A_TEAPOT", 418},
		{"I'M_A_TEAPOT", 418},
		{"ImATeapot", 418},
		{"Unprocessable Entity", 422},
		{"unprocessable entity", 422},
		{"UNPROCESSABLE_ENTITY", 422},
		{"UnprocessableEntity", 422},
		{"Not Extended", 510},
		{"not extended", 510},
		{"NOT_EXTENDED", 510},
		{"StatusNotExtended", 510},
		{NULL, 0},
	};

	expect_first_hits(table, 1);
}
END_TEST

START_TEST(search_understands_constant_names)
{
	static const struct first_hit table[] = {
		{"NOT_FOUND", 404},
		{"not_found", 404},
		{":not_found", 404},
		{"NotFound", 404},
		{"StatusNotFound", 404},
		{"HTTP_NOT_FOUND", 404},
		{"SC_NOT_FOUND", 404},
		{"HTTPStatus.NOT_FOUND", 404},
		{"HTTP_404_NOT_FOUND", 404},
		{"HTTP_418_IM_A_TEAPOT", 418},
		{"HttpStatusCode.NotFound", 404},
		{"StatusTeapot", 418},
		{"IM_A_TEAPOT", 418},
		{"StatusProxyAuthRequired", 407},
		{"StatusRequestEntityTooLarge", 413},
		{"HTTP_REQUEST_URI_TOO_LONG", 414},
		{"codes.ok", 200},
		{"OK", 200},
		{NULL, 0},
	};

	expect_first_hits(table, 0);
}
END_TEST

START_TEST(search_keeps_prefix_word_when_it_is_all_there_is)
{
	static struct match m;

	/* "status" is a prefix of constants, but alone it is the word. */
	ck_assert_int_eq(match_prepare(&m, "HTTP_STATUS", 11), 0);
	ck_assert_uint_eq(m.nwords, 1);
	ck_assert_str_eq(m.words[0], "status");
	ck_assert_str_eq(m.norm, "|status|");
}
END_TEST

/* Whether an entry's origin names a vendor. */
static int
from_vendor(const struct registry_entry *e, const char *vendor)
{
	return e->origin != NULL && contains_ci(e->origin, vendor);
}

START_TEST(search_by_vendor_finds_only_its_entries)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	size_t n = search("cloudflare", 1, hits), expected = 0, i;

	ck_assert_uint_gt(n, 0);
	ck_assert_uint_eq(hits[0]->code, 520);
	for (i = 0; i < n; i++)
		ck_assert_msg(from_vendor(hits[i], "Cloudflare"),
			      "%03u %s is not from Cloudflare", hits[i]->code,
			      hits[i]->phrase);
	/* And all of them. */
	for (i = 0; i < registry_size(); i++)
		expected += from_vendor(registry_at(i), "Cloudflare");
	ck_assert_uint_eq(n, expected);
}
END_TEST

START_TEST(search_by_vendor_nginx_includes_444_and_499)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	size_t n = search("nginx", 1, hits), i;
	int seen444 = 0, seen499 = 0;

	for (i = 0; i < n; i++) {
		seen444 |= hits[i] == entry(444, 0);
		seen499 |= hits[i] == entry(499, 0);
	}
	ck_assert_msg(seen444, "444 No Response not found");
	ck_assert_msg(seen499, "499 Client Closed Request not found");
	/* The other 499, Esri's, has nothing to do with nginx. */
	for (i = 0; i < n; i++)
		ck_assert_ptr_ne(hits[i], entry(499, 1));
}
END_TEST

START_TEST(search_without_unofficial_hides_unofficial_entries)
{
	static const char *const queries[] = {
		"nginx", "cloudflare", "client closed request", "too large",
		"no response", "NOT_FOUND", NULL,
	};
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	const char *const *q;
	size_t n, i;

	for (q = queries; *q != NULL; q++) {
		n = search(*q, 0, hits);
		for (i = 0; i < n; i++)
			ck_assert_msg(registry_is_official(hits[i]),
				      "'%s' found unofficial %03u %s", *q,
				      hits[i]->code, hits[i]->phrase);
	}
	ck_assert_uint_eq(search("client closed request", 0, hits), 0);
	ck_assert_uint_gt(search("client closed request", 1, hits), 0);
}
END_TEST

START_TEST(search_by_exact_name_returns_only_that_entry)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];

	ck_assert_uint_eq(search("Not Found", 1, hits), 1);
	ck_assert_uint_eq(hits[0]->code, 404);
	ck_assert_uint_eq(search("payload too large", 1, hits), 1);
	ck_assert_uint_eq(hits[0]->code, 413);
}
END_TEST

START_TEST(search_ranks_word_matches_and_requires_every_word)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	size_t n = search("too large", 1, hits), i;

	ck_assert_uint_gt(n, 1);
	ck_assert_uint_eq(hits[0]->code, 413);
	for (i = 0; i < n; i++) {
		const struct registry_entry *e = hits[i];
		int too = contains_ci(e->phrase, "too") ||
			  contains_ci(e->aliases, "too") ||
			  contains_ci(e->description, "too");
		int large = contains_ci(e->phrase, "large") ||
			    contains_ci(e->aliases, "large") ||
			    contains_ci(e->description, "large");

		ck_assert_msg(too && large, "'too large' found %03u %s",
			      e->code, e->phrase);
	}
}
END_TEST

START_TEST(search_orders_by_rank_then_code)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	static struct match m;
	size_t n, i;

	ck_assert_int_eq(match_prepare(&m, "too large", 9), 0);
	n = match_search(&m, 1, hits, REGISTRY_MAX_ENTRIES);
	for (i = 1; i < n; i++) {
		enum match_rank a = match_rank(&m, hits[i - 1]);
		enum match_rank b = match_rank(&m, hits[i]);

		ck_assert_int_ne(b, MATCH_NONE);
		ck_assert_msg(a > b || (a == b && hits[i - 1] < hits[i]),
			      "%03u before %03u", hits[i - 1]->code,
			      hits[i]->code);
	}
}
END_TEST

START_TEST(search_stops_at_cap)
{
	const struct registry_entry *hits[2];
	static struct match m;

	ck_assert_int_eq(match_prepare(&m, "cloudflare", 10), 0);
	ck_assert_uint_eq(match_search(&m, 1, hits, 2), 2);
	ck_assert_uint_eq(hits[0]->code, 520);
	ck_assert_uint_eq(hits[1]->code, 521);
}
END_TEST

START_TEST(rank_grades_each_kind_of_match)
{
	static const struct ranked {
		const char *query;
		unsigned code;
		size_t i; /* which entry of the code */
		enum match_rank rank;
	} table[] = {
		{"Not Found", 404, 0, MATCH_NAME},
		{"NOT_FOUND", 404, 0, MATCH_NAME},
		{"found", 302, 0, MATCH_NAME},
		{"moved temporarily", 302, 0, MATCH_NAME},
		{"i am a teapot", 418, 0, MATCH_NAME},
		{"not", 404, 0, MATCH_WORDS},
		{"found", 404, 0, MATCH_WORDS},
		{"too large", 413, 0, MATCH_WORDS},
		{"StatusProxyAuthRequired", 407, 0, MATCH_WORDS},
		{"nginx", 499, 0, MATCH_WORDS},
		{"coffee", 418, 0, MATCH_ANYWHERE},
		{"teapot", 404, 0, MATCH_NONE},
		{"nginx", 499, 1, MATCH_NONE},
		{"not found", 410, 0, MATCH_NONE},
		{NULL, 0, 0, MATCH_NONE},
	};
	const struct ranked *t;
	static struct match m;

	for (t = table; t->query != NULL; t++) {
		enum match_rank r;

		ck_assert_int_eq(match_prepare(&m, t->query, strlen(t->query)),
				 0);
		r = match_rank(&m, entry(t->code, t->i));
		ck_assert_msg(r == t->rank,
			      "'%s' ranks %03u as %d, expected %d", t->query,
			      t->code, (int)r, (int)t->rank);
	}
}
END_TEST

/* Queries of 2-letter words, separated by spaces. */
static const char *
words_query(char *buf, size_t nwords)
{
	size_t i;

	for (i = 0; i < nwords; i++)
		memcpy(buf + 3 * i, "ab ", 3);
	buf[3 * nwords - 1] = '\0';
	return buf;
}

START_TEST(prepare_refuses_queries_without_words)
{
	static const char *const table[] = {
		"", "%s%n", "a", "a b c", "!!!", " ' ", "I'", NULL,
	};
	const char *const *t;
	static struct match m;

	for (t = table; *t != NULL; t++)
		ck_assert_msg(match_prepare(&m, *t, strlen(*t)) == -1,
			      "'%s' accepted", *t);
}
END_TEST

START_TEST(prepare_refuses_more_than_max_words)
{
	static struct match m;
	char buf[3 * (MATCH_MAX_WORDS + 1)];

	words_query(buf, MATCH_MAX_WORDS + 1);
	ck_assert_int_eq(match_prepare(&m, buf, strlen(buf)), -1);
	words_query(buf, MATCH_MAX_WORDS);
	ck_assert_int_eq(match_prepare(&m, buf, strlen(buf)), 0);
	ck_assert_uint_eq(m.nwords, MATCH_MAX_WORDS);
}
END_TEST

START_TEST(prepare_counts_only_words_of_two_letters_or_more)
{
	static struct match m;

	ck_assert_int_eq(match_prepare(&m, "I'm a teapot", 12), 0);
	ck_assert_uint_eq(m.nwords, 2);
	ck_assert_str_eq(m.words[0], "im");
	ck_assert_str_eq(m.words[1], "teapot");
	/* The one-letter word still counts in the whole name. */
	ck_assert_str_eq(m.norm, "|im a teapot|");
}
END_TEST

START_TEST(prepare_refuses_query_longer_than_query_max)
{
	static char buf[QUERY_MAX + 1];
	static struct match m;

	memset(buf, 'a', sizeof(buf));
	ck_assert_int_eq(match_prepare(&m, buf, sizeof(buf)), -1);
}
END_TEST

/* A query whose normal form is exactly QUERY_MAX bytes fills norm to the
 * last byte: '|', the query, '|' and the NUL. */
START_TEST(prepare_accepts_a_word_of_any_length)
{
	static char buf[QUERY_MAX + 1];
	static struct match m;

	memset(buf, 'y', QUERY_MAX);
	buf[QUERY_MAX] = '\0';
	ck_assert_int_eq(match_prepare(&m, buf, QUERY_MAX), 0);
	ck_assert_uint_eq(m.nwords, 1);
	ck_assert_uint_eq(strlen(m.words[0]), QUERY_MAX);
	ck_assert_uint_eq(match_search(&m, 1, NULL, 0), 0);
}
END_TEST

START_TEST(prepare_accepts_query_of_query_max)
{
	static char buf[QUERY_MAX + 1];
	static struct match m;
	size_t i;

	/* Seventeen words of QUERY_MAX bytes in all. */
	memset(buf, 'x', QUERY_MAX);
	for (i = 60; i < QUERY_MAX; i += 61)
		buf[i] = ' ';
	buf[QUERY_MAX] = '\0';
	ck_assert_msg(match_prepare(&m, buf, QUERY_MAX) == 0,
		      "a query of QUERY_MAX bytes refused (norm is a byte "
		      "short: see the comment above this test)");
	ck_assert_uint_eq(m.nwords, 17);
	ck_assert_uint_eq(strlen(m.norm), QUERY_MAX + 2);
}
END_TEST

START_TEST(check_pattern_refuses_patterns_that_explode)
{
	static const struct {
		const char *pattern;
		int ok;
	} cases[] = {
		{"teapot|coffee", 1},
		{"^4[0-9]{2}$", 1},
		{"a{1,255}b{1,255}c{1,255}", 1},
		{"((((((((((a+)+)+)+)+)+)+)+)+)+)+", 0},
		{"[[:alpha:]]+ [^]a-z]{2,3}", 1},
		{"x(", 1}, /* malformed, but cheap: regcomp reports it */
		{"\"++++++++++++++++++++++++++++++++", 0},
		{"((a{1,100}){1,100}){1,100}", 0},
		{"a{99999}", 0},
		{"(.*)*(.*)*\\1\\2", 0},
		{"\"++*+++++++++++", 0},
		{"a+*", 0},
		{"a*{2}", 0},
		{"(a+)*", 1},
		{"((()){1,100}){1,100}){1,100}", 0},
		{"((((((a*)+)+)+)+)+)+", 1},
		{"((((((((((((a*)+)+)+)+)+)+)+)+)+)+)+)+", 0},
		{"a{x}+", 1}, /* "{x}" is no bound, so + repeats a '}' */
		{"[\\1]x", 1}, /* in brackets a backslash is a backslash */
		{NULL, 0},
	};
	char why[128];
	size_t i;

	for (i = 0; cases[i].pattern != NULL; i++) {
		why[0] = '\0';
		ck_assert_msg((answer_check_pattern(cases[i].pattern, why,
						    sizeof(why)) == 0) == cases[i].ok,
			      "%s", cases[i].pattern);
		ck_assert_msg(cases[i].ok || why[0] != '\0', "%s: no reason",
			      cases[i].pattern);
	}
}
END_TEST

START_TEST(distance_counts_edits)
{
	static const struct distance {
		const char *a, *b;
		size_t d;
	} table[] = {
		{"teapot", "teapto", 1}, /* a swap of neighbours */
		{"kitten", "sitting", 3},
		{"", "abc", 3},
		{"abc", "", 3},
		{"", "", 0},
		{"abc", "abc", 0},
		{"ab", "ba", 1},
		{"not found", "not fuond", 1},
		{"found", "fund", 1},
		/* Optimal string alignment: a swapped pair is not edited
		 * again, so this is three, not two. */
		{"ca", "abc", 3},
		{NULL, NULL, 0},
	};
	const struct distance *t;

	for (t = table; t->a != NULL; t++) {
		size_t d = match_distance(t->a, strlen(t->a), t->b,
					  strlen(t->b));

		ck_assert_msg(d == t->d, "('%s', '%s') = %zu, expected %zu",
			      t->a, t->b, d, t->d);
		d = match_distance(t->b, strlen(t->b), t->a, strlen(t->a));
		ck_assert_msg(d == t->d, "('%s', '%s') = %zu, expected %zu",
			      t->b, t->a, d, t->d);
	}
}
END_TEST

START_TEST(suggest_finds_near_names)
{
	static const struct first_hit table[] = {
		{"teapto", 418},
		/* Two edits in six characters is as far as it goes... */
		{"tepxot", 418},
		{"not fuond", 404},
		{"Not Fuond", 404},
		{"unauthorised", 401},
		{"gatway timeout", 504},
		{NULL, 0},
	};
	const struct registry_entry *hits[3];
	const struct first_hit *t;
	size_t n;

	for (t = table; t->query != NULL; t++) {
		n = match_suggest(t->query, strlen(t->query), 1, hits, 3);
		ck_assert_msg(n > 0, "nothing suggested for '%s'", t->query);
		ck_assert_msg(hits[0]->code == t->code,
			      "'%s' suggests %03u first, expected %03u",
			      t->query, hits[0]->code, t->code);
	}
}
END_TEST

START_TEST(suggest_offers_nothing_far_away)
{
	static const char *const table[] = {
		"xyzzyplugh",
		/* ...and three is too far. */
		"teaxyz",
		"qq",
		"",
		"!!!",
		NULL,
	};
	const struct registry_entry *hits[3];
	const char *const *t;

	for (t = table; *t != NULL; t++)
		ck_assert_msg(match_suggest(*t, strlen(*t), 1, hits, 3) == 0,
			      "'%s' got a suggestion", *t);
}
END_TEST

START_TEST(suggest_offers_nothing_for_long_queries)
{
	const char *q = "not fuond not fuond not fuond not fuond not fuond "
			"not fuond not f"; /* 65 characters */
	const struct registry_entry *hits[3];

	ck_assert_uint_eq(strlen(q), 65);
	ck_assert_uint_eq(match_suggest(q, strlen(q), 1, hits, 3), 0);
}
END_TEST

static Suite *
match_suite(void)
{
	Suite *s = suite_create("match");
	TCase *tc;

	tc = tcase_create("normal form");
	tcase_add_test(tc, normalize_lowercases_and_separates_words);
	tcase_add_test(tc, normalize_splits_camel_case_only_when_asked);
	tcase_add_test(tc, normalize_keeps_utf8_bytes_as_letters);
	tcase_add_test(tc, normalize_reads_only_len_bytes);
	tcase_add_test(tc, normalize_output_bounded_by_cap_returns_cap);
	suite_add_tcase(s, tc);

	tc = tcase_create("search");
	tcase_add_test(tc, search_matches_former_phrase);
	tcase_add_test(tc, search_understands_constant_names);
	tcase_add_test(tc, search_keeps_prefix_word_when_it_is_all_there_is);
	tcase_add_test(tc, search_by_vendor_finds_only_its_entries);
	tcase_add_test(tc, search_by_vendor_nginx_includes_444_and_499);
	tcase_add_test(tc, search_without_unofficial_hides_unofficial_entries);
	suite_add_tcase(s, tc);

	tc = tcase_create("ranking");
	tcase_add_test(tc, search_by_exact_name_returns_only_that_entry);
	tcase_add_test(tc, search_ranks_word_matches_and_requires_every_word);
	tcase_add_test(tc, search_orders_by_rank_then_code);
	tcase_add_test(tc, search_stops_at_cap);
	tcase_add_test(tc, rank_grades_each_kind_of_match);
	suite_add_tcase(s, tc);

	tc = tcase_create("refusals");
	tcase_add_test(tc, check_pattern_refuses_patterns_that_explode);
	tcase_add_test(tc, prepare_refuses_queries_without_words);
	tcase_add_test(tc, prepare_refuses_more_than_max_words);
	tcase_add_test(tc, prepare_counts_only_words_of_two_letters_or_more);
	tcase_add_test(tc, prepare_refuses_query_longer_than_query_max);
	tcase_add_test(tc, prepare_accepts_query_of_query_max);
	tcase_add_test(tc, prepare_accepts_a_word_of_any_length);
	suite_add_tcase(s, tc);

	tc = tcase_create("suggestions");
	tcase_add_test(tc, distance_counts_edits);
	tcase_add_test(tc, suggest_finds_near_names);
	tcase_add_test(tc, suggest_offers_nothing_far_away);
	tcase_add_test(tc, suggest_offers_nothing_for_long_queries);
	suite_add_tcase(s, tc);

	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(match_suite());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed > 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
