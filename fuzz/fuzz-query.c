/* fuzz-query.c - libFuzzer harness: a query through parser, matcher, output. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "format.h"
#include "fuzz-common.h"
#include "match.h"
#include "pattern.h"
#include "query.h"
#include "registry.h"


/* Halves of the query longer than this are not compared by edit
 * distance, which costs the product of the lengths. */
#define DISTANCE_MAX 64

#define SUGGESTIONS 3

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int devnull = -1;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_quiet_stderr(argc, argv);
	devnull = fuzz_open_devnull();
	return 0;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f';
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* query_parse keeps the promises of query.h. */
static void
check_parse(const char *text, size_t len)
{
	struct query q;
	char err[160];

	err[0] = '\0';
	if (query_parse(text, len, &q, err, sizeof(err)) < 0) {
		if (err[0] == '\0' || memchr(err, '\0', sizeof(err)) == NULL)
			abort();
		return;
	}
	if (q.text < text || q.len == 0 || q.len > QUERY_MAX ||
	    q.len > len - (size_t)(q.text - text) || is_space(q.text[0]) ||
	    is_space(q.text[q.len - 1]))
		abort();
	switch (q.kind) {
	case QUERY_CODE:
		/* A bare code, or a status line whose phrase lies inside
		 * it, trimmed. */
		if (q.lo != q.hi || q.lo >= REGISTRY_CODE_LIMIT ||
		    (q.phrase == NULL && q.len != 3 && q.text[0] != 'H' &&
		     q.text[0] != 'h') ||
		    (q.phrase != NULL &&
		     (q.phrase < q.text || q.phrase_len == 0 ||
		      q.phrase + q.phrase_len != q.text + q.len ||
		      is_space(q.phrase[0]))))
			abort();
		break;
	case QUERY_SPAN:
		if (q.lo > q.hi || q.lo < 100 || q.hi > 599)
			abort();
		break;
	case QUERY_TEXT:
		if (is_digit(q.text[0]) || q.text[0] == '+' || q.text[0] == '-')
			abort();
		break;
	default:
		abort();
	}
}

/* The suggestions for a query that found nothing: few, shown, in order. */
static void
check_suggest(const char *text, size_t len, int with_unofficial)
{
	const struct registry_entry *near[SUGGESTIONS + 1];
	size_t n, i;

	n = match_suggest(text, len, with_unofficial, near, SUGGESTIONS);
	if (n > SUGGESTIONS)
		abort();
	for (i = 0; i < n; i++) {
		if (near[i] == NULL ||
		    (!with_unofficial && !registry_is_official(near[i])) ||
		    (i > 0 && near[i]->code < near[i - 1]->code))
			abort();
	}
}

/* A search returns shown entries, each once, and nothing unless found. */
static void
check_search(const char *text, size_t len, int with_unofficial)
{
	static const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	enum match_outcome outcome;
	size_t n, i, j;

	n = match_search(text, len, with_unofficial, hits,
			 REGISTRY_MAX_ENTRIES, &outcome);
	if (n > registry_size() || (outcome != MATCH_FOUND && n > 0) ||
	    outcome != match_searchable(text, len))
		abort();
	for (i = 0; i < n; i++) {
		if (hits[i] == NULL ||
		    (!with_unofficial && !registry_is_official(hits[i])))
			abort();
		for (j = 0; j < i; j++)
			if (hits[j] == hits[i])
				abort();
	}
}

/* Edit distance is a metric: the halves of the query are compared, and
 * with a limit, as a suggestion compares them. */
static void
check_distance(const char *text, size_t len)
{
	size_t alen = len / 2, blen = len - alen, d, limit;
	const char *a = text, *b = text + alen;

	if (alen > DISTANCE_MAX || blen > DISTANCE_MAX)
		return;
	d = match_distance(a, alen, b, blen);
	if (d != match_distance(b, blen, a, alen) ||
	    d > (alen > blen ? alen : blen) ||
	    d < (alen > blen ? alen - blen : blen - alen) ||
	    match_distance(a, alen, a, alen) != 0 ||
	    match_distance(a, alen, b, 0) != alen)
		abort();
	/* What rules a name out early never changes the answer. */
	for (limit = 0; limit <= d + 1; limit++)
		if (match_distance_within(a, alen, b, blen, limit) !=
		    (d <= limit ? d : limit + 1))
			abort();
}

