/* log.c - finds the status in a line of a web server's access log. */
#include "log.h"

#include <stdio.h>
#include <string.h>

static int
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The field that starts at p, up to the next blank or end. */
static const char *
field_end(const char *p, const char *end)
{
	while (p < end && !is_blank(*p))
		p++;
	return p;
}

/*
 * The Common Log Format, which the Combined one extends with a referer
 * and a user agent and which servers let a site extend further, is
 *
 *	host ident user [time] "request" status bytes ...
 *
 * The request is the first quoted field: the host, ident, user and time
 * before it hold no quote, and an IPv6 host's colons do not matter.  Its
 * closing quote is the first one that no backslash escapes: Apache writes
 * a quote inside the request as \" and a backslash as \\, so a quote
 * after an odd number of backslashes is part of the request.  nginx
 * writes a quote as \x22, which holds none, and a connection that sent
 * no request as "-".  The status is the field right after the request.
 */
static const char *
combined_status(const char *line, size_t len, const char **status,
		size_t *status_len)
{
	const char *end = line + len, *open, *close, *p, *run;

	open = memchr(line, '"', len);
	if (open == NULL)
		return "has no quoted request, as a Common or Combined Log "
		       "Format line has";
	for (p = open + 1;; p = close + 1) {
		close = memchr(p, '"', (size_t)(end - p));
		if (close == NULL)
			return "has a request whose quote is never closed";
		for (run = close; run > open + 1 && run[-1] == '\\'; run--)
			;
		if ((close - run) % 2 == 0)
			break;
	}
	p = close + 1;
	if (p == end || !is_blank(*p))
		return "has no status after its quoted request";
	while (p < end && is_blank(*p))
		p++;
	if (p == end)
		return "has no status after its quoted request";
	*status = p;
	*status_len = (size_t)(field_end(p, end) - p);
	return NULL;
}

/* Fields as awk splits a line by default: runs of blanks separate them,
 * and blanks at either end begin or end none. */
static const char *
nth_field(const char *line, size_t len, unsigned long n, const char **field,
	  size_t *field_len)
{
	const char *p = line, *end = line + len, *stop;

	for (;;) {
		while (p < end && is_blank(*p))
			p++;
		if (p == end)
			return "has no field";
		stop = field_end(p, end);
		if (--n == 0)
			break;
		p = stop;
	}
	*field = p;
	*field_len = (size_t)(stop - p);
	return NULL;
}

int
log_status(const struct log_spec *spec, const char *line, size_t len,
	   const char **status, size_t *status_len, char *why, size_t cap)
{
	const char *reason;

	/* The CR of a CRLF line ends no field of it. */
	if (len > 0 && line[len - 1] == '\r')
		len--;
	if (spec->format == LOG_FIELD) {
		reason = nth_field(line, len, spec->field, status, status_len);
		if (reason != NULL)
			snprintf(why, cap, "%s %lu", reason, spec->field);
	} else {
		reason = combined_status(line, len, status, status_len);
		if (reason != NULL)
			snprintf(why, cap, "%s", reason);
	}
	return reason != NULL ? -1 : 0;
}
