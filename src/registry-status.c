/* registry-status.c - names of the lifecycle states, shared with the generator. */
#include "registry.h"

#include <string.h>

static const char *const status_names[] = {
	[REGISTRY_PERMANENT] = "permanent",
	[REGISTRY_TEMPORARY] = "temporary",
	[REGISTRY_UNUSED] = "unused",
	[REGISTRY_OBSOLETE] = "obsolete",
	[REGISTRY_UNOFFICIAL] = "unofficial",
};

const char *
registry_status_name(enum registry_status status)
{
	if ((size_t)status >= sizeof(status_names) / sizeof(status_names[0]))
		return "unknown";
	return status_names[status];
}

int
registry_status_parse(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(status_names) / sizeof(status_names[0]); i++)
		if (strlen(status_names[i]) == len &&
		    memcmp(status_names[i], name, len) == 0)
			return (int)i;
	return -1;
}
