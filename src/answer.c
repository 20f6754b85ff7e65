/* answer.c - answers one query: finds its entries, writes them or says why not. */
#include "answer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "code.h"
#include "diag.h"
#include "match.h"
#include "pattern.h"
#include "query.h"
#include "tally.h"

#define SUGGESTIONS 3
#define NO_WORDS "has no words to search for"

int
answer_shows(const struct answer_context *ctx, const struct registry_entry *e,
	     int for_span)
{
	if (registry_is_official(e))
		return 1;
	return ctx->show == SHOW_ALL ||
	       (ctx->show == SHOW_DEFAULT && !for_span);
}

size_t
answer_code_entries(const struct answer_context *ctx, unsigned code,
		    const struct registry_entry **first)
{
	size_t n = registry_find(code, first), shown = 0;

	/* Registered entries come first, and only unofficial ones can be
	 * hidden, so the entries shown are always the first few. */
	while (shown < n && answer_shows(ctx, &(*first)[shown], 0))
		shown++;
	return shown;
}

void
answer_write(struct answer_context *ctx,
	     const struct registry_entry *const *hits, size_t n, int full,
	     enum answer_hits what)
{
	/* A stream is a list: one line an entry unless -L asks for more. */
	int one_line = ctx->detail == DETAIL_SHORT ||
		       (ctx->detail == DETAIL_AUTO && ctx->stream_name != NULL);
	size_t i;

	/* A line counts once, for its first entry: the one it shows. */
	if (ctx->tally != NULL) {
		if (n > 0)
			tally_entry(ctx->tally, hits[0]);
		return;
	}
	if (ctx->detail != DETAIL_AUTO || one_line)
		full = ctx->detail == DETAIL_LONG;
	/* -L asks for everything, and a link is more than its text. */
	ctx->format->url_lines = ctx->detail == DETAIL_LONG;
	if (what == HITS_CLASS && !one_line)
		format_class(ctx->format,
			     registry_class(code_class(hits[0]->code)));
	/* n first: most answers are one entry. */
	if (n > 1 && (ctx->first || (ctx->best && what == HITS_LOOKUP)))
		n = 1;
	for (i = 0; i < n; i++) {
		if (ctx->cache != NULL)
			cache_entry(ctx->cache, ctx->format, hits[i], full);
		else
			format_entry(ctx->format, hits[i], full);
	}
}

/* Writes the entry of a query the registry has none for, if it gets one
 * (see answer.h): code may be REGISTRY_NO_CODE. */
static void
write_missing(const struct answer_context *ctx, unsigned code,
	      enum registry_status status)
{
	struct answer_context uncached = *ctx;
	struct registry_entry e;
	const struct registry_entry *hit = &e;

	if (!ctx->stream_name && (status == REGISTRY_UNKNOWN ||
				  ctx->format->kind == FORMAT_TEXT))
		return;
	registry_missing(&e, code, status);
	/* The cache keeps entries of the registry only. */
	uncached.cache = NULL;
	answer_write(&uncached, &hit, 1, 0, HITS_LIST);
}

/* "httpstatus: stdin:3: " or "httpstatus: " before a message, and the
 * quoted query if there is one.  With --quiet only errors are reported,
 * not queries that found nothing nor notes on an answer.  The answers so
 * far are written out first, so that stdout and stderr on one pipe keep
 * the order of the queries. */
static void
report(const struct answer_context *ctx, const char *quoted, const char *what,
       int status)
{
	const char *space = quoted ? " " : "";

	if (quoted == NULL)
		quoted = "";
	/* --count says once, at the end, how many lines went unanswered. */
	if (ctx->tally != NULL) {
		if (status != ANSWER_FOUND)
			tally_miss(ctx->tally, ctx->line, quoted, what);
		return;
	}
	if (ctx->quiet && status != ANSWER_TROUBLE)
		return;
	writer_flush(ctx->format->out);
	if (ctx->stream_name)
		diag_error("%s:%lu: %s%s%s", ctx->stream_name, ctx->line,
			   quoted, space, what);
	else
		diag_error("%s%s%s", quoted, space, what);
}

/* A query that gets no answer: its entry, if it gets one, then the
 * message.  In a stream a line is data, and one that cannot be answered
 * found nothing; elsewhere status stands.  Returns the exit status. */
