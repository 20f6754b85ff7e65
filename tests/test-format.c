/* test-format.c - unit tests for the output formats and the checked writer. */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "format.h"
#include "registry.h"
#include "unit.h"
#include "writer.h"

/* Most tests never flush: they read what the writer holds in its
 * buffer.  The descriptor is invalid, so an unexpected flush loses the
 * output and the test fails rather than passing by accident. */
static struct writer w;

static void
setup_writer(void)
{
	writer_init(&w, -1);
}

/* What the writer holds, as a string. */
static const char *
written(void)
{
	ck_assert_int_eq(w.error, 0);
	ck_assert_uint_lt(w.len, sizeof(w.buf));
	w.buf[w.len] = '\0';
	return w.buf;
}

static const char *
json_string(const char *s)
{
	w.len = 0;
	format_json_string(&w, s);
	return written();
}

static const char *
tsv_field(const char *s)
{
	w.len = 0;
	format_tsv_field(&w, s);
	return written();
}

static const char *
csv_field(const char *s)
{
	w.len = 0;
	format_csv_field(&w, s);
	return written();
}

static const struct registry_entry *
entry(unsigned code, size_t i)
{
	const struct registry_entry *e = NULL;

	ck_assert_uint_gt(registry_find(code, &e), i);
	return &e[i];
}

static size_t
count_char(const char *s, char c)
{
	size_t n = 0;

	for (; *s; s++)
		n += *s == c;
	return n;
}

/* Field i (0-based) of a TSV line, copied into buf. */
static const char *
tsv_column(const char *line, size_t i, char *buf, size_t cap)
{
	const char *end;
	size_t len;

	while (i-- > 0) {
		line = strchr(line, '\t');
		ck_assert_ptr_nonnull(line);
		line++;
	}
	end = line + strcspn(line, "\t\n");
	len = (size_t)(end - line);
	ck_assert_uint_lt(len, cap);
	memcpy(buf, line, len);
	buf[len] = '\0';
	return buf;
}

START_TEST(json_string_passes_plain_text)
{
	ck_assert_str_eq(json_string(""), "\"\"");
	ck_assert_str_eq(json_string("Not Found"), "\"Not Found\"");
	ck_assert_str_eq(json_string("a/b ~{}"), "\"a/b ~{}\"");
}
END_TEST

START_TEST(json_string_escapes_quote_and_backslash)
{
	ck_assert_str_eq(json_string("say \"hi\""), "\"say \\\"hi\\\"\"");
	ck_assert_str_eq(json_string("a\\b"), "\"a\\\\b\"");
	ck_assert_str_eq(json_string("\"\\"), "\"\\\"\\\\\"");
}
END_TEST

START_TEST(json_string_names_common_control_characters)
{
	ck_assert_str_eq(json_string("a\nb"), "\"a\\nb\"");
	ck_assert_str_eq(json_string("\t"), "\"\\t\"");
	ck_assert_str_eq(json_string("\r"), "\"\\r\"");
	ck_assert_str_eq(json_string("\b"), "\"\\b\"");
	ck_assert_str_eq(json_string("\f"), "\"\\f\"");
	ck_assert_str_eq(json_string("\n\t\r\b\f"),
			 "\"\\n\\t\\r\\b\\f\"");
}
END_TEST

START_TEST(json_string_escapes_other_control_characters_as_u00xx)
{
	ck_assert_str_eq(json_string("\x01"), "\"\\u0001\"");
	ck_assert_str_eq(json_string("a\x1f" "b"), "\"a\\u001fb\"");
	ck_assert_str_eq(json_string("\x1b[0m"), "\"\\u001b[0m\"");
	ck_assert_str_eq(json_string("\x0b"), "\"\\u000b\"");
	ck_assert_str_eq(json_string("\x7f"), "\"\\u007f\"");
}
END_TEST

START_TEST(json_string_passes_valid_utf8)
{
	ck_assert_str_eq(json_string("caf\xc3\xa9"), "\"caf\xc3\xa9\"");
	ck_assert_str_eq(json_string("\xe2\x82\xac"), "\"\xe2\x82\xac\"");
	ck_assert_str_eq(json_string("\xf0\x9f\x98\x80!"),
			 "\"\xf0\x9f\x98\x80!\"");
	/* The edges: U+0080, U+0800, U+FFFF, U+10000 and U+10FFFF. */
	ck_assert_str_eq(json_string("\xc2\x80\xe0\xa0\x80\xef\xbf\xbf"
				     "\xf0\x90\x80\x80\xf4\x8f\xbf\xbf"),
			 "\"\xc2\x80\xe0\xa0\x80\xef\xbf\xbf"
			 "\xf0\x90\x80\x80\xf4\x8f\xbf\xbf\"");
}
END_TEST

