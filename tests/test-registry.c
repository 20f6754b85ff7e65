/* test-registry.c - unit tests for the compiled-in status code table. */
#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "registry.h"
#include "unit.h"

/* Whether the aliases of e hold exactly name. */
static int
has_alias(const struct registry_entry *e, const char *name)
{
	size_t i;

	for (i = 0; e->aliases[i] != NULL; i++)
		if (strcmp(e->aliases[i], name) == 0)
			return 1;
	return 0;
}

/* The only entry of a code, which must have exactly one. */
static const struct registry_entry *
only_entry(unsigned code)
{
	const struct registry_entry *e = NULL;

	ck_assert_uint_eq(registry_find(code, &e), 1);
	ck_assert_ptr_nonnull(e);
	ck_assert_uint_eq(e->code, code);
	return e;
}

/* The registered entry of a code, which comes before unofficial ones. */
static const struct registry_entry *
registered(unsigned code)
{
	const struct registry_entry *e = NULL;

	ck_assert_uint_ge(registry_find(code, &e), 1);
	ck_assert(registry_is_official(e));
	return e;
}

START_TEST(registry_finds_404_once)
{
	const struct registry_entry *e = only_entry(404);

	ck_assert_str_eq(e->phrase, "Not Found");
	ck_assert_int_eq(e->status, REGISTRY_PERMANENT);
	ck_assert_ptr_null(e->origin);
	ck_assert_str_eq(e->reference, "RFC 9110, Section 15.5.5");
	ck_assert(registry_is_official(e));
}
END_TEST

START_TEST(registry_finds_two_unofficial_499s_nginx_first)
{
	const struct registry_entry *e = NULL;

	ck_assert_uint_eq(registry_find(499, &e), 2);
	ck_assert_uint_eq(e[0].code, 499);
	ck_assert_uint_eq(e[1].code, 499);
	ck_assert_int_eq(e[0].status, REGISTRY_UNOFFICIAL);
	ck_assert_int_eq(e[1].status, REGISTRY_UNOFFICIAL);
	ck_assert_ptr_eq(strstr(e[0].origin, "nginx, "), e[0].origin);
	ck_assert_str_eq(e[0].phrase, "Client Closed Request");
	ck_assert_str_eq(e[1].origin, "Esri ArcGIS Server");
	ck_assert(!registry_is_official(&e[0]));
}
END_TEST

/* Every fact can be checked: an unofficial entry names its source or
 * says that none attests it, and a temporary one when it expires. */
START_TEST(registry_entries_carry_their_provenance)
{
	size_t i, j, unattested = 0;

	for (i = 0; i < registry_size(); i++) {
		const struct registry_entry *e = registry_at(i);

		if (registry_is_official(e)) {
			ck_assert_msg(e->sources[0] == NULL, "%03u", e->code);
		} else if (registry_is_unattested(e)) {
			ck_assert_ptr_null(e->sources[1]);
			unattested++;
		} else {
			ck_assert_msg(e->sources[0] != NULL, "%03u", e->code);
			for (j = 0; e->sources[j] != NULL; j++)
				ck_assert_msg(strncmp(e->sources[j], "https://",
						      8) == 0,
					      "%03u %s: %s", e->code, e->phrase,
					      e->sources[j]);
		}
		ck_assert_msg((e->status == REGISTRY_TEMPORARY) ==
				      (e->expires[0] != '\0'),
			      "%03u", e->code);
	}
	/* 218 is folklore, and says so. */
	ck_assert_uint_ge(unattested, 1);
	ck_assert(registry_is_unattested(only_entry(218)));
	ck_assert_str_eq(only_entry(104)->expires, "2026-11-13");
}
END_TEST

START_TEST(registry_finds_registered_451_before_unofficial)
{
	const struct registry_entry *e = NULL;
	size_t n = registry_find(451, &e);

	ck_assert_uint_ge(n, 2);
	ck_assert_int_eq(e[0].status, REGISTRY_PERMANENT);
	ck_assert_str_eq(e[0].phrase, "Unavailable For Legal Reasons");
	ck_assert_ptr_null(e[0].origin);
	ck_assert_int_eq(e[1].status, REGISTRY_UNOFFICIAL);
	ck_assert_uint_eq(e[1].code, 451);
	ck_assert_ptr_nonnull(e[1].origin);
}
END_TEST