/* answer_check_query refuses exactly the queries that answer_query calls
 * trouble, so that main() can refuse them before writing anything. */
static void
check_answer(struct fuzz_output *o, const char *text, size_t len)
{
	char why[160];
	int checked, rc;

	why[0] = '\0';
	checked = answer_check_query(text, len, why, sizeof(why));
	if (checked < 0 && why[0] == '\0')
		abort();
	rc = answer_query(&o->answer, text, len);
	if (rc < ANSWER_FOUND || rc > ANSWER_TROUBLE ||
	    (checked < 0) != (rc == ANSWER_TROUBLE))
		abort();
}

/* Length of the valid UTF-8 sequence at s, or 0: no overlong forms, no
 * surrogates, nothing past U+10FFFF (RFC 3629). */
static size_t
utf8_length(const unsigned char *s)
{
	size_t len, i;
	unsigned long cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
		cp = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		cp = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		cp = s[0] & 0x07;
	} else {
		return 0;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return len;
}

static int
hex_value(unsigned char c)
{
	if (is_digit((char)c))
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Reads the escape at p (a backslash) of a JSON string ending at end:
 * puts its UTF-8 in out and returns the bytes of out, or aborts when it is
 * not valid JSON.  *step is the length of the escape. */
static size_t
json_unescape(const unsigned char *p, const unsigned char *end,
	      char out[3], size_t *step)
{
	static const char names[] = "\"\\/bfnrt", values[] = "\"\\/\b\f\n\r\t";
	const char *name;
	unsigned long cp = 0;
	size_t i;
	int digit;

	if (end - p < 2)
		abort();
	if (p[1] != 'u') {
		name = p[1] != '\0' ? strchr(names, p[1]) : NULL;
		if (name == NULL)
			abort();
		out[0] = values[name - names];
		*step = 2;
		return 1;
	}
	if (end - p < 6)
		abort();
	for (i = 2; i < 6; i++) {
		if ((digit = hex_value(p[i])) < 0)
			abort();
		cp = cp << 4 | (unsigned long)digit;
	}
	*step = 6;
	/* Lone surrogates are valid JSON but no character: no output. */
	if (cp >= 0xd800 && cp <= 0xdfff)
		return 0;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	out[0] = (char)(0xe0 | cp >> 12);
	out[1] = (char)(0x80 | (cp >> 6 & 0x3f));
	out[2] = (char)(0x80 | (cp & 0x3f));
	return 3;
}

/* The text as a JSON string is valid JSON (RFC 8259) in valid UTF-8, and
 * text that is valid UTF-8 comes back from it unchanged. */
static void
check_json_string(const char *text, size_t len)
{
	struct writer w;
	const unsigned char *p, *end;
	char *back, one[4];
	size_t n = 0, step, k;
	int valid = 1;

	for (p = (const unsigned char *)text; *p; p += step)
		if ((step = utf8_length(p)) == 0) {
			valid = 0;
			step = 1;
		}
	/* fd -1: a flush would fail, but six bytes a byte fit the buffer. */
	writer_init(&w, -1);
	format_json_string(&w, text);
	if (w.error != 0 || w.len < 2 || w.buf[0] != '"' ||
	    w.buf[w.len - 1] != '"')
		abort();

	back = malloc(len + 1);
	if (back == NULL)
		abort();
	p = (const unsigned char *)w.buf + 1;
	end = (const unsigned char *)w.buf + w.len - 1;
	while (p < end) {
		if (*p == '\\') {
			k = json_unescape(p, end, one, &step);
		} else {
			if (*p < 0x20 || *p == '"' || (k = utf8_length(p)) == 0 ||
			    k > (size_t)(end - p))
				abort();
			memcpy(one, p, k);
			step = k;
		}
		if (n + k <= len)
			memcpy(back + n, one, k);
		n += k;
		p += step;
	}
	if (valid && (n != len || memcmp(back, text, len) != 0))
		abort();
	free(back);
}

/* The text as a TSV field: the same bytes, each control character a
 * space, so that no field can split a row or shift a column. */
static void
check_tsv_field(const char *text, size_t len)
{
	struct writer w;
	size_t i;

	writer_init(&w, -1);
	format_tsv_field(&w, text);
	if (w.error != 0 || w.len != len)
		abort();
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];

		if (w.buf[i] != (c < 0x20 || c == 0x7f ? ' ' : text[i]))
			abort();
	}
}

