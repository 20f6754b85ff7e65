/* gen-index.c - builds the registry's search index, for the generator. */
#include "gen-index.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "words.h"

/*
 * BM25F (Robertson and Zaragoza): each field of an entry counts a word
 * with its own weight, normalised by the field's length against the
 * average, and the sum is saturated once per word, so that a word said
 * three times is worth less than three words.  Names weigh most, then
 * aliases (former names, other libraries' constants), keywords and the
 * origin, then the description.  The code itself is a word of the name,
 * so that "error 404" finds 404.
 */
enum field { F_NAME, F_ALIAS, F_KEYWORD, F_ORIGIN, F_HEADER, F_DESCRIPTION,
	     NFIELDS };

static const double field_weight[NFIELDS] = {
	[F_NAME] = 5.0, [F_ALIAS] = 4.0, [F_KEYWORD] = 3.0,
	[F_ORIGIN] = 3.0, [F_HEADER] = 1.5, [F_DESCRIPTION] = 0.5,
};
/* How much a field's length dilutes its words: fully for prose, little
 * for lists of keywords, whose length says how many ways people ask for
 * a code, not how vague it is. */
static const double field_b[NFIELDS] = {
	[F_NAME] = 0.75, [F_ALIAS] = 0.5, [F_KEYWORD] = 0.3,
	[F_ORIGIN] = 0.5, [F_HEADER] = 0.3, [F_DESCRIPTION] = 0.75,
};
static const int field_is_list[NFIELDS] = {
	[F_ALIAS] = 1, [F_KEYWORD] = 1, [F_ORIGIN] = 1, [F_HEADER] = 1,
};
/* Above the usual 1.2: fields here are a few words, so a word should
 * count by where it is (its field's weight) more than by how often. */
#define BM25_K1 3.0

/* One indexed word of one field of one entry. */
struct occurrence {
	char stem[STEM_WORD_MAX + 1];
	unsigned entry;
	enum field field;
};

struct builder {
	struct occurrence *occ;
	size_t nocc, capocc;
	double (*length)[NFIELDS]; /* indexed words per entry and field */
	struct index_name *names; /* handed to the index at the end */
	size_t nnames, capnames;
	unsigned entry;
	int failed;
};

static void *
grow(void *p, size_t *cap, size_t need, size_t size)
{
	void *bigger;
	size_t n = *cap ? *cap : 64;

	if (need <= *cap)
		return p;
	while (n < need)
		n *= 2;
	if ((bigger = realloc(p, n * size)) == NULL)
		return NULL;
	*cap = n;
	return bigger;
}

/* Indexes one term (a stem) of a field of the current entry. */
static void
add_term(struct builder *b, enum field field, const char *stem, size_t len)
{
	struct occurrence *o, *occ;

	if (b->failed)
		return;
	occ = grow(b->occ, &b->capocc, b->nocc + 1, sizeof(*occ));
	if (occ == NULL) {
		b->failed = 1;
		return;
	}
	b->occ = occ;
	o = &b->occ[b->nocc++];
	memcpy(o->stem, stem, len);
	o->stem[len] = '\0';
	o->entry = b->entry;
	o->field = field;
	b->length[b->entry][field] += 1;
}

/* Indexes one word of a field of the current entry. */
static void
add_word(struct builder *b, enum field field, const char *w, size_t len)
{
	char stem[STEM_WORD_MAX + 1];
	size_t stemlen;

	if (b->failed || words_is_stop(w, len))
		return;
	if ((stemlen = stem_word(w, len, stem)) == 0) {
		b->failed = 1; /* no stemmer: out of memory */
		return;
	}
	add_term(b, field, stem, stemlen);
}

/* Indexes the words of a string in normal form; a verb and the particle
 * that changes its meaning are one term ("logged in": "login"), as the
 * search reads them. */
static void
add_words(struct builder *b, enum field field, const char *norm)
{
	const char *w;
	size_t len;
	int joined;

	while ((len = stem_next_term(&norm, &w, &joined)) > 0)
		if (joined)
			add_term(b, field, w, len);
		else
			add_word(b, field, w, len);
}

/* Indexes the words of text. */
static void
add_text(struct builder *b, enum field field, const char *text)
{
	size_t len = strlen(text), cap = 2 * len + 2;
	char *norm = malloc(cap);

	if (norm == NULL) {
		b->failed = 1;
		return;
	}
	/* A space between each byte is the most normalising can add. */
	words_normalize(text, len, 0, norm, cap);
	add_words(b, field, norm);
	free(norm);
}

