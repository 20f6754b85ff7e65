# The query language: classes, masks, ranges, words, former and constant names.

$ httpstatus 4xx
4xx Client Error
    The request appears to be at fault, for example through bad syntax or
    missing permission, and cannot be fulfilled as sent. A client that receives
    an unrecognised 4xx code treats it as 400 (RFC 9110, Section 15).

400 Bad Request
401 Unauthorized
402 Payment Required
403 Forbidden
404 Not Found
405 Method Not Allowed
406 Not Acceptable
407 Proxy Authentication Required
408 Request Timeout
409 Conflict
410 Gone
411 Length Required
412 Precondition Failed
413 Content Too Large
414 URI Too Long
415 Unsupported Media Type
416 Range Not Satisfiable
417 Expectation Failed
418 I'm a teapot  (reserved: unused in the IANA registry)
421 Misdirected Request
422 Unprocessable Content
423 Locked
424 Failed Dependency
425 Too Early
426 Upgrade Required
428 Precondition Required
429 Too Many Requests
431 Request Header Fields Too Large
451 Unavailable For Legal Reasons
? 0

$ httpstatus 1XX
1xx Informational
    An interim response: the request was received and processing continues, and
    a final response is still to come. A client that receives an unrecognised
    1xx code treats it as 100 (RFC 9110, Section 15).

100 Continue
101 Switching Protocols
102 Processing
103 Early Hints
104 Upload Resumption Supported  (temporary registration expired 2026-11-13: check the IANA registry)
? 0

$ httpstatus 3
3xx Redirection
    The client has to take further action, such as following a new URI or using
    a cached copy, to complete the request. A client that receives an
    unrecognised 3xx code treats it as 300 (RFC 9110, Section 15).

300 Multiple Choices
301 Moved Permanently
302 Found
303 See Other
304 Not Modified
305 Use Proxy
306 Unused  (reserved: unused in the IANA registry)
307 Temporary Redirect
308 Permanent Redirect
? 0

$ httpstatus 20
200 OK
201 Created
202 Accepted
203 Non-Authoritative Information
204 No Content
205 Reset Content
206 Partial Content
207 Multi-Status
208 Already Reported
? 0

$ httpstatus 41x
410 Gone
411 Length Required
412 Precondition Failed
413 Content Too Large
414 URI Too Long
415 Unsupported Media Type
416 Range Not Satisfiable
417 Expectation Failed
418 I'm a teapot  (reserved: unused in the IANA registry)
? 0

$ httpstatus 400-404
400 Bad Request
401 Unauthorized
402 Payment Required
403 Forbidden
404 Not Found
? 0

$ httpstatus 52x
! httpstatus: '52x' holds no assigned code
? 1

$ httpstatus -a 52x
520 Web Server Returns an Unknown Error  (unofficial: Cloudflare)
521 Web Server Is Down  (unofficial: Cloudflare)
522 Connection Timed Out  (unofficial: Cloudflare)
523 Origin Is Unreachable  (unofficial: Cloudflare)
524 A Timeout Occurred  (unofficial: Cloudflare)
525 SSL Handshake Failed  (unofficial: Cloudflare, Cloud Foundry)
526 Invalid SSL Certificate  (unofficial: Cloudflare, Cloud Foundry)
527 Railgun Listener to Origin Error  (unofficial: Cloudflare)
529 The service is overloaded  (unofficial: Qualys SSL Labs API)
? 0

$ httpstatus --all 440-449
440 Login Timeout  (unofficial: Microsoft Exchange Outlook Web Access)
444 (unnamed)  (unofficial: nginx)
449 Retry With  (unofficial: Microsoft WebDAV extensions, Exchange ActiveSync)
? 0

$ httpstatus 45x 10x
451 Unavailable For Legal Reasons
    The server denies access to the resource because of a legal demand, such as
    a court order or government censorship. The number refers to the novel
    Fahrenheit 451, and the response should explain the demand: who made it,
    under which law, and whom it applies to.
    Headers: Link (recommended): rel=blocked-by, naming who applies the block
    Content: should detail the legal demand, who made it and the law
    Cacheable by default
    See also: 403 refused for reasons other than a legal demand
              404 no representation found, no reason given
              410 removed for good, no legal reason implied
    RFC 7725

100 Continue
101 Switching Protocols
102 Processing
103 Early Hints
104 Upload Resumption Supported  (temporary registration expired 2026-11-13: check the IANA registry)
? 0