/* The text as a CSV cell (RFC 4180): quoted where it holds a comma or a
 * quote, with each quote doubled inside, and read back, the same bytes
 * but for control characters, which are spaces as in TSV. */
static void
check_csv_field(const char *text, size_t len)
{
	struct writer w;
	size_t i, at;
	int quoted = memchr(text, ',', len) != NULL ||
		     memchr(text, '"', len) != NULL;

	writer_init(&w, -1);
	format_csv_field(&w, text);
	if (w.error != 0 || w.len < (quoted ? 2 : 0) + len)
		abort();
	if (quoted && (w.buf[0] != '"' || w.buf[w.len - 1] != '"'))
		abort();
	at = quoted ? 1 : 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];

		if (c == '"') {
			if (at + 1 >= w.len || w.buf[at] != '"' ||
			    w.buf[at + 1] != '"')
				abort();
			at += 2;
			continue;
		}
		if (at >= w.len ||
		    w.buf[at] != (c < 0x20 || c == 0x7f ? ' ' : text[i]))
			abort();
		at++;
	}
	if (at + (quoted ? 1 : 0) != w.len)
		abort();
}

/* The query as the pattern of -e, compiled and matched as main() does:
 * refused, or an answer within the pattern's limits. */
static void
check_regex(struct fuzz_output *o, const char *text)
{
	struct pattern_budget budget;
	struct pattern *p;
	char why[160];

	why[0] = '\0';
	pattern_budget_init(&budget, PATTERN_STEPS_MAX, PATTERN_TIME_MAX_MS);
	p = pattern_compile(text, &budget, why, sizeof(why));
	if (p == NULL) {
		if (why[0] == '\0')
			abort();
		return;
	}
	if (answer_regex(&o->answer, p) > ANSWER_TROUBLE)
		abort();
	pattern_free(p);
}

/* The query as the argument of --fields. */
static void
check_fields(struct fuzz_output *o, const char *s, size_t len)
{
	struct format f;
	const char *bad;
	size_t badlen, i;

	format_init(&f, &o->out);
	if (format_parse_fields(&f, s, &bad, &badlen) < 0) {
		if (bad < s || badlen > len - (size_t)(bad - s))
			abort();
		return;
	}
	if (f.nfields == 0 || f.nfields > FIELD_COUNT)
		abort();
	for (i = 0; i < f.nfields; i++)
		if (f.fields[i] >= FIELD_COUNT ||
		    memchr(f.fields, f.fields[i], i) != NULL)
			abort();
}

/* What takes a C string: the query without its first NUL, if any. */
static void
check_strings(struct fuzz_output *o, const char *text, size_t len)
{
	char *s;

	if (memchr(text, '\0', len) != NULL)
		return;
	s = malloc(len + 1);
	if (s == NULL)
		abort();
	memcpy(s, text, len);
	s[len] = '\0';
	check_json_string(s, len);
	check_tsv_field(s, len);
	check_csv_field(s, len);
	check_fields(o, s, len);
	check_regex(o, s);
	free(s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_output o;
	size_t used = fuzz_options(&o, devnull, data, size);
	const char *text = (const char *)data + used;
	size_t len = size - used;

	check_parse(text, len);
	check_suggest(text, len, o.answer.show != SHOW_OFFICIAL);
	check_search(text, len, o.answer.show != SHOW_OFFICIAL);
	check_distance(text, len);
	fuzz_begin(&o);
	/* No query at all: --list, with these options. */
	if (len == 0 && answer_list(&o.answer) != ANSWER_FOUND)
		abort();
	check_answer(&o, text, len);
	check_strings(&o, text, len);
	fuzz_end(&o);
	return 0;
}