START_TEST(registry_finds_registered_503_before_unofficial)
{
	const struct registry_entry *e = NULL;
	size_t n = registry_find(503, &e);

	ck_assert_uint_ge(n, 2);
	ck_assert_int_eq(e[0].status, REGISTRY_PERMANENT);
	ck_assert_str_eq(e[0].phrase, "Service Unavailable");
	ck_assert_int_eq(e[1].status, REGISTRY_UNOFFICIAL);
	ck_assert_uint_eq(e[1].code, 503);
	ck_assert_str_eq(e[1].origin, "Fastly");
}
END_TEST

START_TEST(registry_finds_nothing_for_299)
{
	const struct registry_entry *e = NULL;

	ck_assert_uint_eq(registry_find(299, &e), 0);
}
END_TEST

START_TEST(registry_finds_unofficial_codes_outside_100_to_599)
{
	static const unsigned codes[] = {0, 600, 783};
	const struct registry_entry *e;
	size_t i, n, j;

	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		e = NULL;
		n = registry_find(codes[i], &e);
		ck_assert_msg(n >= 1, "no entry for %03u", codes[i]);
		for (j = 0; j < n; j++) {
			ck_assert_uint_eq(e[j].code, codes[i]);
			ck_assert_int_eq(e[j].status, REGISTRY_UNOFFICIAL);
			ck_assert_ptr_nonnull(e[j].origin);
		}
	}
}
END_TEST

START_TEST(registry_finds_nothing_from_1000_up)
{
	static const unsigned codes[] = {1000, 1001, 4040, 65535, UINT_MAX};
	const struct registry_entry *e;
	size_t i;

	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		e = registry_at(0); /* anything but NULL */
		ck_assert_uint_eq(registry_find(codes[i], &e), 0);
		ck_assert_ptr_null(e);
	}
}
END_TEST

/* The data rows of registry.csv: every line but the header, since the
 * validator refuses line breaks inside fields. */
static size_t
csv_rows(void)
{
	FILE *fp = fopen(REGISTRY_CSV, "r");
	size_t lines = 0;
	int c, last = '\n';

	ck_assert_msg(fp != NULL, "cannot open %s", REGISTRY_CSV);
	while ((c = getc(fp)) != EOF) {
		if (c == '\n')
			lines++;
		last = c;
	}
	fclose(fp);
	if (last != '\n')
		lines++;
	ck_assert_uint_gt(lines, 1);
	return lines - 1;
}

START_TEST(registry_holds_every_row_of_the_csv)
{
	ck_assert_uint_eq(registry_size(), csv_rows());
}
END_TEST

START_TEST(registry_at_refuses_index_past_the_end)
{
	ck_assert_ptr_nonnull(registry_at(0));
	ck_assert_ptr_nonnull(registry_at(registry_size() - 1));
	ck_assert_ptr_null(registry_at(registry_size()));
	ck_assert_ptr_null(registry_at((size_t)-1));
}
END_TEST

START_TEST(registry_entries_are_in_code_order_registered_first)
{
	size_t i;

	for (i = 1; i < registry_size(); i++) {
		const struct registry_entry *prev = registry_at(i - 1);
		const struct registry_entry *e = registry_at(i);

		ck_assert_msg(prev->code <= e->code, "%03u before %03u",
			      prev->code, e->code);
		if (prev->code == e->code)
			ck_assert_msg(e->status == REGISTRY_UNOFFICIAL,
				      "%03u: a second entry is registered",
				      e->code);
	}
}
END_TEST

START_TEST(registry_find_returns_exactly_the_entries_of_a_code)
{
	const struct registry_entry *e;
	size_t total = 0, n, j;
	unsigned code;

	for (code = 0; code < REGISTRY_CODE_LIMIT; code++) {
		n = registry_find(code, &e);
		for (j = 0; j < n; j++)
			ck_assert_uint_eq(e[j].code, code);
		/* Contiguous and complete: nothing of this code lies just
		 * outside the run. */
		if (n > 0 && e != registry_at(0))
			ck_assert_uint_ne(e[-1].code, code);
		if (n > 0 && e + n != registry_at(0) + registry_size())
			ck_assert_uint_ne(e[n].code, code);
		total += n;
	}
	ck_assert_uint_eq(total, registry_size());
}
END_TEST

