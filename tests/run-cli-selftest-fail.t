# Every case here is wrong in exactly one way, and run-cli-catches requires
# the runner to fail each of them: a runner that passed everything would
# pass its self-test too.

# Wrong stdout, wrong status, output on the wrong stream.
$ echo a
b
? 0

$ echo a
a
? 1

$ echo a >&2
a
? 0

$ echo a
! a
? 0

# A trailing empty line is output like any other.
$ printf 'a\n\n'
a
? 0

# "| " is markup, not output.
$ echo '| a'
| a
? 0

# The final newline counts, either way, on either stream.
$ printf a
a
? 0

$ echo a
a
\ no newline at end
? 0

$ printf a >&2
! a
? 0

$ echo a >&2
! a
\ no newline at end
? 0
