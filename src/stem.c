/* stem.c - English word stems (Snowball), the same for the data and queries. */
#include "stem.h"

#include <libstemmer.h>
#include <string.h>

size_t
stem_word(const char *w, size_t len, char out[STEM_WORD_MAX + 1])
{
	/* Made once and kept for the life of the process: a stemmer is
	 * a few hundred bytes of state, and making one costs a malloc. */
	static struct sb_stemmer *stemmer;
	const sb_symbol *stem;
	int n;

	if (len == 0 || len > STEM_WORD_MAX)
		return 0;
	if (stemmer == NULL && (stemmer = sb_stemmer_new("english", NULL)) == NULL)
		return 0;
	stem = sb_stemmer_stem(stemmer, (const sb_symbol *)w, (int)len);
	n = sb_stemmer_length(stemmer);
	if (stem == NULL || n <= 0 || n > STEM_WORD_MAX)
		return 0;
	memcpy(out, stem, (size_t)n);
	out[n] = '\0';
	return (size_t)n;
}
