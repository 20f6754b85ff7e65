/* registry.c - lookups in the status code table compiled into the program. */
#include "registry.h"
#include "code.h"
#include "words.h"

/* A stemmed word of the data and its postings[first .. first + count). */
struct registry_term {
	const char *stem;
	unsigned first, count;
};

/* Generated from registry.csv: entries[], first_entry[], classes[],
 * and the search index: terms[], postings[] and names[]. */
#include "registry-data.h"

size_t
registry_size(void)
{
	return sizeof(entries) / sizeof(entries[0]);
}

const struct registry_entry *
registry_at(size_t i)
{
	return i < registry_size() ? &entries[i] : NULL;
}

size_t
registry_index(const struct registry_entry *e)
{
	return (size_t)(e - entries);
}

size_t
registry_find(unsigned code, const struct registry_entry **first)
{
	if (code >= REGISTRY_CODE_LIMIT) {
		*first = NULL;
		return 0;
	}
	*first = &entries[first_entry[code]];
	return (size_t)(first_entry[code + 1] - first_entry[code]);
}

const struct registry_class *
registry_class(unsigned digit)
{
	if (!code_is_class(digit))
		return NULL;
	return &classes[digit - 1];
}

size_t
registry_postings(const char *stem, size_t len,
		  const struct registry_posting **first)
{
	int found;
	size_t i = words_search(terms, sizeof(terms) / sizeof(terms[0]),
				sizeof(terms[0]), stem, len, &found);

	if (!found) {
		*first = NULL;
		return 0;
	}
	*first = &postings[terms[i].first];
	return terms[i].count;
}

size_t
registry_name_count(void)
{
	return name_count;
}

const struct registry_name *
registry_name_at(size_t i)
{
	return i < registry_name_count() ? &names[i] : NULL;
}

size_t
registry_names(const char *key, size_t len, const struct registry_name **first)
{
	int found;
	size_t n = registry_name_count(), end;
	size_t lo = words_search(names, n, sizeof(names[0]), key, len, &found);

	/* The first name equal to the key, then the rest of its run. */
	for (end = lo; found && end < n &&
		       words_compare_key(names[end].key, key, len) == 0;
	     end++)
		;
	*first = found ? &names[lo] : NULL;
	return end - lo;
}

unsigned
registry_treat_as(unsigned code)
{
	const struct registry_entry *first;

	if (code == 0 || code >= REGISTRY_NO_CODE)
		return 0;
	if (!code_class(code)) /* invalid: a server error */
		return code_class_first(5);
	if (registry_find(code, &first) > 0 && registry_is_official(first))
		return code;
	return code_class_first(code_class(code));
}

void
registry_missing(struct registry_entry *e, unsigned code,
		 enum registry_status status)
{
	static const char *const none[] = {NULL};
	static const struct registry_header no_headers[] = {{NULL, 0, NULL}};
	static const struct registry_related no_related[] = {{0, NULL}};

	*e = (struct registry_entry){
		.code = (unsigned short)code,
		.status = (unsigned char)status,
		.phrase = "",
		.expires = "",
		.origin = NULL,
		.sources = none,
		.reference = "",
		.urls = none,
		.aliases = none,
		.description = "",
		.headers = no_headers,
		.cacheable = 0,
		.content = "",
		.related = no_related,
	};
}
