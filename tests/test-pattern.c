/* test-pattern.c - unit tests for the patterns of -e and their limits. */
#include <check.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "pattern.h"
#include "unit.h"

/* A budget as main() gives the patterns of a run. */
static struct pattern_budget *
run_budget(void)
{
	static struct pattern_budget b;

	pattern_budget_init(&b, PATTERN_STEPS_MAX, PATTERN_TIME_MAX_MS);
	return &b;
}

/* Whether text matches subject, with the reason for -1 in why. */
static int
match_why(const char *text, const char *subject, char *why, size_t cap)
{
	struct pattern *p = pattern_compile(text, run_budget(), why, cap);
	int rc;

	ck_assert_msg(p != NULL, "%s: %s", text, why);
	rc = pattern_match(p, subject, strlen(subject), why, cap);
	pattern_free(p);
	return rc;
}

static int
matches(const char *text, const char *subject)
{
	char why[160];

	return match_why(text, subject, why, sizeof(why));
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
		p = pattern_compile(refused[i].text, run_budget(), why,
				    sizeof(why));
		ck_assert_msg(p == NULL, "%s compiled", refused[i].text);
		ck_assert_msg(strncmp(why, refused[i].why,
				      strlen(refused[i].why)) == 0,
			      "%s: %s", refused[i].text, why);
	}
	/* The length limit is exact. */
	memset(longest, 'a', sizeof(longest) - 1);
	longest[PATTERN_LENGTH_MAX] = '\0';
	p = pattern_compile(longest, run_budget(), why, sizeof(why));
	ck_assert_ptr_nonnull(p);
	pattern_free(p);
	longest[PATTERN_LENGTH_MAX] = 'a';
	longest[PATTERN_LENGTH_MAX + 1] = '\0';
	ck_assert_ptr_null(pattern_compile(longest, run_budget(), why,
					   sizeof(why)));
	ck_assert_str_eq(why, "longer than 256 bytes");
}
END_TEST

/* The budget holds over every match of every pattern of a run together,
 * so many subjects, or many patterns, that each cost little cannot add up
 * to much.  The clock is out of the way here: only steps can end it. */
START_TEST(pattern_steps_add_up_over_subjects_and_patterns)
{
	static const char subject[] = "the quick brown fox jumps over the "
				      "lazy dog and the cat that sat";
	struct pattern_budget b;
	struct pattern *p, *q;
	char why[160];
	int rc = 0, i;

	pattern_budget_init(&b, PATTERN_STEPS_MAX, 1000000);
	p = pattern_compile("(\\w|\\s)*[#@]", &b, why, sizeof(why));
	q = pattern_compile("(\\w|\\s)*[#!]", &b, why, sizeof(why));
	ck_assert_ptr_nonnull(p);
	ck_assert_ptr_nonnull(q);
	for (i = 0; i < 1000000; i++) {
		rc = pattern_match(i % 2 ? q : p, subject, strlen(subject),
				   why, sizeof(why));
		if (rc != 0)
			break;
	}
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(i > 10, "stopped after %d subjects", i);
	ck_assert_uint_gt(b.steps, PATTERN_STEPS_MAX);
	ck_assert_str_eq(why, "too complex: matching goes past the 1000000 "
			      "steps or 1000000 ms that all patterns share");
	/* Spent is spent: the other pattern of the run stops at once. */
	ck_assert_int_eq(pattern_match(i % 2 ? p : q, subject, strlen(subject),
				       why, sizeof(why)), -1);
	pattern_free(p);
	pattern_free(q);
}
END_TEST

/* One step may scan a whole subject, so steps alone do not bound the
 * time: the clock does.  With steps without end, this pattern, which
 * scans the subject in most of its steps, is ended by the clock alone
 * (how soon is bench/pattern.sh's to measure). */
START_TEST(pattern_clock_ends_what_steps_do_not)
{
	static const char costly[] = "^(?:(?:(?=\\X*+)(?=\\X*+)(?=\\X*+)"
				     "(?=\\X*+))?){30}[#@]";
	char subject[256], why[160];
	struct pattern_budget b;
	struct pattern *p;
	int rc = 0;

	memset(subject, 'a', sizeof(subject) - 1);
	subject[sizeof(subject) - 1] = '\0';
	pattern_budget_init(&b, ULONG_MAX, 20);
	p = pattern_compile(costly, &b, why, sizeof(why));
	ck_assert_ptr_nonnull(p);
	while (rc == 0)
		rc = pattern_match(p, subject, strlen(subject), why,
				   sizeof(why));
	ck_assert_int_eq(rc, -1);
	ck_assert_uint_gt(b.steps, PATTERN_STEPS_UNTIMED);
	ck_assert_msg(strstr(why, "or 20 ms that all patterns share") != NULL,
		      "%s", why);
	pattern_free(p);
}
END_TEST