/* Records one key of a name of the current entry. */
static void
put_name(struct builder *b, enum field field, char *key,
	 enum registry_level level, int registered, unsigned dropped)
{
	struct index_name *names;

	names = grow(b->names, &b->capnames, b->nnames + 1, sizeof(*names));
	if (names == NULL) {
		free(key);
		b->failed = 1;
		return;
	}
	b->names = names;
	names[b->nnames].key = key;
	names[b->nnames].entry = b->entry;
	names[b->nnames].kind = field == F_KEYWORD  ? REGISTRY_NAME_KEYWORD
				: field == F_HEADER ? REGISTRY_NAME_HEADER
						    : REGISTRY_NAME_PHRASE;
	names[b->nnames].level = field == F_HEADER ? level : 0;
	names[b->nnames].registered = registered;
	names[b->nnames].dropped = dropped;
	b->nnames++;
}

/* Records the key of a phrase or alias (field F_NAME or F_ALIAS) or
 * header field (F_HEADER, at level), whose words it indexes too, or of a
 * keyword (F_KEYWORD), whose words add_text indexes with the rest of the
 * list.  A name that its key leaves something out of is recorded whole
 * as well, so that the library's own spelling of it finds it first:
 * Django's HttpResponsePermanentRedirect is 301, though its key is that
 * of 308 Permanent Redirect. */
static void
add_name(struct builder *b, enum field field, const char *name, size_t len,
	 enum registry_level level, int registered)
{
	struct words_dropped how;
	size_t cap = 2 * len + 2, n;
	unsigned dropped;
	char *key, *full;

	/* "(unnamed)" stands for a code documented without a phrase. */
	if (name[0] == '(' || b->failed)
		return;
	if ((key = malloc(cap)) == NULL) {
		b->failed = 1;
		return;
	}
	if (words_name_key_dropping(name, len, key, cap, &how) == 0) {
		free(key);
		return;
	}
	if (field != F_KEYWORD)
		add_words(b, field, key);
	/* A phrase is the code's own name, whatever its key leaves out
	 * ("HTTP Version Not Supported"). */
	dropped = field != F_ALIAS ? 0
		  : (how.words > 0 ? REGISTRY_DROPPED_WORDS : 0) |
			    (how.qualifier ? REGISTRY_DROPPED_QUALIFIER : 0);
	put_name(b, field, key, level, registered, dropped);
	if (dropped == 0 || b->failed)
		return;
	if ((full = malloc(cap)) == NULL) {
		b->failed = 1;
		return;
	}
	n = words_full_key(name, len, full, cap);
	if (n == 0 || strcmp(full, key) == 0) {
		free(full);
		return;
	}
	put_name(b, field, full, level, registered, 0);
}

static void
add_row(struct builder *b, const struct regfile_row *r)
{
	char code[3];
	const char *p = r->aliases, *item;
	size_t len;
	int registered = r->status != REGISTRY_UNOFFICIAL;

	struct regfile_header h;

	code_format(r->code, code);
	add_word(b, F_NAME, code, 3);
	add_name(b, F_NAME, r->phrase, strlen(r->phrase), 0, registered);
	while ((item = regfile_next_item(&p, &len)) != NULL)
		add_name(b, F_ALIAS, item, len, 0, registered);
	add_text(b, F_KEYWORD, r->keywords);
	for (p = r->keywords; (item = regfile_next_item(&p, &len)) != NULL;)
		add_name(b, F_KEYWORD, item, len, 0, registered);
	for (p = r->headers; (item = regfile_next_item(&p, &len)) != NULL;) {
		regfile_split_header(item, len, &h);
		add_name(b, F_HEADER, h.name, h.namelen,
			 (enum registry_level)h.level, registered);
	}
	if (!registered)
		add_text(b, F_ORIGIN, r->origin);
	add_text(b, F_DESCRIPTION, r->description);
}

static int
compare_occurrences(const void *pa, const void *pb)
{
	const struct occurrence *a = pa, *b = pb;
	int cmp = strcmp(a->stem, b->stem);

	if (cmp != 0)
		return cmp;
	if (a->entry != b->entry)
		return a->entry < b->entry ? -1 : 1;
	return (int)a->field - (int)b->field;
}