START_TEST(registry_registered_entries_are_official_codes_without_origin)
{
	size_t i, registered = 0;

	for (i = 0; i < registry_size(); i++) {
		const struct registry_entry *e = registry_at(i);

		if (e->status == REGISTRY_UNOFFICIAL)
			continue;
		registered++;
		ck_assert_msg(e->code >= 100 && e->code <= 599,
			      "registered code %03u", e->code);
		/* registry.h: origin is NULL for registered codes. */
		ck_assert_msg(e->origin == NULL, "%03u has an origin",
			      e->code);
		ck_assert_msg(e->reference[0] != '\0', "%03u has no reference",
			      e->code);
	}
	ck_assert_uint_gt(registered, 0);
}
END_TEST

START_TEST(registry_unofficial_entries_have_an_origin)
{
	size_t i, unofficial = 0;

	for (i = 0; i < registry_size(); i++) {
		const struct registry_entry *e = registry_at(i);

		if (e->status != REGISTRY_UNOFFICIAL)
			continue;
		unofficial++;
		ck_assert_msg(e->origin != NULL && e->origin[0] != '\0',
			      "unofficial %03u has no origin", e->code);
	}
	ck_assert_uint_gt(unofficial, 0);
}
END_TEST

START_TEST(registry_entries_have_phrase_and_description)
{
	size_t i;

	for (i = 0; i < registry_size(); i++) {
		const struct registry_entry *e = registry_at(i);

		ck_assert_msg(e->phrase != NULL && e->phrase[0] != '\0',
			      "%03u has no phrase", e->code);
		ck_assert_msg(e->description != NULL &&
				      e->description[0] != '\0',
			      "%03u has no description", e->code);
		ck_assert_ptr_nonnull(e->reference);
		ck_assert_ptr_nonnull(e->aliases);
		ck_assert_uint_le(e->status, REGISTRY_UNOFFICIAL);
	}
}
END_TEST

/* The generator gives each reference its URL, in order; a status change
 * has none. */
START_TEST(registry_links_each_reference)
{
	const struct registry_entry *e = only_entry(418);
	size_t i, refs, urls;
	const char *p;

	ck_assert_str_eq(e->urls[0],
			 "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19");
	ck_assert_str_eq(e->urls[1], "https://www.rfc-editor.org/rfc/rfc2324");
	ck_assert_ptr_null(e->urls[2]);
	e = only_entry(510);
	ck_assert_str_eq(e->urls[0], "https://www.rfc-editor.org/rfc/rfc2774");
	ck_assert_str_eq(e->urls[1], "");
	ck_assert_ptr_null(e->urls[2]);

	for (i = 0; i < registry_size(); i++) {
		e = registry_at(i);
		refs = *e->reference != '\0';
		for (p = e->reference; (p = strstr(p, "; ")) != NULL; p += 2)
			refs++;
		for (urls = 0; e->urls[urls] != NULL; urls++)
			;
		ck_assert_msg(urls == refs, "%03u has %zu references, %zu URLs",
			      e->code, refs, urls);
		/* A registered code's first reference is linked: it is
		 * the code's source. */
		ck_assert_msg(!registry_is_official(e) || *e->urls[0] != '\0',
			      "%03u has no URL", e->code);
	}
}
END_TEST

START_TEST(registry_413_knows_its_former_names)
{
	const struct registry_entry *e = only_entry(413);

	ck_assert_str_eq(e->phrase, "Content Too Large");
	ck_assert(has_alias(e, "Payload Too Large"));
	ck_assert(has_alias(e, "Request Entity Too Large"));
	ck_assert(!has_alias(e, "Too Large"));
}
END_TEST

START_TEST(registry_422_knows_unprocessable_entity)
{
	const struct registry_entry *e = only_entry(422);

	ck_assert_str_eq(e->phrase, "Unprocessable Content");
	ck_assert(has_alias(e, "Unprocessable Entity"));
}
END_TEST

