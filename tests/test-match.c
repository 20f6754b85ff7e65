/* test-match.c - unit tests for the normal form of words and ranked search. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "match.h"
#include "query.h"
#include "registry.h"
#include "stem.h"
#include "unit.h"
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

/* Searches text; the query must be searchable. */
static size_t
search(const char *text, int with_unofficial,
       const struct registry_entry **hits)
{
	enum match_outcome outcome;
	size_t n = match_search(text, strlen(text), with_unofficial, hits,
				REGISTRY_MAX_ENTRIES, &outcome);

	ck_assert_msg(outcome == MATCH_FOUND, "'%s' refused (%d)", text,
		      (int)outcome);
	return n;
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

START_TEST(normalize_folds_latin1_letters_and_keeps_other_utf8)
{
	char out[64];

	/* é and È fold to e; ß to ss; × separates like punctuation. */
	ck_assert_uint_eq(words_normalize("Caf\xc3\xa9-CR\xc3\x88ME", 12, 0,
					  out, sizeof(out)),
			  10);
	ck_assert_str_eq(out, "cafe creme");
	ck_assert_uint_eq(words_normalize("Stra\xc3\x9f" "e 2\xc3\x97" "3", 12,
					  0, out, sizeof(out)),
			  11);
	ck_assert_str_eq(out, "strasse 2 3");
	/* The typographic apostrophe vanishes like the ASCII one. */
	words_normalize("I\xe2\x80\x99m a teapot", 14, 0, out, sizeof(out));
	ck_assert_str_eq(out, "im a teapot");
	/* Other UTF-8 is kept as letters. */
	ck_assert_uint_eq(words_normalize("\xe2\x82\xac", 3, 1, out,
					  sizeof(out)),
			  3);
	ck_assert_str_eq(out, "\xe2\x82\xac");
}
END_TEST

START_TEST(name_key_is_the_same_for_every_spelling_of_a_name)
{
	static const struct normal table[] = {
		{"Not Found", 0, "not found"},
		{"NOT_FOUND", 0, "not found"},
		{":not_found", 0, "not found"},
		{"StatusNotFound", 0, "not found"},
		{"HTTP_404_NOT_FOUND", 0, "not found"},
		{"Status404NotFound", 0, "not found"},
		{"StatusCodes.Status404NotFound", 0, "not found"},
		{"HttpURLConnection.HTTP_NOT_FOUND", 0, "not found"},
		{"web.HTTPNotFound", 0, "not found"},
		{"Response::HTTP_NOT_FOUND", 0, "not found"},
		{"notFound404", 0, "not found"},
		{"NotFoundException", 0, "not found"},
		{"NotFoundHttpException", 0, "not found"},
		{"werkzeug.exceptions.NotFound", 0, "not found"},
		{"Exception", 0, "exception"},
		{"RC_NOT_FOUND", 0, "not found"},
		{"Net::HTTPOK", 0, "ok"},
		{"Net::HTTPURITooLong", 0, "uri too long"},
		{"HTTPS_REQUIRED", 0, "https required"},
		{"HttpStatusCode.Redirect (.NET)", 0, "redirect"},
		{"HTTP Version Not Supported", 0, "version not supported"},
		{"HTTP_VERSION_NOT_SUPPORTED", 0, "version not supported"},
		/* Never every word: "status" alone is the name searched. */
		{"HTTP_STATUS", 0, "status"},
		{"status413", 0, "413"},
		/* Words typed in odd case are not a constant. */
		{"nOT fOUND", 0, "not found"},
		{NULL, 0, NULL},
	};
	const struct normal *t;
	char out[64];

	for (t = table; t->in != NULL; t++) {
		size_t n = words_name_key(t->in, strlen(t->in), out, sizeof(out));

		ck_assert_msg(n == strlen(t->out) && strcmp(out, t->out) == 0,
			      "'%s' -> '%s', expected '%s'", t->in, out, t->out);
	}
}
END_TEST

/* What a key leaves out of a name, and the whole of a name. */
/* Which single words are written as constants: an acronym's plural is
 * a word, an acronym run into a word is a name. */
START_TEST(constant_is_told_from_a_word)
{
	static const struct {
		const char *s;
		int constant;
	} table[] = {
		{"NOT_FOUND", 1}, {"StatusTeapot", 1}, {"IMUsed", 1},
		{"HTTPCreated", 1}, {"HTTPOk", 1},  {"status413", 1},
		{"URLs", 0},      {"APIs", 0},       {"HTTPS", 0},
		{"timeout", 0},   {"CORS", 0},       {"TLSv1", 0},
		{NULL, 0},
	};
	size_t i;

	for (i = 0; table[i].s != NULL; i++)
		ck_assert_msg(words_is_constant(table[i].s, strlen(table[i].s)) ==
				      table[i].constant,
			      "%s", table[i].s);
}
END_TEST

START_TEST(name_key_says_what_it_dropped)
{
	struct words_dropped how;
	char out[64];

	words_name_key_dropping("HttpResponsePermanentRedirect (Django)", 38,
				out, sizeof(out), &how);
	ck_assert_str_eq(out, "permanent redirect");
	ck_assert_uint_eq(how.words, 2);
	ck_assert_int_eq(how.qualifier, 0);
	words_name_key_dropping("HttpStatus.PERMANENT_REDIRECT", 29, out,
				sizeof(out), &how);
	ck_assert_str_eq(out, "permanent redirect");
	ck_assert_uint_eq(how.words, 0);
	ck_assert_int_eq(how.qualifier, 1);
	/* A symbol's colon qualifies nothing. */
	words_name_key_dropping(":permanent_redirect", 19, out, sizeof(out),
				&how);
	ck_assert_uint_eq(how.words, 0);
	ck_assert_int_eq(how.qualifier, 0);
	words_name_key_dropping("Permanent Redirect", 18, out, sizeof(out),
				&how);
	ck_assert_uint_eq(how.words, 0);
	ck_assert_int_eq(how.qualifier, 0);
	ck_assert_uint_eq(words_full_key("HttpStatus.SC_REQUEST_TOO_LONG "
					 "(Apache HttpComponents)",
					 54, out, sizeof(out)),
			  strlen("http status sc request too long"));
	ck_assert_str_eq(out, "http status sc request too long");
}
END_TEST

START_TEST(stop_words_are_function_words_and_single_letters)
{
	static const char *const stop[] = {"the", "is", "a", "x", "what",
					   "http", "status", "code", NULL};
	static const char *const kept[] = {"not", "no", "too", "found",
					   "error", "teapot", "them2", NULL};
	const char *const *w;

	for (w = stop; *w != NULL; w++)
		ck_assert_msg(words_is_stop(*w, strlen(*w)), "'%s' kept", *w);
	for (w = kept; *w != NULL; w++)
		ck_assert_msg(!words_is_stop(*w, strlen(*w)), "'%s' dropped", *w);
	/* Only the first len bytes count: "then" is not "the". */
	ck_assert(words_is_stop("then", 3));
	ck_assert(words_is_stop("then", 4));
	ck_assert(!words_is_stop("thenx", 5));
}
END_TEST

START_TEST(stem_joins_inflections)
{
	static const char *const pairs[][2] = {
		{"redirects", "redirect"}, {"redirection", "redirect"},
		{"throttled", "throttle"}, {"limiting", "limit"},
		{"successful", "success"}, {"timeouts", "timeout"},
		{"unauthorised", "unauthorized"}, {"authorisation", "authorization"},
		{"recognised", "recognize"}, {"cancelled", "canceled"},
		{NULL, NULL},
	};
	char a[STEM_WORD_MAX + 1], b[STEM_WORD_MAX + 1];
	size_t i;

	for (i = 0; pairs[i][0] != NULL; i++) {
		ck_assert_uint_gt(stem_word(pairs[i][0], strlen(pairs[i][0]), a),
				  0);
		ck_assert_uint_gt(stem_word(pairs[i][1], strlen(pairs[i][1]), b),
				  0);
		ck_assert_msg(strcmp(a, b) == 0, "%s -> %s but %s -> %s",
			      pairs[i][0], a, pairs[i][1], b);
	}
}
END_TEST

START_TEST(phrasal_verb_and_particle_are_one_term)
{
	static const struct phrasal_case {
		const char *verb, *particle, *term;
	} table[] = {
		/* Every inflection the stemmer joins, and irregular pasts. */
		{"logged", "in", "login"},    {"logging", "out", "logout"},
		{"signed", "in", "signin"},   {"timed", "out", "timeout"},
		{"hung", "up", "hangup"},     {"hangs", "up", "hangup"},
		{"gave", "up", "giveup"},     {"given", "up", "giveup"},
		{"set", "up", "setup"},
		/* Particles that change nothing are left alone. */
		{"slow", "down", NULL},       {"server", "down", NULL},
		{"log", "file", NULL},        {"logged", "by", NULL},
		{NULL, NULL, NULL},
	};
	char stem[STEM_WORD_MAX + 1], again[STEM_WORD_MAX + 1];
	const char *term;
	size_t i, len;

	for (i = 0; table[i].verb != NULL; i++) {
		len = stem_word(table[i].verb, strlen(table[i].verb), stem);
		ck_assert_uint_gt(len, 0);
		term = words_phrasal(stem, len, table[i].particle,
				     strlen(table[i].particle));
		if (table[i].term == NULL) {
			ck_assert_msg(term == NULL, "%s %s -> %s", table[i].verb,
				      table[i].particle, term);
			continue;
		}
		ck_assert_msg(term != NULL && strcmp(term, table[i].term) == 0,
			      "%s %s -> %s", table[i].verb, table[i].particle,
			      term ? term : "nothing");
		/* A term is its own stem, so that the closed compound a
		 * query may spell ("login") finds it. */
		ck_assert_uint_gt(stem_word(term, strlen(term), again), 0);
		ck_assert_str_eq(again, term);
	}
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

/* Each table ends with a sentinel row whose query is NULL.  With
 * only, the code must be the one answer. */
static void
expect_first_hits(const struct first_hit *table, int only)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	const struct first_hit *t;
	size_t n;

	for (t = table; t->query != NULL; t++) {
		n = search(t->query, 1, hits);
		ck_assert_msg(n > 0, "'%s' found nothing", t->query);
		ck_assert_msg(hits[0]->code == t->code,
			      "'%s' found %03u first, expected %03u", t->query,
			      hits[0]->code, t->code);
		ck_assert_msg(!only || n == 1, "'%s' found %zu entries",
			      t->query, n);
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

	expect_first_hits(table, 0);
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
		{"codes.ok", 200},
		{"HttpStatusCode.RedirectKeepVerb", 307},
		{"HttpStatusCode.RedirectMethod", 303},
		{"HttpStatusCode.Ambiguous", 300},
		{"HTTP_BAD_METHOD", 405},
		{"HttpURLConnection.HTTP_UNAVAILABLE", 503},
		/* An acronym run into a name, with or without a prefix. */
		{"IMUsed", 226},
		{"HTTPCreated", 201},
		{"HTTPOk", 200},
		/* A code spelled into a name that names nothing. */
		{"HTTP_511_NETWORD_AUTHENTICATION_REQUIRED", 511},
		{"imATeaPot418", 418},
		{NULL, 0},
	};

	/* A constant names one code, and gets it alone. */
	expect_first_hits(table, 1);
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

/* The position of e among hits[0..n), or n. */
static size_t
rank_of(const struct registry_entry *const *hits, size_t n,
	const struct registry_entry *e)
{
	size_t i;

	for (i = 0; i < n && hits[i] != e; i++)
		;
	return i;
}

START_TEST(search_reads_a_verb_and_its_particle_together)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	size_t n;

	/* "logged" is no log: 000's description speaks of access logs. */
	n = search("not logged in", 1, hits);
	ck_assert_ptr_eq(hits[0], entry(401, 0));
	ck_assert_uint_ge(rank_of(hits, n, entry(0, 0)), 3);
	/* "hung up" is not the "set up" of 506's description. */
	n = search("client hung up", 1, hits);
	ck_assert_ptr_eq(hits[0], entry(499, 0));
	ck_assert_uint_eq(rank_of(hits, n, entry(506, 0)), n);
	n = search("the client gave up", 1, hits);
	ck_assert_ptr_eq(hits[0], entry(499, 0));
}
END_TEST

START_TEST(search_finds_the_client_for_the_browser)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];

	ck_assert_uint_gt(search("browser closed", 1, hits), 0);
	ck_assert_ptr_eq(hits[0], entry(499, 0));
	/* The browser's own word still comes first where it is said. */
	ck_assert_uint_gt(search("unsupported browser", 1, hits), 0);
	ck_assert_uint_eq(hits[0]->code, 493);
}
END_TEST

