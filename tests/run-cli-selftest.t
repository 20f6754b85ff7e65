# The runner's own marks, proved on plain shell commands: each case passes
# only if run-cli.sh reads its marks as its header says.  The cases that
# must fail are in run-cli-selftest-fail.t, checked by run-cli-catches.

# Plain lines are stdout, "! " lines stderr, "!" an empty stderr line,
# and an empty line an empty stdout line.
$ printf 'out\n\n'; printf 'err\n\n' >&2
out

! err
!
? 0

# "| " lets stdout hold a line that would read as a mark; "|" alone and
# "#" need no escape inside a case.
$ printf '%s\n' '$ cmd' '! err' '!' '? 0' '| bar' '\ no newline at end' '|' '# x'
| $ cmd
| ! err
| !
| ? 0
| | bar
| \ no newline at end
|
# x
? 0

# "\ no newline at end" ends the stream of the line just above it.
$ printf 'a\nb'
a
b
\ no newline at end
? 0

$ printf 'a\n! b' >&2; exit 3
! a
! ! b
\ no newline at end
? 3

$ printf '! out'; printf 'err' >&2
| ! out
\ no newline at end
! err
\ no newline at end
? 0

# A transcript that breaks these rules is refused with status 2, since
# none of its results could be trusted.
$ printf '$ printf x\n\\ no newline at end\n? 0\n' >bad.t; bash "$RUN_CLI" bad.t; echo "status $?"
bad.t:2: '\ no newline at end' must follow a line of output that is not empty
status 2
? 0

$ printf '$ echo; printf x\n\n\\ no newline at end\n? 0\n' >bad.t; bash "$RUN_CLI" bad.t; echo "status $?"
bad.t:3: '\ no newline at end' must follow a line of output that is not empty
status 2
? 0

$ printf '$ printf x\nx\n\\ no newline at end\ny\n? 0\n' >bad.t; bash "$RUN_CLI" bad.t; echo "status $?"
bad.t:4: stdout goes on after its '\ no newline at end' line
status 2
? 0

$ printf '$ echo x\nx\n$ echo y\ny\n? 0\n' >bad.t; bash "$RUN_CLI" bad.t; echo "status $?"
bad.t:3: the case of line 1 has no '? STATUS' line
status 2
? 0

# --update writes what each command really printed, marks and all, and
# keeps the commands, comments and blank lines as they were.
$ printf '%s\n' '# stale' '$ printf "! x\n? 0"; echo e >&2' old '? 1' '' '$ true' '? 0' >old.t; bash "$RUN_CLI" --update old.t; cat old.t
old.t: 1 of 2 cases updated
# stale
| $ printf "! x\n? 0"; echo e >&2
| | ! x
| | ? 0
| \ no newline at end
| ! e
| ? 0

| $ true
| ? 0
? 0
