/* format.h - writes registry entries as text, JSON, JSON lines, TSV or CSV. */
#ifndef HTTPSTATUS_FORMAT_H
#define HTTPSTATUS_FORMAT_H

#include <stddef.h>

#include "registry.h"
#include "writer.h"

enum format_kind {
	FORMAT_TEXT,
	FORMAT_JSON,
	FORMAT_JSONL,
	FORMAT_TSV,
	FORMAT_CSV,
	FORMAT_KINDS
};

/* The fields of an entry, in their default order for JSON, TSV and CSV.
 * The last, the query an entry answers, is not among the defaults: it is
 * asked for by name (-o query,code). */
enum format_field {
	FIELD_CODE,
	FIELD_PHRASE,
	FIELD_DESCRIPTION,
	FIELD_REFERENCE,
	FIELD_STATUS,
	FIELD_ORIGIN,
	FIELD_CLASS,
	FIELD_ALIASES,
	FIELD_URL,
	FIELD_SOURCE,
	FIELD_EXPIRES,
	FIELD_HEADERS,
	FIELD_CACHEABLE,
	FIELD_CONTENT,
	FIELD_RELATED,
	FIELD_TREAT_AS,
	FIELD_QUERY,
	FIELD_COUNT
};

struct format {
	struct writer *out;
	enum format_kind kind;
	int color;            /* ANSI colours in text output */
	int links;            /* OSC 8 hyperlinks on references in text */
	unsigned width;       /* text wraps before this column */
	int wrap_short;       /* one-line entries wrap too (on a terminal) */
	int url_lines;        /* full text entries show reference URLs (-L) */
	int header;           /* TSV and CSV begin with the fields' names */
	size_t nfields;       /* JSON keys, TSV and CSV columns, in order */
	unsigned char fields[FIELD_COUNT];
	/* The query the entries being written answer, as given (NULL for
	 * none: -l, or a line too long to keep), and where its bytes went
	 * in the output (writer_mark) while an entry was rendered, for the
	 * cache. */
	const char *query;
	size_t query_len;
	size_t query_start, query_stop;
	char today[11];       /* YYYY-MM-DD (UTC), for expiry dates; "" until
			       * needed, when format-text.c looks it up */
	size_t count;         /* entries written so far */
	int last_full;        /* the last text entry was written in full */
	/* --count: each entry is a row of the summary, its lines first. */
	int counted;
	unsigned long row_count;
};

/* Sets up the default fields in order, text format, 80 columns. */
void format_init(struct format *f, struct writer *out);

/* Parses a comma-separated field list such as "code,phrase" into f.
 * Returns 0, or -1 and points *bad at the offending name. */
int format_parse_fields(struct format *f, const char *list, const char **bad,
			size_t *badlen);

/* Name of a field as used in --fields and as a JSON key. */
const char *format_field_name(enum format_field field);

/* Name of a format as --format takes it ("tsv"), and back: -1 if none. */
const char *format_kind_name(enum format_kind kind);
int format_kind_parse(const char *name);

/* Whether the fields of f include the query. */
int format_has_query(const struct format *f);

void format_begin(struct format *f);
/* Writes an entry: its separator, then its body.  full: the whole entry
 * rather than one line (text format only). */
void format_entry(struct format *f, const struct registry_entry *e, int full);
/* The two halves of format_entry, for a caller that keeps bodies to copy
 * again later.  The separator (the comma of a JSON array, the blank line
 * around full text entries) depends on the entries before and counts the
 * entry; the body is the same bytes wherever it goes. */
static inline void
format_separator(struct format *f, int full)
{
	if (f->kind == FORMAT_JSON) {
		/* Each write of a constant length, which the compiler turns
		 * into a store rather than a call to memcpy: a stream pays
		 * this on every line. */
		if (f->count)
			writer_write(f->out, ",\n  ", 4);
		else
			writer_write(f->out, "\n  ", 3);
	} else if (f->kind == FORMAT_TEXT) {
		/* A blank line before and after each full entry. */
		if (f->count > 0 && (full || f->last_full))
			writer_putc(f->out, '\n');
		f->last_full = full;
	}
	f->count++;
}
void format_body(struct format *f, const struct registry_entry *e, int full);
/* Writes f->query as the query field is written in f's format. */
void format_query(struct format *f);
void format_end(struct format *f);

/* The line of field names that --header asks for, in TSV or CSV. */
void format_header(struct format *f);

/* --count: the summary of a tally, in place of begin, entries and end. */
struct tally;
void format_summary(struct format *f, const struct tally *t);

/* In text format, a heading that explains a class (4xx) before its
 * entries are listed; nothing in the other formats, whose readers want
 * entries only. */
void format_class(struct format *f, const struct registry_class *cls);

/* The writers underneath, exposed for the tests. */
void format_json_string(struct writer *w, const char *s);
void format_tsv_field(struct writer *w, const char *s);
void format_csv_field(struct writer *w, const char *s);

#endif
