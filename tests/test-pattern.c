/* test-pattern.c - unit tests for the patterns of -e and their limits. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "pattern.h"
#include "unit.h"

static int
matches(const char *text, const char *subject)
{
	char why[160];
	struct pattern *p = pattern_compile(text, why, sizeof(why));
	int rc;

	ck_assert_msg(p != NULL, "%s: %s", text, why);
	rc = pattern_match(p, subject, strlen(subject), why, sizeof(why));
	pattern_free(p);
	return rc;
}

START_TEST(pattern_is_caseless_perl_and_utf8)
{
	ck_assert_int_eq(matches("teapot", "I'm a TEAPOT"), 1);
	ck_assert_int_eq(matches("^30[12] ", "302 Found"), 1);
	ck_assert_int_eq(matches("^30[12] ", "303 See Other"), 0);
	ck_assert_int_eq(matches("\\bgone\\b", "Gone"), 1);
	ck_assert_int_eq(matches("(?<!not )found", "File Found"), 1);
	ck_assert_int_eq(matches("(?<!not )found", "Not Found"), 0);
	/* One character, not two bytes: UTF-8 mode. */
	ck_assert_int_eq(matches("^.$", "\xc3\xa9"), 1);
	ck_assert_int_eq(matches("\xc3\x89", "\xc3\xa9"), 1);
}
END_TEST

START_TEST(pattern_refuses_what_it_cannot_bound)
{
	static const struct {
		const char *text, *why; /* the start of the reason */
	} refused[] = {
		{"x(", "missing closing parenthesis"},
		{"\xff", "UTF-8 error"},
		{"(){1,8000}", "too complex: it repeats groups"},
		{"((a{1,100}){1,100}){1,100}", "too complex: it repeats groups"},
		{"((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))",
		 "too complex: parentheses nested"},
		{"\\C", "using \\C is disabled"},
		{NULL, NULL},
	};
	char why[160], longest[PATTERN_LENGTH_MAX + 2];
	struct pattern *p;
	size_t i;

	for (i = 0; refused[i].text != NULL; i++) {
		why[0] = '\0';
		p = pattern_compile(refused[i].text, why, sizeof(why));
		ck_assert_msg(p == NULL, "%s compiled", refused[i].text);
		ck_assert_msg(strncmp(why, refused[i].why,
				      strlen(refused[i].why)) == 0,
			      "%s: %s", refused[i].text, why);
	}
	/* The length limit is exact. */
	memset(longest, 'a', sizeof(longest) - 1);
	longest[PATTERN_LENGTH_MAX] = '\0';
	p = pattern_compile(longest, why, sizeof(why));
	ck_assert_ptr_nonnull(p);
	pattern_free(p);
	longest[PATTERN_LENGTH_MAX] = 'a';
	longest[PATTERN_LENGTH_MAX + 1] = '\0';
	ck_assert_ptr_null(pattern_compile(longest, why, sizeof(why)));
	ck_assert_str_eq(why, "longer than 256 bytes");
}
END_TEST

/* The step limit holds over every match of a pattern together, so many
 * subjects that each cost little cannot add up to much. */
START_TEST(pattern_steps_add_up_over_subjects)
{
	static const char subject[] = "the quick brown fox jumps over the "
				      "lazy dog and the cat that sat";
	char why[160];
	struct pattern *p = pattern_compile("(\\w|\\s)*[#@]", why, sizeof(why));
	int rc, i;

	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(pattern_match(p, subject, strlen(subject), why,
				       sizeof(why)), 0);
	for (i = 0; i < 1000000; i++) {
		rc = pattern_match(p, subject, strlen(subject), why, sizeof(why));
		if (rc != 0)
			break;
	}
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(i > 10, "stopped after %d subjects", i);
	ck_assert_msg(strncmp(why, "too complex: matching it takes more than",
			      40) == 0, "%s", why);
	pattern_free(p);
}
END_TEST

Suite *
unit_suite(void)
{
	Suite *s = suite_create("pattern");
	TCase *tc = tcase_create("pattern");

	tcase_add_test(tc, pattern_is_caseless_perl_and_utf8);
	tcase_add_test(tc, pattern_refuses_what_it_cannot_bound);
	tcase_add_test(tc, pattern_steps_add_up_over_subjects);
	suite_add_tcase(s, tc);
	return s;
}