START_TEST(search_weighs_words_of_degree_lightly)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	size_t n = search("too many redirects", 1, hits), i;

	/* The redirects, not 414 and 429, which have "too many" too. */
	ck_assert_uint_ge(n, 5);
	for (i = 0; i < 5; i++)
		ck_assert_msg(hits[i]->code / 100 == 3, "%03u in place %zu",
			      hits[i]->code, i);
	/* An entry with nothing but them is not shown beside them. */
	ck_assert_uint_eq(rank_of(hits, n, entry(429, 0)), n);
}
END_TEST

START_TEST(search_puts_defunct_vendors_after_live_ones)
{
	static const char *const queries[] = {
		"connection refused", "timeout", "headers too large",
		"upstream connection refused", "too many redirects", NULL,
	};
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	const char *const *q;
	size_t n, i;
	int defunct_seen;

	for (q = queries; *q != NULL; q++) {
		n = search(*q, 1, hits);
		defunct_seen = 0;
		for (i = 0; i < n; i++) {
			int defunct = hits[i]->origin != NULL &&
				      contains_ci(hits[i]->origin, "now defunct");

			ck_assert_msg(defunct || !defunct_seen,
				      "'%s': %03u %s after a defunct entry", *q,
				      hits[i]->code, hits[i]->phrase);
			defunct_seen |= defunct;
		}
		/* And live ones are not cut by a defunct one's score. */
		ck_assert_msg(n > 0 && (hits[0]->origin == NULL ||
					!contains_ci(hits[0]->origin,
						     "now defunct")),
			      "'%s' has only defunct answers", *q);
	}
}
END_TEST

