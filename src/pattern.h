/* pattern.h - the regular expressions of -e, with a limit on every cost. */
#ifndef HTTPSTATUS_PATTERN_H
#define HTTPSTATUS_PATTERN_H

#include <stddef.h>

/*
 * Patterns are Perl-compatible (PCRE2), caseless and UTF-8 aware.  PCRE2
 * bounds what a pattern may cost, so no guess at its cost is needed here:
 * the pattern's length and its nesting of parentheses are limited when it
 * is compiled, the compiled form by PCRE2's own size limit, and matching
 * by the steps it takes over all its subjects together, and by how deep
 * each match may backtrack and in how much memory.
 * A pattern that reaches a limit is refused with a message that says so.
 */
#define PATTERN_LENGTH_MAX 256

struct pattern;

/* Compiles text; returns the pattern, or NULL with the reason in why. */
struct pattern *pattern_compile(const char *text, char *why, size_t cap);

/* Whether p matches subject[0..len): 1 or 0, or -1 with the reason in
 * why when matching it reached a limit. */
int pattern_match(struct pattern *p, const char *subject, size_t len,
		  char *why, size_t cap);

/* The text p was compiled from. */
const char *pattern_text(const struct pattern *p);

void pattern_free(struct pattern *p);

#endif
