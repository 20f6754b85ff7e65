/* names.c - a table's names written out for a message: "a, b or c". */
#include "names.h"

#include <stdio.h>
#include <string.h>

char *
names_add(char *buf, size_t cap, size_t i, size_t n, const char *name)
{
	size_t used = strlen(buf);

	if (used + 1 < cap)
		snprintf(buf + used, cap - used, "%s%s",
			 i == 0 ? "" : i + 1 < n ? ", " : " or ", name);
	return buf;
}