static int
fail(struct answer_context *ctx, unsigned code, enum registry_status entry,
     const char *quoted, const char *what, int status)
{
	if (ctx->stream_name && status == ANSWER_TROUBLE)
		status = ANSWER_NOT_FOUND;
	write_missing(ctx, code, entry);
	report(ctx, quoted, what, status);
	return status;
}

int
answer_unreadable(struct answer_context *ctx, const char *what)
{
	return fail(ctx, REGISTRY_NO_CODE, REGISTRY_UNKNOWN, NULL, what,
		    ANSWER_NOT_FOUND);
}

int
answer_check_query(const char *text, size_t len, char *why, size_t cap)
{
	const struct registry_entry *first;
	struct query q;

	if (query_parse(text, len, &q, why, cap) < 0)
		return -1;
	/* 000, 600 and 783 are codes because vendors send them; 700 is not. */
	if (q.kind == QUERY_CODE && registry_class(code_class(q.lo)) == NULL &&
	    registry_find(q.lo, &first) == 0) {
		snprintf(why, cap, "%s", CODE_NOT_A_CODE);
		return -1;
	}
	if (q.kind == QUERY_TEXT &&
	    match_searchable(q.text, q.len) == MATCH_NO_WORDS) {
		snprintf(why, cap, "%s", NO_WORDS);
		return -1;
	}
	return 0;
}

/* A code with no entry to show: say what is known of it instead. */
static int
answer_missing_code(struct answer_context *ctx, const struct query *q,
		    size_t hidden)
{
	const struct registry_class *cls = registry_class(code_class(q->lo));
	const struct registry_entry *fallback;
	char quoted[DIAG_QUOTE_MAX], what[160];

	diag_quote(quoted, sizeof(quoted), q->text, q->len);
	if (hidden > 0)
		return fail(ctx, q->lo, REGISTRY_UNKNOWN, quoted,
			    "has only unofficial meanings, and --official "
			    "hides them",
			    ANSWER_NOT_FOUND);
	if (cls == NULL)
		return fail(ctx, q->lo, REGISTRY_UNKNOWN, quoted,
			    CODE_NOT_A_CODE, ANSWER_TROUBLE);
	registry_find(registry_treat_as(q->lo), &fallback);
	snprintf(what, sizeof(what),
		 "is an unassigned %uxx (%s) code; RFC 9110 tells clients "
		 "to treat it as %u %s",
		 cls->digit, cls->phrase, fallback->code, fallback->phrase);
	return fail(ctx, q->lo, REGISTRY_UNASSIGNED, quoted, what,
		    ANSWER_NOT_FOUND);
}

/* Keeps the entries of hits[0..n) that are shown for a code. */
static size_t
keep_shown(const struct answer_context *ctx, const struct registry_entry **hits,
	   size_t n)
{
	size_t kept = 0, i;

	for (i = 0; i < n; i++)
		if (answer_shows(ctx, hits[i], 0))
			hits[kept++] = hits[i];
	return kept;
}

/* A status line whose phrase the code is not known by ("HTTP/1.0 404
 * File not found"): said after the answer, so that it reads as a remark
 * on it, and without changing the exit status. */
static void
note_unknown_phrase(const struct answer_context *ctx, const struct query *q)
{
	char quoted[DIAG_QUOTE_MAX + 1], phrase[DIAG_QUOTE_MAX];
	char what[DIAG_QUOTE_MAX + 64];
	size_t len;

	diag_quote(quoted, DIAG_QUOTE_MAX, q->text, q->len);
	len = strlen(quoted);
	quoted[len] = ':';
	quoted[len + 1] = '\0';
	diag_quote(phrase, sizeof(phrase), q->phrase, q->phrase_len);
	snprintf(what, sizeof(what), "%s is not a reason phrase %03u is known by",
		 phrase, q->lo);
	report(ctx, quoted, what, ANSWER_FOUND);
}

/* A code, or a status line: the entries its phrase names, or if it
 * names none, the code's entries and a note. */
