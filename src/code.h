/* code.h - three-digit status codes: how they are read and written, and their classes. */
#ifndef HTTPSTATUS_CODE_H
#define HTTPSTATUS_CODE_H

#include <stddef.h>

/* HTTP's codes run from 100 to 599 in five classes, 1xx to 5xx, named by
 * their first digit (RFC 9110, Section 15).  Vendors also send codes
 * outside them (000, 600, 783), which belong to no class. */
#define CODE_MIN     100
#define CODE_MAX     599
#define CODE_CLASSES 5

#define CODE_STRING_(n) #n
#define CODE_STRING(n)  CODE_STRING_(n)

/* What a code outside every class and every vendor's use is told. */
#define CODE_NOT_A_CODE                                                    \
	"is not an HTTP status code (expected " CODE_STRING(CODE_MIN) "-"  \
	CODE_STRING(CODE_MAX) ")"

/* Reads a code of exactly three digits, s[0..len), into *code: 0, or -1
 * if s is anything else.  Inline, as a stream calls it for every line. */
static inline int
code_parse(const char *s, size_t len, unsigned *code)
{
	if (len != 3 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' ||
	    s[2] < '0' || s[2] > '9')
		return -1;
	*code = (unsigned)((s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0'));
	return 0;
}

/* Writes a code below 1000 as its three digits, with leading zeros. */
static inline void
code_format(unsigned code, char digits[3])
{
	digits[0] = (char)('0' + code / 100 % 10);
	digits[1] = (char)('0' + code / 10 % 10);
	digits[2] = (char)('0' + code % 10);
}

/* The class of a code, as its first digit 1 to 5, or 0 if it has none. */
static inline unsigned
code_class(unsigned code)
{
	return code >= CODE_MIN && code <= CODE_MAX ? code / 100 : 0;
}

/* Whether digit names a class, 1 to 5. */
static inline int
code_is_class(unsigned digit)
{
	return digit >= 1 && digit <= CODE_CLASSES;
}

/* The first code of a class: 400 for 4. */
static inline unsigned
code_class_first(unsigned digit)
{
	return digit * 100;
}

/* Whether lo..hi is one whole class, 400..499. */
static inline int
code_span_is_class(unsigned lo, unsigned hi)
{
	return code_class(lo) != 0 && lo % 100 == 0 && hi == lo + 99;
}

#endif
