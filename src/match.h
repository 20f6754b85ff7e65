/* match.h - ranked word search over the index the generator built. */
#ifndef HTTPSTATUS_MATCH_H
#define HTTPSTATUS_MATCH_H

#include <stddef.h>

#include "registry.h"

/*
 * How a text query is answered:
 *
 *  1. A constant written whole as a library spells it
 *     (HttpResponsePermanentRedirect, HttpStatus.SC_REQUEST_TOO_LONG)
 *     gets the entries with that alias alone.  Otherwise the query's
 *     name key (words_name_key) is looked up among the names and
 *     keywords of every entry, where an alias whose key left words out
 *     counts only if no name that left none out has the same key, and a
 *     qualified alias only for a constant (see names_surely).  A query
 *     written as a constant (NOT_FOUND, HttpStatusCode.Redirect) that
 *     names entries gets those alone; one that names none but has a code
 *     spelled into it (imATeaPot418) gets that code's.
 *  2. A query of nothing but a vendor's name ("nginx") gets every entry
 *     whose origin names that vendor, and those with a keyword that is
 *     the query, in code order.
 *  3. Otherwise its words, less stop words, are stemmed and looked up in
 *     the index, a verb and the particle that changes its meaning as one
 *     word ("logged in": "login", see words_phrasal); each entry scores
 *     the sum of its BM25F weights for them (see gen-index.c), times the
 *     share of the query's words it has.  Words of degree ("too",
 *     "many") count a quarter, and an entry that has only those is left
 *     out; "browser" looks for "client" too, at half its weight; an entry
 *     whose name or keyword the query holds among other words scores
 *     MATCH_PHRASE times as much; an unofficial entry's score counts
 *     MATCH_UNOFFICIAL_PRIOR as much unless the query names its vendor
 *     (registered codes are what people mean far more often), a defunct
 *     vendor's MATCH_DEFUNCT_PRIOR as much again.
 *     Words that no entry has are left out, unless they are half the
 *     query or more: then it matches nothing (and gets suggestions).
 *  4. A query with a code among its words ("request failed with status
 *     code 404") gets that code's entries alone, and of those only the
 *     vendors' it names, if it names any ("nginx 499").  Otherwise shown
 *     are the entries whose score before the priors is at least
 *     MATCH_CUT of the best score after them, and the exact ones: named
 *     by the query, or with a keyword or a header field that is the
 *     query (Retry-After).  When a registered entry is named by a query
 *     of several words, the others need all of its words and
 *     MATCH_CUT_NAMED of the best score.
 *  5. Entries of live vendors come before those of defunct ones; then
 *     registered entries named exactly; then the other exact ones (so
 *     an unofficial name counts as much as a keyword), those that must
 *     carry a header field the query spells first (see the BY_ values
 *     of match.c); then the rest; within each, by score.
 */
#define MATCH_CUT 0.5
#define MATCH_PHRASE 1.5
#define MATCH_CUT_NAMED 0.8
#define MATCH_UNOFFICIAL_PRIOR 0.5
#define MATCH_DEFUNCT_PRIOR 0.5

enum match_outcome {
	MATCH_FOUND,     /* hits, maybe none */
	MATCH_NO_WORDS,  /* not one letter or digit */
	MATCH_STOP_ONLY, /* only words too common to search for */
};

/* Whether text can be searched: MATCH_FOUND, or why not. */
enum match_outcome match_searchable(const char *text, size_t len);

/* Searches text, of at most QUERY_MAX bytes; writes up to cap entries,
 * best first, to hits (official ones only unless with_unofficial) and
 * returns how many, with the outcome in *outcome. */
size_t match_search(const char *text, size_t len, int with_unofficial,
		    const struct registry_entry **hits, size_t cap,
		    enum match_outcome *outcome);

/* The entries of code that have the name text[0..len) (a reason phrase
 * from a status line), registered first; returns how many. */
size_t match_named(const char *text, size_t len, unsigned code,
		   const struct registry_entry **hits, size_t cap);

/* The entries of code whose origin names a vendor that text[0..len)
 * names ("nginx" of "499 nginx"), in registry order; returns how many. */
size_t match_vendor(const char *text, size_t len, unsigned code,
		    const struct registry_entry **hits, size_t cap);

/* Up to cap entries whose names are nearest to a query that matched
 * nothing, by edit distance; none if nothing is near enough. */
size_t match_suggest(const char *text, size_t len, int with_unofficial,
		     const struct registry_entry **hits, size_t cap);

/* Optimal string alignment distance: insertions, deletions,
 * substitutions and swaps of neighbours each cost one. */
size_t match_distance(const char *a, size_t alen, const char *b, size_t blen);

/* The same if it is at most limit, else limit + 1, found sooner: a
 * suggestion needs no more. */
size_t match_distance_within(const char *a, size_t alen, const char *b,
			     size_t blen, size_t limit);

#endif