$ httpstatus 309-399
! httpstatus: '309-399' holds no assigned code
? 1

$ httpstatus -s teapot
418 I'm a teapot  (reserved: unused in the IANA registry)
? 0

$ httpstatus 'Request Entity Too Large' | head -1
413 Content Too Large
? 0

$ httpstatus 'payload too large' | head -1
413 Content Too Large
? 0

$ httpstatus 'Unprocessable Entity' | head -1
422 Unprocessable Content
? 0

$ httpstatus 'Request-URI Too Long' | head -1
414 URI Too Long
? 0

$ httpstatus 'Moved Temporarily' | head -1
302 Found
? 0

$ httpstatus 'switch proxy' | head -1
306 Unused  (reserved: unused in the IANA registry)
? 0

$ httpstatus -s NOT_FOUND not_found :not_found NotFound StatusNotFound HTTP_NOT_FOUND SC_NOT_FOUND HTTPStatus.NOT_FOUND HTTP_404_NOT_FOUND
404 Not Found
404 Not Found
404 Not Found
404 Not Found
404 Not Found
404 Not Found
404 Not Found
404 Not Found
404 Not Found
? 0

$ httpstatus -s StatusTeapot StatusProxyAuthRequired IM_A_TEAPOT StatusRequestEntityTooLarge HTTP_REQUEST_URI_TOO_LONG
418 I'm a teapot  (reserved: unused in the IANA registry)
407 Proxy Authentication Required
418 I'm a teapot  (reserved: unused in the IANA registry)
413 Content Too Large
414 URI Too Long
122 (unnamed)  (unofficial: Python requests)
? 0

$ httpstatus cloudflare
499 Client Closed Request  (unofficial: nginx, Cloudflare, Cloud Foundry, Google APIs)
520 Web Server Returns an Unknown Error  (unofficial: Cloudflare)
521 Web Server Is Down  (unofficial: Cloudflare)
522 Connection Timed Out  (unofficial: Cloudflare)
523 Origin Is Unreachable  (unofficial: Cloudflare)
524 A Timeout Occurred  (unofficial: Cloudflare)
525 SSL Handshake Failed  (unofficial: Cloudflare, Cloud Foundry)
526 Invalid SSL Certificate  (unofficial: Cloudflare, Cloud Foundry)
527 Railgun Listener to Origin Error  (unofficial: Cloudflare)
530 (unnamed)  (unofficial: Cloudflare)
? 0

$ httpstatus nginx
000 (unnamed)  (unofficial: curl, nginx, Apache Traffic Server, Akamai, AWS Elastic Load Balancing)
444 (unnamed)  (unofficial: nginx)
494 Request Header Or Cookie Too Large  (unofficial: nginx)
495 The SSL certificate error  (unofficial: nginx)
496 No required SSL certificate was sent  (unofficial: nginx, Cloud Foundry)
497 The plain HTTP request was sent to HTTPS port  (unofficial: nginx)
498 (unnamed)  (unofficial: nginx before 0.3.28)
499 Client Closed Request  (unofficial: nginx, Cloudflare, Cloud Foundry, Google APIs)
? 0

$ httpstatus 'too large'
413 Content Too Large
431 Request Header Fields Too Large
494 Request Header Or Cookie Too Large  (unofficial: nginx)
430 Request Header Fields Too Large  (unofficial, unattested: Shopify)
532 Project Response Too Large  (unofficial: Edgio, now defunct)
? 0

$ httpstatus 'LARGE too'
413 Content Too Large
431 Request Header Fields Too Large
494 Request Header Or Cookie Too Large  (unofficial: nginx)
430 Request Header Fields Too Large  (unofficial, unattested: Shopify)
532 Project Response Too Large  (unofficial: Edgio, now defunct)
? 0

# A word of the description finds the entry, and a query with a single
# answer shows it in full.
$ httpstatus fahrenheit
451 Unavailable For Legal Reasons
    The server denies access to the resource because of a legal demand, such as
    a court order or government censorship. The number refers to the novel
    Fahrenheit 451, and the response should explain the demand: who made it,
    under which law, and whom it applies to.
    Headers: Link (recommended): rel=blocked-by, naming who applies the block
    Content: should detail the legal demand, who made it and the law
    Cacheable by default
    See also: 403 refused for reasons other than a legal demand
              404 no representation found, no reason given
              410 removed for good, no legal reason implied
    RFC 7725
? 0

$ httpstatus --official 'too large'
413 Content Too Large
431 Request Header Fields Too Large
? 0