START_TEST(search_by_code_and_words_answers_that_code_alone)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];

	ck_assert_uint_eq(search("request failed with status code 404", 1,
				 hits),
			  1);
	ck_assert_ptr_eq(hits[0], entry(404, 0));
	/* Both meanings of a code, unless the words name a vendor. */
	ck_assert_uint_eq(search("error 499 in the log", 1, hits), 2);
	ck_assert_uint_eq(search("nginx 499", 1, hits), 1);
	ck_assert_ptr_eq(hits[0], entry(499, 0));
	ck_assert_uint_eq(search("esri 499", 1, hits), 1);
	ck_assert_ptr_eq(hits[0], entry(499, 1));
	/* A vendor that has no meaning of the code changes nothing. */
	ck_assert_uint_eq(search("got 404 from cloudflare", 1, hits), 1);
	ck_assert_ptr_eq(hits[0], entry(404, 0));
	/* A code answers even among words no entry has. */
	ck_assert_uint_eq(search("xyzzy plugh 502", 1, hits), 1);
	ck_assert_ptr_eq(hits[0], entry(502, 0));
	/* Hidden entries stay hidden, named by their code or not. */
	ck_assert_uint_gt(search("error 499", 0, hits), 0);
	ck_assert(registry_is_official(hits[0]));
}
END_TEST

