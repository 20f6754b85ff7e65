/* match-suggest.c - the names nearest a query that matched nothing, by edit distance. */
#include "match.h"
#include "match-impl.h"

#include <string.h>

#include "query.h"
#include "words.h"

/* How many letters of a, or of b, have no partner in the other: an edit
 * distance is at least that, as a swap moves letters without changing
 * them and any other edit mends at most one letter on each side. */
static size_t
letters_apart(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t count[256] = {0};
	size_t i, shared = 0;

	for (i = 0; i < alen; i++)
		count[(unsigned char)a[i]]++;
	for (i = 0; i < blen; i++)
		if (count[(unsigned char)b[i]] > 0) {
			count[(unsigned char)b[i]]--;
			shared++;
		}
	return alen > blen ? alen - shared : blen - shared;
}

size_t
match_distance_within(const char *a, size_t alen, const char *b, size_t blen,
		      size_t limit)
{
	/* Three rows of the dynamic programme; names are short, and the
	 * caller bounds the query. */
	size_t rows[3][QUERY_MAX + 1];
	size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2], *t;
	size_t i, j, least;

	if (blen > QUERY_MAX)
		blen = QUERY_MAX;
	/* A long unknown word is far from most names: the lengths or the
	 * letters tell so without the table. */
	if ((alen > blen ? alen - blen : blen - alen) > limit ||
	    letters_apart(a, alen, b, blen) > limit)
		return limit + 1;
	for (j = 0; j <= blen; j++)
		prev[j] = j;
	for (i = 1; i <= alen; i++) {
		cur[0] = least = i;
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
			if (best < least)
				least = best;
		}
		/* Every way to the end crosses this row, or leaps it with a
		 * swap from the row before, which is then at least limit
		 * too: past limit here, past it at the end. */
		if (least > limit)
			return limit + 1;
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[blen] > limit ? limit + 1 : prev[blen];
}

size_t
match_distance(const char *a, size_t alen, const char *b, size_t blen)
{
	return match_distance_within(a, alen, b, blen, (size_t)-2);
}

/* The smallest distance up to limit from q to a name key, or to one word
 * of it when q is a single word ("teapto" is near "teapot"). */
static size_t
nearest(const char *q, size_t qlen, const char *key, size_t limit)
{
	size_t klen = strlen(key), best, d, len;
	const char *cursor = key, *w;

	/* No word of a key is longer than the key. */
	if (klen + limit < qlen)
		return limit + 1;
	best = match_distance_within(q, qlen, key, klen, limit);
	if (memchr(q, ' ', qlen) != NULL || strchr(key, ' ') == NULL)
		return best;
	while ((len = words_next(&cursor, &w)) > 0) {
		d = match_distance_within(q, qlen, w, len, limit);
		if (d < best)
			best = d;
	}
	return best;
}

size_t
match_suggest(const char *text, size_t len, int with_unofficial,
	      const struct registry_entry **hits, size_t cap)
{
	char q[NORM_MAX];
	size_t dist[REGISTRY_MAX_ENTRIES];
	size_t qlen, total = registry_size(), i, n = 0, best = (size_t)-1,
			 limit;

	if (len > QUERY_MAX)
		return 0;
	qlen = words_name_key(text, len, q, sizeof(q));
	/* Long queries are not typos of short names. */
	if (qlen == 0 || qlen > 64)
		return 0;
	if (total > REGISTRY_MAX_ENTRIES)
		total = REGISTRY_MAX_ENTRIES;
	/* One edit in three characters, none in a word of three: "foo"
	 * is no more a typo of "too" than of "for". */
	limit = (qlen - 1) / 3;
	for (i = 0; i < total; i++)
		dist[i] = (size_t)-1;
	for (i = 0; i < registry_name_count(); i++) {
		const struct registry_name *name = registry_name_at(i);
		size_t d;

		if (name->kind != REGISTRY_NAME_PHRASE ||
		    !match_visible(registry_at(name->entry), with_unofficial))
			continue;
		d = nearest(q, qlen, name->key, limit);
		if (d < dist[name->entry])
			dist[name->entry] = d;
		if (d < best)
			best = d;
	}
	if (best > limit)
		return 0;
	for (i = 0; i < total && n < cap; i++)
		if (dist[i] == best)
			hits[n++] = registry_at(i);
	return n;
}
