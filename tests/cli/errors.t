# Bad input: one clear message on stderr, nothing on stdout, exit status 2.

# With no query, queries come from standard input (here empty).
$ httpstatus
? 0

$ httpstatus 4044
! httpstatus: '4044' is not an HTTP status code (expected 100-599)
! Try 'httpstatus --help'.
? 2

$ httpstatus 99
! httpstatus: '99' is not an HTTP status code (expected 100-599)
! Try 'httpstatus --help'.
? 2

$ httpstatus abc
! httpstatus: 'abc' matches nothing
? 1

$ httpstatus 700
! httpstatus: '700' is not an HTTP status code (expected 100-599)
! Try 'httpstatus --help'.
? 2

$ httpstatus 404 4044
! httpstatus: '4044' is not an HTTP status code (expected 100-599)
! Try 'httpstatus --help'.
? 2

$ httpstatus -x 404
! httpstatus: option '-x' is not a known option
! Try 'httpstatus --help'.
? 2

# An option is quoted as any argument is, so that no byte of it reaches
# the terminal as it is: not ESC, which starts a control sequence, nor a
# byte that is not UTF-8.
$ httpstatus -$'\x1b' 404
! httpstatus: option '-\x1b' is not a known option
! Try 'httpstatus --help'.
? 2

$ httpstatus -$'\xff' 404
! httpstatus: option '-\xff' is not a known option
! Try 'httpstatus --help'.
? 2

# Within a cluster of short options, the unknown one is named.
$ httpstatus --json -sZ 404
! httpstatus: option '-Z' is not a known option
! Try 'httpstatus --help'.
? 2

$ httpstatus --bogus 404
! httpstatus: option '--bogus' is not a known option
! Try 'httpstatus --help'.
? 2

$ httpstatus --format
! httpstatus: option '--format' needs an argument
! Try 'httpstatus --help'.
? 2

# --help ends by pointing to the manual, which has everything.
$ httpstatus --help | tail -n 3
I/O error.

Full documentation: man httpstatus
? 0

$ httpstatus --help=yes
! httpstatus: option '--help' takes no argument
! Try 'httpstatus --help'.
? 2

$ httpstatus -- -404
! httpstatus: '-404' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
! Try 'httpstatus --help'.
? 2

$ httpstatus $'\x1b[31m'
! httpstatus: '\x1b[31m' matches nothing
? 1

$ httpstatus 1234567890123456789012345678901234567890123456789
! httpstatus: '1234567890123456789012345678901234567890...' is not an HTTP status code (expected 100-599)
! Try 'httpstatus --help'.
? 2

# An abbreviation that fits several long options lists them.
$ httpstatus --l
! httpstatus: option '--l' is ambiguous (--line-buffered, --list, --log, --long)
! Try 'httpstatus --help'.
? 2

$ httpstatus --f=json 404
! httpstatus: option '--f' is ambiguous (--field, --fields, --first, --format)
! Try 'httpstatus --help'.
? 2

# An empty name abbreviates every option, but names none of them.
$ httpstatus --=foo 404
! httpstatus: option '--=foo' is not a known option
! Try 'httpstatus --help'.
? 2

$ httpstatus --= 404
! httpstatus: option '--=' is not a known option
! Try 'httpstatus --help'.
? 2

# An abbreviation that fits one option is that option, whatever follows.
$ httpstatus --o=x 404
! httpstatus: option '--o' takes no argument
! Try 'httpstatus --help'.
? 2

$ httpstatus --lon -s 404
404 Not Found
? 0