static int
answer_code(struct answer_context *ctx, const struct query *q)
{
	const struct registry_entry *first, *hits[REGISTRY_MAX_ENTRIES];
	size_t shown, i;

	if (q->phrase != NULL) {
		shown = match_named(q->phrase, q->phrase_len, q->lo, hits,
				    REGISTRY_MAX_ENTRIES);
		/* Not a phrase but the vendor whose meaning is asked for
		 * ("499 nginx"), as "nginx 499" asks a search. */
		if (shown == 0 && !q->version)
			shown = match_vendor(q->phrase, q->phrase_len, q->lo,
					     hits, REGISTRY_MAX_ENTRIES);
		shown = keep_shown(ctx, hits, shown);
		if (shown > 0) {
			answer_write(ctx, hits, shown, 1, HITS_LOOKUP);
			return ANSWER_FOUND;
		}
	}
	shown = answer_code_entries(ctx, q->lo, &first);
	if (shown == 0)
		return answer_missing_code(ctx, q,
					   registry_find(q->lo, &first));
	/* A server's status line with no phrase (HTTP/2 has none) is its
	 * registered meaning, where the code has one. */
	if (q->version && q->phrase == NULL && registry_is_official(first))
		shown = 1;
	for (i = 0; i < shown; i++)
		hits[i] = &first[i];
	answer_write(ctx, hits, shown, 1, HITS_LOOKUP);
	if (q->phrase != NULL)
		note_unknown_phrase(ctx, q);
	return ANSWER_FOUND;
}

static int
answer_span(struct answer_context *ctx, const struct query *q)
{
	const struct registry_entry *first, *hits[REGISTRY_MAX_ENTRIES];
	size_t shown = 0, n, i;
	unsigned code;
	char quoted[DIAG_QUOTE_MAX];

	for (code = q->lo; code <= q->hi; code++) {
		n = registry_find(code, &first);
		for (i = 0; i < n && shown < REGISTRY_MAX_ENTRIES; i++)
			if (answer_shows(ctx, &first[i], 1))
				hits[shown++] = &first[i];
	}
	/* --count files a line under one code, so a span of more counts as
	 * unknown, as one of none does. */
	if (shown == 0 || (shown > 1 && ctx->tally != NULL)) {
		diag_quote(quoted, sizeof(quoted), q->text, q->len);
		return fail(ctx, REGISTRY_NO_CODE, REGISTRY_UNKNOWN, quoted,
			    shown == 0 ? "holds no assigned code"
				       : "names more than one code, and "
					 "--count counts each line under one",
			    ANSWER_NOT_FOUND);
	}
	/* A whole class (4xx, 4) is explained before its codes are listed. */
	answer_write(ctx, hits, shown, shown == 1,
		     code_span_is_class(q->lo, q->hi) ? HITS_CLASS : HITS_LIST);
	return ANSWER_FOUND;
}

/* "did you mean 418 I'm a teapot?" for a query that matched nothing. */
static int
suggest(struct answer_context *ctx, const struct query *q, const char *quoted)
{
	const struct registry_entry *near[SUGGESTIONS];
	char what[512];
	size_t n, i, len;

	n = match_suggest(q->text, q->len, ctx->show != SHOW_OFFICIAL, near,
			  SUGGESTIONS);
	len = (size_t)snprintf(what, sizeof(what), "matches nothing");
	for (i = 0; i < n && len < sizeof(what); i++)
		len += (size_t)snprintf(what + len, sizeof(what) - len,
					"%s%03u %s", i == 0 ? "; did you mean "
						     : i + 1 == n ? " or "
								  : ", ",
					near[i]->code, near[i]->phrase);
	if (n > 0 && len < sizeof(what))
		snprintf(what + len, sizeof(what) - len, "?");
	return fail(ctx, REGISTRY_NO_CODE, REGISTRY_UNKNOWN, quoted, what,
		    ANSWER_NOT_FOUND);
}

static int
answer_text(struct answer_context *ctx, const struct query *q)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	char quoted[DIAG_QUOTE_MAX];
	enum match_outcome outcome;
	size_t n;

	n = match_search(q->text, q->len, ctx->show != SHOW_OFFICIAL, hits,
			 REGISTRY_MAX_ENTRIES, &outcome);
	if (outcome == MATCH_FOUND && n > 0) {
		answer_write(ctx, hits, n, n == 1, HITS_LOOKUP);
		return ANSWER_FOUND;
	}
	diag_quote(quoted, sizeof(quoted), q->text, q->len);
	if (outcome == MATCH_NO_WORDS)
		return fail(ctx, REGISTRY_NO_CODE, REGISTRY_UNKNOWN, quoted,
			    NO_WORDS, ANSWER_TROUBLE);
	if (outcome == MATCH_STOP_ONLY)
		return fail(ctx, REGISTRY_NO_CODE, REGISTRY_UNKNOWN, quoted,
			    "has only words too common to search for "
			    "(such as the, is, what)",
			    ANSWER_NOT_FOUND);
	return suggest(ctx, q, quoted);
}