$ httpstatus --official 499
! httpstatus: '499' has only unofficial meanings, and --official hides them
? 1

$ httpstatus teapto
! httpstatus: 'teapto' matches nothing; did you mean 418 I'm a teapot?
? 1

$ httpstatus 'not fuond'
! httpstatus: 'not fuond' matches nothing; did you mean 404 Not Found?
? 1

$ httpstatus xyzzyplugh
! httpstatus: 'xyzzyplugh' matches nothing
? 1

$ httpstatus -s -e '^payload'
413 Content Too Large
? 0

$ httpstatus -e 'teapot|coffee' -s
418 I'm a teapot  (reserved: unused in the IANA registry)
? 0

# -e sees each entry's "CODE PHRASE" line too, as grep over a list would.
$ httpstatus -s -e '^30[12] '
301 Moved Permanently
302 Found
? 0

$ httpstatus -s -e '^50[0-3] ' -e 'TEAPOT'
500 Internal Server Error
501 Not Implemented
502 Bad Gateway
503 Service Unavailable
503 Loop Detected  (unofficial: Fastly)
418 I'm a teapot  (reserved: unused in the IANA registry)
? 0

$ httpstatus -e "$(printf '\377')"
! httpstatus: bad pattern '\xff': UTF-8 error: illegal byte (0xfe or 0xff) (at offset 0)
! Try 'httpstatus --help'.
? 2

$ httpstatus --regex='x('
! httpstatus: bad pattern 'x(': missing closing parenthesis (at offset 2)
! Try 'httpstatus --help'.
? 2

$ httpstatus -e 'zzzz+q'
! httpstatus: no entry matches the pattern 'zzzz+q'
? 1

# A pattern's messages follow the rules of every query's: -q keeps only
# errors, and the answers before a message come before it on one pipe.
$ httpstatus -q -e 'zzzz+q'
? 1

$ httpstatus -o code -t -e '^418' -e '(^){1,1000}' 2>&1
418
httpstatus: pattern '(^){1,1000}' is too complex: matching it backtracks more than 2000 deep
? 2

$ httpstatus -l | wc -l
64
? 0

$ httpstatus -la | wc -l
138
? 0

$ httpstatus -l --official | head -3
100 Continue
101 Switching Protocols
102 Processing
? 0

$ httpstatus -q 404 teapot; echo $?
0
? 0

$ httpstatus -q 404 299; echo $?
1
? 0

# -q writes nothing, not even the brackets of a JSON array, so it cannot
# fail to.
$ httpstatus -q -j 404 299 >/dev/full; echo $?
1
? 0

$ httpstatus -q 4044; echo $?
2
! httpstatus: '4044' is not an HTTP status code (expected 100-599)
! Try 'httpstatus --help'.
? 0

$ httpstatus -L 41x | grep -c '^$'
8
? 0

$ httpstatus -s 418
418 I'm a teapot  (reserved: unused in the IANA registry)
? 0

$ httpstatus -t -o code,phrase 2xx
200	OK
201	Created
202	Accepted
203	Non-Authoritative Information
204	No Content
205	Reset Content
206	Partial Content
207	Multi-Status
208	Already Reported
226	IM Used
? 0

needs jq
$ httpstatus -j -o code,status,origin 530 | jq -c '.[]'
{"code":530,"status":"unofficial","origin":"Cloudflare"}
{"code":530,"status":"unofficial","origin":"Pantheon"}
{"code":530,"status":"unofficial","origin":"Shopify"}
{"code":530,"status":"unofficial","origin":"Edgio, now defunct"}
? 0

$ httpstatus -o code 404
404
? 0

$ httpstatus -t -o code,bogus 404
! httpstatus: 'bogus' is not a field, or is given twice (fields: code, phrase, description, reference, status, origin, class, aliases, url, source, expires, headers, cacheable, content, related, treat_as, query)
! Try 'httpstatus --help'.
? 2

$ httpstatus -t -o code,code 404
! httpstatus: 'code' is not a field, or is given twice (fields: code, phrase, description, reference, status, origin, class, aliases, url, source, expires, headers, cacheable, content, related, treat_as, query)
! Try 'httpstatus --help'.
? 2

$ httpstatus -t -o '' 404
! httpstatus: '' is not a field, or is given twice (fields: code, phrase, description, reference, status, origin, class, aliases, url, source, expires, headers, cacheable, content, related, treat_as, query)
! Try 'httpstatus --help'.
? 2
