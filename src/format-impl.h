/* format-impl.h - what format.c and its writers, format-text.c and format-data.c, share. */
#ifndef HTTPSTATUS_FORMAT_IMPL_H
#define HTTPSTATUS_FORMAT_IMPL_H

#include "code.h"
#include "format.h"

static inline void
format_put_code(struct writer *w, unsigned code)
{
	char digits[3];

	code_format(code, digits);
	writer_write(w, digits, 3);
}

/* "4xx" for a class digit. */
static inline void
format_put_class(struct writer *w, unsigned digit)
{
	char name[3] = {(char)('0' + digit), 'x', 'x'};

	writer_write(w, name, 3);
}

/* Whether an entry has a code: one that answers a query with none does
 * not. */
static inline int
format_has_code(const struct registry_entry *e)
{
	return e->code < REGISTRY_NO_CODE;
}

/* The body of an entry in text (format-text.c); in JSON, which JSON
 * lines end with a line break; in TSV or CSV (format-data.c). */
void format_text_entry(struct format *f, const struct registry_entry *e,
		       int full);
void format_json_entry(struct format *f, const struct registry_entry *e);
void format_delimited_entry(struct format *f, const struct registry_entry *e);

/* The summary of --count (format_summary), whose rows[0..n) are
 * tally_rows', in text and in the others. */
struct tally_row;
void format_text_summary(struct format *f, const struct tally *t,
			 const struct tally_row *rows, size_t n);
void format_data_summary(struct format *f, const struct tally *t,
			 const struct tally_row *rows, size_t n);

#endif
