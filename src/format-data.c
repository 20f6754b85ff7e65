/* format-data.c - the data formats: JSON, JSON lines, TSV and CSV. */
#include "format-impl.h"
#include "tally.h"
#include "utf8.h"

#include <stdio.h>
#include <string.h>

/* s[0..len) as a JSON string; s may hold NUL bytes (a query read from a
 * stream), which are escaped like any control character. */
static void
put_json_string(struct writer *w, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	char esc[6] = {'\\', 'u', '0', '0', 0, 0};

	writer_putc(w, '"');
	while (p < end) {
		size_t run = 0;

		/* Copy plain runs in one go: most text needs no escape. */
		while (p + run < end && p[run] >= 0x20 && p[run] != '"' &&
		       p[run] != '\\' && p[run] < 0x7f)
			run++;
		writer_write(w, (const char *)p, run);
		p += run;
		if (p == end)
			break;
		if (*p == '"' || *p == '\\') {
			writer_putc(w, '\\');
			writer_putc(w, (char)*p++);
		} else if (*p < 0x20 || *p == 0x7f) {
			const char *named = *p == '\n'   ? "\\n"
					    : *p == '\t' ? "\\t"
					    : *p == '\r' ? "\\r"
					    : *p == '\b' ? "\\b"
					    : *p == '\f' ? "\\f"
							 : NULL;
			if (named) {
				writer_write(w, named, 2);
			} else {
				esc[4] = hex[*p >> 4];
				esc[5] = hex[*p & 15];
				writer_write(w, esc, 6);
			}
			p++;
		} else {
			/* Non-ASCII: valid UTF-8 passes through as it is; a
			 * stray byte becomes U+FFFD so the JSON stays valid. */
			size_t left = (size_t)(end - p);
			size_t n = utf8_length(p, left < 4 ? left : 4);

			if (n) {
				writer_write(w, (const char *)p, n);
				p += n;
			} else {
				writer_write(w, "\\ufffd", 6);
				p++;
			}
		}
	}
	writer_putc(w, '"');
}

void
format_json_string(struct writer *w, const char *s)
{
	put_json_string(w, s, strlen(s));
}

/* s[0..len) as the text of a TSV or CSV cell.  A tab or line break
 * inside would end the cell or the record early, so each control
 * character (a NUL too) becomes a space; in CSV, whose cells are quoted
 * where they hold a comma or a quote, a quote is doubled (RFC 4180). */
static void
put_cell_text(struct writer *w, const char *s, size_t len, int csv)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;

	while (p < end) {
		size_t run = 0;

		while (p + run < end && p[run] >= 0x20 && p[run] != 0x7f &&
		       p[run] != '"')
			run++;
		writer_write(w, (const char *)p, run);
		p += run;
		if (p == end)
			break;
		if (*p == '"')
			writer_write(w, "\"\"", csv ? 2 : 1);
		else
			writer_putc(w, ' ');
		p++;
	}
}

/* Whether a CSV cell holding s[0..len) must be quoted. */
static int
csv_needs_quotes(const char *s, size_t len)
{
	return memchr(s, ',', len) != NULL || memchr(s, '"', len) != NULL;
}

static void
put_csv_cell(struct writer *w, const char *s, size_t len)
{
	int quote = csv_needs_quotes(s, len);

	if (quote)
		writer_putc(w, '"');
	put_cell_text(w, s, len, 1);
	if (quote)
		writer_putc(w, '"');
}

/* s[0..len) as a whole cell of f's format, TSV or CSV. */
static void
put_cell(struct format *f, const char *s, size_t len)
{
	if (f->kind == FORMAT_CSV)
		put_csv_cell(f->out, s, len);
	else
		put_cell_text(f->out, s, len, 0);
}

void
format_tsv_field(struct writer *w, const char *s)
{
	put_cell_text(w, s, strlen(s), 0);
}

void
format_csv_field(struct writer *w, const char *s)
{
	put_csv_cell(w, s, strlen(s));
}