/* The clock counts only past the untimed steps: with no time at all, a
 * search that takes fewer still answers, on any machine, and one that
 * takes more is refused. */
START_TEST(pattern_ordinary_searches_never_meet_the_clock)
{
	static const char subject[] = "The server cannot or will not process "
				      "the request due to something that is "
				      "perceived to be a client error";
	struct pattern_budget b;
	struct pattern *p;
	char why[160];
	int rc = 0, i;

	pattern_budget_init(&b, PATTERN_STEPS_MAX, 0);
	p = pattern_compile("client\\s+error", &b, why, sizeof(why));
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(pattern_match(p, subject, strlen(subject), why,
				       sizeof(why)), 1);
	ck_assert_uint_lt(b.steps, PATTERN_STEPS_UNTIMED);
	pattern_free(p);

	pattern_budget_init(&b, PATTERN_STEPS_MAX, 0);
	p = pattern_compile("(\\w|\\s)*[#@]", &b, why, sizeof(why));
	ck_assert_ptr_nonnull(p);
	for (i = 0; i < 100000 && rc == 0; i++)
		rc = pattern_match(p, subject, strlen(subject), why,
				   sizeof(why));
	ck_assert_int_eq(rc, -1);
	ck_assert_uint_gt(b.steps, PATTERN_STEPS_UNTIMED);
	ck_assert_uint_le(b.steps, PATTERN_STEPS_UNTIMED + 16);
	ck_assert_str_eq(why, "too complex: matching goes past the 1000000 "
			      "steps or 0 ms that all patterns share");
	pattern_free(p);
}
END_TEST

/* A pattern may lower PCRE2's limits for itself; the message then names
 * the limit that struck, not the program's. */
START_TEST(pattern_names_the_limit_it_set_itself)
{
	static const struct {
		const char *text, *subject, *why;
	} own[] = {
		{"(*LIMIT_MATCH=1)(a|b)*found", "404 Not Found",
		 "too complex for the limit it sets itself, (*LIMIT_MATCH=1)"},
		{"(*LIMIT_DEPTH=1)found", "404 Not Found",
		 "too complex for the limit it sets itself, (*LIMIT_DEPTH=1)"},
		{"(*LIMIT_HEAP=0)found", "404 Not Found",
		 "too complex for the limit it sets itself, (*LIMIT_HEAP=0)"},
	};
	char why[160];
	size_t i;

	for (i = 0; i < sizeof(own) / sizeof(own[0]); i++) {
		why[0] = '\0';
		ck_assert_int_eq(match_why(own[i].text, own[i].subject, why,
					   sizeof(why)), -1);
		ck_assert_str_eq(why, own[i].why);
	}
	/* A limit above the program's changes nothing. */
	ck_assert_int_eq(matches("(*LIMIT_DEPTH=100000)found", "Found"), 1);
}
END_TEST

/* An error PCRE2 finds only when matching is told in PCRE2's words. */
START_TEST(pattern_match_errors_in_pcre2_words)
{
	char why[160];

	ck_assert_int_eq(match_why("(?R)", "found", why, sizeof(why)), -1);
	ck_assert_msg(strncmp(why, "not matchable: ", 15) == 0 &&
			      strstr(why, "error -") == NULL,
		      "%s", why);
}
END_TEST

Suite *
unit_suite(void)
{
	Suite *s = suite_create("pattern");
	TCase *tc = tcase_create("pattern");

	tcase_add_test(tc, pattern_is_caseless_perl_and_utf8);
	tcase_add_test(tc, pattern_refuses_what_it_cannot_bound);
	tcase_add_test(tc, pattern_steps_add_up_over_subjects_and_patterns);
	tcase_add_test(tc, pattern_clock_ends_what_steps_do_not);
	tcase_add_test(tc, pattern_ordinary_searches_never_meet_the_clock);
	tcase_add_test(tc, pattern_names_the_limit_it_set_itself);
	tcase_add_test(tc, pattern_match_errors_in_pcre2_words);
	suite_add_tcase(s, tc);
	return s;
}
