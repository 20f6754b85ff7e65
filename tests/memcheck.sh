#!/usr/bin/env bash
# memcheck.sh - how meson test --setup=valgrind starts each test.
#
# Usage: memcheck.sh COMMAND [ARG...], with HTTPSTATUS_WRAPPER holding the
# valgrind command line (the valgrind setup in meson.build sets both).
#
# A compiled test, such as a unit test, runs under memcheck.  A test that
# is a shell script runs as it is: memcheck on bash checks bash, not this
# project, and it does not follow bash into the programs it starts.  The
# scripts that start httpstatus put HTTPSTATUS_WRAPPER before it
# themselves (run-cli.sh, run-big-row.sh), so that is where memcheck
# looks.
set -u
case ${1##*/} in
bash | sh) exec "$@" ;;
esac
# shellcheck disable=SC2086 # the valgrind command line is split into words
exec ${HTTPSTATUS_WRAPPER:?the valgrind setup sets HTTPSTATUS_WRAPPER} "$@"