/* The items of a list of an entry (its aliases, its sources) as a JSON
 * array. */
static void
put_json_list(struct writer *w, const char *const *items)
{
	size_t i;

	writer_putc(w, '[');
	for (i = 0; items[i] != NULL; i++) {
		if (i > 0)
			writer_putc(w, ',');
		format_json_string(w, items[i]);
	}
	writer_putc(w, ']');
}

/* The items of a list as one TSV or CSV cell, separated by '|'; a CSV
 * cell is quoted whole if any item needs it. */
static void
put_list_cell(struct format *f, const char *const *items)
{
	int csv = f->kind == FORMAT_CSV, quote = 0;
	size_t i;

	for (i = 0; csv && items[i] != NULL; i++)
		quote |= csv_needs_quotes(items[i], strlen(items[i]));
	if (quote)
		writer_putc(f->out, '"');
	for (i = 0; items[i] != NULL; i++) {
		if (i > 0)
			writer_putc(f->out, '|');
		put_cell_text(f->out, items[i], strlen(items[i]), csv);
	}
	if (quote)
		writer_putc(f->out, '"');
}

/* The URL of an entry's first reference; "" if none. */
static const char *
entry_url(const struct registry_entry *e)
{
	return e->urls[0] != NULL ? e->urls[0] : "";
}

/* Where an entry can be checked, as a NULL-ended list: an unofficial
 * code's sources, a registered code's reference URL, pointed at from
 * one. */
static const char *const *
entry_sources(const struct registry_entry *e, const char *one[2])
{
	if (!registry_is_official(e))
		return e->sources;
	one[0] = entry_url(e);
	one[1] = NULL;
	return *one[0] ? one : one + 1;
}

/* A code as a JSON number: 404, and 000 as 0. */
static void
put_json_number(struct writer *w, unsigned n)
{
	char num[12]; /* any unsigned, though codes have three digits */

	snprintf(num, sizeof(num), "%u", n);
	writer_puts(w, num);
}

/* A count of lines, as JSON, TSV and CSV write it: its digits. */
static void
put_count(struct writer *w, unsigned long n)
{
	char num[24];

	snprintf(num, sizeof(num), "%lu", n);
	writer_puts(w, num);
}

/* The header fields of an entry as JSON objects. */
static void
json_headers(struct writer *w, const struct registry_header *h)
{
	writer_putc(w, '[');
	for (; h->name != NULL; h++) {
		writer_write(w, "{\"name\":", 8);
		format_json_string(w, h->name);
		writer_write(w, ",\"level\":", 9);
		format_json_string(w, registry_level_name(
					      (enum registry_level)h->level));
		writer_write(w, ",\"role\":", 8);
		format_json_string(w, h->role);
		writer_putc(w, '}');
		if (h[1].name != NULL)
			writer_putc(w, ',');
	}
	writer_putc(w, ']');
}

/* The related codes of an entry as JSON objects. */
static void
json_related(struct writer *w, const struct registry_related *r)
{
	writer_putc(w, '[');
	for (; r->note != NULL; r++) {
		writer_write(w, "{\"code\":", 8);
		put_json_number(w, r->code);
		writer_write(w, ",\"note\":", 8);
		format_json_string(w, r->note);
		writer_putc(w, '}');
		if (r[1].note != NULL)
			writer_putc(w, ',');
	}
	writer_putc(w, ']');
}

/* A string field of JSON: null when empty. */
static void
put_json_or_null(struct writer *w, const char *s)
{
	if (*s)
		format_json_string(w, s);
	else
		writer_write(w, "null", 4);
}

/* A code as a JSON number; null for 0, which stands for none. */
static void
put_json_code_or_null(struct writer *w, unsigned code)
{
	if (code)
		put_json_number(w, code);
	else
		writer_write(w, "null", 4);
}

/* The key of the i-th field of an object, after a comma unless first
 * (a summary row's count comes before every field). */
