/* pattern.h - the regular expressions of -e, with a limit on every cost. */
#ifndef HTTPSTATUS_PATTERN_H
#define HTTPSTATUS_PATTERN_H

#include <stddef.h>

/*
 * Patterns are Perl-compatible (PCRE2), caseless and UTF-8 aware.  PCRE2
 * bounds what a pattern may cost, so no guess at its cost is needed here:
 * the pattern's length and its nesting of parentheses are limited when it
 * is compiled, the compiled form by PCRE2's own size limit, and each match
 * by how deep it may backtrack and in how much memory.  The time matching
 * takes is bounded by a budget that all the patterns of a run share: a
 * number of steps, and a time on the clock.
 * A pattern that reaches a limit is refused with a message that says so.
 */
#define PATTERN_LENGTH_MAX 256

/* What all the patterns of one run may spend on matching together.  One
 * step is one item of a pattern tried at one place in a subject.  Steps
 * make the common limit deterministic; the clock bounds the rest, as one
 * step such as \X*+ may scan a whole subject.  The clock counts only
 * once a run has taken PATTERN_STEPS_UNTIMED steps, so that no ordinary
 * search (a few thousand steps) is refused because the machine is slow
 * or busy.  That many steps, each scanning a whole description at the
 * generator's limit, take under 0.2 s (bench/pattern.sh). */
#define PATTERN_STEPS_MAX 1000000UL
#define PATTERN_STEPS_UNTIMED 20000UL
#define PATTERN_TIME_MAX_MS 50L

/* A budget is the caller's, shared by the patterns compiled with it, and
 * starts its clock at the first match. */
struct pattern_budget {
	unsigned long steps, steps_max;
	long time_max_ms;
	long long deadline_ns; /* on CLOCK_MONOTONIC; 0 before the first */
};

/* Sets b to spend nothing yet of steps_max steps and time_max_ms. */
void pattern_budget_init(struct pattern_budget *b, unsigned long steps_max,
			 long time_max_ms);

struct pattern;

/* Compiles text, to spend from b when matching; returns the pattern, or
 * NULL with the reason in why. */
struct pattern *pattern_compile(const char *text, struct pattern_budget *b,
				char *why, size_t cap);

/* Whether p matches subject[0..len): 1 or 0, or -1 with the reason in
 * why when matching it reached a limit. */
int pattern_match(struct pattern *p, const char *subject, size_t len,
		  char *why, size_t cap);

/* The text p was compiled from. */
const char *pattern_text(const struct pattern *p);

void pattern_free(struct pattern *p);

#endif
