/* registry.c - lookups in the status code table compiled into the program. */
#include "registry.h"

/* Generated from registry.csv: entries[], first_entry[] and classes[]. */
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
	if (digit < 1 || digit > 5)
		return NULL;
	return &classes[digit - 1];
}
