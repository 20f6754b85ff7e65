# Word search: whole words, stems, stop words, ranking, status lines and
# joined arguments.  -s keeps the answers to one line each.

$ httpstatus -s redirect
307 Temporary Redirect
308 Permanent Redirect
303 See Other
302 Found
301 Moved Permanently
451 Redirect  (unofficial: Microsoft Exchange ActiveSync)
300 Multiple Choices
538 Project Request Loop  (unofficial: Edgio, now defunct)
? 0

$ httpstatus -s redirects | head -1
307 Temporary Redirect
? 0

$ httpstatus -s 'not allowed'
405 Method Not Allowed
462 Not Allowed  (unofficial, unattested: Fastly)
403 Forbidden
? 0

$ httpstatus -s throttled | head -1
429 Too Many Requests
? 0

$ httpstatus -s request entity too large
413 Content Too Large
? 0

$ httpstatus -s StatusRequestHeaderFieldsTooLarge StatusLoopDetected
431 Request Header Fields Too Large
430 Request Header Fields Too Large  (unofficial, unattested: Shopify)
508 Loop Detected
503 Loop Detected  (unofficial: Fastly)
? 0

# A registered code answers before a vendor's code of the same name,
# everywhere: as an argument, on stdin (with every meaning, -a), and in
# JSON.
$ printf 'Loop Detected\nRequest Header Fields Too Large\n' | httpstatus -a -s
508 Loop Detected
503 Loop Detected  (unofficial: Fastly)
431 Request Header Fields Too Large
430 Request Header Fields Too Large  (unofficial, unattested: Shopify)
? 0

needs jq
$ httpstatus -j 'loop detected' | jq -c '[.[] | .code]'
[508,503]
? 0

$ httpstatus -s HTTP_UNAVAILABLE HTTP_BAD_METHOD HttpStatusCode.RedirectMethod HttpStatusCode.RedirectKeepVerb HttpStatusCode.Ambiguous
503 Service Unavailable
405 Method Not Allowed
303 See Other
307 Temporary Redirect
300 Multiple Choices
? 0

$ httpstatus -s HttpStatusCode.Redirect HttpURLConnection.HTTP_NOT_FOUND web.HTTPNotFound StatusCodes.Status404NotFound
302 Found
404 Not Found
404 Not Found
404 Not Found
? 0

# Whole words only: "foo" is inside "Fools'", but is no word of 418.
$ echo foo | httpstatus
--- (unknown)
! httpstatus: stdin:1: 'foo' matches nothing
? 1

$ httpstatus the
! httpstatus: 'the' has only words too common to search for (such as the, is, what)
? 1

$ httpstatus 'not fuond'
! httpstatus: 'not fuond' matches nothing; did you mean 404 Not Found?
? 1

# Status lines, on the command line and on stdin.
$ printf 'HTTP/1.1 200 OK\r\n' | httpstatus
200 OK
? 0

$ httpstatus -s 'HTTP/1.1 404 Not Found' 'HTTP/2 503' '404 Not Found' '200 OK' '413 Request Entity Too Large'
404 Not Found
503 Service Unavailable
404 Not Found
200 OK
413 Content Too Large
? 0

$ httpstatus -s HTTP/1.1 499 Client Closed Request
499 Client Closed Request  (unofficial: nginx, Cloudflare, Cloud Foundry, Google APIs)
499 Client Closed Request  (unofficial: nginx, Cloudflare, Cloud Foundry, Google APIs)
? 0

$ printf 'HTTP/1.0 404 File not found\n' | httpstatus
404 Not Found
! httpstatus: stdin:1: 'HTTP/1.0 404 File not found': 'File not found' is not a reason phrase 404 is known by
? 0

$ httpstatus -q 'HTTP/1.0 404 File not found'
? 0

$ httpstatus 'HTTP/1.1 OK'
! httpstatus: 'HTTP/1.1 OK' is not a status line (such as HTTP/1.1 404 Not Found)
! Try 'httpstatus --help'.
? 2

$ httpstatus '404 500'
! httpstatus: '404 500' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
! Try 'httpstatus --help'.
? 2

# Codes, classes and constants stay queries of their own between words.
$ httpstatus -s too early 404 NOT_FOUND teapot
425 Too Early
404 Not Found
404 Not Found
418 I'm a teapot  (reserved: unused in the IANA registry)
? 0
