/* gen-registry.c - build-time generator: registry CSV files to a C table. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gen-index.h"
#include "regfile.h"

static const char *const status_enums[] = {
	[REGISTRY_PERMANENT] = "REGISTRY_PERMANENT",
	[REGISTRY_TEMPORARY] = "REGISTRY_TEMPORARY",
	[REGISTRY_UNUSED] = "REGISTRY_UNUSED",
	[REGISTRY_OBSOLETE] = "REGISTRY_OBSOLETE",
	[REGISTRY_UNOFFICIAL] = "REGISTRY_UNOFFICIAL",
};

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

/* The search index: terms[], postings[] and names[] (see registry.h). */
static void
emit_index(FILE *out, const struct search_index *ix)
{
	size_t i;

	fputs("static const struct registry_term terms[] = {\n", out);
	for (i = 0; i < ix->nterms; i++) {
		fputs("\t{", out);
		put_string(out, ix->terms[i].stem);
		fprintf(out, ", %zu, %zu},\n", ix->terms[i].first,
			ix->terms[i].count);
	}
	fputs("};\n\n", out);
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
		fputs("\t{", out);
		put_string(out, ix->names[i].key);
		fprintf(out, ", %u, %s},\n", ix->names[i].entry,
			ix->names[i].keyword ? "REGISTRY_NAME_KEYWORD"
					     : "REGISTRY_NAME_PHRASE");
	}
	if (ix->nnames == 0)
		fputs("\t{\"\", 0, REGISTRY_NAME_PHRASE},\n", out);
	fputs("};\n", out);
}

static void
emit(FILE *out, const struct regfile *rf, const struct search_index *ix)
{
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
		put_string(out, r->expires);
		fputs(",\n\t\t", out);
		if (r->status == REGISTRY_UNOFFICIAL)
			put_string(out, r->origin);
		else
			fputs("NULL", out); /* registered: no origin */
		fputs(",\n\t\t", out);
		put_string(out, r->source);
		fputs(",\n\t\t", out);
		put_string(out, r->reference);
		fputs(",\n\t\t", out);
		put_string(out, r->aliases);
		fputs(",\n\t\t", out);
		put_string(out, r->description);
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
	fputs("};\n\n", out);
	emit_index(out, ix);
}

static int
parse(struct regfile *rf, const char *path, char **buf,
      int (*fn)(struct regfile *, char *, size_t, struct csv_error *))
{
	struct csv_error err;
	size_t len;

	if ((*buf = csv_read_file(path, &len)) == NULL) {
		fprintf(stderr, "gen-registry: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (fn(rf, *buf, len, &err) < 0) {
		fprintf(stderr, "%s:%u:%u: %s\n", path, err.line, err.column,
			err.message);
		return -1;
	}
	return 0;
}

/* Writes the C table to a new file beside path, renamed onto path only
 * once complete: a failed run leaves any older output as it was, and
 * removes nothing but the file it made. */
static int
write_output(const char *path, const struct regfile *rf,
	     const struct search_index *ix)
{
	static const char suffix[] = ".XXXXXX";
	size_t len = strlen(path);
	char *tmp = malloc(len + sizeof(suffix));
	FILE *out = NULL;
	int fd = -1, rc = -1;

	if (tmp == NULL) {
		fprintf(stderr, "gen-registry: out of memory\n");
		return -1;
	}
	memcpy(tmp, path, len);
	memcpy(tmp + len, suffix, sizeof(suffix));
	if ((fd = mkstemp(tmp)) < 0) {
		fprintf(stderr, "gen-registry: %s: %s\n", tmp, strerror(errno));
		free(tmp);
		return -1;
	}
	/* mkstemp makes the file private; a header need not be. */
	if (fchmod(fd, 0644) < 0 || (out = fdopen(fd, "w")) == NULL) {
		fprintf(stderr, "gen-registry: %s: %s\n", tmp, strerror(errno));
		close(fd);
		goto fail;
	}
	emit(out, rf, ix);
	errno = 0;
	if (ferror(out) | fclose(out)) {
		fprintf(stderr, "gen-registry: %s: write error: %s\n", path,
			strerror(errno ? errno : EIO));
		goto fail;
	}
	if (rename(tmp, path) < 0) {
		fprintf(stderr, "gen-registry: %s: %s\n", path, strerror(errno));
		goto fail;
	}
	rc = 0;
	free(tmp);
	return rc;
fail:
	unlink(tmp);
	free(tmp);
	return rc;
}

int
main(int argc, char **argv)
{
	static struct regfile rf;
	struct search_index ix = {0};
	char *registry = NULL, *classes = NULL;
	int status = EXIT_FAILURE;

	if (argc != 4) {
		fprintf(stderr, "usage: gen-registry REGISTRY.csv CLASSES.csv "
				"OUTPUT.h\n");
		return EXIT_FAILURE;
	}
	if (parse(&rf, argv[1], &registry, regfile_parse_registry) < 0 ||
	    parse(&rf, argv[2], &classes, regfile_parse_classes) < 0)
		goto done;
	if (index_build(&ix, &rf) < 0) {
		fprintf(stderr, "gen-registry: out of memory\n");
		goto done;
	}
	if (write_output(argv[3], &rf, &ix) < 0)
		goto done;
	status = EXIT_SUCCESS;
done:
	index_free(&ix);
	free(registry);
	free(classes);
	return status;
}
