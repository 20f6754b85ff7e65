/* registry-status.c - names of lifecycle states and header levels. */
#include "registry.h"

#include <string.h>

#include "names.h"

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

/* The program's own statuses are no status of a row. */
#define ROW_STATUSES (REGISTRY_UNOFFICIAL + 1)

int
registry_status_parse(const char *name, size_t len)
{
	return position(status_names, ROW_STATUSES, name, len);
}

/* The first n of names, as "a, b or c", in buf. */
static const char *
list(const char *const *names, size_t n, char *buf, size_t cap)
{
	size_t i;

	buf[0] = '\0';
	for (i = 0; i < n; i++)
		names_add(buf, cap, i, n, names[i]);
	return buf;
}

const char *
registry_status_list(char *buf, size_t cap)
{
	return list(status_names, ROW_STATUSES, buf, cap);
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

const char *
registry_level_list(char *buf, size_t cap)
{
	return list(level_names, COUNT(level_names), buf, cap);
}
