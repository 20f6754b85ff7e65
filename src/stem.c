/* stem.c - English word stems (Snowball), the same for the data and queries. */
#include "stem.h"

#include <libstemmer.h>
#include <string.h>

#include "words.h"

/* British spellings in -ise (-ised, -ising, -isation, ...) as American
 * ones in -ize, which the English stemmer knows: "unauthorised" and
 * "unauthorized" both become "unauthor".  Rewriting words such as
 * "enterprise" too does no harm, as data and queries are rewritten
 * alike.  Returns w, or buf holding the rewritten word. */
static const char *
american(const char *w, size_t len, char buf[STEM_WORD_MAX + 1])
{
	static const char *const endings[] = {
		"ise", "ised", "ises", "ising", "iser", "isers", "isation",
		"isations",
	};
	size_t i, elen;

	for (i = 0; i < sizeof(endings) / sizeof(endings[0]); i++) {
		elen = strlen(endings[i]);
		/* A stem of three letters at least: not "rise", "wise". */
		if (len >= elen + 3 && memcmp(w + len - elen, endings[i], elen) == 0) {
			memcpy(buf, w, len);
			buf[len - elen + 1] = 'z';
			return buf;
		}
	}
	return w;
}

size_t
stem_word(const char *w, size_t len, char out[STEM_WORD_MAX + 1])
{
	/* Made once and kept for the life of the process: a stemmer is
	 * a few hundred bytes of state, and making one costs a malloc. */
	static struct sb_stemmer *stemmer;
	char spelled[STEM_WORD_MAX + 1];
	const sb_symbol *stem;
	int n;

	if (len == 0)
		return 0;
	/* No English word is this long: the first bytes stand for it. */
	if (len > STEM_WORD_MAX) {
		memcpy(out, w, STEM_WORD_MAX);
		out[STEM_WORD_MAX] = '\0';
		return STEM_WORD_MAX;
	}
	if (stemmer == NULL && (stemmer = sb_stemmer_new("english", NULL)) == NULL)
		return 0;
	w = american(w, len, spelled);
	stem = sb_stemmer_stem(stemmer, (const sb_symbol *)w, (int)len);
	n = sb_stemmer_length(stemmer);
	if (stem == NULL || n <= 0 || n > STEM_WORD_MAX)
		return 0;
	memcpy(out, stem, (size_t)n);
	out[n] = '\0';
	return (size_t)n;
}

size_t
stem_next_term(const char **cursor, const char **word, int *joined)
{
	char stem[STEM_WORD_MAX + 1];
	const char *after, *particle, *term;
	size_t len = words_next(cursor, word), plen, stemlen;

	*joined = 0;
	after = *cursor;
	plen = words_next(&after, &particle);
	if (len > 0 && plen > 0 && words_is_particle(particle, plen) &&
	    (stemlen = stem_word(*word, len, stem)) > 0 &&
	    (term = words_phrasal(stem, stemlen, particle, plen)) != NULL) {
		*cursor = after;
		*word = term;
		*joined = 1;
		return strlen(term);
	}
	return len;
}
