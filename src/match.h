/* match.h - finds entries by words, former names and constant names. */
#ifndef HTTPSTATUS_MATCH_H
#define HTTPSTATUS_MATCH_H

#include <stddef.h>

#include "query.h"
#include "registry.h"

#define MATCH_MAX_WORDS 32

/* How well an entry matches, best first. */
enum match_rank {
	MATCH_NONE,
	MATCH_ANYWHERE, /* every word somewhere, description included */
	MATCH_WORDS,    /* every word starts a word of a name or the origin */
	MATCH_NAME,     /* the query is the phrase or an alias */
};

struct match {
	char norm[QUERY_MAX + 3];  /* the query in normal form, between '|' */
	char lower[QUERY_MAX + 1]; /* the query in normal form */
	size_t nwords;
	const char *words[MATCH_MAX_WORDS];    /* the words to look for */
	const char *prefixed[MATCH_MAX_WORDS]; /* each after a space */
	char spaced[QUERY_MAX + 2 * MATCH_MAX_WORDS]; /* storage for those */
};

/* Prepares a text query.  Constant names from HTTP libraries in other
 * languages are understood: NOT_FOUND, :not_found, StatusNotFound,
 * HTTP_NOT_FOUND, SC_NOT_FOUND, HTTPStatus.NOT_FOUND, HTTP_404_NOT_FOUND.
 * Returns -1 when
 * the query holds no word of two letters or more, or too many words. */
int match_prepare(struct match *m, const char *text, size_t len);

enum match_rank match_rank(const struct match *m,
			   const struct registry_entry *e);

/* Every entry that matches, best first and in code order within a rank,
 * or only the entries named exactly when there are any; official entries
 * only unless with_unofficial.  Returns the count. */
size_t match_search(const struct match *m, int with_unofficial,
		    const struct registry_entry **hits, size_t cap);

/* Up to cap entries whose names are nearest to a query that matched
 * nothing, by edit distance; none if nothing is near enough. */
size_t match_suggest(const char *text, size_t len, int with_unofficial,
		     const struct registry_entry **hits, size_t cap);

/* Optimal string alignment distance: insertions, deletions,
 * substitutions and swaps of neighbours each cost one. */
size_t match_distance(const char *a, size_t alen, const char *b, size_t blen);

#endif
