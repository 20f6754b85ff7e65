/* gen-registry.c - build-time generator: registry CSV files to a C table. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regfile.h"
#include "words.h"

static const char *const status_enums[] = {
	[REGISTRY_PERMANENT] = "REGISTRY_PERMANENT",
	[REGISTRY_TEMPORARY] = "REGISTRY_TEMPORARY",
	[REGISTRY_UNUSED] = "REGISTRY_UNUSED",
	[REGISTRY_OBSOLETE] = "REGISTRY_OBSOLETE",
	[REGISTRY_UNOFFICIAL] = "REGISTRY_UNOFFICIAL",
};

/* Reads a whole file, leaving one spare byte for the CSV reader. */
static char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL, *grown;
	size_t cap = 0, n = 0, got;

	if (fp == NULL) {
		fprintf(stderr, "gen-registry: %s: %s\n", path, strerror(errno));
		return NULL;
	}
	do {
		if (cap - n < 4096) {
			cap = cap ? cap * 2 : 65536;
			if ((grown = realloc(buf, cap)) == NULL) {
				fprintf(stderr, "gen-registry: out of memory\n");
				free(buf);
				fclose(fp);
				return NULL;
			}
			buf = grown;
		}
		got = fread(buf + n, 1, cap - n - 1, fp);
		n += got;
	} while (got > 0);
	if (ferror(fp)) {
		fprintf(stderr, "gen-registry: %s: read error\n", path);
		free(buf);
		fclose(fp);
		return NULL;
	}
	fclose(fp);
	*len = n;
	return buf;
}

/* Writes s as a C string literal.  Bytes outside printable ASCII become
 * three-digit octal escapes, which cannot run into the next character,
 * and '?' is escaped so that no trigraph can form under -std=c11. */
static void
put_string(FILE *out, const char *s)
{
	putc('"', out);
	for (; *s; s++) {
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

/* Appends the normal form of s[0..len) to buf at *n, after sep. */
static void
append_words(char *buf, size_t cap, size_t *n, const char *sep,
	     const char *s, size_t len)
{
	size_t seplen = strlen(sep), got;

	if (*n + seplen >= cap)
		return;
	memcpy(buf + *n, sep, seplen);
	*n += seplen;
	got = words_normalize(s, len, 0, buf + *n, cap - *n);
	*n += got < cap - *n ? got : 0;
	buf[*n] = '\0';
}

/* The search strings of one row; see struct registry_entry. */
static void
search_strings(const struct regfile_row *r, char *names, char *words,
	       char *hay, size_t cap)
{
	char alias[REGISTRY_NAME_MAX + 1];
	const char *p = r->aliases;
	size_t nn = 0, nw = 0, nh = 0, i, len;

	append_words(names, cap, &nn, "|", r->phrase, strlen(r->phrase));
	append_words(words, cap, &nw, " ", r->phrase, strlen(r->phrase));
	while ((len = registry_next_alias(&p, alias)) > 0) {
		append_words(names, cap, &nn, "|", alias, len);
		append_words(words, cap, &nw, " ", alias, len);
	}
	append_words(names, cap, &nn, "|", "", 0);
	if (r->status == REGISTRY_UNOFFICIAL)
		append_words(words, cap, &nw, " ", r->origin, strlen(r->origin));

	nh = (size_t)snprintf(hay, cap, "%s\n%s\n%s\n%s", r->phrase,
			      r->aliases, r->origin, r->description);
	for (i = 0; i < nh && i < cap; i++)
		if (hay[i] >= 'A' && hay[i] <= 'Z')
			hay[i] = (char)(hay[i] - 'A' + 'a');
}

static void
emit(FILE *out, const struct regfile *rf)
{
	static char names[4096], words[4096], hay[8192];
	size_t i, next = 0;
	unsigned code;

	fputs("/* Generated from registry.csv and classes.csv by gen-registry"
	      " - do not edit. */\n\n",
	      out);
	fputs("static const struct registry_entry entries[] = {\n", out);
	for (i = 0; i < rf->nrows; i++) {
		const struct regfile_row *r = &rf->rows[i];

		fprintf(out, "\t{%u, %s,\n\t\t", r->code,
			status_enums[r->status]);
		put_string(out, r->phrase);
		fputs(",\n\t\t", out);
		if (r->status == REGISTRY_UNOFFICIAL)
			put_string(out, r->origin);
		else
			fputs("NULL", out); /* registered: no origin */
		fputs(",\n\t\t", out);
		put_string(out, r->reference);
		fputs(",\n\t\t", out);
		put_string(out, r->aliases);
		fputs(",\n\t\t", out);
		put_string(out, r->description);
		search_strings(r, names, words, hay, sizeof(hay));
		fputs(",\n\t\t", out);
		put_string(out, names);
		fputs(",\n\t\t", out);
		put_string(out, words);
		fputs(",\n\t\t", out);
		put_string(out, hay);
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

	fputs("static const struct registry_class classes[5] = {\n", out);
	for (i = 0; i < 5; i++) {
		fprintf(out, "\t{%zu, ", i + 1);
		put_string(out, rf->classes[i].phrase);
		fputs(",\n\t\t", out);
		put_string(out, rf->classes[i].description);
		fputs("},\n", out);
	}
	fputs("};\n", out);
}

static int
parse(struct regfile *rf, const char *path, char **buf,
      int (*fn)(struct regfile *, char *, size_t, struct csv_error *))
{
	struct csv_error err;
	size_t len;

	if ((*buf = slurp(path, &len)) == NULL)
		return -1;
	if (fn(rf, *buf, len, &err) < 0) {
		fprintf(stderr, "%s:%u:%u: %s\n", path, err.line, err.column,
			err.message);
		return -1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	static struct regfile rf;
	char *registry = NULL, *classes = NULL;
	FILE *out;
	int status = EXIT_FAILURE;

	if (argc != 4) {
		fprintf(stderr, "usage: gen-registry REGISTRY.csv CLASSES.csv "
				"OUTPUT.h\n");
		return EXIT_FAILURE;
	}
	if (parse(&rf, argv[1], &registry, regfile_parse_registry) < 0 ||
	    parse(&rf, argv[2], &classes, regfile_parse_classes) < 0)
		goto done;
	if ((out = fopen(argv[3], "w")) == NULL) {
		fprintf(stderr, "gen-registry: %s: %s\n", argv[3],
			strerror(errno));
		goto done;
	}
	emit(out, &rf);
	if (ferror(out) | fclose(out)) {
		fprintf(stderr, "gen-registry: %s: write error\n", argv[3]);
		remove(argv[3]);
		goto done;
	}
	status = EXIT_SUCCESS;
done:
	free(registry);
	free(classes);
	return status;
}
