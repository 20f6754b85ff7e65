# Output and input errors: every write is checked; a reader that goes away
# ends the program quietly.

$ httpstatus --list >/dev/full
! httpstatus: write error: No space left on device
? 2

$ httpstatus 404 >/dev/full
! httpstatus: write error: No space left on device
? 2

$ httpstatus -j 404 >/dev/full
! httpstatus: write error: No space left on device
? 2

$ httpstatus --version >/dev/full
! httpstatus: write error: No space left on device
? 2

$ httpstatus --help >/dev/full
! httpstatus: write error: No space left on device
? 2

$ yes 404 | head -n 100000 | httpstatus -t >/dev/full
! httpstatus: write error: No space left on device
? 2

# With SIGPIPE at its default the kernel ends the program silently; with
# it ignored (as some parents leave it), the program stops by itself, just
# as silently, with status 2.
$ yes 404 | head -n 2000000 | httpstatus -t | head -n 1 | cut -f 1,2; echo "status ${PIPESTATUS[2]}"
404	Not Found
status 141
? 0

$ trap '' PIPE; yes 404 2>/dev/null | head -n 2000000 2>/dev/null | httpstatus -t 2>stderr.txt | head -n 1 | cut -f 1,2; echo "status ${PIPESTATUS[2]}"; cat stderr.txt
404	Not Found
status 2
? 0

$ httpstatus - </
! httpstatus: stdin: read error: Is a directory
? 2

$ httpstatus <&-
! httpstatus: stdin: read error: Bad file descriptor
? 2

# With stdout closed, nothing to write is no error; something to write is.
$ httpstatus -q 404 >&-
? 0

$ httpstatus 404 >&-
! httpstatus: write error: Bad file descriptor
? 2
