# run-cli.sh's "needs" line: the case whose program is not on PATH is
# skipped, the other still runs, and the runner exits 77.
needs httpstatus-selftest-no-such-program
$ httpstatus-selftest-no-such-program
? 0

needs echo
$ echo ran
ran
? 0