START_TEST(vendor_picks_the_meaning_of_a_code)
{
	const struct registry_entry *hits[4];

	ck_assert_uint_eq(match_vendor("nginx", 5, 499, hits, 4), 1);
	ck_assert_ptr_eq(hits[0], entry(499, 0));
	ck_assert_uint_eq(match_vendor("Esri", 4, 499, hits, 4), 1);
	ck_assert_ptr_eq(hits[0], entry(499, 1));
	/* Not a vendor of the code, or no vendor at all. */
	ck_assert_uint_eq(match_vendor("cloudflare", 10, 404, hits, 4), 0);
	ck_assert_uint_eq(match_vendor("client closed", 13, 499, hits, 4), 0);
	/* What an origin says of when or how is no vendor: "Edgio, now
	 * defunct", "Shopify, until 2018". */
	ck_assert_uint_eq(match_vendor("edgio", 5, 531, hits, 4), 1);
	ck_assert_uint_eq(match_vendor("now", 3, 531, hits, 4), 0);
	ck_assert_uint_eq(match_vendor("until", 5, 420, hits, 4), 0);
}
END_TEST

START_TEST(search_by_vendor_lists_its_codes_in_code_order)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	size_t n = search("nginx", 1, hits), i;

	/* 000 too: nginx logs it when it sent no status. */
	ck_assert_uint_gt(n, 1);
	ck_assert_ptr_eq(hits[0], entry(0, 0));
	for (i = 1; i < n; i++)
		ck_assert_uint_lt(registry_index(hits[i - 1]),
				  registry_index(hits[i]));
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
	ck_assert_uint_gt(search("client closed request", 1, hits), 0);
	ck_assert_ptr_eq(hits[0], entry(499, 0));
}
END_TEST

