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

# Standard error is written the same way.  A FIFO opened for reading and
# writing (fd 3) lets fd 4 open it for writing at once; closing fd 3 then
# leaves fd 4 a pipe that no one reads, the reader gone before the program
# starts, so these cases do not race.  With SIGPIPE at its default the
# first message ends the program: the answers before it are out, those
# after it never come.
$ mkfifo gone-default && exec 3<>gone-default 4>gone-default 3<&- && printf '404\n299\n200\n' | httpstatus -s 2>&4; echo "status $?"
404 Not Found
299 (unassigned)
status 141
? 0

$ mkfifo gone-usage && exec 3<>gone-usage 4>gone-usage 3<&- && httpstatus 4044 2>&4; echo "status $?"
status 141
? 0

# With SIGPIPE ignored, or with stderr closed, the messages are lost and
# the program goes on to the exit status it would have had.  A stderr
# open only for reading stands in for a closed one: each write fails with
# EBADF just the same, and valgrind, which CI runs these cases under,
# will not start with fd 2 closed.
$ mkfifo gone-ignored && exec 3<>gone-ignored 4>gone-ignored 3<&- && trap '' PIPE && printf '404\n299\n200\n' | httpstatus -s 2>&4; echo "status $?"
404 Not Found
299 (unassigned)
200 OK
status 1
? 0

$ printf '404\n299\n200\n' | httpstatus -s 2</dev/null
404 Not Found
299 (unassigned)
200 OK
? 1

$ httpstatus 4044 2</dev/null
? 2

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
