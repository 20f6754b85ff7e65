# run-cli.sh's "clocked" line: under a wrapper, the clocked case is
# skipped, the other still runs, and the runner exits 77.
clocked
$ echo clocked
clocked
? 0

$ echo ran
ran
? 0
