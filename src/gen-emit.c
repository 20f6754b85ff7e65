/* gen-emit.c - writes the registry and its search index as C, for the generator. */
#include "gen-emit.h"

#include <string.h>

#include "code.h"
#include "reference.h"

/* Writes a status or level as its enumerator, REGISTRY_ and its name in
 * capitals (REGISTRY_PERMANENT), so that the generated table reads as
 * the source does and the names stay in registry-status.c alone. */
static void
put_enumerator(FILE *out, const char *name)
{
	fputs("REGISTRY_", out);
	for (; *name; name++)
		putc(*name - 'a' + 'A', out);
}

static void
put_status(FILE *out, enum registry_status status)
{
	put_enumerator(out, registry_status_name(status));
}

static void
put_level(FILE *out, enum registry_level level)
{
	put_enumerator(out, registry_level_name(level));
}

/* Writes s as a C string literal.  Bytes outside printable ASCII become
 * three-digit octal escapes, which cannot run into the next character,
 * and '?' is escaped so that no trigraph can form under -std=c11. */
static void
put_string_n(FILE *out, const char *s, size_t len)
{
	const char *end = s + len;

	putc('"', out);
	for (; s < end; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\' || c == '?')
			fprintf(out, "\\%c", c);
		else if (c < 0x20 || c >= 0x7f)
			fprintf(out, "\\%03o", c);
		else
			putc(c, out);
	}
	putc('"', out);
}

static void
put_string(FILE *out, const char *s)
{
	put_string_n(out, s, strlen(s));
}

/* A '|'-separated list of a row, its sources or its aliases, as an
 * array of strings ending in NULL, which is static at file scope as any
 * compound literal there is. */
static void
put_string_list(FILE *out, const char *list)
{
	const char *item;
	size_t len;

	fputs("(const char *const[]){", out);
	while ((item = regfile_next_item(&list, &len)) != NULL) {
		put_string_n(out, item, len);
		fputs(", ", out);
	}
	fputs("NULL}", out);
}

/* The URL of each reference, as an array of strings ending in NULL;
 * the parser has refused any reference reference_url cannot link. */
static void
put_urls(FILE *out, const char *refs)
{
	char url[REFERENCE_URL_MAX];
	const char *ref;
	size_t len;

	fputs("(const char *const[]){", out);
	while ((ref = reference_next(&refs, &len)) != NULL) {
		reference_url(ref, len, url);
		put_string(out, url);
		fputs(", ", out);
	}
	fputs("NULL}", out);
}

/* Header items "Name:level:role" as an array of struct registry_header
 * ending in a NULL name. */
static void
put_headers(FILE *out, const char *list)
{
	struct regfile_header h;
	const char *item;
	size_t len;

	fputs("(const struct registry_header[]){", out);
	while ((item = regfile_next_item(&list, &len)) != NULL) {
		regfile_split_header(item, len, &h);
		fputs("{.name = ", out);
		put_string_n(out, h.name, h.namelen);
		fputs(", .level = ", out);
		put_level(out, (enum registry_level)h.level);
		fputs(", .role = ", out);
		put_string_n(out, h.role, h.rolelen);
		fputs("}, ", out);
	}
	fputs("{.name = NULL, .level = 0, .role = NULL}}", out);
}

/* Related items "CODE:note" as an array of struct registry_related
 * ending in a NULL note. */
static void
put_related(FILE *out, const char *list)
{
	const char *item;
	size_t len;
	unsigned code = 0;

	fputs("(const struct registry_related[]){", out);
	while ((item = regfile_next_item(&list, &len)) != NULL) {
		code_parse(item, 3, &code); /* checked by the parser */
		fprintf(out, "{.code = %u, .note = ", code);
		put_string_n(out, item + REGFILE_RELATED_NOTE,
			     len - REGFILE_RELATED_NOTE);
		fputs("}, ", out);
	}
	fputs("{.code = 0, .note = NULL}}", out);
}