START_TEST(json_string_replaces_invalid_utf8)
{
	ck_assert_str_eq(json_string("\xff"), "\"\\ufffd\"");
	ck_assert_str_eq(json_string("a\x80z"), "\"a\\ufffdz\"");
	/* Each byte of an overlong form or a surrogate is replaced. */
	ck_assert_str_eq(json_string("\xc0\xaf"), "\"\\ufffd\\ufffd\"");
	ck_assert_str_eq(json_string("\xed\xa0\x80"),
			 "\"\\ufffd\\ufffd\\ufffd\"");
	ck_assert_str_eq(json_string("\xe0\x80\xaf"),
			 "\"\\ufffd\\ufffd\\ufffd\"");
	ck_assert_str_eq(json_string("\xf4\x90\x80\x80"),
			 "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
	ck_assert_str_eq(json_string("\xf8\x88\x80\x80\x80"),
			 "\"\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\"");
	/* A sequence cut short by the end does not swallow the NUL. */
	ck_assert_str_eq(json_string("ab\xe2\x82"),
			 "\"ab\\ufffd\\ufffd\"");
	/* Nor by an ASCII character, which is kept. */
	ck_assert_str_eq(json_string("\xc3z"), "\"\\ufffdz\"");
}
END_TEST

START_TEST(tsv_field_turns_control_characters_into_spaces)
{
	ck_assert_str_eq(tsv_field("a\tb"), "a b");
	ck_assert_str_eq(tsv_field("a\nb\r\nc"), "a b  c");
	ck_assert_str_eq(tsv_field("\x01x\x7f"), " x ");
	ck_assert_str_eq(tsv_field("\x1b[0m"), " [0m");
}
END_TEST

START_TEST(tsv_field_leaves_other_text_alone)
{
	ck_assert_str_eq(tsv_field(""), "");
	ck_assert_str_eq(tsv_field("Not Found"), "Not Found");
	ck_assert_str_eq(tsv_field("\"a\\b\", c|d"), "\"a\\b\", c|d");
	ck_assert_str_eq(tsv_field("caf\xc3\xa9 \xe2\x82\xac"),
			 "caf\xc3\xa9 \xe2\x82\xac");
}
END_TEST

/* RFC 4180: a cell that holds a comma or a quote is quoted, and a quote
 * in it doubled; a line break never gets into a cell. */
START_TEST(csv_field_quotes_where_needed)
{
	ck_assert_str_eq(csv_field(""), "");
	ck_assert_str_eq(csv_field("Not Found"), "Not Found");
	ck_assert_str_eq(csv_field("I'm a teapot"), "I'm a teapot");
	ck_assert_str_eq(csv_field("nginx, Cloudflare"), "\"nginx, Cloudflare\"");
	ck_assert_str_eq(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
	ck_assert_str_eq(csv_field("\""), "\"\"\"\"");
	ck_assert_str_eq(csv_field("a\r\nb\tc"), "a  b c");
}
END_TEST

START_TEST(parse_fields_accepts_a_list)
{
	struct format f;
	const char *bad = NULL;
	size_t badlen = 99;

	format_init(&f, &w);
	ck_assert_int_eq(format_parse_fields(&f, "code,phrase", &bad, &badlen),
			 0);
	ck_assert_uint_eq(f.nfields, 2);
	ck_assert_uint_eq(f.fields[0], FIELD_CODE);
	ck_assert_uint_eq(f.fields[1], FIELD_PHRASE);

	ck_assert_int_eq(format_parse_fields(&f, "url,origin,code", &bad,
					     &badlen), 0);
	ck_assert_uint_eq(f.nfields, 3);
	ck_assert_uint_eq(f.fields[0], FIELD_URL);
	ck_assert_uint_eq(f.fields[1], FIELD_ORIGIN);
	ck_assert_uint_eq(f.fields[2], FIELD_CODE);
}
END_TEST

START_TEST(parse_fields_accepts_every_field_once)
{
	struct format f;
	const char *bad = NULL;
	size_t badlen = 0;

	format_init(&f, &w);
	ck_assert_int_eq(format_parse_fields(&f,
					     "aliases,expires,url,class,origin,"
					     "related,content,cacheable,headers,"
					     "status,source,reference,"
					     "description,phrase,treat_as,query,"
					     "code",
					     &bad, &badlen), 0);
	ck_assert_uint_eq(f.nfields, FIELD_COUNT);
	ck_assert_uint_eq(f.fields[0], FIELD_ALIASES);
	ck_assert_uint_eq(f.fields[FIELD_COUNT - 1], FIELD_CODE);
}
END_TEST

static void
expect_bad_fields(const char *list, size_t offset, size_t len)
{
	struct format f;
	const char *bad = NULL;
	size_t badlen = 99;

	format_init(&f, &w);
	ck_assert_msg(format_parse_fields(&f, list, &bad, &badlen) == -1,
		      "'%s' accepted", list);
	ck_assert_ptr_eq(bad, list + offset);
	ck_assert_uint_eq(badlen, len);
}

START_TEST(parse_fields_rejects_unknown_name)
{
	expect_bad_fields("code,bogus", 5, 5);
	expect_bad_fields("bogus,code", 0, 5);
	expect_bad_fields("Code", 0, 4);
	expect_bad_fields("code,phrases", 5, 7);
	expect_bad_fields("code,phr", 5, 3);
}
END_TEST

START_TEST(parse_fields_rejects_empty_name)
{
	expect_bad_fields("", 0, 0);
	expect_bad_fields("code,,phrase", 5, 0);
	expect_bad_fields(",code", 0, 0);
	expect_bad_fields("code,", 5, 0);
}
END_TEST

START_TEST(parse_fields_rejects_repeated_name)
{
	expect_bad_fields("code,code", 5, 4);
	expect_bad_fields("phrase,code,phrase", 12, 6);
}
END_TEST

START_TEST(field_names_match_parse_fields)
{
	struct format f;
	const char *bad;
	size_t badlen;
	int i;

	format_init(&f, &w);
	for (i = 0; i < FIELD_COUNT; i++) {
		const char *name = format_field_name((enum format_field)i);

		ck_assert_int_eq(format_parse_fields(&f, name, &bad, &badlen),
				 0);
		ck_assert_uint_eq(f.nfields, 1);
		ck_assert_uint_eq(f.fields[0], (unsigned)i);
		/* main.c lists them in FIELD_COUNT * 16 bytes. */
		ck_assert_uint_lt(strlen(name), 14);
	}
	ck_assert_str_eq(format_field_name(FIELD_COUNT), "");
}
END_TEST

START_TEST(json_entry_of_404_has_code_null_origin_and_class)
{
	struct format f;
	const char *out;

	format_init(&f, &w);
	f.kind = FORMAT_JSONL;
	format_entry(&f, entry(404, 0), 0);
	out = written();
	ck_assert_msg(strncmp(out, "{\"code\":404,\"phrase\":\"Not Found\",",
			      33) == 0, "got %s", out);
	ck_assert_ptr_nonnull(strstr(out, ",\"origin\":null,"));
	ck_assert_ptr_nonnull(strstr(out, ",\"class\":\"4xx\","));
	ck_assert_ptr_nonnull(strstr(out, ",\"status\":\"permanent\","));
	ck_assert_ptr_nonnull(strstr(out, ",\"aliases\":[],"));
	ck_assert_ptr_nonnull(strstr(out,
		",\"url\":\"https://www.rfc-editor.org/rfc/rfc9110"
		"#section-15.5.5\","));
	ck_assert_ptr_nonnull(strstr(out,
		",\"source\":[\"https://www.rfc-editor.org/rfc/rfc9110"
		"#section-15.5.5\"],\"expires\":null,"));
	ck_assert_ptr_nonnull(strstr(out, ",\"treat_as\":404}"));
	ck_assert_uint_eq(count_char(out, '\n'), 1);
	ck_assert_str_eq(out + strlen(out) - 2, "}\n");
}
END_TEST

/* f set up to write kind with the fields of list, into w. */
static void
use_fields(struct format *f, enum format_kind kind, const char *list)
{
	const char *bad;
	size_t badlen;

	format_init(f, &w);
	f->kind = kind;
	ck_assert_int_eq(format_parse_fields(f, list, &bad, &badlen), 0);
}

/* An entry with every kind of header line, content and related code,
 * so that the tests below do not depend on the data. */
static const struct registry_entry sample = {
	.code = 405,
	.status = REGISTRY_PERMANENT,
	.phrase = "Method Not Allowed",
	.expires = "",
	.sources = (const char *const[]){NULL},
	.reference = "RFC 9110, Section 15.5.6",
	.urls = (const char *const[]){
		"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6", NULL},
	.aliases = (const char *const[]){NULL},
	.description = "Not that method.",
	.headers = (const struct registry_header[]){
		{"Allow", REGISTRY_REQUIRED, "the methods it has"},
		{"ETag", REGISTRY_OPTIONAL, "as \"before\""},
		{"Date", REGISTRY_OPTIONAL, "as \"before\""},
		{"If-Match", REGISTRY_REQUEST, "the failed condition"},
		{NULL, 0, NULL},
	},
	.cacheable = 1,
	.content = "none at all",
	.related = (const struct registry_related[]){
		{501, "no resource has the method"},
		{403, "refused"},
		{0, NULL},
	},
};

/* The same with none of them: the lists are empty, not missing. */
static const struct registry_entry bare = {
	.code = 103,
	.status = REGISTRY_PERMANENT,
	.phrase = "Early",
	.expires = "",
	.sources = (const char *const[]){NULL},
	.reference = "",
	.urls = (const char *const[]){NULL},
	.aliases = (const char *const[]){NULL},
	.description = "Soon.",
	.headers = (const struct registry_header[]){{NULL, 0, NULL}},
	.content = "",
	.related = (const struct registry_related[]){{0, NULL}},
};

START_TEST(json_entry_carries_headers_cacheability_content_and_related)
{
	struct format f;

	use_fields(&f, FORMAT_JSONL, "headers,cacheable,content,related");
	format_entry(&f, &sample, 0);
	format_entry(&f, &bare, 0);
	ck_assert_str_eq(written(),
		"{\"headers\":[{\"name\":\"Allow\",\"level\":\"required\","
		"\"role\":\"the methods it has\"},{\"name\":\"ETag\",\"level\":"
		"\"optional\",\"role\":\"as \\\"before\\\"\"},{\"name\":\"Date\","
		"\"level\":\"optional\",\"role\":\"as \\\"before\\\"\"},"
		"{\"name\":\"If-Match\",\"level\":\"request\",\"role\":"
		"\"the failed condition\"}],\"cacheable\":true,"
		"\"content\":\"none at all\",\"related\":[{\"code\":501,"
		"\"note\":\"no resource has the method\"},{\"code\":403,"
		"\"note\":\"refused\"}]}\n"
		"{\"headers\":[],\"cacheable\":false,\"content\":null,"
		"\"related\":[]}\n");
}
END_TEST

START_TEST(tsv_entry_names_headers_and_related_codes)
{
	struct format f;

	use_fields(&f, FORMAT_TSV, "code,headers,cacheable,content,related");
	format_entry(&f, &sample, 0);
	format_entry(&f, &bare, 0);
	ck_assert_str_eq(written(),
			 "405\tAllow|ETag|Date|If-Match\tyes\tnone at all\t501|403\n"
			 "103\t\tno\t\t\n");
}
END_TEST

START_TEST(text_entry_in_full_shows_headers_caching_and_neighbours)
{
	struct format f;

	format_init(&f, &w);
	format_entry(&f, &sample, 1);
	ck_assert_str_eq(written(),
		"405 Method Not Allowed\n"
		"    Not that method.\n"
		"    Headers: Allow (required): the methods it has\n"
		"             ETag, Date (optional): as \"before\"\n"
		"             If-Match (request): the failed condition\n"
		"    Content: none at all\n"
		"    Cacheable by default\n"
		"    See also: 501 no resource has the method\n"
		"              403 refused\n"
		"    RFC 9110, Section 15.5.6\n");
	/* One line stays one line. */
	w.len = 0;
	format_entry(&f, &sample, 0);
	ck_assert_str_eq(written(), "\n405 Method Not Allowed\n");
}
END_TEST

START_TEST(text_entry_says_when_a_cache_may_store_it)
{
	struct format f;
	struct registry_entry e = sample;

	format_init(&f, &w);
	e.cacheable = 0;
	format_entry(&f, &e, 1);
	ck_assert_ptr_nonnull(strstr(written(),
				     "\n    Not cacheable by default\n"));
	/* An interim response is never stored, so nothing is said. */
	w.len = 0;
	format_entry(&f, &bare, 1);
	ck_assert_str_eq(written(), "\n103 Early\n    Soon.\n");
}
END_TEST

START_TEST(text_entry_wraps_header_roles_under_the_first_name)
{
	struct format f;
	struct registry_header h[] = {
		{"Retry-After", REGISTRY_OPTIONAL,
		 "how long the client ought to wait before it asks again"},
		{NULL, 0, NULL},
	};
	struct registry_entry e = bare;

	format_init(&f, &w);
	f.width = 50;
	e.headers = h;
	format_entry(&f, &e, 1);
	ck_assert_str_eq(written(),
		"103 Early\n"
		"    Soon.\n"
		"    Headers: Retry-After (optional): how long the\n"
		"             client ought to wait before it asks\n"
		"             again\n");
}
END_TEST

START_TEST(json_entry_lists_aliases_as_array)
{
	struct format f;

	use_fields(&f, FORMAT_JSONL, "code,aliases");
	format_entry(&f, entry(416, 0), 0);
	ck_assert_str_eq(written(),
			 "{\"code\":416,\"aliases\":[\"Requested Range Not "
			 "Satisfiable\",\"HTTP::Status::HTTP_REQUEST_RANGE_NOT_"
			 "SATISFIABLE (Perl)\"]}\n");
}
END_TEST

START_TEST(json_entry_of_unofficial_code_has_origin_and_maybe_no_class)
{
	struct format f;

	use_fields(&f, FORMAT_JSONL, "code,origin,class,status");
	format_entry(&f, entry(499, 1), 0);
	format_entry(&f, entry(600, 0), 0);
	format_entry(&f, entry(0, 0), 0);
	ck_assert_str_eq(written(),
			 "{\"code\":499,\"origin\":\"Esri ArcGIS Server\","
			 "\"class\":\"4xx\",\"status\":\"unofficial\"}\n"
			 "{\"code\":600,\"origin\":\"Akamai reports\","
			 "\"class\":null,\"status\":\"unofficial\"}\n"
			 "{\"code\":0,\"origin\":\"curl, nginx, Apache Traffic "
			 "Server, Akamai, AWS Elastic Load Balancing\","
			 "\"class\":null,"
			 "\"status\":\"unofficial\"}\n");
}
END_TEST

/* Where each fact can be checked: a registered code's reference URL, a
 * vendor's page, or why there is none; and when a registration expires. */
START_TEST(json_entry_carries_source_and_expiry)
{
	struct format f;

	use_fields(&f, FORMAT_JSONL, "code,source,expires");
	format_entry(&f, entry(104, 0), 0);
	format_entry(&f, entry(444, 0), 0);
	format_entry(&f, entry(218, 0), 0);
	ck_assert_str_eq(written(),
			 "{\"code\":104,\"source\":[\"https://datatracker.ietf.org"
			 "/doc/html/draft-ietf-httpbis-resumable-upload-05\"],"
			 "\"expires\":\"2026-11-13\"}\n"
			 "{\"code\":444,\"source\":[\"https://nginx.org/en/docs/"
			 "http/ngx_http_rewrite_module.html#return\","
			 "\"https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1"
			 "ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h\","
			 "\"https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1"
			 "ac37dec76683d525ac0ff521c/src/http/ngx_http_request.c\"],"
			 "\"expires\":null}\n"
			 "{\"code\":218,\"source\":[\"unattested: widely listed "
			 "as an Apache HTTP Server code, but httpd does not "
			 "define 218 and its ProxyErrorOverride acts on 400-599 "
			 "only\"],\"expires\":null}\n");
}
END_TEST

/* What a client acts on: a registered code, even in a vendor's meaning,
 * is itself; an unofficial code of a class is the class's x00; a code
 * outside the classes is invalid, so a server error; 000 is no response
 * and has nothing to act on. */
START_TEST(json_entry_says_what_a_client_treats_the_code_as)
{
	struct format f;

	use_fields(&f, FORMAT_JSONL, "code,status,treat_as");
	format_entry(&f, entry(418, 0), 0);
	format_entry(&f, entry(503, 1), 0);
	format_entry(&f, entry(499, 0), 0);
	format_entry(&f, entry(218, 0), 0);
	format_entry(&f, entry(0, 0), 0);
	format_entry(&f, entry(783, 0), 0);
	ck_assert_str_eq(written(),
			 "{\"code\":418,\"status\":\"unused\",\"treat_as\":418}\n"
			 "{\"code\":503,\"status\":\"unofficial\","
			 "\"treat_as\":503}\n"
			 "{\"code\":499,\"status\":\"unofficial\","
			 "\"treat_as\":400}\n"
			 "{\"code\":218,\"status\":\"unofficial\","
			 "\"treat_as\":200}\n"
			 "{\"code\":0,\"status\":\"unofficial\","
			 "\"treat_as\":null}\n"
			 "{\"code\":783,\"status\":\"unofficial\","
			 "\"treat_as\":500}\n");
}
END_TEST

/* --header: the names of the fields asked for, in their order, and only
 * in TSV and CSV. */
START_TEST(header_row_names_the_fields)
{
	struct format f;

	use_fields(&f, FORMAT_TSV, "query,code,treat_as");
	f.header = 1;
	format_begin(&f);
	ck_assert_str_eq(written(), "query\tcode\ttreat_as\n");
	w.len = 0;
	use_fields(&f, FORMAT_CSV, "phrase,code");
	f.header = 1;
	format_begin(&f);
	ck_assert_str_eq(written(), "phrase,code\r\n");
	w.len = 0;
	use_fields(&f, FORMAT_JSONL, "phrase,code");
	f.header = 1;
	format_begin(&f);
	ck_assert_str_eq(written(), "");
}
END_TEST

/* The query as given, escaped in each format's way; null when there is
 * none to give back. */
START_TEST(query_field_gives_the_query_back)
{
	struct format f;

	use_fields(&f, FORMAT_JSONL, "query,code");
	f.query = "a\"b\0c";
	f.query_len = 5;
	format_entry(&f, entry(404, 0), 0);
	f.query = NULL;
	format_entry(&f, entry(404, 0), 0);
	ck_assert_str_eq(written(), "{\"query\":\"a\\\"b\\u0000c\",\"code\":404}\n"
				    "{\"query\":null,\"code\":404}\n");
	w.len = 0;
	use_fields(&f, FORMAT_TSV, "code,query");
	f.query = "x\ty";
	f.query_len = 3;
	format_entry(&f, entry(404, 0), 0);
	ck_assert_str_eq(written(), "404\tx y\n");
	w.len = 0;
	use_fields(&f, FORMAT_CSV, "query,code");
	f.query = "a,b";
	f.query_len = 3;
	format_entry(&f, entry(404, 0), 0);
	ck_assert_str_eq(written(), "\"a,b\",404\r\n");
}
END_TEST

/* An entry the program makes for a code the registry does not have:
 * what is known of it, and every other field null, or an empty list. */
static const struct registry_entry *
missing(unsigned code, enum registry_status status)
{
	static struct registry_entry e;

	registry_missing(&e, code, status);
	return &e;
}

START_TEST(json_entry_of_unassigned_code_is_null_but_for_code_and_class)
{
	struct format f;

	format_init(&f, &w);
	f.kind = FORMAT_JSONL;
	format_entry(&f, missing(299, REGISTRY_UNASSIGNED), 0);
	ck_assert_str_eq(written(),
			 "{\"code\":299,\"phrase\":null,\"description\":null,"
			 "\"reference\":null,\"status\":\"unassigned\","
			 "\"origin\":null,\"class\":\"2xx\",\"aliases\":[],"
			 "\"url\":null,\"source\":[],\"expires\":null,"
			 "\"headers\":[],\"cacheable\":false,\"content\":null,"
			 "\"related\":[],\"treat_as\":200}\n");
}
END_TEST

START_TEST(json_array_holds_unassigned_code_among_entries)
{
	struct format f;

	use_fields(&f, FORMAT_JSON, "treat_as,code");
	format_begin(&f);
	format_entry(&f, entry(404, 0), 0);
	format_entry(&f, missing(199, REGISTRY_UNASSIGNED), 0);
	format_entry(&f, entry(200, 0), 0);
	format_end(&f);
	ck_assert_str_eq(written(), "[\n"
				    "  {\"treat_as\":404,\"code\":404},\n"
				    "  {\"treat_as\":100,\"code\":199},\n"
				    "  {\"treat_as\":200,\"code\":200}\n"
				    "]\n");
}
END_TEST

START_TEST(json_array_of_no_entries_is_empty)
{
	struct format f;

	format_init(&f, &w);
	f.kind = FORMAT_JSON;
	format_begin(&f);
	format_end(&f);
	ck_assert_str_eq(written(), "[]\n");
}
END_TEST

START_TEST(json_array_puts_one_entry_per_line)
{
	struct format f;

	use_fields(&f, FORMAT_JSON, "code,phrase");
	format_begin(&f);
	format_entry(&f, entry(404, 0), 0);
	format_entry(&f, entry(418, 0), 0);
	format_end(&f);
	ck_assert_str_eq(written(), "[\n"
				    "  {\"code\":404,\"phrase\":\"Not Found\"},\n"
				    "  {\"code\":418,\"phrase\":\"I'm a teapot\"}\n"
				    "]\n");
}
END_TEST

START_TEST(json_array_starts_afresh_after_begin)
{
	struct format f;

	use_fields(&f, FORMAT_JSON, "code");
	format_begin(&f);
	format_entry(&f, entry(404, 0), 0);
	format_end(&f);
	format_begin(&f);
	format_end(&f);
	ck_assert_str_eq(written(), "[\n  {\"code\":404}\n]\n[]\n");
}
END_TEST

START_TEST(tsv_entry_of_404_has_every_column)
{
	struct format f;
	const char *out;
	char col[256];

	format_init(&f, &w);
	f.kind = FORMAT_TSV;
	format_entry(&f, entry(404, 0), 0);
	out = written();
	/* Every field but the query, which is asked for by name. */
	ck_assert_uint_eq(count_char(out, '\t'), FIELD_QUERY - 1);
	ck_assert_uint_eq(count_char(out, '\n'), 1);
	ck_assert_int_eq(out[strlen(out) - 1], '\n');
	ck_assert_str_eq(tsv_column(out, FIELD_CODE, col, sizeof(col)), "404");
	ck_assert_str_eq(tsv_column(out, FIELD_PHRASE, col, sizeof(col)),
			 "Not Found");
	ck_assert_str_eq(tsv_column(out, FIELD_STATUS, col, sizeof(col)),
			 "permanent");
	ck_assert_str_eq(tsv_column(out, FIELD_ORIGIN, col, sizeof(col)), "");
	ck_assert_str_eq(tsv_column(out, FIELD_CLASS, col, sizeof(col)), "4xx");
	ck_assert_str_eq(tsv_column(out, FIELD_URL, col, sizeof(col)),
			 "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
	/* A registered code's source is its reference. */
	ck_assert_str_eq(tsv_column(out, FIELD_SOURCE, col, sizeof(col)),
			 "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
	ck_assert_str_eq(tsv_column(out, FIELD_EXPIRES, col, sizeof(col)), "");
	ck_assert_str_eq(tsv_column(out, FIELD_TREAT_AS, col, sizeof(col)),
			 "404");
}
END_TEST

START_TEST(tsv_entry_of_499_nginx_has_origin)
{
	struct format f;
	const char *out;
	char col[1024];

	format_init(&f, &w);
	f.kind = FORMAT_TSV;
	format_entry(&f, entry(499, 0), 0);
	out = written();
	/* Every field but the query, which is asked for by name. */
	ck_assert_uint_eq(count_char(out, '\t'), FIELD_QUERY - 1);
	ck_assert_str_eq(tsv_column(out, FIELD_ORIGIN, col, sizeof(col)),
			 entry(499, 0)->origin);
	ck_assert_ptr_eq(strstr(col, "nginx, "), col);
	ck_assert_ptr_eq(strstr(tsv_column(out, FIELD_SOURCE, col, sizeof(col)),
				"https://github.com/nginx/"), col);
	ck_assert_str_eq(tsv_column(out, FIELD_STATUS, col, sizeof(col)),
			 "unofficial");
	ck_assert_str_eq(tsv_column(out, FIELD_URL, col, sizeof(col)), "");
	ck_assert_str_eq(tsv_column(out, FIELD_TREAT_AS, col, sizeof(col)),
			 "400");
}
END_TEST

START_TEST(tsv_entry_pads_codes_and_joins_aliases)
{
	struct format f;

	use_fields(&f, FORMAT_TSV, "code,class,aliases,treat_as");
	format_entry(&f, entry(0, 0), 0);
	format_entry(&f, entry(416, 0), 0);
	ck_assert_str_eq(written(), "000\t\t\t\n"
				    "416\t4xx\tRequested Range Not Satisfiable|"
				    "HTTP::Status::HTTP_REQUEST_RANGE_NOT_"
				    "SATISFIABLE (Perl)\t416\n");
}
END_TEST

START_TEST(tsv_entry_of_unassigned_code_is_empty_but_for_code_and_class)
{
	struct format f;

	format_init(&f, &w);
	f.kind = FORMAT_TSV;
	format_entry(&f, missing(599, REGISTRY_UNASSIGNED), 0);
	ck_assert_str_eq(written(),
			 "599\t\t\t\tunassigned\t\t5xx\t\t\t\t\t\tno\t\t\t500\n");
	w.len = 0;
	use_fields(&f, FORMAT_TSV, "phrase,code");
	format_entry(&f, missing(599, REGISTRY_UNASSIGNED), 0);
	ck_assert_str_eq(written(), "\t599\n");
}
END_TEST

/* An unknown query's entry: its code if it held one, else null; a code
 * outside the classes has no class, and is treated as a server error. */
START_TEST(unknown_entry_has_code_or_null)
{
	struct format f;

	use_fields(&f, FORMAT_JSONL, "code,phrase,status,class,treat_as");
	format_entry(&f, missing(999, REGISTRY_UNKNOWN), 0);
	format_entry(&f, missing(REGISTRY_NO_CODE, REGISTRY_UNKNOWN), 0);
	ck_assert_str_eq(written(),
			 "{\"code\":999,\"phrase\":null,\"status\":\"unknown\","
			 "\"class\":null,\"treat_as\":500}\n"
			 "{\"code\":null,\"phrase\":null,\"status\":\"unknown\","
			 "\"class\":null,\"treat_as\":null}\n");
	w.len = 0;
	use_fields(&f, FORMAT_CSV, "code,status,treat_as");
	format_entry(&f, missing(REGISTRY_NO_CODE, REGISTRY_UNKNOWN), 0);
	format_entry(&f, missing(299, REGISTRY_UNASSIGNED), 0);
	ck_assert_str_eq(written(), ",unknown,\r\n299,unassigned,200\r\n");
}
END_TEST

/* In text, one line each, so that a list keeps a line per query. */
START_TEST(text_of_missing_entries_is_one_line)
{
	struct format f;

	format_init(&f, &w);
	format_entry(&f, missing(299, REGISTRY_UNASSIGNED), 1);
	format_entry(&f, missing(999, REGISTRY_UNKNOWN), 0);
	format_entry(&f, missing(REGISTRY_NO_CODE, REGISTRY_UNKNOWN), 0);
	ck_assert_str_eq(written(), "299 (unassigned)\n\n999 (unknown)\n"
				    "--- (unknown)\n");
}
END_TEST

START_TEST(text_entry_of_404_is_code_and_phrase)
{
	struct format f;

	format_init(&f, &w);
	format_entry(&f, entry(404, 0), 0);
	ck_assert_str_eq(written(), "404 Not Found\n");
}
END_TEST

START_TEST(text_entry_in_full_starts_with_code_and_phrase)
{
	struct format f;
	const char *out;

	format_init(&f, &w);
	format_entry(&f, entry(404, 0), 1);
	out = written();
	ck_assert_int_eq(strncmp(out, "404 Not Found\n    ", 18), 0);
	ck_assert_ptr_nonnull(strstr(out, "\n    RFC 9110, Section 15.5.5\n"));
	ck_assert_int_eq(out[strlen(out) - 1], '\n');
}
END_TEST

START_TEST(text_entry_in_full_lists_aliases)
{
	struct format f;

	format_init(&f, &w);
	format_entry(&f, entry(422, 0), 1);
	ck_assert_ptr_nonnull(strstr(written(),
				     "\n    Also known as: Unprocessable Entity\n"));
	w.len = 0;
	format_entry(&f, entry(404, 0), 1);
	ck_assert_ptr_null(strstr(written(), "Also known as"));
}
END_TEST

START_TEST(text_entry_marks_unofficial_origin)
{
	struct format f;

	format_init(&f, &w);
	format_entry(&f, entry(499, 0), 0);
	ck_assert_str_eq(written(), "499 Client Closed Request  "
				    "(unofficial: nginx, Cloudflare, Cloud "
				    "Foundry, Google APIs)\n");
	/* No vendor documents 218: the marker says so. */
	w.len = 0;
	format_entry(&f, entry(218, 0), 0);
	ck_assert_str_eq(written(), "218 This is fine  (unofficial, unattested: "
				    "attributed to Apache HTTP Server)\n");
}
END_TEST

START_TEST(text_entry_marks_registry_status)
{
	struct format f;

	format_init(&f, &w);
	/* A temporary registration is current up to the day it expires. */
	strcpy(f.today, "2026-11-12");
	format_entry(&f, entry(104, 0), 0);
	strcpy(f.today, "2026-11-13");
	format_entry(&f, entry(104, 0), 0);
	format_entry(&f, entry(510, 0), 0);
	format_entry(&f, entry(306, 0), 0);
	ck_assert_ptr_nonnull(strstr(written(), "104 Upload Resumption Supported  "
						"(temporary, expires 2026-11-13)\n"
						"104 Upload Resumption Supported  "
						"(temporary registration expired "
						"2026-11-13: check the IANA registry)\n"));
	ck_assert_ptr_nonnull(
		strstr(written(), "510 Not Extended  (obsolete)\n"));
	ck_assert_ptr_nonnull(strstr(
		written(), "306 Unused  (reserved: unused in the IANA registry)\n"));
}
END_TEST

START_TEST(text_entries_in_full_are_separated_by_a_blank_line)
{
	struct format f;
	const char *out;

	format_init(&f, &w);
	format_begin(&f);
	format_entry(&f, entry(404, 0), 1);
	format_entry(&f, entry(410, 0), 1);
	format_end(&f);
	out = written();
	ck_assert_ptr_nonnull(strstr(out, "\n\n410 Gone\n"));
	ck_assert_ptr_null(strstr(out, "\n\n\n"));
	ck_assert_int_ne(out[0], '\n');
}
END_TEST

/* Columns of a UTF-8 line: continuation bytes do not count.  A line
 * may fill all f.width columns, no more. */
static size_t
columns(const char *s, size_t len)
{
	size_t n = 0, i;

	for (i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xc0) != 0x80;
	return n;
}

START_TEST(text_entry_in_full_wraps_body_to_the_width)
{
	struct format f;
	size_t i;

	format_init(&f, &w);
	for (i = 0; i < registry_size(); i++) {
		const char *line, *nl;

		w.len = 0;
		f.count = 0;
		format_entry(&f, registry_at(i), 1);
		for (line = written(); *line; line = nl + 1) {
			nl = strchr(line, '\n');
			ck_assert_ptr_nonnull(nl);
			/* A URL is one word, which no width can break. */
			if (strncmp(line, "    Source: https://", 20) == 0 &&
			    memchr(line + 12, ' ', (size_t)(nl - line) - 12) == NULL)
				continue;
			ck_assert_msg(columns(line, (size_t)(nl - line)) <=
					      f.width,
				      "%03u: line too long: %.*s",
				      registry_at(i)->code, (int)(nl - line),
				      line);
		}
	}
}
END_TEST

/* Whether s[0..len) holds a space.  A loop, not memchr: after a memcmp
 * with a literal, gcc 12 takes line for the literal and warns that
 * memchr reads past it (-Wstringop-overread). */
static int
has_space(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] == ' ')
			return 1;
	return 0;
}

/* Whether line, of a full entry e, may be wider than the width: a line
 * of one word, which no width can break, a label whose words follow on
 * the next line, a URL after its label, or one reference, a link that
 * is kept whole. */
static int
may_overflow(const struct registry_entry *e, const char *line, size_t len)
{
	static const char *const labels[] = {
		"    Also known as:", "    Unattested:", "    Headers:",
		"    Content:", "    See also:", NULL,
	};
	const char *const *l, *ref;

	/* The code and the first word of the phrase are on the first line
	 * however narrow it is. */
	if (len > 4 && !has_space(line + 4, len - 4))
		return 1;
	for (l = labels; *l != NULL; l++)
		if (len == strlen(*l) && memcmp(line, *l, len) == 0)
			return 1;
	if (len > 20 && memcmp(line, "    Source: https://", 20) == 0 &&
	    !has_space(line + 12, len - 12))
		return 1;
	if (len < 4 || memcmp(line, "    ", 4) != 0)
		return 0;
	line += 4;
	len -= 4 + (line[len - 5] == ';');
	for (ref = e->reference; *ref; ref += strspn(ref, "; ")) {
		size_t n = strcspn(ref, ";");

		if (n == len && memcmp(ref, line, len) == 0)
			return 1;
		ref += n;
	}
	return 0;
}

/* The words of s, each followed by one space: what wrapping must keep. */
static void
words_of(const char *s, char *buf, size_t cap)
{
	size_t n = 0, len;

	for (;;) {
		s += strspn(s, " \n");
		if (*s == '\0')
			break;
		len = strcspn(s, " \n");
		ck_assert_uint_lt(n + len + 1, cap);
		memcpy(buf + n, s, len);
		buf[n + len] = ' ';
		n += len + 1;
		s += len;
	}
	buf[n] = '\0';
}

/* Narrow terminals get what fits, one word a line at worst, and every
 * word of the entry, in order; a width smaller than the indent must
 * neither loop nor count below zero. */
START_TEST(text_entry_in_full_wraps_to_tiny_widths)
{
	static char wide[16384], narrow[16384];
	struct format f;
	unsigned width;
	size_t i;

	format_init(&f, &w);
	f.url_lines = 1;
	for (i = 0; i < registry_size(); i++) {
		const struct registry_entry *e = registry_at(i);

		w.len = 0;
		f.count = 0;
		f.width = 1000;
		format_entry(&f, e, 1);
		words_of(written(), wide, sizeof(wide));
		for (width = 1; width <= 12; width++) {
			const char *line, *nl;

			w.len = 0;
			f.count = 0;
			f.width = width;
			format_entry(&f, e, 1);
			for (line = written(); *line; line = nl + 1) {
				size_t len;

				nl = strchr(line, '\n');
				ck_assert_ptr_nonnull(nl);
				len = (size_t)(nl - line);
				ck_assert_msg(columns(line, len) <= width ||
						      may_overflow(e, line, len),
					      "%03u at %u: line too long: %.*s",
					      e->code, width, (int)len, line);
			}
			words_of(written(), narrow, sizeof(narrow));
			ck_assert_str_eq(narrow, wide);
		}
	}
}
END_TEST

/* An entry of its own, so that rewording the registry leaves it be. */
START_TEST(text_entry_at_width_10_puts_a_word_or_two_a_line)
{
	static const struct registry_header headers[] = {
		{"ETag", REGISTRY_RECOMMENDED, "a validator"}, {NULL, 0, NULL}};
	static const struct registry_related related[] = {
		{204, "success without content"}, {0, NULL}};
	struct registry_entry e = *entry(200, 0);
	struct format f;

	e.description = "The request succeeded, as asked.";
	e.aliases = (const char *const[]){NULL};
	e.headers = headers;
	e.content = "a representation";
	e.related = related;
	format_init(&f, &w);
	f.width = 10;
	format_entry(&f, &e, 1);
	ck_assert_str_eq(written(), "200 OK\n"
				    "    The\n"
				    "    request\n"
				    "    succeeded,\n"
				    "    as\n"
				    "    asked.\n"
				    "    Headers:\n"
				    "    ETag\n"
				    "    (recommended):\n"
				    "    a\n"
				    "    validator\n"
				    "    Content:\n"
				    "    a\n"
				    "    representation\n"
				    "    Cacheable\n"
				    "    by\n"
				    "    default\n"
				    "    See also:\n"
				    "    204\n"
				    "    success\n"
				    "    without\n"
				    "    content\n"
				    "    RFC 9110, Section 15.3.1\n");
}
END_TEST

/* A long phrase and marker wrap as the description does, the marker two
 * spaces from the phrase while it fits there. */
START_TEST(text_entry_in_full_wraps_its_first_line)
{
	struct format f;

	format_init(&f, &w);
	f.width = 40;
	format_entry(&f, entry(492, 0), 1);
	ck_assert_int_eq(strncmp(written(),
				 "492 User Access Forbidden  (unofficial,\n"
				 "    unattested: Akamai Enterprise\n"
				 "    Application Access)\n    ", 84), 0);
	/* A marker whose first word does not fit starts a line. */
	w.len = 0;
	format_entry(&f, entry(419, 2), 1);
	ck_assert_int_eq(strncmp(written(),
				 "\n419 Insufficient Space On Resource\n"
				 "    (unofficial: Spring Framework,\n"
				 "    former constant)\n    ", 96), 0);
}
END_TEST

/* A one-line entry wraps on a terminal only: into a pipe, one entry is
 * one line, for grep and sort. */
START_TEST(text_entry_on_one_line_wraps_on_a_terminal_only)
{
	static const char one_line[] =
		"492 User Access Forbidden  (unofficial, unattested: Akamai "
		"Enterprise Application Access)\n";
	struct format f;

	format_init(&f, &w);
	f.width = 40;
	format_entry(&f, entry(492, 0), 0);
	ck_assert_str_eq(written(), one_line);
	w.len = 0;
	f.wrap_short = 1;
	format_entry(&f, entry(492, 0), 0);
	ck_assert_str_eq(written(), "492 User Access Forbidden  (unofficial,\n"
				    "    unattested: Akamai Enterprise\n"
				    "    Application Access)\n");
	/* What fits is left alone. */
	w.len = 0;
	f.width = (unsigned)strlen(one_line) - 1;
	format_entry(&f, entry(492, 0), 0);
	ck_assert_str_eq(written(), one_line);
}
END_TEST

/* The colour of a marker starts after the gap before it and ends after
 * its last word, whichever lines it spans. */
START_TEST(text_entry_colours_a_wrapped_marker_whole)
{
	struct format f;

	format_init(&f, &w);
	f.width = 40;
	f.color = 1;
	format_entry(&f, entry(492, 0), 0);
	f.wrap_short = 1;
	format_entry(&f, entry(492, 0), 0);
	ck_assert_str_eq(written(),
			 "\033[1;33m492\033[0m User Access Forbidden  \033[35m"
			 "(unofficial, unattested: Akamai Enterprise "
			 "Application Access)\033[0m\n"
			 "\033[1;33m492\033[0m User Access Forbidden  \033[35m"
			 "(unofficial,\n    unattested: Akamai Enterprise\n"
			 "    Application Access)\033[0m\n");
}
END_TEST

/* The last n bytes of s. */
static const char *
ending(const char *s, size_t n)
{
	size_t len = strlen(s);

	return len > n ? s + len - n : s;
}

/* References break between each other on a narrow line, each kept whole
 * as the link it is, with its semicolon. */
START_TEST(text_entry_wraps_references_between_them)
{
	struct format f;

	format_init(&f, &w);
	f.width = 39;
	format_entry(&f, entry(418, 0), 1);
	ck_assert_str_eq(ending(written(), 41),
			 "\n    RFC 9110, Section 15.5.19; RFC 2324\n");
	w.len = 0;
	f.width = 38;
	format_entry(&f, entry(418, 0), 1);
	ck_assert_str_eq(ending(written(), 45),
			 "\n    RFC 9110, Section 15.5.19;\n    RFC 2324\n");
}
END_TEST

/* -L shows the URL of each reference that has one, below them, since
 * a terminal that strips OSC 8 links leaves no other way to see it. */
START_TEST(text_entry_in_full_shows_reference_urls_when_asked)
{
	struct format f;

	format_init(&f, &w);
	format_entry(&f, entry(418, 0), 1);
	ck_assert_ptr_null(strstr(written(), "https://"));
	w.len = 0;
	f.count = 0;
	f.url_lines = 1;
	format_entry(&f, entry(418, 0), 1);
	ck_assert_ptr_nonnull(strstr(written(),
		"\n    RFC 9110, Section 15.5.19; RFC 2324\n"
		"    https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19\n"
		"    https://www.rfc-editor.org/rfc/rfc2324\n"));
	/* The last line of the entry. */
	ck_assert_str_eq(ending(written(), 43),
			 "    https://www.rfc-editor.org/rfc/rfc2324\n");
	/* A line in short, and an entry with no reference, have none. */
	w.len = 0;
	format_entry(&f, entry(404, 0), 0);
	format_entry(&f, entry(444, 0), 1);
	ck_assert_ptr_null(strstr(written(), "    https://"));
}
END_TEST

START_TEST(text_entry_dims_reference_urls_in_colour)
{
	struct format f;

	format_init(&f, &w);
	f.url_lines = 1;
	f.color = 1;
	format_entry(&f, entry(104, 0), 1);
	ck_assert_ptr_nonnull(strstr(written(),
		"\033[2mdraft-ietf-httpbis-resumable-upload-05\033[0m\n"
		"    \033[2mhttps://datatracker.ietf.org/doc/html/"
		"draft-ietf-httpbis-resumable-upload-05\033[0m\n"));
}
END_TEST

START_TEST(writer_keeps_output_larger_than_its_buffer_intact)
{
	static char data[3 * WRITER_BUFSIZE + 123], back[sizeof(data) + 1];
	static struct writer fw;
	char path[] = "/tmp/test-format-XXXXXX";
	size_t i, got = 0;
	ssize_t n;
	int fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	unlink(path);
	for (i = 0; i < sizeof(data); i++)
		data[i] = (char)('a' + i % 23);
	writer_init(&fw, fd);
	writer_write(&fw, data, 10);
	writer_write(&fw, data + 10, sizeof(data) - 11);
	writer_putc(&fw, data[sizeof(data) - 1]);
	ck_assert_int_eq(writer_flush(&fw), 0);
	ck_assert_int_eq(fw.error, 0);
	ck_assert_uint_eq(fw.len, 0);

	ck_assert_int_eq(lseek(fd, 0, SEEK_SET), 0);
	while ((n = read(fd, back + got, sizeof(back) - got)) > 0)
		got += (size_t)n;
	close(fd);
	ck_assert_uint_eq(got, sizeof(data));
	ck_assert_mem_eq(back, data, sizeof(data));
}
END_TEST

START_TEST(writer_flushes_each_record_when_line_buffered)
{
	static struct writer fw;
	int fds[2];
	char back[16];

	ck_assert_int_eq(pipe(fds), 0);
	writer_init(&fw, fds[1]);
	fw.line_buffered = 1;
	writer_puts(&fw, "404\n");
	writer_end_record(&fw);
	ck_assert_uint_eq(fw.len, 0);
	ck_assert_int_eq(read(fds[0], back, sizeof(back)), 4);
	ck_assert_mem_eq(back, "404\n", 4);

	/* Fully buffered, nothing leaves before the flush. */
	fw.line_buffered = 0;
	writer_puts(&fw, "410\n");
	writer_end_record(&fw);
	ck_assert_uint_eq(fw.len, 4);
	close(fds[0]);
	close(fds[1]);
}
END_TEST

START_TEST(writer_reports_full_disk)
{
	static struct writer fw;
	int fd = open("/dev/full", O_WRONLY);

	ck_assert_int_ge(fd, 0);
	writer_init(&fw, fd);
	writer_puts(&fw, "404 Not Found\n");
	ck_assert_int_eq(fw.error, 0);
	ck_assert_int_eq(writer_flush(&fw), -1);
	ck_assert_int_eq(fw.error, ENOSPC);
	/* The error sticks. */
	writer_puts(&fw, "more");
	ck_assert_int_eq(writer_flush(&fw), -1);
	ck_assert_int_eq(fw.error, ENOSPC);
	close(fd);
}
END_TEST

START_TEST(writer_reports_full_disk_when_its_buffer_fills)
{
	static char data[2 * WRITER_BUFSIZE];
	static struct writer fw;
	int fd = open("/dev/full", O_WRONLY);

	ck_assert_int_ge(fd, 0);
	memset(data, 'x', sizeof(data));
	writer_init(&fw, fd);
	writer_write(&fw, data, sizeof(data));
	ck_assert_int_eq(fw.error, ENOSPC);
	close(fd);
}
END_TEST

START_TEST(writer_reports_bad_descriptor)
{
	static struct writer fw;

	writer_init(&fw, -1);
	writer_putc(&fw, 'x');
	ck_assert_int_eq(writer_flush(&fw), -1);
	ck_assert_int_eq(fw.error, EBADF);
	ck_assert_uint_eq(fw.len, 0);
}
END_TEST

START_TEST(writer_flush_of_nothing_succeeds)
{
	static struct writer fw;

	writer_init(&fw, -1);
	ck_assert_int_eq(writer_flush(&fw), 0);
	ck_assert_int_eq(fw.error, 0);
}
END_TEST

Suite *
unit_suite(void)
{
	Suite *s = suite_create("format");
	TCase *tc;

	tc = tcase_create("json strings");
	tcase_add_checked_fixture(tc, setup_writer, NULL);
	tcase_add_test(tc, json_string_passes_plain_text);
	tcase_add_test(tc, json_string_escapes_quote_and_backslash);
	tcase_add_test(tc, json_string_names_common_control_characters);
	tcase_add_test(tc, json_string_escapes_other_control_characters_as_u00xx);
	tcase_add_test(tc, json_string_passes_valid_utf8);
	tcase_add_test(tc, json_string_replaces_invalid_utf8);
	suite_add_tcase(s, tc);

	tc = tcase_create("tsv fields");
	tcase_add_checked_fixture(tc, setup_writer, NULL);
	tcase_add_test(tc, tsv_field_turns_control_characters_into_spaces);
	tcase_add_test(tc, tsv_field_leaves_other_text_alone);
	suite_add_tcase(s, tc);

	tc = tcase_create("field lists");
	tcase_add_checked_fixture(tc, setup_writer, NULL);
	tcase_add_test(tc, parse_fields_accepts_a_list);
	tcase_add_test(tc, parse_fields_accepts_every_field_once);
	tcase_add_test(tc, parse_fields_rejects_unknown_name);
	tcase_add_test(tc, parse_fields_rejects_empty_name);
	tcase_add_test(tc, parse_fields_rejects_repeated_name);
	tcase_add_test(tc, field_names_match_parse_fields);
	suite_add_tcase(s, tc);

	tc = tcase_create("json entries");
	tcase_add_checked_fixture(tc, setup_writer, NULL);
	tcase_add_test(tc, json_entry_of_404_has_code_null_origin_and_class);
	tcase_add_test(tc, json_entry_lists_aliases_as_array);
	tcase_add_test(tc, json_entry_carries_source_and_expiry);
	tcase_add_test(tc,
		       json_entry_of_unofficial_code_has_origin_and_maybe_no_class);
	tcase_add_test(tc, json_entry_says_what_a_client_treats_the_code_as);
	tcase_add_test(tc,
		       json_entry_of_unassigned_code_is_null_but_for_code_and_class);
	tcase_add_test(tc, json_array_holds_unassigned_code_among_entries);
	tcase_add_test(tc, json_array_of_no_entries_is_empty);
	tcase_add_test(tc, json_array_puts_one_entry_per_line);
	tcase_add_test(tc, json_array_starts_afresh_after_begin);
	tcase_add_test(tc,
		       json_entry_carries_headers_cacheability_content_and_related);
	suite_add_tcase(s, tc);

	tc = tcase_create("tsv entries");
	tcase_add_checked_fixture(tc, setup_writer, NULL);
	tcase_add_test(tc, tsv_entry_of_404_has_every_column);
	tcase_add_test(tc, tsv_entry_of_499_nginx_has_origin);
	tcase_add_test(tc, tsv_entry_pads_codes_and_joins_aliases);
	tcase_add_test(tc, tsv_entry_names_headers_and_related_codes);
	tcase_add_test(tc,
		       tsv_entry_of_unassigned_code_is_empty_but_for_code_and_class);
	tcase_add_test(tc, unknown_entry_has_code_or_null);
	tcase_add_test(tc, csv_field_quotes_where_needed);
	tcase_add_test(tc, header_row_names_the_fields);
	tcase_add_test(tc, query_field_gives_the_query_back);
	tcase_add_test(tc, text_of_missing_entries_is_one_line);
	suite_add_tcase(s, tc);

	tc = tcase_create("text entries");
	tcase_add_checked_fixture(tc, setup_writer, NULL);
	tcase_add_test(tc, text_entry_of_404_is_code_and_phrase);
	tcase_add_test(tc, text_entry_in_full_starts_with_code_and_phrase);
	tcase_add_test(tc, text_entry_in_full_lists_aliases);
	tcase_add_test(tc, text_entry_marks_unofficial_origin);
	tcase_add_test(tc, text_entry_marks_registry_status);
	tcase_add_test(tc, text_entries_in_full_are_separated_by_a_blank_line);
	tcase_add_test(tc, text_entry_in_full_wraps_body_to_the_width);
	tcase_add_test(tc, text_entry_in_full_shows_headers_caching_and_neighbours);
	tcase_add_test(tc, text_entry_says_when_a_cache_may_store_it);
	tcase_add_test(tc, text_entry_wraps_header_roles_under_the_first_name);
	tcase_add_test(tc, text_entry_in_full_wraps_to_tiny_widths);
	tcase_add_test(tc, text_entry_in_full_wraps_its_first_line);
	tcase_add_test(tc, text_entry_on_one_line_wraps_on_a_terminal_only);
	tcase_add_test(tc, text_entry_colours_a_wrapped_marker_whole);
	tcase_add_test(tc, text_entry_wraps_references_between_them);
	tcase_add_test(tc, text_entry_in_full_shows_reference_urls_when_asked);
	tcase_add_test(tc, text_entry_dims_reference_urls_in_colour);
	tcase_add_test(tc, text_entry_at_width_10_puts_a_word_or_two_a_line);
	suite_add_tcase(s, tc);

	tc = tcase_create("writer");
	tcase_add_test(tc, writer_keeps_output_larger_than_its_buffer_intact);
	tcase_add_test(tc, writer_flushes_each_record_when_line_buffered);
	tcase_add_test(tc, writer_reports_full_disk);
	tcase_add_test(tc, writer_reports_full_disk_when_its_buffer_fills);
	tcase_add_test(tc, writer_reports_bad_descriptor);
	tcase_add_test(tc, writer_flush_of_nothing_succeeds);
	suite_add_tcase(s, tc);

	return s;
}