START_TEST(search_puts_registered_entry_first_on_a_shared_name)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];

	ck_assert_uint_eq(search("StatusRequestHeaderFieldsTooLarge", 1, hits),
			  2);
	ck_assert_ptr_eq(hits[0], entry(431, 0));
	ck_assert_uint_eq(search("StatusLoopDetected", 1, hits), 2);
	ck_assert_ptr_eq(hits[0], entry(508, 0));
	ck_assert_uint_gt(search("unauthorized", 1, hits), 1);
	ck_assert_ptr_eq(hits[0], entry(401, 0));
}
END_TEST

/* A constant that spells a code's phrase finds that code, however many
 * libraries' prefixes it has, before an alias whose key is the same only
 * once a class name is left out of it (Django's
 * HttpResponsePermanentRedirect, a 301); written whole, an alias is what
 * its library means, whatever its words say. */
START_TEST(search_by_constant_prefers_what_leaves_nothing_out)
{
	static const struct {
		const char *query;
		unsigned code;
	} table[] = {
		{"http.StatusPermanentRedirect", 308},
		{"HTTPStatus.PERMANENT_REDIRECT", 308},
		{"StatusCode::PERMANENT_REDIRECT", 308},
		{"StatusCodes.Status308PermanentRedirect", 308},
		{"HTTPPermanentRedirect", 308},
		{":permanent_redirect", 308},
		{"HttpResponsePermanentRedirect", 301},
		{"HttpStatus.SC_REQUEST_TOO_LONG", 413},
		{"HttpURLConnection.HTTP_REQ_TOO_LONG", 414},
		{"HttpStatusCode.Redirect", 302},
		{"codes.request_uri_too_long", 122},
		{"codes.retry", 449},
		{NULL, 0},
	};
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	size_t i;

	for (i = 0; table[i].query != NULL; i++) {
		size_t n = search(table[i].query, 1, hits);

		ck_assert_msg(n == 1 && hits[0]->code == table[i].code,
			      "%s: %zu hits, the first %03u, not %03u",
			      table[i].query, n, n ? hits[0]->code : 0,
			      table[i].code);
	}
	/* Unqualified, a name two libraries give two codes has both, the
	 * registered first: Perl's 414, requests' 122. */
	ck_assert_uint_eq(search("HTTP_REQUEST_URI_TOO_LONG", 1, hits), 2);
	ck_assert_uint_eq(hits[0]->code, 414);
	ck_assert_uint_eq(hits[1]->code, 122);
	/* And a library's qualified name is no name to plain words. */
	ck_assert_uint_ne(search("retry", 1, hits), 0);
	ck_assert_uint_ne(hits[0]->code, 449);
}
END_TEST

START_TEST(search_by_words_does_not_stop_at_an_exact_name)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	size_t n = search("redirect", 1, hits), i, registered = 0;
	int last_registered = -1, first_unofficial = -1;

	/* The registered redirects, 308 Permanent Redirect among the
	 * first, then the Exchange code whose phrase is Redirect: an
	 * unofficial name counts no more than a keyword.  300, which only
	 * Apache's class marker SC_REDIRECTION names so, may come later. */
	ck_assert_uint_ge(n, 6);
	ck_assert_uint_eq(hits[0]->code / 100, 3);
	for (i = 0; i < n; i++) {
		if (hits[i]->code == 300)
			continue;
		if (registry_is_official(hits[i])) {
			last_registered = (int)i;
			registered++;
		} else if (first_unofficial < 0) {
			first_unofficial = (int)i;
		}
	}
	ck_assert_uint_eq(registered, 5);
	ck_assert_int_lt(last_registered, first_unofficial);
}
END_TEST

START_TEST(search_matches_whole_words_not_substrings)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];

	/* "foo" is inside "Fools'", and "port" inside "Unsupported". */
	ck_assert_uint_eq(search("foo", 1, hits), 0);
	ck_assert_uint_eq(search("xyzzy", 1, hits), 0);
}
END_TEST