static int
compare_names(const void *pa, const void *pb)
{
	const struct index_name *a = pa, *b = pb;
	int cmp = strcmp(a->key, b->key);

	if (cmp != 0)
		return cmp;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (a->registered != b->registered)
		return a->registered ? -1 : 1;
	if (a->level != b->level)
		return a->level < b->level ? -1 : 1;
	if (a->dropped != b->dropped)
		return a->dropped < b->dropped ? -1 : 1;
	return a->entry < b->entry ? -1 : a->entry > b->entry;
}

/* The BM25F weight of the occurrences occ[0..n) of one stem in one
 * entry. */
static unsigned
weigh(const struct builder *b, const struct occurrence *occ, size_t n,
      const double *average, double idf)
{
	double count[NFIELDS] = {0}, tf = 0, score;
	size_t i;
	int f;

	for (i = 0; i < n; i++)
		count[occ[i].field] += 1;
	/* A list names a word once however many of its items hold it:
	 * "wifi login|network login" is no more about logging in than
	 * "login". */
	for (f = 0; f < NFIELDS; f++)
		if (field_is_list[f] && count[f] > 1)
			count[f] = 1;
	for (f = 0; f < NFIELDS; f++)
		if (count[f] > 0)
			tf += field_weight[f] * count[f] /
			      (1 - field_b[f] +
			       field_b[f] * b->length[occ[0].entry][f] /
				       average[f]);
	score = idf * tf / (BM25_K1 + tf);
	/* Every posting weighs something, however common its word. */
	return score * 1000 < 1 ? 1 : (unsigned)lround(score * 1000);
}

/* Turns the sorted occurrences into terms and weighted postings: a run
 * of occurrences of one stem is a term, and within it a run of one
 * entry is a posting. */
static int
make_postings(struct search_index *ix, const struct builder *b, size_t nrows)
{
	struct index_term *terms;
	struct index_posting *postings;
	double average[NFIELDS] = {0};
	size_t nterms = 0, npostings = 0, i, j, k, df;
	int f;

	for (i = 0; i < nrows; i++)
		for (f = 0; f < NFIELDS; f++)
			average[f] += b->length[i][f] / (double)nrows;
	terms = calloc(b->nocc ? b->nocc : 1, sizeof(*terms));
	postings = calloc(b->nocc ? b->nocc : 1, sizeof(*postings));
	if (terms == NULL || postings == NULL) {
		free(terms);
		free(postings);
		return -1;
	}
	for (i = 0; i < b->nocc; i = j) {
		struct index_term *t = &terms[nterms++];
		double idf;

		for (j = i, df = 0; j < b->nocc &&
				    strcmp(b->occ[j].stem, b->occ[i].stem) == 0;
		     j++)
			df += j == i || b->occ[j].entry != b->occ[j - 1].entry;
		idf = log(1 + ((double)nrows - (double)df + 0.5) /
				      ((double)df + 0.5));
		memcpy(t->stem, b->occ[i].stem, sizeof(t->stem));
		t->first = npostings;
		for (k = i; k < j;) {
			size_t start = k;
			struct index_posting *p = &postings[npostings++];

			while (k < j && b->occ[k].entry == b->occ[start].entry)
				k++;
			p->entry = b->occ[start].entry;
			p->weight = weigh(b, &b->occ[start], k - start, average,
					  idf);
		}
		t->count = npostings - t->first;
	}
	ix->terms = terms;
	ix->nterms = nterms;
	ix->postings = postings;
	ix->npostings = npostings;
	return 0;
}

int
index_build(struct search_index *ix, const struct regfile *rf)
{
	struct builder b = {0};
	size_t i;
	int rc = -1;

	memset(ix, 0, sizeof(*ix));
	b.length = calloc(rf->nrows ? rf->nrows : 1, sizeof(*b.length));
	if (b.length == NULL)
		return -1;
	for (i = 0; i < rf->nrows && !b.failed; i++) {
		b.entry = (unsigned)i;
		add_row(&b, &rf->rows[i]);
	}
	ix->names = b.names;
	ix->nnames = b.nnames;
	if (!b.failed) {
		if (b.nocc > 0)
			qsort(b.occ, b.nocc, sizeof(*b.occ), compare_occurrences);
		if (ix->nnames > 0)
			qsort(ix->names, ix->nnames, sizeof(*ix->names),
			      compare_names);
		rc = make_postings(ix, &b, rf->nrows);
	}
	free(b.occ);
	free(b.length);
	return rc;
}

void
index_free(struct search_index *ix)
{
	size_t i;

	for (i = 0; i < ix->nnames; i++)
		free(ix->names[i].key);
	free(ix->names);
	free(ix->terms);
	free(ix->postings);
	memset(ix, 0, sizeof(*ix));
}
