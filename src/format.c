/* format.c - the fields and formats of output, and each entry sent to its writer. */
#include "format-impl.h"
#include "tally.h"

#include <string.h>

static const char *const field_names[FIELD_COUNT] = {
	[FIELD_CODE] = "code",
	[FIELD_PHRASE] = "phrase",
	[FIELD_DESCRIPTION] = "description",
	[FIELD_REFERENCE] = "reference",
	[FIELD_STATUS] = "status",
	[FIELD_ORIGIN] = "origin",
	[FIELD_CLASS] = "class",
	[FIELD_ALIASES] = "aliases",
	[FIELD_URL] = "url",
	[FIELD_SOURCE] = "source",
	[FIELD_EXPIRES] = "expires",
	[FIELD_HEADERS] = "headers",
	[FIELD_CACHEABLE] = "cacheable",
	[FIELD_CONTENT] = "content",
	[FIELD_RELATED] = "related",
	[FIELD_TREAT_AS] = "treat_as",
	[FIELD_QUERY] = "query",
};

static const char *const kind_names[FORMAT_KINDS] = {
	[FORMAT_TEXT] = "text", [FORMAT_JSON] = "json",
	[FORMAT_JSONL] = "jsonl", [FORMAT_TSV] = "tsv",
	[FORMAT_CSV] = "csv",
};

void
format_init(struct format *f, struct writer *out)
{
	size_t i;

	memset(f, 0, sizeof(*f));
	f->out = out;
	f->kind = FORMAT_TEXT;
	f->width = 80;
	for (i = 0; i < FIELD_QUERY; i++)
		f->fields[i] = (unsigned char)i;
	f->nfields = FIELD_QUERY;
}

const char *
format_field_name(enum format_field field)
{
	return (size_t)field < FIELD_COUNT ? field_names[field] : "";
}

const char *
format_kind_name(enum format_kind kind)
{
	return (size_t)kind < FORMAT_KINDS ? kind_names[kind] : "";
}

int
format_kind_parse(const char *name)
{
	int i;

	for (i = 0; i < FORMAT_KINDS; i++)
		if (strcmp(name, kind_names[i]) == 0)
			return i;
	return -1;
}

int
format_has_query(const struct format *f)
{
	return f->kind != FORMAT_TEXT &&
	       memchr(f->fields, FIELD_QUERY, f->nfields) != NULL;
}

int
format_parse_fields(struct format *f, const char *list, const char **bad,
		    size_t *badlen)
{
	unsigned char fields[FIELD_COUNT] = {0};
	const char *p = list;
	size_t n = 0, len, i;

	for (;;) {
		len = strcspn(p, ",");
		for (i = 0; i < FIELD_COUNT; i++)
			if (strlen(field_names[i]) == len &&
			    memcmp(field_names[i], p, len) == 0)
				break;
		/* An unknown, empty or repeated name is refused rather than
		 * skipped: a script would silently get the wrong columns. */
		if (i == FIELD_COUNT || n == FIELD_COUNT ||
		    memchr(fields, (int)i, n) != NULL) {
			*bad = p;
			*badlen = len;
			return -1;
		}
		fields[n++] = (unsigned char)i;
		if (p[len] == '\0')
			break;
		p += len + 1;
	}
	memcpy(f->fields, fields, n);
	f->nfields = n;
	return 0;
}

void
format_header(struct format *f)
{
	const char sep = f->kind == FORMAT_CSV ? ',' : '\t';
	size_t i;

	if (!f->header || (f->kind != FORMAT_TSV && f->kind != FORMAT_CSV))
		return;
	/* Field names are plain words: no cell needs quotes. */
	if (f->counted) {
		writer_puts(f->out, "count");
		writer_putc(f->out, sep);
	}
	for (i = 0; i < f->nfields; i++) {
		if (i > 0)
			writer_putc(f->out, sep);
		writer_puts(f->out, field_names[f->fields[i]]);
	}
	writer_puts(f->out, f->kind == FORMAT_CSV ? "\r\n" : "\n");
}

void
format_begin(struct format *f)
{
	f->count = 0;
	f->last_full = 0;
	if (f->kind == FORMAT_JSON)
		writer_putc(f->out, '[');
	format_header(f);
}

void
format_body(struct format *f, const struct registry_entry *e, int full)
{
	switch (f->kind) {
	case FORMAT_TEXT:
		format_text_entry(f, e, full);
		break;
	case FORMAT_JSON:
		format_json_entry(f, e);
		break;
	case FORMAT_JSONL:
		format_json_entry(f, e);
		writer_putc(f->out, '\n');
		break;
	case FORMAT_TSV:
	case FORMAT_CSV:
		format_delimited_entry(f, e);
		break;
	case FORMAT_KINDS:
		break;
	}
}

void
format_entry(struct format *f, const struct registry_entry *e, int full)
{
	format_separator(f, full);
	format_body(f, e, full);
	writer_end_record(f->out);
}

void
format_summary(struct format *f, const struct tally *t)
{
	/* Static for its size: a row for every entry and code at most. */
	static struct tally_row rows[TALLY_SLOTS];
	size_t n = tally_rows(t, rows, TALLY_SLOTS);

	if (f->kind == FORMAT_TEXT)
		format_text_summary(f, t, rows, n);
	else
		format_data_summary(f, t, rows, n);
}

void
format_end(struct format *f)
{
	if (f->kind == FORMAT_JSON)
		writer_write(f->out, f->count ? "\n]\n" : "]\n",
			     f->count ? 3 : 2);
}
