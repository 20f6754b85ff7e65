# --log and --field: the lines are a web server's access log, and the
# status each holds is the query.

# One line of each kind an access log holds, in the Common or the
# Combined Log Format and as Apache and nginx write them.  awk's $9 is
# the status on the first two lines only.
$ printf '%s\n' '192.0.2.1 - - [06/Dec/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512' '2001:db8::7 - alice [06/Dec/2026:10:00:01 +0000] "GET /a HTTP/2.0" 304 0 "https://example.com/" "Mozilla/5.0 (X11; Linux x86_64)"' '192.0.2.2 - - [06/Dec/2026:10:00:02 +0000] "-" 400 0 "-" "-"' '192.0.2.3 - - [06/Dec/2026:10:00:03 +0000] "GET /say\"hi\" HTTP/1.1" 404 9 "-" "curl/8.5.0"' '192.0.2.4 - - [06/Dec/2026:10:00:04 +0000] "GET /dir\\" 403 9' '192.0.2.5 - - [06/Dec/2026:10:00:05 +0000] "GET /say\x22hi\x22 HTTP/1.1" 404 9 "-" "curl/8.5.0"' '192.0.2.6 - - [06/Dec/2026:10:00:06 +0000] "GET /slow HTTP/1.1" 499 0 "-" "Go-http-client/1.1" rt=30.001 uct="0.000" "upstream 10.0.0.1:80"' '192.0.2.7 - - [06/Dec/2026:10:00:07 +0000] "GET /x y z HTTP/1.1" 502 157' '192.0.2.8 - - [06/Dec/2026:10:00:08 +0000] "GET / HTTP/1.1" - 0' 'not a log line at all' '192.0.2.9 - - [06/Dec/2026:10:00:09 +0000] "GET /never-closed 200 5' '192.0.2.10 - - [06/Dec/2026:10:00:10 +0000] "GET / HTTP/1.1"' '192.0.2.11 - - [06/Dec/2026:10:00:11 +0000] "GET / HTTP/1.1" 2000 0' >access.log && printf '192.0.2.12 - - [06/Dec/2026:10:00:12 +0000] "GET / HTTP/1.1" 201 0\r\n' >>access.log && wc -l <access.log && awk '{ print $9 }' access.log | tr '\n' ' '
14
200 304 "-" 404 9 404 499 z -  5  2000 201 
\ no newline at end
? 0

# Without --count, a record for each line, in order; the query field is
# the status as the line has it, to join on.
$ httpstatus --log -o query,code,phrase <access.log
200	200	OK
304	304	Not Modified
400	400	Bad Request
404	404	Not Found
403	403	Forbidden
404	404	Not Found
499	499	Client Closed Request
502	502	Bad Gateway
-		
		
		
		
2000		
201	201	Created
! httpstatus: stdin:9: status '-' is not a code
! httpstatus: stdin:10: line has no quoted request, as a Common or Combined Log Format line has
! httpstatus: stdin:11: line has a request whose quote is never closed
! httpstatus: stdin:12: line has no status after its quoted request
! httpstatus: stdin:13: status '2000' is not a code
? 1

