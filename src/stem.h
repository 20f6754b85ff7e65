/* stem.h - English word stems (Snowball), the same for the data and queries. */
#ifndef HTTPSTATUS_STEM_H
#define HTTPSTATUS_STEM_H

#include <stddef.h>

/* The longest word that is stemmed; longer words are known by their
 * first STEM_WORD_MAX bytes, the same in the data and in queries. */
#define STEM_WORD_MAX 64

/* Writes the stem of the word w[0..len) (lowercase, in normal form) to
 * out, which has room for STEM_WORD_MAX + 1 bytes: "redirects",
 * "redirection" -> "redirect", "throttled" -> "throttl"; British -ise
 * spellings stem as American -ize ones.  Returns its length, or 0 for an
 * empty word or when the stemmer could not be set up (out of memory). */
size_t stem_word(const char *w, size_t len, char out[STEM_WORD_MAX + 1]);

/* Steps through words in normal form as words_next does, but a verb and
 * the particle that changes its meaning come as their one term
 * (words_phrasal): then *word points at the term, which is a stem
 * already, and *joined is set.  The generator and the search read words
 * through it alike.  Returns the length, or 0 at the end. */
size_t stem_next_term(const char **cursor, const char **word, int *joined);

#endif
