# Output formats: JSON for jq, TSV for awk, text for people.

$ httpstatus --format=json 404
[
  {"code":404,"phrase":"Not Found","description":"The server has no current representation for the target resource, or will not reveal that one exists. It does not say whether the absence is temporary or permanent; 410 is used when the removal is known to be permanent.","reference":"RFC 9110, Section 15.5.5","status":"permanent","origin":null,"class":"4xx","aliases":[],"url":"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5","source":["https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"],"expires":null,"headers":[],"cacheable":true,"content":null,"related":[{"code":410,"note":"gone for good, and the server knows it"},{"code":403,"note":"the resource exists but access is refused"},{"code":405,"note":"the resource exists but not for this method"}],"treat_as":404}
]
? 0

needs jq
$ httpstatus -j 404 | jq -r '.[0].phrase'
Not Found
? 0

needs jq
$ httpstatus -f json 499 | jq -r '.[].origin'
nginx, Cloudflare, Cloud Foundry, Google APIs
Esri ArcGIS Server
? 0

needs jq
$ httpstatus -j 413 418 | jq -c '.[] | [.code, .status, .aliases, .class]'
[413,"permanent",["Payload Too Large","Request Entity Too Large","HttpURLConnection.HTTP_ENTITY_TOO_LARGE (Java)","HttpStatus.SC_REQUEST_TOO_LONG (Apache HttpComponents)"],"4xx"]
[418,"unused",["I am a teapot","http.StatusTeapot (Go)"],"4xx"]
? 0

needs jq
$ httpstatus -j 000 | jq -c '.[0] | [.code, .class, .reference, .url]'
[0,null,null,null]
? 0

$ httpstatus -j 299
[
  {"code":299,"phrase":null,"description":null,"reference":null,"status":"unassigned","origin":null,"class":"2xx","aliases":[],"url":null,"source":[],"expires":null,"headers":[],"cacheable":false,"content":null,"related":[],"treat_as":200}
]
! httpstatus: '299' is an unassigned 2xx (Successful) code; RFC 9110 tells clients to treat it as 200 OK
? 1

# What a client acts on (RFC 9110, Section 15): a registered code itself,
# an unknown one of a class the class's x00, an invalid one a server error,
# and no response at all nothing.
$ printf '404\n499\n299\n600\n783\n999\n000\n' | httpstatus -t -o code,treat_as
404	404
499	400
299	200
600	500
783	500
999	500
000	
! httpstatus: stdin:3: '299' is an unassigned 2xx (Successful) code; RFC 9110 tells clients to treat it as 200 OK
! httpstatus: stdin:6: '999' is not an HTTP status code (expected 100-599)
? 1

$ httpstatus --format=tsv 499
499	Client Closed Request	Logged by nginx when the client closed the connection before the server could send the response; Cloudflare, built on nginx, logs it too, and frequent 499s often point to slow upstreams or short client timeouts. No response reaches the client. Cloud Foundry's gorouter answers a cancelled request, as when the client disconnects, with 499 Request Cancelled; Google's APIs map the gRPC code CANCELLED to 499; ASP.NET Core names it Status499ClientClosedRequest.		unofficial	nginx, Cloudflare, Cloud Foundry, Google APIs	4xx	Request Cancelled|NGX_HTTP_CLIENT_CLOSED_REQUEST (nginx)|StatusCodes.Status499ClientClosedRequest (ASP.NET Core)		https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h|https://developers.cloudflare.com/support/troubleshooting/http-status-codes/4xx-client-error/error-499/|https://github.com/cloudfoundry/gorouter/blob/a602bb6a624308630305f7f61689fddd21347dcb/proxy/round_tripper/error_handler.go|https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto			no		408|504	400
499	Token Required	Sent by Esri ArcGIS Server when a secured resource is requested without an access token. The client must include a valid token and try again.		unofficial	Esri ArcGIS Server	4xx			https://support.esri.com/en-us/knowledge-base/error-authentication-token-required-status-code-499-000022899			no		401	400
? 0

$ httpstatus -t 413 | cut -f 1,2,4,5,6,7,8
413	Content Too Large	RFC 9110, Section 15.5.14	permanent		4xx	Payload Too Large|Request Entity Too Large|HttpURLConnection.HTTP_ENTITY_TOO_LARGE (Java)|HttpStatus.SC_REQUEST_TOO_LONG (Apache HttpComponents)
? 0

$ httpstatus -t 404 | awk -F '\t' '{ print NF }'
16
? 0

$ httpstatus -t 104 | cut -f 9
https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05
? 0

$ httpstatus -tf text 200 | head -1
200 OK
? 0

$ httpstatus -f jsonx 200
! httpstatus: unknown format 'jsonx' (expected text, json, jsonl, tsv or csv)
! Try 'httpstatus --help'.
? 2
