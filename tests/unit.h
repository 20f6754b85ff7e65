/* unit.h - the one thing each unit test file gives the shared runner. */
#ifndef HTTPSTATUS_UNIT_H
#define HTTPSTATUS_UNIT_H

#include <check.h>

/* The file's tests, which unit-main.c runs. */
Suite *unit_suite(void);

#endif
