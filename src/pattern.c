/* pattern.c - the regular expressions of -e, with a limit on every cost. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "pattern.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>

/* Deeper nesting than any search for a status name needs. */
#define NEST_MAX 32

/*
 * PCRE2's match limit counts backtracking from one starting point, so a
 * pattern that stays under it everywhere could still take seconds over a
 * whole registry.  An automatic callout before each item of the pattern
 * counts every step instead, over all the matches of a pattern together,
 * and stops at STEPS_MAX: that is the bound on time, a few tens of
 * milliseconds (see bench/).  The depth and heap limits bound the memory
 * of one match.
 */
#define STEPS_MAX 2000000
#define MATCH_DEPTH_MAX 2000
#define MATCH_HEAP_KIB 1024

struct pattern {
	const char *text;
	unsigned long steps;
	pcre2_code *code;
	pcre2_match_data *data;
	pcre2_match_context *context;
};

static int
count_step(pcre2_callout_block *block, void *data)
{
	struct pattern *p = data;

	(void)block;
	return ++p->steps > STEPS_MAX ? PCRE2_ERROR_CALLOUT : 0;
}

struct pattern *
pattern_compile(const char *text, char *why, size_t cap)
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
	pcre2_set_callout(p->context, count_step, p);
	/* Counted from each starting point, so no more than a backstop. */
	pcre2_set_match_limit(p->context, STEPS_MAX);
	pcre2_set_depth_limit(p->context, MATCH_DEPTH_MAX);
	pcre2_set_heap_limit(p->context, MATCH_HEAP_KIB);
	return p;
fail:
	pcre2_compile_context_free(cc);
	pattern_free(p);
	return NULL;
}

int
pattern_match(struct pattern *p, const char *subject, size_t len, char *why,
	      size_t cap)
{
	int rc = pcre2_match(p->code, (PCRE2_SPTR)subject, len, 0, 0, p->data,
			     p->context);

	if (rc >= 0)
		return 1;
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc == PCRE2_ERROR_CALLOUT || rc == PCRE2_ERROR_MATCHLIMIT)
		snprintf(why, cap, "too complex: matching it takes more than "
				   "%d steps", STEPS_MAX);
	else if (rc == PCRE2_ERROR_DEPTHLIMIT)
		snprintf(why, cap, "too complex: matching it backtracks more "
				   "than %d deep", MATCH_DEPTH_MAX);
	else if (rc == PCRE2_ERROR_HEAPLIMIT)
		snprintf(why, cap, "too complex: matching it needs more than "
				   "%d KiB", MATCH_HEAP_KIB);
	else
		snprintf(why, cap, "not matchable (PCRE2 error %d)", rc);
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
