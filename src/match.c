/* match.c - finds entries by words, former names and constant names. */
#include "match.h"

#include <string.h>

#include "words.h"

/* Words that libraries put before the name of a status in their
 * constants: HTTP_NOT_FOUND, SC_NOT_FOUND, StatusNotFound,
 * HTTPStatus.NOT_FOUND, HttpStatusCode.NotFound, codes.not_found. */
static const char *const constant_prefixes[] = {
	"http", "status", "statuses", "code", "codes", "sc", "response",
	"httpstatus", "httpstatuscode",
};

/* Whether a query is written as a constant rather than as words: it has
 * an underscore, a colon or a dot, or mixes cases inside a word. */
static int
looks_like_constant(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '_' || s[i] == ':' || s[i] == '.')
			return 1;
		if (i > 0 && s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] >= 'a' &&
		    s[i - 1] <= 'z')
			return 1;
	}
	return 0;
}

static int
is_prefix_word(const char *w, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(constant_prefixes) / sizeof(constant_prefixes[0]);
	     i++)
		if (strlen(constant_prefixes[i]) == len &&
		    memcmp(constant_prefixes[i], w, len) == 0)
			return 1;
	return 0;
}

int
match_prepare(struct match *m, const char *text, size_t len)
{
	int constant = looks_like_constant(text, len);
	char *p, *start, *spaced;
	size_t n;

	if (len > QUERY_MAX)
		return -1;
	n = words_normalize(text, len, constant, m->lower, sizeof(m->lower));
	if (n == 0 || n >= sizeof(m->lower))
		return -1;

	start = m->lower;
	if (constant) {
		/* Drop the library's prefix words and a code spelled into
		 * the name (HTTP_404_NOT_FOUND), but never all words:
		 * "status" alone is still a word to look for. */
		for (;;) {
			char *space = strchr(start, ' ');
			size_t wlen = space ? (size_t)(space - start) : 0;

			if (space == NULL ||
			    !(is_prefix_word(start, wlen) ||
			      (wlen == 3 && strspn(start, "0123456789") == 3)))
				break;
			start = space + 1;
		}
	}
	m->norm[0] = '|';
	n = strlen(start);
	memcpy(m->norm + 1, start, n);
	m->norm[n + 1] = '|';
	m->norm[n + 2] = '\0';

	/* One-letter words ("a", the "s" and "n" of "%s%n") would match
	 * nearly every entry, so they count only as part of a whole name. */
	m->nwords = 0;
	spaced = m->spaced;
	for (p = start; *p;) {
		char *end = strchr(p, ' ');
		size_t wlen = end ? (size_t)(end - p) : strlen(p);

		if (wlen > 1) {
			if (m->nwords == MATCH_MAX_WORDS)
				return -1;
			/* Fits: the words and their spaces come from
			 * lower, plus a NUL and a space for each. */
			spaced[0] = ' ';
			memcpy(spaced + 1, p, wlen);
			spaced[wlen + 1] = '\0';
			m->prefixed[m->nwords] = spaced;
			m->words[m->nwords] = spaced + 1;
			m->nwords++;
			spaced += wlen + 2;
		}
		if (end == NULL)
			break;
		p = end + 1;
	}
	return m->nwords > 0 ? 0 : -1;
}

enum match_rank
match_rank(const struct match *m, const struct registry_entry *e)
{
	size_t i;

	if (strstr(e->names, m->norm) != NULL)
		return MATCH_NAME;
	for (i = 0; i < m->nwords; i++)
		if (strstr(e->words, m->prefixed[i]) == NULL)
			break;
	if (i == m->nwords)
		return MATCH_WORDS;
	for (i = 0; i < m->nwords; i++)
		if (strstr(e->haystack, m->words[i]) == NULL)
			return MATCH_NONE;
	return MATCH_ANYWHERE;
}

