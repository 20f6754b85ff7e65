/* pattern.c - the regular expressions of -e, with a limit on every cost. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "pattern.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

/* Deeper nesting than any search for a status name needs. */
#define NEST_MAX 32

/*
 * PCRE2's match limit counts backtracking from one starting point, so a
 * pattern that stays under it everywhere could still take seconds over a
 * whole registry.  An automatic callout before each item of the pattern
 * counts every step instead, over all the matches of all the patterns of
 * a run, against their budget.  A step's cost is not fixed: \X*+ in a
 * lookahead scans to the end of the subject in one step, so the callout
 * also reads the clock, past the untimed steps (see pattern.h), every
 * CLOCK_EVERY steps to keep its cost small (a read costs a step or two).  The depth and heap limits bound the
 * memory of one match.
 */
#define CLOCK_EVERY 16
#define MATCH_DEPTH_MAX 2000
#define MATCH_HEAP_KIB 1024

struct pattern {
	const char *text;
	struct pattern_budget *budget;
	pcre2_code *code;
	pcre2_match_data *data;
	pcre2_match_context *context;
};

static long long
now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

void
pattern_budget_init(struct pattern_budget *b, unsigned long steps_max,
		    long time_max_ms)
{
	b->steps = 0;
	b->steps_max = steps_max;
	b->time_max_ms = time_max_ms;
	b->deadline_ns = 0;
}

/* PCRE2's own match limit, which holds fewer bits than a budget. */
static uint32_t
match_limit(const struct pattern_budget *b)
{
	return b->steps_max < UINT32_MAX ? (uint32_t)b->steps_max : UINT32_MAX;
}

/* Ends the match once the budget is spent: PCRE2 returns the callout's
 * negative value from pcre2_match. */
static int
count_step(pcre2_callout_block *block, void *data)
{
	struct pattern_budget *b = data;

	(void)block;
	if (++b->steps > b->steps_max)
		return PCRE2_ERROR_CALLOUT;
	if (b->steps > PATTERN_STEPS_UNTIMED && b->steps % CLOCK_EVERY == 0 &&
	    now_ns() > b->deadline_ns)
		return PCRE2_ERROR_CALLOUT;
	return 0;
}

struct pattern *
pattern_compile(const char *text, struct pattern_budget *b, char *why,
		size_t cap)
{
	pcre2_compile_context *cc;
	struct pattern *p;
	PCRE2_UCHAR message[120];
	PCRE2_SIZE offset;
	int err;

	p = calloc(1, sizeof(*p));
	cc = pcre2_compile_context_create(NULL);
	if (p == NULL || cc == NULL) {
		snprintf(why, cap, "out of memory");
		goto fail;
	}
	p->text = text;
	p->budget = b;
	pcre2_set_max_pattern_length(cc, PATTERN_LENGTH_MAX);
	pcre2_set_parens_nest_limit(cc, NEST_MAX);
	/* \C could split a UTF-8 character, and matching never needs it. */
	p->code = pcre2_compile((PCRE2_SPTR)text, PCRE2_ZERO_TERMINATED,
				PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP |
					PCRE2_NEVER_BACKSLASH_C |
					PCRE2_AUTO_CALLOUT,
				&err, &offset, cc);
	pcre2_compile_context_free(cc);
	cc = NULL;
	if (p->code == NULL) {
		if (err == PCRE2_ERROR_PATTERN_STRING_TOO_LONG)
			snprintf(why, cap, "longer than %d bytes",
				 PATTERN_LENGTH_MAX);
		else if (err == PCRE2_ERROR_PARENTHESES_NEST_TOO_DEEP)
			snprintf(why, cap, "too complex: parentheses nested "
					   "more than %d deep", NEST_MAX);
		else if (err == PCRE2_ERROR_PATTERN_TOO_LARGE)
			snprintf(why, cap, "too complex: it repeats groups "
					   "into more than PCRE2 can compile");
		else if (pcre2_get_error_message(err, message,
						 sizeof(message)) < 0)
			snprintf(why, cap, "PCRE2 error %d", err);
		else
			snprintf(why, cap, "%s (at offset %zu)", (char *)message,
				 (size_t)offset);
		goto fail;
	}
	p->data = pcre2_match_data_create(1, NULL);
	p->context = pcre2_match_context_create(NULL);
	if (p->data == NULL || p->context == NULL) {
		snprintf(why, cap, "out of memory");
		goto fail;
	}
	pcre2_set_callout(p->context, count_step, b);
	/* Counted from each starting point, so no more than a backstop. */
	pcre2_set_match_limit(p->context, match_limit(b));
	pcre2_set_depth_limit(p->context, MATCH_DEPTH_MAX);
	pcre2_set_heap_limit(p->context, MATCH_HEAP_KIB);
	return p;
fail:
	pcre2_compile_context_free(cc);
	pattern_free(p);
	return NULL;
}

