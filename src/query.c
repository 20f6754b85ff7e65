/* query.c - what one query argument asks for: a code, a span, or words. */
#include "query.h"

#include <stdio.h>
#include <string.h>

#include "code.h"
#include "words.h"

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_x(char c)
{
	return c == 'x' || c == 'X';
}

static int
refuse(char *err, size_t errlen, const char *msg)
{
	snprintf(err, errlen, "%s", msg);
	return -1;
}

/* 4xx, 4XX, 4, 41x, 41: a class, mask or prefix, as a span. */
static int
parse_mask(const char *s, size_t len, struct query *q)
{
	size_t digits = 0, i;
	unsigned base = 0, width = 1;

	while (digits < len && is_digit(s[digits]))
		base = base * 10 + (unsigned)(s[digits++] - '0');
	if (digits == 0 || digits > 2)
		return -1;
	/* Either digits alone or digits padded to three places with x. */
	if (len != digits && len != 3)
		return -1;
	for (i = digits; i < len; i++)
		if (!is_x(s[i]))
			return -1;
	for (i = digits; i < 3; i++) {
		base *= 10;
		width *= 10;
	}
	q->kind = QUERY_SPAN;
	q->lo = base;
	q->hi = base + width - 1;
	return 0;
}

int
query_is_version(const char *s, size_t len)
{
	size_t i = 5;

	if (len < 6 || (s[0] | 0x20) != 'h' || (s[1] | 0x20) != 't' ||
	    (s[2] | 0x20) != 't' || (s[3] | 0x20) != 'p' || s[4] != '/' ||
	    !is_digit(s[5]))
		return 0;
	while (i < len && is_digit(s[i]))
		i++;
	if (i < len && s[i] == '.') {
		if (++i == len || !is_digit(s[i]))
			return 0;
		while (i < len && is_digit(s[i]))
			i++;
	}
	return i == len;
}

int
query_is_words(const char *arg)
{
	size_t first = 0;

	while (arg[first] != '\0' && !query_is_space(arg[first]))
		first++;
	/* A quoted status line ("HTTP/1.1 404 Not Found") is whole. */
	return arg[0] != '\0' && !is_digit(arg[0]) && arg[0] != '+' &&
	       arg[0] != '-' && !query_is_version(arg, first) &&
	       !words_is_constant(arg, strlen(arg));
}

/* "[HTTP/1.1 ]404[ Not Found]": a code, and a phrase if one follows.
 * Returns 0, or -1 if s is not a status line. */
static int
parse_status_line(const char *s, size_t len, struct query *q)
{
	size_t i = 0, version;

	for (version = 0; version < len && !query_is_space(s[version]); version++)
		;
	if (query_is_version(s, version))
		for (i = version; i < len && query_is_space(s[i]); i++)
			;
	else if (len > 0 && !is_digit(s[0]))
		return -1;
	if (len - i < 3 || code_parse(s + i, 3, &q->lo) < 0 ||
	    (len - i > 3 && !query_is_space(s[i + 3])))
		return -1;
	q->kind = QUERY_CODE;
	q->hi = q->lo;
	q->version = i > 0;
	for (i += 3; i < len && query_is_space(s[i]); i++)
		;
	/* A second number is not a phrase: "404 500" is a typo. */
	if (i < len && is_digit(s[i]))
		return -1;
	if (i < len) {
		q->phrase = s + i;
		q->phrase_len = len - i;
	}
	return 0;
}

int
query_is_server_status_line(const char *s, size_t len)
{
	struct query q;

	return parse_status_line(s, len, &q) == 0 && q.version;
}

int
query_parse(const char *arg, size_t len, struct query *q, char *err,
	    size_t errlen)
{
	const char *dash;
	size_t i;

	query_trim(&arg, &len);
	q->text = arg;
	q->len = len;
	q->phrase = NULL;
	q->phrase_len = 0;
	q->version = 0;
	if (len == 0)
		return refuse(err, errlen, "is an empty query");
	if (len > QUERY_MAX)
		return refuse(err, errlen, "is too long for a query");
	if (parse_status_line(arg, len, q) == 0)
		return 0;
	for (i = 0; i < len && !query_is_space(arg[i]); i++)
		;
	if (query_is_version(arg, i))
		return refuse(err, errlen,
			      "is not a status line (such as HTTP/1.1 404 "
			      "Not Found)");
	if (!is_digit(arg[0]) && arg[0] != '+' && arg[0] != '-') {
		q->kind = QUERY_TEXT;
		return 0;
	}

	if (code_parse(arg, len, &q->lo) == 0) {
		q->kind = QUERY_CODE;
		q->hi = q->lo;
		return 0;
	}
	dash = NULL;
	for (i = 0; i < len; i++)
		if (arg[i] == '-') {
			dash = arg + i;
			break;
		}
	if (dash != NULL && dash != arg) {
		if (code_parse(arg, (size_t)(dash - arg), &q->lo) < 0 ||
		    code_parse(dash + 1, len - (size_t)(dash - arg) - 1,
				 &q->hi) < 0)
			return refuse(err, errlen,
				      "is not a range (a range is two codes, "
				      "as in 400-417)");
		if (q->lo > q->hi)
			return refuse(err, errlen,
				      "is a range that runs backwards");
		if (q->lo < CODE_MIN || q->hi > CODE_MAX)
			return refuse(err, errlen,
				      "is a range outside HTTP status codes "
				      "(expected " CODE_STRING(CODE_MIN) "-"
				      CODE_STRING(CODE_MAX) ")");
		q->kind = QUERY_SPAN;
		return 0;
	}
	if (parse_mask(arg, len, q) == 0) {
		if (q->lo < CODE_MIN || q->hi > CODE_MAX)
			return refuse(err, errlen, CODE_NOT_A_CODE);
		return 0;
	}
	if (len > 3 && is_digit(arg[0]) && is_digit(arg[1]) && is_digit(arg[2]) &&
	    is_digit(arg[3]))
		return refuse(err, errlen, CODE_NOT_A_CODE);
	return refuse(err, errlen,
		      "is not a status code, class, mask or range "
		      "(such as 404, 4xx, 41x or 400-417)");
}
