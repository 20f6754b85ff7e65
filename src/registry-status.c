/* registry-status.c - names of lifecycle states and header levels. */
#include "registry.h"

#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *const status_names[] = {
	[REGISTRY_PERMANENT] = "permanent",
	[REGISTRY_TEMPORARY] = "temporary",
	[REGISTRY_UNUSED] = "unused",
	[REGISTRY_OBSOLETE] = "obsolete",
	[REGISTRY_UNOFFICIAL] = "unofficial",
	[REGISTRY_UNASSIGNED] = "unassigned",
	[REGISTRY_UNKNOWN] = "unknown",
};

static const char *const level_names[] = {
	[REGISTRY_REQUIRED] = "required",
	[REGISTRY_RECOMMENDED] = "recommended",
	[REGISTRY_OPTIONAL] = "optional",
	[REGISTRY_REQUEST] = "request",
};

/* The position of name[0..len) in names[0..n), or -1. */
static int
position(const char *const *names, size_t n, const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strlen(names[i]) == len && memcmp(names[i], name, len) == 0)
			return (int)i;
	return -1;
}

const char *
registry_status_name(enum registry_status status)
{
	return (size_t)status < COUNT(status_names) ? status_names[status]
						    : "unknown";
}

int
registry_status_parse(const char *name, size_t len)
{
	/* The program's own statuses are no status of a row. */
	return position(status_names, REGISTRY_UNOFFICIAL + 1, name, len);
}

const char *
registry_level_name(enum registry_level level)
{
	return (size_t)level < COUNT(level_names) ? level_names[level]
						  : "unknown";
}

int
registry_level_parse(const char *name, size_t len)
{
	return position(level_names, COUNT(level_names), name, len);
}