/* Whether p sets itself a limit below ours, as (*LIMIT_MATCH=1) does:
 * then that is the limit that struck, and the message names it. */
static int
own_limit(const struct pattern *p, uint32_t what, uint32_t ours,
	  uint32_t *limit)
{
	return pcre2_pattern_info(p->code, what, limit) == 0 && *limit < ours;
}

int
pattern_match(struct pattern *p, const char *subject, size_t len, char *why,
	      size_t cap)
{
	struct pattern_budget *b = p->budget;
	PCRE2_UCHAR message[120];
	uint32_t own;
	int rc;

	if (b->deadline_ns == 0)
		b->deadline_ns = now_ns() + b->time_max_ms * 1000000LL;
	rc = pcre2_match(p->code, (PCRE2_SPTR)subject, len, 0, 0, p->data,
			 p->context);
	if (rc >= 0)
		return 1;
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc == PCRE2_ERROR_MATCHLIMIT &&
	    own_limit(p, PCRE2_INFO_MATCHLIMIT, match_limit(b), &own))
		snprintf(why, cap, "too complex for the limit it sets itself, "
				   "(*LIMIT_MATCH=%u)", own);
	else if (rc == PCRE2_ERROR_DEPTHLIMIT &&
		 own_limit(p, PCRE2_INFO_DEPTHLIMIT, MATCH_DEPTH_MAX, &own))
		snprintf(why, cap, "too complex for the limit it sets itself, "
				   "(*LIMIT_DEPTH=%u)", own);
	else if (rc == PCRE2_ERROR_HEAPLIMIT &&
		 own_limit(p, PCRE2_INFO_HEAPLIMIT, MATCH_HEAP_KIB, &own))
		snprintf(why, cap, "too complex for the limit it sets itself, "
				   "(*LIMIT_HEAP=%u)", own);
	else if (rc == PCRE2_ERROR_CALLOUT || rc == PCRE2_ERROR_MATCHLIMIT)
		snprintf(why, cap, "too complex: matching goes past the %lu "
				   "steps or %ld ms that all patterns share",
			 b->steps_max, b->time_max_ms);
	else if (rc == PCRE2_ERROR_DEPTHLIMIT)
		snprintf(why, cap, "too complex: matching it backtracks more "
				   "than %d deep", MATCH_DEPTH_MAX);
	else if (rc == PCRE2_ERROR_HEAPLIMIT)
		snprintf(why, cap, "too complex: matching it needs more than "
				   "%d KiB", MATCH_HEAP_KIB);
	else if (pcre2_get_error_message(rc, message, sizeof(message)) < 0)
		snprintf(why, cap, "not matchable (PCRE2 error %d)", rc);
	else
		snprintf(why, cap, "not matchable: %s", (char *)message);
	return -1;
}

const char *
pattern_text(const struct pattern *p)
{
	return p->text;
}

void
pattern_free(struct pattern *p)
{
	if (p == NULL)
		return;
	pcre2_match_context_free(p->context);
	pcre2_match_data_free(p->data);
	pcre2_code_free(p->code);
	free(p);
}
