/* match.h - ranked word search over the index the generator built. */
#ifndef HTTPSTATUS_MATCH_H
#define HTTPSTATUS_MATCH_H

#include <stddef.h>

#include "registry.h"

/*
 * How a text query is answered:
 *
 *  1. The query's name key (words_name_key) is looked up among the names
 *     and keywords of every entry.  A query written as a constant
 *     (NOT_FOUND, HttpStatusCode.Redirect) that names entries gets those
 *     alone.
 *  2. Otherwise its words, less stop words, are stemmed and looked up in
 *     the index; each entry scores the sum of its BM25F weights for them
 *     (see gen-index.c), times the share of the query's words it has.
 *     Words that no entry has are left out, unless they are half the
 *     query or more: then it matches nothing (and gets suggestions).
 *  3. Shown are the entries scoring at least MATCH_CUT of the best, and
 *     the exact ones: named by the query, with a keyword or a header
 *     field that is the query (Retry-After), or with their code among
 *     its words ("error 404").  When a
 *     registered entry is named by a query of several words, the others
 *     need all of its words and MATCH_CUT_NAMED of the best score.
 *  4. Registered entries named exactly come first; then the other exact
 *     ones (so an unofficial name counts as much as a keyword), those
 *     that must carry a header field the query spells first (see the
 *     BY_ values of match.c); then the rest.  Within each, by score,
 *     where an unofficial entry's score counts MATCH_UNOFFICIAL_PRIOR as
 *     much unless the query names its vendor: registered codes are what
 *     people mean far more often.
 */
#define MATCH_CUT 0.5
#define MATCH_CUT_NAMED 0.8
#define MATCH_UNOFFICIAL_PRIOR 0.5

enum match_outcome {
	MATCH_FOUND,     /* hits, maybe none */
	MATCH_NO_WORDS,  /* not one letter or digit */
	MATCH_STOP_ONLY, /* only words too common to search for */
};

/* Whether text can be searched: MATCH_FOUND, or why not. */
enum match_outcome match_check(const char *text, size_t len);

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

/* Up to cap entries whose names are nearest to a query that matched
 * nothing, by edit distance; none if nothing is near enough. */
size_t match_suggest(const char *text, size_t len, int with_unofficial,
		     const struct registry_entry **hits, size_t cap);

/* Optimal string alignment distance: insertions, deletions,
 * substitutions and swaps of neighbours each cost one. */
size_t match_distance(const char *a, size_t alen, const char *b, size_t blen);

#endif
