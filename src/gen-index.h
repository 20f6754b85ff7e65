/* gen-index.h - builds the registry's search index, for the generator. */
#ifndef HTTPSTATUS_GEN_INDEX_H
#define HTTPSTATUS_GEN_INDEX_H

#include <stddef.h>

#include "regfile.h"
#include "stem.h"

/* A stem and its postings[first .. first + count), in entry order. */
struct index_term {
	char stem[STEM_WORD_MAX + 1];
	size_t first, count;
};

struct index_posting {
	unsigned entry;  /* row of the registry */
	unsigned weight; /* BM25F weight, in thousandths */
};

struct index_name {
	char *key; /* words_name_key of a phrase, alias, keyword or header */
	unsigned entry;
	enum registry_name_kind kind;
	enum registry_level level; /* of a header */
	int registered;
	unsigned dropped; /* what the key left out: REGISTRY_DROPPED_ bits */
};

struct search_index {
	struct index_term *terms; /* sorted by stem */
	size_t nterms;
	struct index_posting *postings;
	size_t npostings;
	struct index_name *names; /* in registry_name_at's order */
	size_t nnames;
};

/* Builds the index of every row of rf; returns 0, or -1 when out of
 * memory.  index_free releases it either way. */
int index_build(struct search_index *ix, const struct regfile *rf);
void index_free(struct search_index *ix);

#endif