int
answer_query(struct answer_context *ctx, const char *text, size_t len)
{
	struct query q;
	char why[160], quoted[DIAG_QUOTE_MAX];

	ctx->format->query = text;
	ctx->format->query_len = len;
	if (query_parse(text, len, &q, why, sizeof(why)) < 0) {
		diag_quote(quoted, sizeof(quoted), text, len);
		return fail(ctx, REGISTRY_NO_CODE, REGISTRY_UNKNOWN, quoted, why,
			    ANSWER_TROUBLE);
	}
	switch (q.kind) {
	case QUERY_CODE:
		return answer_code(ctx, &q);
	case QUERY_SPAN:
		return answer_span(ctx, &q);
	case QUERY_TEXT:
		break;
	}
	return answer_text(ctx, &q);
}

/* Whether p matches an entry: its "CODE PHRASE" line (so that ^5 and
 * ^30[12]  work as they do with grep over a list), its phrase, an alias or
 * its description.  1 or 0, or -1 with the reason in why. */
static int
pattern_matches_entry(struct pattern *p, const struct registry_entry *e,
		      char *why, size_t cap)
{
	char line[4 + REGISTRY_NAME_MAX + 1];
	size_t len, i;
	int rc;

	/* The generator keeps phrases within REGISTRY_NAME_MAX. */
	len = (size_t)snprintf(line, sizeof(line), "%03u %s", e->code,
			       e->phrase);
	if ((rc = pattern_match(p, line, len, why, cap)) != 0 ||
	    (rc = pattern_match(p, e->phrase, strlen(e->phrase), why, cap)) != 0 ||
	    (rc = pattern_match(p, e->description, strlen(e->description), why,
				cap)) != 0)
		return rc;
	for (i = 0; e->aliases[i] != NULL; i++)
		if ((rc = pattern_match(p, e->aliases[i], strlen(e->aliases[i]),
					why, cap)) != 0)
			return rc;
	return 0;
}

/* The entries p matches, into hits; their number, or -1 with the reason
 * in why. */
static long
pattern_hits(const struct answer_context *ctx, struct pattern *p,
	     const struct registry_entry **hits, char *why, size_t cap)
{
	size_t total = registry_size(), n = 0, i;
	int rc;

	for (i = 0; i < total && n < REGISTRY_MAX_ENTRIES; i++) {
		const struct registry_entry *e = registry_at(i);

		if (!answer_shows(ctx, e, 0))
			continue;
		if ((rc = pattern_matches_entry(p, e, why, cap)) < 0)
			return -1;
		if (rc > 0)
			hits[n++] = e;
	}
	return (long)n;
}

int
answer_regex(struct answer_context *ctx, struct pattern *p)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	char quoted[DIAG_QUOTE_MAX], why[160], what[DIAG_QUOTE_MAX + 200];
	const char *text = pattern_text(p);
	long n;

	ctx->format->query = text;
	ctx->format->query_len = strlen(text);
	n = pattern_hits(ctx, p, hits, why, sizeof(why));
	diag_quote(quoted, sizeof(quoted), text, strlen(text));
	if (n < 0) {
		snprintf(what, sizeof(what), "pattern %s is %s", quoted, why);
		report(ctx, NULL, what, ANSWER_TROUBLE);
		return ANSWER_TROUBLE;
	}
	if (n == 0) {
		snprintf(what, sizeof(what), "no entry matches the pattern %s",
			 quoted);
		report(ctx, NULL, what, ANSWER_NOT_FOUND);
		return ANSWER_NOT_FOUND;
	}
	answer_write(ctx, hits, (size_t)n, n == 1, HITS_LIST);
	return ANSWER_FOUND;
}

int
answer_list(struct answer_context *ctx)
{
	const struct registry_entry *hits[REGISTRY_MAX_ENTRIES];
	size_t total = registry_size(), n = 0, i;

	ctx->format->query = NULL;
	for (i = 0; i < total && n < REGISTRY_MAX_ENTRIES; i++)
		if (answer_shows(ctx, registry_at(i), 1))
			hits[n++] = registry_at(i);
	answer_write(ctx, hits, n, 0, HITS_LIST);
	return ANSWER_FOUND;
}
