/* words.h - the one normal form in which names and queries are compared. */
#ifndef HTTPSTATUS_WORDS_H
#define HTTPSTATUS_WORDS_H

#include <stddef.h>

/* Rewrites s[0..len) as lowercase words separated by single spaces:
 * "I'm a Teapot" -> "im a teapot", "Request-URI Too Long" -> "request
 * uri too long".  Apostrophes vanish so that contractions stay one word;
 * every other byte that is not an ASCII letter or digit separates words
 * (bytes of UTF-8 sequences are kept as letters).  With split_camel,
 * case changes also separate words, as constant names need:
 * "HTTPStatusNotFound" -> "http status not found".  Writes at most cap
 * bytes including the NUL; returns the length, or cap if it did not fit. */
size_t words_normalize(const char *s, size_t len, int split_camel, char *out,
		       size_t cap);

#endif