static void
put_json_key(struct format *f, size_t i)
{
	if (i > 0 || f->counted)
		writer_putc(f->out, ',');
	writer_putc(f->out, '"');
	writer_puts(f->out, format_field_name((enum format_field)f->fields[i]));
	writer_write(f->out, "\":", 2);
}

/* The query field, in the format's own way; its bytes are marked for a
 * cache that keeps the rest of the entry (cache.h). */
void
format_query(struct format *f)
{
	if (f->kind == FORMAT_JSON || f->kind == FORMAT_JSONL) {
		if (f->query != NULL)
			put_json_string(f->out, f->query, f->query_len);
		else
			writer_write(f->out, "null", 4);
	} else if (f->query != NULL) {
		put_cell(f, f->query, f->query_len);
	}
}

static void
put_query_field(struct format *f)
{
	f->query_start = writer_mark(f->out);
	format_query(f);
	f->query_stop = writer_mark(f->out);
}

void
format_json_entry(struct format *f, const struct registry_entry *e)
{
	struct writer *w = f->out;
	const char *one[2];
	size_t i;

	writer_putc(w, '{');
	if (f->counted) {
		writer_write(w, "\"count\":", 8);
		put_count(w, f->row_count);
	}
	for (i = 0; i < f->nfields; i++) {
		put_json_key(f, i);
		switch (f->fields[i]) {
		case FIELD_CODE:
			if (format_has_code(e))
				put_json_number(w, e->code);
			else
				writer_write(w, "null", 4);
			break;
		case FIELD_PHRASE:
			put_json_or_null(w, e->phrase);
			break;
		case FIELD_DESCRIPTION:
			put_json_or_null(w, e->description);
			break;
		case FIELD_REFERENCE:
			put_json_or_null(w, e->reference);
			break;
		case FIELD_STATUS:
			format_json_string(w, registry_status_name(
						      (enum registry_status)e->status));
			break;
		case FIELD_ORIGIN:
			put_json_or_null(w, e->origin ? e->origin : "");
			break;
		case FIELD_CLASS:
			if (code_class(e->code)) {
				writer_putc(w, '"');
				format_put_class(w, code_class(e->code));
				writer_putc(w, '"');
			} else {
				writer_write(w, "null", 4);
			}
			break;
		case FIELD_ALIASES:
			put_json_list(w, e->aliases);
			break;
		case FIELD_URL:
			put_json_or_null(w, entry_url(e));
			break;
		case FIELD_SOURCE:
			put_json_list(w, entry_sources(e, one));
			break;
		case FIELD_EXPIRES:
			put_json_or_null(w, e->expires);
			break;
		case FIELD_HEADERS:
			json_headers(w, e->headers);
			break;
		case FIELD_CACHEABLE:
			writer_puts(w, e->cacheable ? "true" : "false");
			break;
		case FIELD_CONTENT:
			put_json_or_null(w, e->content);
			break;
		case FIELD_RELATED:
			json_related(w, e->related);
			break;
		case FIELD_TREAT_AS:
			put_json_code_or_null(w, registry_treat_as(e->code));
			break;
		case FIELD_QUERY:
			put_query_field(f);
			break;
		}
	}
	writer_putc(w, '}');
}

/* TSV and CSV hold the names of the header fields and the related
 * codes, separated by '|' as aliases are: what a script selects by.
 * Their roles and notes are prose, for the text and JSON views.  Names
 * are tokens and codes digits, which no CSV cell needs to quote. */
static void
cell_headers(struct writer *w, const struct registry_header *h)
{
	for (; h->name != NULL; h++) {
		writer_puts(w, h->name);
		if (h[1].name != NULL)
			writer_putc(w, '|');
	}
}

static void
cell_related(struct writer *w, const struct registry_related *r)
{
	for (; r->note != NULL; r++) {
		format_put_code(w, r->code);
		if (r[1].note != NULL)
			writer_putc(w, '|');
	}
}

/* A line of TSV or of CSV: the same cells, told apart by their
 * separator, their quoting (put_cell) and their line end, which for CSV
 * is RFC 4180's CRLF. */