START_TEST(registry_418_is_an_unused_teapot)
{
	const struct registry_entry *e = NULL;

	ck_assert_uint_ge(registry_find(418, &e), 1);
	ck_assert_str_eq(e->phrase, "I'm a teapot");
	ck_assert_int_eq(e->status, REGISTRY_UNUSED);
}
END_TEST

START_TEST(registry_306_is_unused_once_switch_proxy)
{
	const struct registry_entry *e = NULL;

	ck_assert_uint_ge(registry_find(306, &e), 1);
	ck_assert_int_eq(e->status, REGISTRY_UNUSED);
	ck_assert(has_alias(e, "Switch Proxy"));
}
END_TEST

START_TEST(registry_104_is_temporary)
{
	const struct registry_entry *e = NULL;

	ck_assert_uint_ge(registry_find(104, &e), 1);
	ck_assert_int_eq(e->status, REGISTRY_TEMPORARY);
}
END_TEST

START_TEST(registry_510_is_obsolete)
{
	const struct registry_entry *e = NULL;

	ck_assert_uint_ge(registry_find(510, &e), 1);
	ck_assert_str_eq(e->phrase, "Not Extended");
	ck_assert_int_eq(e->status, REGISTRY_OBSOLETE);
}
END_TEST

/* The level of header field name for e, or -1 if e has none such. */
static int
header_level(const struct registry_entry *e, const char *name)
{
	const struct registry_header *h;

	for (h = e->headers; h->name != NULL; h++)
		if (strcmp(h->name, name) == 0)
			return h->level;
	return -1;
}

/* Whether e lists code among its related codes. */
static int
relates_to(const struct registry_entry *e, unsigned code)
{
	const struct registry_related *r;

	for (r = e->related; r->note != NULL; r++)
		if (r->code == code)
			return 1;
	return 0;
}

START_TEST(registry_cacheable_codes_are_those_of_rfc_9110)
{
	/* RFC 9110, Section 15.1: heuristically cacheable by default; and
	 * 451, which RFC 7725, Section 3 makes so. */
	static const unsigned cacheable[] = {200, 203, 204, 206, 300, 301,
					     308, 404, 405, 410, 414, 451, 501};
	size_t i, j;

	for (i = 0; i < registry_size(); i++) {
		const struct registry_entry *e = registry_at(i);
		int listed = 0;

		for (j = 0; j < sizeof(cacheable) / sizeof(cacheable[0]); j++)
			listed |= registry_is_official(e) &&
				  e->code == cacheable[j];
		ck_assert_msg(e->cacheable == listed, "%03u %s: cacheable %d",
			      e->code, e->phrase, e->cacheable);
	}
}
END_TEST

START_TEST(registry_required_header_fields_are_there)
{
	/* The MUSTs of RFC 9110: 15.5.2, 15.5.6, 15.5.8, 15.5.22, and
	 * 15.2.2 for 101. */
	ck_assert_int_eq(header_level(only_entry(401), "WWW-Authenticate"),
			 REGISTRY_REQUIRED);
	ck_assert_int_eq(header_level(only_entry(405), "Allow"),
			 REGISTRY_REQUIRED);
	ck_assert_int_eq(header_level(only_entry(407), "Proxy-Authenticate"),
			 REGISTRY_REQUIRED);
	ck_assert_int_eq(header_level(only_entry(426), "Upgrade"),
			 REGISTRY_REQUIRED);
	ck_assert_int_eq(header_level(only_entry(101), "Upgrade"),
			 REGISTRY_REQUIRED);
	ck_assert_int_eq(header_level(only_entry(412), "If-Match"),
			 REGISTRY_REQUEST);
	ck_assert_int_eq(header_level(registered(503), "Retry-After"),
			 REGISTRY_OPTIONAL);
	ck_assert_int_eq(header_level(only_entry(404), "Retry-After"), -1);
}
END_TEST

START_TEST(registry_bodiless_codes_say_so)
{
	static const unsigned none[] = {100, 101, 102, 103, 204, 205, 304};
	size_t i;

	for (i = 0; i < sizeof(none) / sizeof(none[0]); i++) {
		const struct registry_entry *e = NULL;

		ck_assert_uint_ge(registry_find(none[i], &e), 1);
		ck_assert_msg(e->content[0] != '\0', "%03u has no content rule",
			      none[i]);
	}
	ck_assert_str_eq(only_entry(500)->content, "");
}
END_TEST

