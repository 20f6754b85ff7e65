/* words.h - the one normal form in which names, data and queries are compared. */
#ifndef HTTPSTATUS_WORDS_H
#define HTTPSTATUS_WORDS_H

#include <stddef.h>

/* Rewrites s[0..len) as lowercase words separated by single spaces:
 * "I'm a Teapot" -> "im a teapot", "Request-URI Too Long" -> "request
 * uri too long".  Apostrophes (' and U+2019) vanish so that contractions
 * stay one word; accented Latin-1 letters fold to their ASCII letter;
 * every other byte that is not an ASCII letter or digit separates words
 * (bytes of other UTF-8 sequences are kept as letters).  With
 * split_camel, case changes and the edges of a run of digits also
 * separate words, as constant names need: "HTTPStatusNotFound" -> "http
 * status not found", "Status404NotFound" -> "status 404 not found".
 * Writes at most cap bytes including the NUL; returns the length, or cap
 * if it did not fit. */
size_t words_normalize(const char *s, size_t len, int split_camel, char *out,
		       size_t cap);

/* Whether text is written as a programming constant rather than as
 * words: it has no space, and holds an underscore, a colon or a dot, a
 * capital right after a lowercase letter, an acronym run into a word, or
 * a three-digit code right after a letter (NOT_FOUND, :not_found,
 * HttpStatusCode.Gone, StatusTeapot, IMUsed, HTTPOk, status413). */
int words_is_constant(const char *s, size_t len);

/* The key under which a name is looked up, the same for a phrase, an
 * alias and a query: a trailing note in parentheses is dropped ("Redirect
 * (.NET)"); a constant loses its qualifier ("HttpStatusCode.",
 * "Response::") and is split at case changes; then the words that
 * libraries put before a name (http, status, sc, ...), a code spelled
 * into it and the words exception classes add at the end (Exception,
 * HttpException) are dropped, unless nothing would be left.  So NOT_FOUND,
 * StatusNotFound, HTTP_404_NOT_FOUND, Status404NotFound and "Not Found"
 * all have the key "not found".  Returns the length, or cap if it did not
 * fit in out[0..cap). */
size_t words_name_key(const char *s, size_t len, char *out, size_t cap);

/* What words_name_key left out of a name to reach its key. */
struct words_dropped {
	int qualifier; /* "HttpStatusCode." of HttpStatusCode.Redirect */
	size_t words;  /* prefix words, codes and exception words: two of
			* Django's HttpResponsePermanentRedirect */
};

/* words_name_key, saying in *dropped what it left out. */
size_t words_name_key_dropping(const char *s, size_t len, char *out,
			       size_t cap, struct words_dropped *dropped);

/* The whole of a name in normal form, qualifier and prefix words and
 * all, split at case changes if it is a constant: "http status code
 * redirect" of HttpStatusCode.Redirect.  Its trailing note is dropped,
 * as words_name_key drops it.  Returns the length, or cap if it did not
 * fit in out[0..cap). */
size_t words_full_key(const char *s, size_t len, char *out, size_t cap);

/* Compares a NUL-terminated key of a sorted table with s[0..len), as
 * strcmp would compare key with s as a string of its own. */
int words_compare_key(const char *key, const char *s, size_t len);

/* The binary search of every sorted table of keys (the index, the names,
 * the stop words): items holds n elements of size bytes, sorted by their
 * key, a NUL-terminated string that each element begins with (a table of
 * strings, or structs whose first member is the key).  Returns the first
 * element whose key is not below s[0..len), and sets *found to whether
 * its key is s. */
size_t words_search(const void *items, size_t n, size_t size, const char *s,
		    size_t len, int *found);

/* Whether a word in normal form is too common to search for: English
 * function words ("the", "is", "what") and the words every entry is
 * about ("http", "status", "code").  Words of one letter are, too. */
int words_is_stop(const char *w, size_t len);

/* The one term that a verb and the particle after it stand for, where
 * the particle changes what the verb means ("logged in" is about
 * signing in, not about a log; a client that "hung up" has nothing to do
 * with a variant "set up" to negotiate): the stem of the closed compound
 * where English has one ("login", "timeout", "setup"), so that "logged
 * in", "log in" and "login" are one word.  stem is the verb's stem (its
 * irregular past as written: "hung", "gave"), particle the next word in
 * normal form.  Returns the term, or NULL if the two are no such pair.
 * The generator and the search both join words through it, so data and
 * queries agree. */
const char *words_phrasal(const char *stem, size_t stemlen,
			  const char *particle, size_t particlelen);

/* Whether a word in normal form is the particle of any such pair ("up",
 * "in"): the verb before any other word need not be stemmed to know. */
int words_is_particle(const char *w, size_t len);

/* Steps through the space-separated words of a string in normal form:
 * points *word at the next word after *cursor, moves *cursor past it and
 * returns its length; returns 0 at the end.
 *	for (p = s; (len = words_next(&p, &w)) > 0;) ... */
size_t words_next(const char **cursor, const char **word);

#endif
