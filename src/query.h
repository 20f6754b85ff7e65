/* query.h - what one query argument asks for: a code, a span, or words. */
#ifndef HTTPSTATUS_QUERY_H
#define HTTPSTATUS_QUERY_H

#include <stddef.h>

enum query_kind {
	QUERY_CODE,  /* 404, or a status line: HTTP/1.1 404 Not Found */
	QUERY_SPAN,  /* 4xx, 4, 41x, 41, 400-417: the codes in lo..hi */
	QUERY_TEXT,  /* anything else: words to match */
};

struct query {
	enum query_kind kind;
	unsigned lo, hi;  /* the code (lo == hi) or the span */
	const char *text; /* the query, trimmed; not NUL-terminated */
	size_t len;
	const char *phrase; /* the reason phrase of a status line, or NULL */
	size_t phrase_len;
	int version;        /* a status line that begins with HTTP/1.1 */
};

/* Longest query that is considered: longer ones are refused whole rather
 * than cut, so that nothing is matched against half a query. */
#define QUERY_MAX 1024

/* White space, around a query or between the parts of a status line. */
static inline int
query_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f';
}

/* Narrows s[0..*len) to leave out the white space around it.  Inline, as
 * a stream calls it for every line. */
static inline void
query_trim(const char **s, size_t *len)
{
	while (*len > 0 && query_is_space((*s)[0])) {
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && query_is_space((*s)[*len - 1]))
		(*len)--;
}

/* Parses one query of len bytes.  Surrounding white space is ignored.
 * A status line, as servers send it or as people quote it ("HTTP/1.1 404
 * Not Found", "HTTP/2 503", "404 Not Found"), is a code with a phrase.
 * Other text that starts with a digit, '+' or '-' must be a well-formed
 * code, class, mask or range.  Returns 0, or -1 with a message (which names
 * no argument: the caller quotes it) in err. */
int query_parse(const char *arg, size_t len, struct query *q, char *err,
		size_t errlen);

/* Whether an argument is plain words (not a code, class, mask, range,
 * status line, "-" or a constant name such as NOT_FOUND), which join
 * their plain neighbours into one query. */
int query_is_words(const char *arg);

/* Whether a trimmed text is a status line as a server sends it, with its
 * HTTP version ("HTTP/1.1 301 Moved Permanently", "HTTP/2 200"): what
 * query_parse reads as a code and its version.  It reads only that much,
 * for a caller that has the query parsed already. */
int query_is_server_status_line(const char *s, size_t len);

/* Whether an argument is an HTTP version ("HTTP/1.1", "HTTP/2"), which
 * starts a status line. */
int query_is_version(const char *arg, size_t len);

#endif