START_TEST(registry_registered_codes_name_their_neighbours)
{
	size_t i;

	for (i = 0; i < registry_size(); i++) {
		const struct registry_entry *e = registry_at(i);

		if (registry_is_official(e))
			ck_assert_msg(e->related[0].note != NULL,
				      "%03u %s has no related code", e->code,
				      e->phrase);
	}
	/* The classic pairs, both ways. */
	ck_assert(relates_to(only_entry(301), 308));
	ck_assert(relates_to(only_entry(308), 301));
	ck_assert(relates_to(only_entry(302), 307));
	ck_assert(relates_to(only_entry(307), 302));
	ck_assert(relates_to(only_entry(401), 403));
	ck_assert(relates_to(only_entry(403), 401));
	ck_assert(relates_to(only_entry(404), 410));
	ck_assert(relates_to(only_entry(410), 404));
	ck_assert(relates_to(only_entry(429), 503));
	ck_assert(relates_to(registered(503), 429));
	ck_assert(relates_to(only_entry(502), 504));
	ck_assert(relates_to(only_entry(412), 428));
}
END_TEST

/* RFC 9110, Section 15: unknown codes of a class act as its x00, and an
 * invalid code as a server error; 000 and no code act as nothing. */
START_TEST(registry_treat_as_follows_rfc_9110)
{
	ck_assert_uint_eq(registry_treat_as(404), 404);
	ck_assert_uint_eq(registry_treat_as(418), 418);
	ck_assert_uint_eq(registry_treat_as(503), 503);
	ck_assert_uint_eq(registry_treat_as(499), 400);
	ck_assert_uint_eq(registry_treat_as(299), 200);
	ck_assert_uint_eq(registry_treat_as(520), 500);
	ck_assert_uint_eq(registry_treat_as(600), 500);
	ck_assert_uint_eq(registry_treat_as(783), 500);
	ck_assert_uint_eq(registry_treat_as(999), 500);
	ck_assert_uint_eq(registry_treat_as(99), 500);
	ck_assert_uint_eq(registry_treat_as(0), 0);
	ck_assert_uint_eq(registry_treat_as(REGISTRY_NO_CODE), 0);
}
END_TEST

START_TEST(registry_level_names_round_trip)
{
	int level;

	for (level = REGISTRY_REQUIRED; level <= REGISTRY_REQUEST; level++) {
		const char *name = registry_level_name((enum registry_level)level);

		ck_assert_int_eq(registry_level_parse(name, strlen(name)), level);
	}
	ck_assert_str_eq(registry_level_name(REGISTRY_RECOMMENDED),
			 "recommended");
	ck_assert_int_eq(registry_level_parse("require", 7), -1);
	ck_assert_int_eq(registry_level_parse("requested", 9), -1);
	ck_assert_str_eq(registry_level_name((enum registry_level)99),
			 "unknown");
}
END_TEST

START_TEST(registry_names_the_five_classes)
{
	static const char *const phrases[] = {
		"Informational", "Successful", "Redirection", "Client Error",
		"Server Error",
	};
	unsigned digit;

	for (digit = 1; digit <= 5; digit++) {
		const struct registry_class *c = registry_class(digit);

		ck_assert_ptr_nonnull(c);
		ck_assert_uint_eq(c->digit, digit);
		ck_assert_str_eq(c->phrase, phrases[digit - 1]);
		ck_assert_ptr_nonnull(c->description);
		ck_assert_uint_gt(strlen(c->description), 0);
	}
}
END_TEST

START_TEST(registry_has_no_class_outside_1_to_5)
{
	ck_assert_ptr_null(registry_class(0));
	ck_assert_ptr_null(registry_class(6));
	ck_assert_ptr_null(registry_class(9));
	ck_assert_ptr_null(registry_class(UINT_MAX));
}
END_TEST

