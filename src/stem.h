/* stem.h - English word stems (Snowball), the same for the data and queries. */
#ifndef HTTPSTATUS_STEM_H
#define HTTPSTATUS_STEM_H

#include <stddef.h>

/* The longest word that is stemmed; longer words are kept as they are,
 * since no word of the registry is that long. */
#define STEM_WORD_MAX 64

/* Writes the stem of the word w[0..len) (lowercase, in normal form) to
 * out, which has room for STEM_WORD_MAX + 1 bytes: "redirects",
 * "redirection" -> "redirect", "throttled" -> "throttl".  Returns its
 * length, or 0 when the word is too long or the stemmer could not be
 * set up. */
size_t stem_word(const char *w, size_t len, char out[STEM_WORD_MAX + 1]);

#endif
