/* test-cache.c - unit tests for the copies of rendered entries. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "format.h"
#include "registry.h"
#include "unit.h"
#include "writer.h"

/* Both too large for the stack of a test. */
static struct writer out;
static struct cache cache;

/* Bytes before the entries, so that some entry is rendered across the
 * moment the writer's buffer fills and is flushed. */
#define FILLER (WRITER_BUFSIZE - 300)

static const enum format_kind kinds[] = {FORMAT_TEXT, FORMAT_JSON,
					 FORMAT_JSONL, FORMAT_TSV, FORMAT_CSV};

/* Every entry of the registry, rounds times over, in one format, written
 * by format_entry or through the cache; returns what reached the file,
 * to be freed, and its length in *len.  With a query (not in text), the
 * fields are code,query,phrase, and each entry answers a query of its
 * own, which the cache must not keep. */
static char *
write_all(enum format_kind kind, int full, int cached, int rounds,
	  int with_query, size_t *len)
{
	char query[32];
	const char *bad;
	size_t badlen;
	static char filler[FILLER];
	struct format f;
	FILE *file = tmpfile();
	char *back;
	size_t i;
	long size;
	int r;

	ck_assert_ptr_nonnull(file);
	memset(filler, '.', sizeof(filler));
	writer_init(&out, fileno(file));
	format_init(&f, &out);
	f.kind = kind;
	if (with_query)
		ck_assert_int_eq(format_parse_fields(&f, "code,query,phrase",
						     &bad, &badlen),
				 0);
	cache_init(&cache, &f);
	writer_write(&out, filler, sizeof(filler));
	format_begin(&f);
	for (r = 0; r < rounds; r++)
		for (i = 0; i < registry_size(); i++) {
			/* A comma and a quote, for CSV to quote. */
			f.query_len = (size_t)snprintf(query, sizeof(query),
						       "q%d,\"%zu\"", r, i);
			f.query = query;
			if (cached)
				cache_entry(&cache, &f, registry_at(i), full);
			else
				format_entry(&f, registry_at(i), full);
		}
	format_end(&f);
	ck_assert_int_eq(writer_flush(&out), 0);
	ck_assert_uint_eq(f.count, (size_t)rounds * registry_size());

	size = ftell(file);
	ck_assert_int_gt(size, 0);
	back = malloc((size_t)size);
	ck_assert_ptr_nonnull(back);
	rewind(file);
	ck_assert_uint_eq(fread(back, 1, (size_t)size, file), (size_t)size);
	fclose(file);
	*len = (size_t)size;
	return back;
}

START_TEST(cache_writes_what_format_entry_writes)
{
	enum format_kind kind = kinds[_i / 4];
	int full = _i % 2, with_query = _i / 2 % 2 && kind != FORMAT_TEXT;
	size_t want_len, got_len;
	char *want = write_all(kind, full, 0, 3, with_query, &want_len);
	char *got = write_all(kind, full, 1, 3, with_query, &got_len);

	ck_assert_msg(got_len == want_len && memcmp(got, want, want_len) == 0,
		      "format %d, full %d, query %d: %zu bytes through the "
		      "cache, %zu expected",
		      (int)kind, full, with_query, got_len, want_len);
	/* Each entry with its own query, and in its own format's way. */
	if (with_query)
		ck_assert_ptr_nonnull(strstr(
			got, kind == FORMAT_CSV	  ? ",\"q2,\"\"7\"\"\","
			     : kind == FORMAT_TSV ? "\tq2,\"7\"\t"
						  : "\"query\":\"q2,\\\"7\\\"\""));
	/* Copies were made, so the rounds after the first were copies. */
	ck_assert_uint_gt(cache.used, 0);
	free(want);
	free(got);
}
END_TEST

START_TEST(cache_keeps_an_entry_once_and_not_one_cut_by_a_flush)
{
	struct format f;
	const struct registry_entry *e = registry_at(0);
	size_t used;

	writer_init(&out, -1);
	format_init(&f, &out);
	f.kind = FORMAT_TSV;
	cache_init(&cache, &f);
	/* A full buffer: the entry's first bytes would go out with the
	 * flush (which fails: fd -1), so there is nothing whole to keep. */
	out.len = sizeof(out.buf) - 1;
	cache_entry(&cache, &f, e, 0);
	ck_assert_uint_eq(cache.used, 0);
	ck_assert_uint_eq(cache.piece[0][0].len, 0);

	writer_init(&out, -1);
	cache_entry(&cache, &f, e, 0);
	used = cache.used;
	ck_assert_uint_gt(used, 0);
	ck_assert_uint_eq(cache.piece[0][0].len, used);
	ck_assert_mem_eq(cache.bytes, out.buf, used);
	/* The second time is a copy: nothing more is kept. */
	cache_entry(&cache, &f, e, 0);
	ck_assert_uint_eq(cache.used, used);
	ck_assert_uint_eq(out.len, 2 * used);
	ck_assert_mem_eq(out.buf + used, out.buf, used);
}
END_TEST

START_TEST(cache_copy_writes_again_the_piece_cache_entry_wrote_last)
{
	struct format f;
	const struct registry_entry *e = registry_at(1);
	const char *bad;
	char line[512];
	size_t badlen, copied, formatted;

	writer_init(&out, -1);
	format_init(&f, &out);
	f.kind = FORMAT_JSONL;
	ck_assert_int_eq(format_parse_fields(&f, "code,query", &bad, &badlen),
			 0);
	cache_init(&cache, &f);
	ck_assert_ptr_null(cache.last);
	f.query = "first";
	f.query_len = 5;
	cache_entry(&cache, &f, e, 0);
	ck_assert_ptr_eq(cache.last, &cache.piece[0][1]);
	ck_assert_uint_gt(cache.last->len, 0);

	/* A copy of the piece answers a query of its own, as the entry
	 * written afresh does. */
	out.len = 0;
	f.query = "second";
	f.query_len = 6;
	cache_copy(&cache, &f, cache.last, 0);
	copied = out.len;
	format_entry(&f, e, 0);
	formatted = out.len - copied;
	ck_assert_uint_eq(copied, formatted);
	ck_assert_mem_eq(out.buf, out.buf + copied, copied);
	ck_assert_uint_lt(copied, sizeof(line));
	memcpy(line, out.buf, copied);
	line[copied] = '\0';
	ck_assert_ptr_nonnull(strstr(line, "\"query\":\"second\""));
	ck_assert_uint_eq(f.count, 3);
}
END_TEST

Suite *
unit_suite(void)
{
	Suite *s = suite_create("cache");
	TCase *tc = tcase_create("copies");

	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, cache_writes_what_format_entry_writes, 0,
			    (int)(4 * sizeof(kinds) / sizeof(kinds[0])));
	tcase_add_test(tc, cache_keeps_an_entry_once_and_not_one_cut_by_a_flush);
	tcase_add_test(tc, cache_copy_writes_again_the_piece_cache_entry_wrote_last);
	suite_add_tcase(s, tc);
	return s;
}