/* The search index: terms[], postings[] and names[] (see registry.h). */
static void
emit_index(FILE *out, const struct search_index *ix)
{
	static const char *const name_kinds[] = {
		[REGISTRY_NAME_PHRASE] = "REGISTRY_NAME_PHRASE",
		[REGISTRY_NAME_KEYWORD] = "REGISTRY_NAME_KEYWORD",
		[REGISTRY_NAME_HEADER] = "REGISTRY_NAME_HEADER",
	};
	size_t i;

	fputs("static const struct registry_term terms[] = {\n", out);
	for (i = 0; i < ix->nterms; i++) {
		fputs("\t{.stem = ", out);
		put_string(out, ix->terms[i].stem);
		fprintf(out, ", .first = %zu, .count = %zu},\n",
			ix->terms[i].first, ix->terms[i].count);
	}
	fputs("};\n\n", out);
	/* Postings are the most numerous, and each is two numbers of one
	 * kind: positional, they keep the generated file small. */
	fputs("static const struct registry_posting postings[] = {", out);
	for (i = 0; i < ix->npostings; i++)
		fprintf(out, "%s{%u, %u},", i % 6 ? " " : "\n\t",
			ix->postings[i].entry, ix->postings[i].weight);
	fputs("\n};\n\n", out);
	/* An array may not be empty: a registry of unnamed codes has a
	 * placeholder that name_count leaves out. */
	fprintf(out, "static const size_t name_count = %zu;\n", ix->nnames);
	fputs("static const struct registry_name names[] = {\n", out);
	for (i = 0; i < ix->nnames; i++) {
		fputs("\t{.key = ", out);
		put_string(out, ix->names[i].key);
		fprintf(out, ", .entry = %u, .kind = %s, .level = %u, "
			".dropped = %u},\n", ix->names[i].entry,
			name_kinds[ix->names[i].kind],
			(unsigned)ix->names[i].level, ix->names[i].dropped);
	}
	if (ix->nnames == 0)
		fputs("\t{.key = \"\", .entry = 0, .kind = REGISTRY_NAME_PHRASE, "
		      ".level = 0, .dropped = 0},\n", out);
	fputs("};\n", out);
}

void
emit_registry(FILE *out, const struct regfile *rf,
	      const struct search_index *ix)
{
	size_t i, next = 0;
	unsigned code;

	fputs("/* Generated from registry.csv and classes.csv by gen-registry"
	      " - do not edit. */\n\n",
	      out);
	fputs("static const struct registry_entry entries[] = {\n", out);
	for (i = 0; i < rf->nrows; i++) {
		const struct regfile_row *r = &rf->rows[i];

		fprintf(out, "\t{.code = %u,\n\t\t.status = ", r->code);
		put_status(out, r->status);
		fputs(",\n\t\t.phrase = ", out);
		put_string(out, r->phrase);
		fputs(",\n\t\t.expires = ", out);
		put_string(out, r->expires);
		fputs(",\n\t\t.origin = ", out);
		if (r->status == REGISTRY_UNOFFICIAL)
			put_string(out, r->origin);
		else
			fputs("NULL", out); /* registered: no origin */
		fputs(",\n\t\t.sources = ", out);
		put_string_list(out, r->source);
		fputs(",\n\t\t.reference = ", out);
		put_string(out, r->reference);
		fputs(",\n\t\t.urls = ", out);
		put_urls(out, r->reference);
		fputs(",\n\t\t.aliases = ", out);
		put_string_list(out, r->aliases);
		fputs(",\n\t\t.description = ", out);
		put_string(out, r->description);
		fputs(",\n\t\t.headers = ", out);
		put_headers(out, r->headers);
		fprintf(out, ",\n\t\t.cacheable = %d,\n\t\t.content = ",
			r->cacheable);
		put_string(out, r->content);
		fputs(",\n\t\t.related = ", out);
		put_related(out, r->related);
		fputs("},\n", out);
	}
	fputs("};\n\n", out);

	/* The entries of code c are entries[first_entry[c]] up to
	 * entries[first_entry[c + 1]]: one array read per lookup. */
	fprintf(out, "static const unsigned short first_entry[%d] = {",
		REGISTRY_CODE_LIMIT + 1);
	for (code = 0; code <= REGISTRY_CODE_LIMIT; code++) {
		while (next < rf->nrows && rf->rows[next].code < code)
			next++;
		fprintf(out, "%s%zu,", code % 16 ? " " : "\n\t", next);
	}
	fputs("\n};\n\n", out);

	fprintf(out, "static const struct registry_class classes[%d] = {\n",
		CODE_CLASSES);
	for (i = 0; i < CODE_CLASSES; i++) {
		fprintf(out, "\t{.digit = %zu,\n\t\t.phrase = ", i + 1);
		put_string(out, rf->classes[i].phrase);
		fputs(",\n\t\t.description = ", out);
		put_string(out, rf->classes[i].description);
		fputs("},\n", out);
	}
	fputs("};\n\n", out);
	emit_index(out, ix);
}