START_TEST(search_cuts_the_tail)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	size_t n = search("request", 1, hits);

	/* Most descriptions say "request": a cut keeps the list short. */
	ck_assert_uint_gt(n, 0);
	ck_assert_uint_lt(n, registry_size() / 3);
}
END_TEST

START_TEST(search_reports_queries_of_stop_words_and_no_words)
{
	const struct registry_entry *hits[4];
	enum match_outcome outcome;

	ck_assert_uint_eq(match_search("the", 3, 1, hits, 4, &outcome), 0);
	ck_assert_int_eq(outcome, MATCH_STOP_ONLY);
	ck_assert_int_eq(match_searchable("what is the", 11), MATCH_STOP_ONLY);
	ck_assert_uint_eq(match_search("!!!", 3, 1, hits, 4, &outcome), 0);
	ck_assert_int_eq(outcome, MATCH_NO_WORDS);
	ck_assert_int_eq(match_searchable("' '", 3), MATCH_NO_WORDS);
	ck_assert_int_eq(match_searchable("the teapot", 10), MATCH_FOUND);
}
END_TEST

START_TEST(search_stops_at_cap)
{
	const struct registry_entry *hits[2];
	enum match_outcome outcome;

	ck_assert_uint_eq(match_search("cloudflare", 10, 1, hits, 2, &outcome),
			  2);
	ck_assert_int_eq(outcome, MATCH_FOUND);
	ck_assert(from_vendor(hits[0], "Cloudflare"));
	ck_assert(from_vendor(hits[1], "Cloudflare"));
}
END_TEST

START_TEST(search_takes_queries_up_to_query_max)
{
	static char buf[QUERY_MAX + 1];
	const struct registry_entry *hits[4];
	enum match_outcome outcome;
	size_t i;

	/* Over a hundred words, each searched for: no limit but bytes. */
	memset(buf, 'x', QUERY_MAX);
	for (i = 0; i < QUERY_MAX; i += 8)
		memcpy(buf + i, "teapot  ", 8);
	ck_assert_uint_eq(match_search(buf, QUERY_MAX, 1, hits, 4, &outcome),
			  1);
	ck_assert_uint_eq(hits[0]->code, 418);
	memset(buf, 'y', QUERY_MAX);
	ck_assert_uint_eq(match_search(buf, QUERY_MAX, 1, hits, 4, &outcome),
			  0);
	ck_assert_int_eq(outcome, MATCH_FOUND);
	ck_assert_uint_eq(match_search(buf, QUERY_MAX + 1, 1, hits, 4,
				       &outcome),
			  0);
	ck_assert_int_eq(outcome, MATCH_NO_WORDS);
}
END_TEST

