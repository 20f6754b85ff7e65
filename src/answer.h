/* answer.h - answers one query: finds its entries, writes them or says why not. */
#ifndef HTTPSTATUS_ANSWER_H
#define HTTPSTATUS_ANSWER_H

#include <stddef.h>

#include "format.h"

struct cache;
struct pattern;
struct tally;

/* Exit statuses, as grep has them. */
enum { ANSWER_FOUND = 0, ANSWER_NOT_FOUND = 1, ANSWER_TROUBLE = 2 };

enum answer_show {
	SHOW_DEFAULT,  /* unofficial entries for codes and words, not spans */
	SHOW_ALL,      /* unofficial entries everywhere */
	SHOW_OFFICIAL, /* unofficial entries nowhere */
};

enum answer_detail {
	DETAIL_AUTO,  /* a code or a single entry in full, lists one line each */
	DETAIL_SHORT, /* one line each */
	DETAIL_LONG,  /* everything */
};

/* What every answer of one run shares: where and how it is written, which
 * entries it shows, and where in a stream it is, for messages. */
struct answer_context {
	struct format *format;
	enum answer_show show;
	enum answer_detail detail;
	int quiet;            /* report errors only (the writer discards) */
	int first;            /* at most one entry a query (--first) */
	int best;             /* one entry for a code or words; spans whole */
	const char *stream_name; /* "stdin" while answering line... */
	unsigned long line;   /* ...of a stream, named in messages */
	struct cache *cache;  /* when set, entries are written through it */
	struct tally *tally;  /* --count: each answer is counted, not written,
			       * and a line with none noted, not reported */
};

/*
 * In a stream (ctx->stream_name set) every query gets at least one
 * record, so that a script can join the answers back to its lines: a
 * query that cannot be answered gets an entry of status unknown
 * (registry_missing), and it is data, not a usage error, so it makes the
 * exit status ANSWER_NOT_FOUND.  Outside a stream only an unassigned code
 * gets such an entry, and only in the formats for programs.
 */

/* Checks that a query is well formed without answering it, so that a
 * usage error is caught before any output.  Returns 0, or -1 with the
 * reason in why (to follow the quoted query). */
int answer_check_query(const char *text, size_t len, char *why, size_t cap);

/* Answers a query (a code, class, mask, range or words); returns an
 * exit status.  Problems are reported on stderr.  text is the query
 * field of the entries written. */
int answer_query(struct answer_context *ctx, const char *text, size_t len);

/* Answers a line of a stream that is no query, whatever it holds: what
 * (such as "line holds a NUL byte") is reported, after the unknown
 * entry written for it; the query field is format->query as the caller
 * set it.  Returns ANSWER_NOT_FOUND. */
int answer_unreadable(struct answer_context *ctx, const char *what);

/* Entries whose "CODE PHRASE" line, phrase, an alias or description
 * match p.  A pattern too costly to match (see pattern.h) is reported
 * and answers ANSWER_TROUBLE, whatever it matched before. */
int answer_regex(struct answer_context *ctx, struct pattern *p);

/* Every entry (every official one unless SHOW_ALL). */
int answer_list(struct answer_context *ctx);

/* The entries a bare code shows: returns how many and points *first at
 * them, or returns 0 if none is shown.  They are the first of the code's
 * entries in the registry, whose order is the registered meaning first,
 * then vendors' from the most widely seen, so that answer_write keeps the
 * right one under --first. */
size_t answer_code_entries(const struct answer_context *ctx, unsigned code,
			   const struct registry_entry **first);

/* What the entries given to answer_write answer. */
enum answer_hits {
	HITS_LIST,   /* a span, -e or -l: every entry */
	HITS_CLASS,  /* a whole class (4xx): a list, its class explained first */
	HITS_LOOKUP, /* a code or words: ctx->best keeps the first entry */
};

/* Writes entries as the answer to one query, each in full or not as
 * ctx->detail says (full when it leaves the choice, but in a stream,
 * which is a list); --first keeps the first of any answer. */
void answer_write(struct answer_context *ctx,
		  const struct registry_entry *const *hits, size_t n, int full,
		  enum answer_hits what);

/* Whether an entry is shown for a query of this kind. */
int answer_shows(const struct answer_context *ctx,
		 const struct registry_entry *e, int for_span);

#endif
