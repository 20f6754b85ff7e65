/* options.h - the command line parsed into one struct, before anything runs. */
#ifndef HTTPSTATUS_OPTIONS_H
#define HTTPSTATUS_OPTIONS_H

#include <stddef.h>

#include "answer.h"
#include "format.h"
#include "log.h"

/* How many -e patterns one command may give. */
#define OPTIONS_MAX_PATTERNS 32

enum options_action {
	OPTIONS_RUN,     /* answer the queries */
	OPTIONS_HELP,    /* --help: print the usage text */
	OPTIONS_VERSION, /* --version */
};

struct options {
	enum options_action action;
	enum format_kind format;
	int format_given;         /* -f, -j or -t */
	enum answer_show show;
	enum answer_detail detail;
	int first;                /* -1 */
	int quiet;                /* -q */
	int list;                 /* -l */
	int count;                /* -c: a summary of standard input */
	struct log_spec log;      /* --log or --field: lines are a log's */
	int line_buffered;        /* --line-buffered */
	int header;               /* --header */
	const char *fields;       /* -o as given, or NULL */
	const char *color;        /* --color's WHEN, or NULL for auto */
	const char *patterns[OPTIONS_MAX_PATTERNS]; /* -e, in order */
	size_t npatterns;
	char **queries;           /* the operands, joined (see options.c) */
	size_t nqueries;
	char *joined;             /* storage of the joined queries */
};

/* The texts of --help and --version. */
extern const char options_usage[];
extern const char options_version[];

/* Parses argv into o, stopping at --help or --version.  argv's operands
 * are rearranged in place.  Returns 0, or -1 after a usage error has
 * been reported. */
int options_parse(struct options *o, int argc, char **argv);

/* Frees what options_parse allocated. */
void options_free(struct options *o);

#endif