START_TEST(named_finds_the_entry_a_status_line_names)
{
	const struct registry_entry *hits[4];

	ck_assert_uint_eq(match_named("Not Found", 9, 404, hits, 4), 1);
	ck_assert_ptr_eq(hits[0], entry(404, 0));
	ck_assert_uint_eq(match_named("Request Entity Too Large", 24, 413, hits,
				      4),
			  1);
	ck_assert_uint_eq(match_named("Token Required", 14, 499, hits, 4), 1);
	ck_assert_ptr_eq(hits[0], entry(499, 1));
	/* A name of another code, or of none, names nothing here. */
	ck_assert_uint_eq(match_named("Not Found", 9, 410, hits, 4), 0);
	ck_assert_uint_eq(match_named("File not found", 14, 404, hits, 4), 0);
	/* Keywords are not names. */
	ck_assert_uint_eq(match_named("rate limit", 10, 429, hits, 4), 0);
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

/* match_distance_within rules strings out by their lengths, by their
 * letters and row by row; none of that may change what it finds: the
 * distance where it is within the limit, limit + 1 where it is not.
 * Random strings over four letters are near one another often enough
 * for every limit to fall on both sides. */
START_TEST(distance_within_agrees_with_the_whole_table)
{
	char a[24], b[24];
	size_t alen, blen, d, limit, got, i;
	unsigned seed = 20261207;
	int round;

	for (round = 0; round < 3000; round++) {
		alen = (seed = seed * 1103515245 + 12345) >> 16 & 15;
		blen = (seed = seed * 1103515245 + 12345) >> 16 & 15;
		for (i = 0; i < alen; i++)
			a[i] = "abcd"[(seed = seed * 1103515245 + 12345) >> 16 & 3];
		for (i = 0; i < blen; i++)
			b[i] = "abcd"[(seed = seed * 1103515245 + 12345) >> 16 & 3];
		d = match_distance(a, alen, b, blen);
		for (limit = 0; limit <= 17; limit++) {
			got = match_distance_within(a, alen, b, blen, limit);
			ck_assert_msg(got == (d <= limit ? d : limit + 1),
				      "('%.*s', '%.*s') within %zu = %zu, "
				      "distance %zu", (int)alen, a, (int)blen,
				      b, limit, got, d);
		}
	}
}
END_TEST

START_TEST(suggest_finds_near_names)
{
	static const struct first_hit table[] = {
		{"teapto", 418},
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
		/* One edit in six characters is as far as it goes. */
		"tepxot",
		"teaxyz",
		"qq",
		/* No edit in a word of three letters: "foo" is not "too". */
		"foo",
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

Suite *
unit_suite(void)
{
	Suite *s = suite_create("match");
	TCase *tc;

	tc = tcase_create("normal form");
	tcase_add_test(tc, normalize_lowercases_and_separates_words);
	tcase_add_test(tc, normalize_splits_camel_case_only_when_asked);
	tcase_add_test(tc, normalize_folds_latin1_letters_and_keeps_other_utf8);
	tcase_add_test(tc, normalize_reads_only_len_bytes);
	tcase_add_test(tc, normalize_output_bounded_by_cap_returns_cap);
	tcase_add_test(tc, name_key_is_the_same_for_every_spelling_of_a_name);
	tcase_add_test(tc, constant_is_told_from_a_word);
	tcase_add_test(tc, name_key_says_what_it_dropped);
	tcase_add_test(tc, stop_words_are_function_words_and_single_letters);
	tcase_add_test(tc, stem_joins_inflections);
	tcase_add_test(tc, phrasal_verb_and_particle_are_one_term);
	suite_add_tcase(s, tc);

	tc = tcase_create("search");
	tcase_add_test(tc, search_matches_former_phrase);
	tcase_add_test(tc, search_understands_constant_names);
	tcase_add_test(tc, search_by_vendor_finds_only_its_entries);
	tcase_add_test(tc, search_by_vendor_nginx_includes_444_and_499);
	tcase_add_test(tc, search_by_vendor_lists_its_codes_in_code_order);
	tcase_add_test(tc, vendor_picks_the_meaning_of_a_code);
	tcase_add_test(tc, search_reads_a_verb_and_its_particle_together);
	tcase_add_test(tc, search_finds_the_client_for_the_browser);
	tcase_add_test(tc, search_without_unofficial_hides_unofficial_entries);
	tcase_add_test(tc, search_matches_whole_words_not_substrings);
	tcase_add_test(tc, named_finds_the_entry_a_status_line_names);
	suite_add_tcase(s, tc);

	tc = tcase_create("ranking");
	tcase_add_test(tc, search_puts_registered_entry_first_on_a_shared_name);
	tcase_add_test(tc, search_by_constant_prefers_what_leaves_nothing_out);
	tcase_add_test(tc, search_by_words_does_not_stop_at_an_exact_name);
	tcase_add_test(tc, search_cuts_the_tail);
	tcase_add_test(tc, search_by_code_and_words_answers_that_code_alone);
	tcase_add_test(tc, search_weighs_words_of_degree_lightly);
	tcase_add_test(tc, search_puts_defunct_vendors_after_live_ones);
	tcase_add_test(tc, search_stops_at_cap);
	suite_add_tcase(s, tc);

	tc = tcase_create("refusals");
	tcase_add_test(tc, search_reports_queries_of_stop_words_and_no_words);
	tcase_add_test(tc, search_takes_queries_up_to_query_max);
	suite_add_tcase(s, tc);

	tc = tcase_create("suggestions");
	tcase_add_test(tc, distance_counts_edits);
	tcase_add_test(tc, distance_within_agrees_with_the_whole_table);
	tcase_add_test(tc, suggest_finds_near_names);
	tcase_add_test(tc, suggest_offers_nothing_far_away);
	tcase_add_test(tc, suggest_offers_nothing_for_long_queries);
	suite_add_tcase(s, tc);

	return s;
}