size_t
match_search(const struct match *m, int with_unofficial,
	     const struct registry_entry **hits, size_t cap)
{
	unsigned char ranks[REGISTRY_MAX_ENTRIES];
	size_t total = registry_size(), n = 0, i;
	int rank;

	for (i = 0; i < total && i < REGISTRY_MAX_ENTRIES; i++) {
		const struct registry_entry *e = registry_at(i);

		ranks[i] = MATCH_NONE;
		if (with_unofficial || registry_is_official(e))
			ranks[i] = (unsigned char)match_rank(m, e);
	}
	/* A pass per rank keeps code order within each rank.  A query
	 * that names a code exactly (NOT_FOUND, "Payload Too Large") gets
	 * that code alone, not the codes that merely mention its words. */
	for (rank = MATCH_NAME; rank > MATCH_NONE; rank--) {
		for (i = 0; i < total && i < REGISTRY_MAX_ENTRIES; i++)
			if (ranks[i] == rank && n < cap)
				hits[n++] = registry_at(i);
		if (rank == MATCH_NAME && n > 0)
			break;
	}
	return n;
}

size_t
match_distance(const char *a, size_t alen, const char *b, size_t blen)
{
	/* Three rows of the dynamic programme; names are short, and the
	 * caller bounds the query. */
	size_t rows[3][QUERY_MAX + 1];
	size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2], *t;
	size_t i, j;

	if (blen > QUERY_MAX)
		blen = QUERY_MAX;
	for (j = 0; j <= blen; j++)
		prev[j] = j;
	for (i = 1; i <= alen; i++) {
		cur[0] = i;
		for (j = 1; j <= blen; j++) {
			size_t cost = a[i - 1] != b[j - 1];
			size_t best = prev[j - 1] + cost;

			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;
			cur[j] = best;
		}
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[blen];
}

/* The smallest distance from q to a name of e, or to one word of a name
 * when q is a single word ("teapto" is near "teapot"). */
static size_t
nearest_name(const char *q, size_t qlen, const struct registry_entry *e)
{
	const char *p = e->names + 1, *end;
	size_t best = (size_t)-1, d;
	int one_word = memchr(q, ' ', qlen) == NULL;

	for (; (end = strchr(p, '|')) != NULL; p = end + 1) {
		const char *w = p, *wend;

		d = match_distance(q, qlen, p, (size_t)(end - p));
		if (d < best)
			best = d;
		while (one_word && w < end) {
			wend = memchr(w, ' ', (size_t)(end - w));
			if (wend == NULL)
				wend = end;
			d = match_distance(q, qlen, w, (size_t)(wend - w));
			if (d < best)
				best = d;
			w = wend + 1;
		}
	}
	return best;
}

size_t
match_suggest(const char *text, size_t len, int with_unofficial,
	      const struct registry_entry **hits, size_t cap)
{
	char q[QUERY_MAX + 1];
	size_t dist[REGISTRY_MAX_ENTRIES];
	size_t qlen, total = registry_size(), i, n = 0, best = (size_t)-1,
			 limit;

	qlen = words_normalize(text, len, looks_like_constant(text, len), q,
			       sizeof(q));
	/* Long queries are not typos of short names. */
	if (qlen == 0 || qlen > 64)
		return 0;
	for (i = 0; i < total && i < REGISTRY_MAX_ENTRIES; i++) {
		const struct registry_entry *e = registry_at(i);

		dist[i] = (size_t)-1;
		if (with_unofficial || registry_is_official(e))
			dist[i] = nearest_name(q, qlen, e);
		if (dist[i] < best)
			best = dist[i];
	}
	/* One edit in three characters, and at least one. */
	limit = qlen / 3 > 1 ? qlen / 3 : 1;
	if (best > limit)
		return 0;
	for (i = 0; i < total && i < REGISTRY_MAX_ENTRIES && n < cap; i++)
		if (dist[i] == best)
			hits[n++] = registry_at(i);
	return n;
}