$ httpstatus --log -s <access.log 2>/dev/null | paste -d '|' - access.log | cut -d '"' -f 1 | cut -c 1-60
200 OK|192.0.2.1 - - [06/Dec/2026:10:00:00 +0000] 
304 Not Modified|2001:db8::7 - alice [06/Dec/2026:10:00:01 +
400 Bad Request|192.0.2.2 - - [06/Dec/2026:10:00:02 +0000] 
404 Not Found|192.0.2.3 - - [06/Dec/2026:10:00:03 +0000] 
403 Forbidden|192.0.2.4 - - [06/Dec/2026:10:00:04 +0000] 
404 Not Found|192.0.2.5 - - [06/Dec/2026:10:00:05 +0000] 
499 Client Closed Request  (unofficial: nginx, Cloudflare, C
502 Bad Gateway|192.0.2.7 - - [06/Dec/2026:10:00:07 +0000] 
--- (unknown)|192.0.2.8 - - [06/Dec/2026:10:00:08 +0000] 
--- (unknown)|not a log line at all
--- (unknown)|192.0.2.9 - - [06/Dec/2026:10:00:09 +0000] 
--- (unknown)|192.0.2.10 - - [06/Dec/2026:10:00:10 +0000] 
--- (unknown)|192.0.2.11 - - [06/Dec/2026:10:00:11 +0000] 
201 Created|192.0.2.12 - - [06/Dec/2026:10:00:12 +0000] 
? 0

$ httpstatus --log --count <access.log
 2   14.3%  404 Not Found
 1    7.1%  200 OK
 1    7.1%  201 Created
 1    7.1%  304 Not Modified
 1    7.1%  400 Bad Request
 1    7.1%  403 Forbidden
 1    7.1%  499 Client Closed Request  (unofficial: nginx, Cloudflare, Cloud Foundry, Google APIs)
 1    7.1%  502 Bad Gateway
 5   35.7%  --- (unknown)

 0    0.0%  1xx Informational
 2   14.3%  2xx Successful
 1    7.1%  3xx Redirection
 5   35.7%  4xx Client Error
 1    7.1%  5xx Server Error
 6   42.9%  4xx and 5xx
14  100.0%  total
! httpstatus: stdin: 5 lines could not be answered; the first, line 9: status '-' is not a code
? 1

$ httpstatus --log -c -t <access.log 2>/dev/null
2	404	Not Found
1	200	OK
1	201	Created
1	304	Not Modified
1	400	Bad Request
1	403	Forbidden
1	499	Client Closed Request
1	502	Bad Gateway
5		
? 1

# --field: awk's $N, fields being separated by runs of blanks.
$ printf '%s\n' 'GET /a 200 0.01' '  POST	/b   404 0.2' 'HEAD /c' 'PUT /d abc' >lb.log && httpstatus --field=3 -o query,code,phrase <lb.log
200	200	OK
404	404	Not Found
		
abc		
! httpstatus: stdin:3: line has no field 3
! httpstatus: stdin:4: status 'abc' is not a code
? 1

$ httpstatus --field 3 -c -t <lb.log 2>/dev/null
1	200	OK
1	404	Not Found
2		
? 1

# The same log, field 9 as awk counts: the shifted lines are caught as
# statuses that are not codes, not counted as codes they are not.
$ httpstatus --field=9 -c -t <access.log 2>/dev/null
2	404	Not Found
1	200	OK
1	201	Created
1	304	Not Modified
1	499	Client Closed Request
8		
? 1

# A line too long for any server to log is one record, with its reason.
$ { printf '192.0.2.1 - - [06/Dec/2026:10:00:00 +0000] "GET /'; head -c 40000 /dev/zero | tr '\0' a; printf ' HTTP/1.1" 200 5\n192.0.2.1 - - [06/Dec/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 5\n'; } | httpstatus --log -t -o query,code
	
200	200
! httpstatus: stdin:1: line longer than 32768 bytes
? 1

# A request of 8 KiB, as servers allow, is no trouble.
$ { printf '192.0.2.1 - - [06/Dec/2026:10:00:00 +0000] "GET /'; head -c 8000 /dev/zero | tr '\0' a; printf ' HTTP/1.1" 414 5\n'; } | httpstatus --log -t -o code
414
? 0

# A NUL byte inside a log line hides nothing: the status is still found,
# and the line's record is that of its status.
$ printf '192.0.2.1 - - [06/Dec/2026:10:00:00 +0000] "GET /a\0b HTTP/1.1" 404 5\n' | httpstatus --log -t -o query,code
404	404
? 0

# Bad uses, refused before anything is read.
$ httpstatus --log --field=9
! httpstatus: --log and --field are two ways to find the status: give one
! Try 'httpstatus --help'.
? 2

$ httpstatus --field=9 --log
! httpstatus: --log and --field are two ways to find the status: give one
! Try 'httpstatus --help'.
? 2

$ httpstatus --field=0
! httpstatus: --field takes a field number from 1 to 100000, not '0'
! Try 'httpstatus --help'.
? 2

$ httpstatus --field=x9
! httpstatus: --field takes a field number from 1 to 100000, not 'x9'
! Try 'httpstatus --help'.
? 2

$ httpstatus --field=99999999999999999999999
! httpstatus: --field takes a field number from 1 to 100000, not '99999999999999999999999'
! Try 'httpstatus --help'.
? 2

$ httpstatus --log 404
! httpstatus: --log reads the lines of standard input, so it takes no query, -e or -l
! Try 'httpstatus --help'.
? 2

$ httpstatus --field=9 -e 'not found'
! httpstatus: --field reads the lines of standard input, so it takes no query, -e or -l
! Try 'httpstatus --help'.
? 2