void
format_delimited_entry(struct format *f, const struct registry_entry *e)
{
	struct writer *w = f->out;
	const char sep = f->kind == FORMAT_CSV ? ',' : '\t';
	const char *one[2];
	size_t i;

	if (f->counted) {
		put_count(w, f->row_count);
		writer_putc(w, sep);
	}
	for (i = 0; i < f->nfields; i++) {
		if (i > 0)
			writer_putc(w, sep);
		switch (f->fields[i]) {
		case FIELD_CODE:
			if (format_has_code(e))
				format_put_code(w, e->code);
			break;
		case FIELD_PHRASE:
			put_cell(f, e->phrase, strlen(e->phrase));
			break;
		case FIELD_DESCRIPTION:
			put_cell(f, e->description, strlen(e->description));
			break;
		case FIELD_REFERENCE:
			put_cell(f, e->reference, strlen(e->reference));
			break;
		case FIELD_STATUS:
			writer_puts(w, registry_status_name(
					       (enum registry_status)e->status));
			break;
		case FIELD_ORIGIN:
			if (e->origin)
				put_cell(f, e->origin, strlen(e->origin));
			break;
		case FIELD_CLASS:
			if (code_class(e->code))
				format_put_class(w, code_class(e->code));
			break;
		case FIELD_ALIASES:
			put_list_cell(f, e->aliases);
			break;
		case FIELD_URL:
			/* Made of an RFC's number or a draft's name: nothing
			 * in it needs quoting. */
			writer_puts(w, entry_url(e));
			break;
		case FIELD_SOURCE:
			put_list_cell(f, entry_sources(e, one));
			break;
		case FIELD_EXPIRES:
			writer_puts(w, e->expires);
			break;
		case FIELD_HEADERS:
			cell_headers(w, e->headers);
			break;
		case FIELD_CACHEABLE:
			writer_puts(w, e->cacheable ? "yes" : "no");
			break;
		case FIELD_CONTENT:
			put_cell(f, e->content, strlen(e->content));
			break;
		case FIELD_RELATED:
			cell_related(w, e->related);
			break;
		case FIELD_TREAT_AS:
			if (registry_treat_as(e->code))
				format_put_code(w, registry_treat_as(e->code));
			break;
		case FIELD_QUERY:
			put_query_field(f);
			break;
		}
	}
	if (f->kind == FORMAT_CSV)
		writer_putc(w, '\r');
	writer_putc(w, '\n');
}


/*
 * The summary of --count.  TSV, CSV and JSON lines have a row a line,
 * each an entry with its count first, which sort, awk and jq take as
 * they come; JSON has one object, with the total and the class
 * subtotals beside the rows, so that a program reads them rather than
 * adds them up.
 */
void
format_data_summary(struct format *f, const struct tally *t,
		    const struct tally_row *rows, size_t n)
{
	struct registry_entry buf;
	struct writer *w = f->out;
	unsigned long classes[CODE_CLASSES + 1];
	size_t i;
	unsigned digit;

	f->counted = 1;
	if (f->kind == FORMAT_JSON) {
		tally_classes(t, classes);
		writer_write(w, "{\"total\":", 9);
		put_count(w, tally_total(t));
		writer_write(w, ",\"classes\":{", 12);
		for (digit = 1; digit <= CODE_CLASSES; digit++) {
			writer_write(w, digit > 1 ? ",\"" : "\"", digit > 1 ? 2 : 1);
			format_put_class(w, digit);
			writer_write(w, "\":", 2);
			put_count(w, classes[digit]);
		}
		writer_write(w, "},\"rows\":[", 10);
	}
	format_header(f);
	for (i = 0; i < n; i++) {
		f->row_count = rows[i].count;
		if (f->kind == FORMAT_JSON)
			writer_write(w, i ? ",\n  " : "\n  ", i ? 4 : 3);
		format_body(f, tally_slot_entry(rows[i].slot, &buf), 0);
	}
	if (f->kind == FORMAT_JSON)
		writer_write(w, n ? "\n]}\n" : "]}\n", n ? 4 : 3);
}
