# What goes with a code: its header fields, whether caches keep it, what
# its content may be, and the codes people confuse it with.

$ httpstatus 405
405 Method Not Allowed
    The target resource exists but does not support the request method, such as
    a DELETE on a read-only resource. The server must list the methods it does
    support in an Allow header field.
    Also known as: HttpURLConnection.HTTP_BAD_METHOD (Java),
    HttpResponseNotAllowed (Django), codes.not_allowed (Python requests),
    http.NOT_ALLOWED (Twisted)
    Headers: Allow (required): the methods the resource does support
    Cacheable by default
    See also: 501 the method is unknown to the whole server
              404 there is no resource at that URI
    RFC 9110, Section 15.5.6
? 0

$ httpstatus 401
401 Unauthorized
    The request lacks valid authentication credentials for the target resource.
    The response carries a WWW-Authenticate header field naming the accepted
    scheme, and the client may retry with credentials in the Authorization
    header field.
    Headers: WWW-Authenticate (required): at least one challenge for the
             resource
             Authorization (request): credentials that were missing or refused
    Not cacheable by default
    See also: 403 credentials are known but access is refused
              407 a proxy, not the origin, wants credentials
              511 the network, not the site, wants a login
    RFC 9110, Section 15.5.2
? 0

$ httpstatus 301
301 Moved Permanently
    The resource has been given a new permanent URI, sent in the Location header
    field, and links should be updated to it. Clients may turn a POST into a GET
    when following it; 308 is the variant that keeps the method.
    Also known as: HttpStatusCode.Moved (.NET),
    HttpURLConnection.HTTP_MOVED_PERM (Java), HttpResponsePermanentRedirect
    (Django), codes.moved_pemanently (former requests name)
    Headers: Location (recommended): the new permanent URI
             Retry-After (optional): minimum wait before following it (RFC 9110,
             10.2.3)
    Cacheable by default
    See also: 308 the same, but the method and content must not change
              302 a temporary move, keep using the old URI
              410 gone for good, with no new location
    RFC 9110, Section 15.4.2
? 0

$ httpstatus -s 405
405 Method Not Allowed
? 0

$ COLUMNS=60 httpstatus 304
304 Not Modified
    A conditional GET or HEAD found that the client's cached
    copy is still current, so no content is sent. The client
    should reuse its stored response, validated through ETag
    or Last-Modified.
    Headers: ETag, Cache-Control, Expires, Vary,
             Content-Location, Date (required): repeated if
             a 200 would have carried it
             Last-Modified (optional): helps update caches
             when there is no ETag
             If-None-Match (request): a listed entity tag
             still matches (RFC 9110, 13.1.2)
             If-Modified-Since (request): no change since
             that date (RFC 9110, 13.1.3)
    Content: none; the client reuses its stored copy
    Not cacheable by default
    See also: 200 the full representation, since it changed
              412 a precondition such as If-Match or
              If-Unmodified-Since was false
              204 success without content, not a
              revalidation
    RFC 9110, Section 15.4.5
? 0

$ httpstatus -j 503
[
  {"code":503,"phrase":"Service Unavailable","description":"The server cannot handle the request right now because of temporary overload or scheduled maintenance. A Retry-After header field may say when to try again.","reference":"RFC 9110, Section 15.6.4","status":"permanent","origin":null,"class":"5xx","aliases":["HttpURLConnection.HTTP_UNAVAILABLE (Java)"],"url":"https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4","source":["https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4"],"expires":null,"headers":[{"name":"Retry-After","level":"optional","role":"expected downtime, when to try again"}],"cacheable":false,"content":null,"related":[{"code":429,"note":"this client sent too many requests"},{"code":504,"note":"a gateway timed out waiting for an upstream"},{"code":500,"note":"an unexpected failure"},{"code":502,"note":"an upstream server sent an invalid response"}],"treat_as":503},
  {"code":503,"phrase":"Loop Detected","description":"Fastly's own meaning for the registered 503: the service invoked itself, or the request passed through too many Fastly hops. It points to a configuration loop rather than temporary overload.","reference":null,"status":"unofficial","origin":"Fastly","class":"5xx","aliases":[],"url":null,"source":["https://docs.fastly.com/en/guides/loop-detection"],"expires":null,"headers":[],"cacheable":false,"content":null,"related":[{"code":508,"note":"the registered code for a detected loop"}],"treat_as":503}
]
? 0

needs jq
$ httpstatus -j 405 | jq -c '.[0].headers[] | [.name, .level]'
["Allow","required"]
? 0

needs jq
$ httpstatus -j 304 204 500 | jq -c '.[] | [.code, .cacheable, .content]'
[304,false,"none; the client reuses its stored copy"]
[204,true,"none; the response ends with the header section"]
[500,false,null]
? 0

needs jq
$ httpstatus -j 301 | jq -r '.[0].related[] | "\(.code) \(.note)"'
308 the same, but the method and content must not change
302 a temporary move, keep using the old URI
410 gone for good, with no new location
? 0

$ httpstatus -f jsonl -o code,headers,cacheable,content,related 205 418
{"code":205,"headers":[],"cacheable":false,"content":"none; the server must not send any content","related":[{"code":204,"note":"no content, and the view stays as it is"}]}
{"code":418,"headers":[],"cacheable":false,"content":null,"related":[{"code":400,"note":"the generic client error clients fall back to"}]}
? 0

$ httpstatus -t -o code,headers,cacheable,related 304 405 500
304	ETag|Cache-Control|Expires|Vary|Content-Location|Date|Last-Modified|If-None-Match|If-Modified-Since	no	200|412|204
405	Allow	yes	501|404
500		no	502|503|501
? 0

$ httpstatus -t 206 | awk -F'\t' '{ print $12, $13, $15 }'
Content-Range|Content-Type|Date|Cache-Control|ETag|Expires|Content-Location|Vary|Range|If-Range yes 200|416
? 0

$ httpstatus -s Retry-After
503 Service Unavailable
429 Too Many Requests
303 See Other
413 Content Too Large
301 Moved Permanently
302 Found
307 Temporary Redirect
308 Permanent Redirect
300 Multiple Choices
? 0

$ httpstatus -s WWW-Authenticate
401 Unauthorized
? 0

$ httpstatus -s Allow
405 Method Not Allowed
403 Forbidden
462 Not Allowed  (unofficial, unattested: Fastly)
? 0

$ httpstatus -s Proxy-Authenticate
407 Proxy Authentication Required
511 Network Authentication Required
? 0

$ httpstatus -s Content-Type
206 Partial Content
415 Unsupported Media Type
? 0

$ httpstatus -s 'content type'
415 Unsupported Media Type
206 Partial Content
? 0

$ httpstatus -1 -s If-Match
412 Precondition Failed
? 0