START_TEST(registry_status_names_round_trip)
{
	static const char *const names[] = {
		[REGISTRY_PERMANENT] = "permanent",
		[REGISTRY_TEMPORARY] = "temporary",
		[REGISTRY_UNUSED] = "unused",
		[REGISTRY_OBSOLETE] = "obsolete",
		[REGISTRY_UNOFFICIAL] = "unofficial",
	};
	int s;

	for (s = REGISTRY_PERMANENT; s <= REGISTRY_UNOFFICIAL; s++) {
		const char *name = registry_status_name((enum registry_status)s);

		ck_assert_str_eq(name, names[s]);
		ck_assert_int_eq(registry_status_parse(name, strlen(name)), s);
	}
}
END_TEST

START_TEST(registry_status_parse_refuses_near_misses)
{
	ck_assert_int_eq(registry_status_parse("", 0), -1);
	ck_assert_int_eq(registry_status_parse("perm", 4), -1);
	ck_assert_int_eq(registry_status_parse("Permanent", 9), -1);
	ck_assert_int_eq(registry_status_parse("permanents", 10), -1);
	/* Only len bytes count: a longer buffer with the name as prefix. */
	ck_assert_int_eq(registry_status_parse("unusedX", 6), REGISTRY_UNUSED);
	ck_assert_int_eq(registry_status_parse("unused", 5), -1);
}
END_TEST

START_TEST(registry_status_name_of_unknown_value)
{
	ck_assert_str_eq(registry_status_name((enum registry_status)99),
			 "unknown");
}
END_TEST

Suite *
unit_suite(void)
{
	Suite *s = suite_create("registry");
	TCase *tc;

	tc = tcase_create("lookup");
	tcase_add_test(tc, registry_finds_404_once);
	tcase_add_test(tc, registry_finds_two_unofficial_499s_nginx_first);
	tcase_add_test(tc, registry_finds_registered_451_before_unofficial);
	tcase_add_test(tc, registry_entries_carry_their_provenance);
	tcase_add_test(tc, registry_finds_registered_503_before_unofficial);
	tcase_add_test(tc, registry_finds_nothing_for_299);
	tcase_add_test(tc, registry_finds_unofficial_codes_outside_100_to_599);
	tcase_add_test(tc, registry_finds_nothing_from_1000_up);
	tcase_add_test(tc, registry_treat_as_follows_rfc_9110);
	suite_add_tcase(s, tc);

	tc = tcase_create("table");
	tcase_add_test(tc, registry_holds_every_row_of_the_csv);
	tcase_add_test(tc, registry_at_refuses_index_past_the_end);
	tcase_add_test(tc, registry_entries_are_in_code_order_registered_first);
	tcase_add_test(tc, registry_find_returns_exactly_the_entries_of_a_code);
	tcase_add_test(tc,
		       registry_registered_entries_are_official_codes_without_origin);
	tcase_add_test(tc, registry_unofficial_entries_have_an_origin);
	tcase_add_test(tc, registry_entries_have_phrase_and_description);
	suite_add_tcase(s, tc);

	tc = tcase_create("data");
	tcase_add_test(tc, registry_413_knows_its_former_names);
	tcase_add_test(tc, registry_422_knows_unprocessable_entity);
	tcase_add_test(tc, registry_418_is_an_unused_teapot);
	tcase_add_test(tc, registry_306_is_unused_once_switch_proxy);
	tcase_add_test(tc, registry_104_is_temporary);
	tcase_add_test(tc, registry_510_is_obsolete);
	tcase_add_test(tc, registry_cacheable_codes_are_those_of_rfc_9110);
	tcase_add_test(tc, registry_required_header_fields_are_there);
	tcase_add_test(tc, registry_bodiless_codes_say_so);
	tcase_add_test(tc, registry_registered_codes_name_their_neighbours);
	tcase_add_test(tc, registry_links_each_reference);
	suite_add_tcase(s, tc);

	tc = tcase_create("classes");
	tcase_add_test(tc, registry_names_the_five_classes);
	tcase_add_test(tc, registry_has_no_class_outside_1_to_5);
	suite_add_tcase(s, tc);

	tc = tcase_create("status");
	tcase_add_test(tc, registry_status_names_round_trip);
	tcase_add_test(tc, registry_status_parse_refuses_near_misses);
	tcase_add_test(tc, registry_status_name_of_unknown_value);
	tcase_add_test(tc, registry_level_names_round_trip);
	suite_add_tcase(s, tc);

	return s;
}
