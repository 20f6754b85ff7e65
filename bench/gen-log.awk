# gen-log.awk - prints an access log in Combined Log Format, as Apache and nginx write it, for the log benchmark.
#
#   awk -v lines=1000000 -v seed=20251207 -f gen-log.awk > access.log
#   awk -v lines=1000000 -v seed=20251207 -v truth=counts.tsv -f gen-log.awk > access.log
#   awk -v describe=1 -f gen-log.awk      (prints the mix instead)
#
# Deterministic: the same lines and seed give the same bytes with any awk
# (mawk, gawk, busybox and the one true awk gave the same), so that every
# run of the benchmark reads the same log.  With truth=FILE it also
# writes, to FILE, how many lines it gave each status, as COUNT<TAB>CODE
# rows in the order of the mix below: what a correct reader of the log
# must find, whatever the shapes of the lines.
#
# The mix, a busy site's rather than a uniform spread, per mille of lines:
#
#   ordinary requests (986), whose statuses are, per mille of them:
#     200 738, 304 70, 404 55, 301 30, 302 30, 206 15, 403 15, 401 12,
#     500 8, 499 8, 429 8, 502 5, 503 5, 444 1; 3 of the 986 carry an
#     Apache-style \" inside the request and 3 an nginx-style \x22 (a
#     query string with quotes in it), where a reader that looks for the
#     closing quote alone stops too early;
#   status 400 (14): 6 nginx lines for a connection that sent no request
#     at all, logged as "-" with referer and agent "-"; 5 TLS handshakes
#     sent to the plain-text port, whose bytes nginx logs escaped as \xHH;
#     3 requests with a raw space in the target ("GET /my file.pdf"),
#     which move every field after the request one place to the right for
#     a reader that splits on blanks.
#
# Every line has a numeric status: Apache and nginx always log one.  A
# client is one of 4,000 drawn at the start (a site sees the same ones
# again and again), an eighth of them IPv6 (compressed, full, and
# IPv4-mapped forms).  One line in thirty names a user (Basic auth).  Each
# line is written the Apache way (a size of "-" for no body) or the nginx
# way (0) at random, and a quarter of the lines have fields appended after
# the user agent, as configured formats add them: nginx's request and
# upstream times bare or as key="value" pairs, or Apache's %D
# microseconds.  A line is 221 bytes on average, most of it the user
# agent: a twentieth are under 140 (curl and scripts), a twentieth over
# 280 (a long referer and trailing fields).
#
# The generator is Park and Miller's minimal standard LCG, as in
# gen-codes.awk; its products stay below 2^53, so awk's doubles compute
# it exactly.

# rnd(n): the next number of the sequence, reduced to 0..n-1.  A modulo
# of a 31-bit number is biased by less than n / 2^31, which no mix here
# can show.
function rnd(n) {
	state = (state * 48271) % 2147483647
	return state % n
}

# table(name, list, weights): makes NAME a table to draw the words of the
# space-separated LIST from, each as often per mille as its entry of
# WEIGHTS says (they must sum to 1000).
function table(name, list, weights,    k, w, j, nw, word, weight) {
	nw = split(list, word, " ")
	split(weights, weight, " ")
	j = 0
	for (k = 1; k <= nw; k++)
		for (w = 0; w < weight[k]; w++)
			tab[name, j++] = word[k]
	if (j != 1000) {
		printf "gen-log.awk: the weights of %s sum to %d, not 1000\n", name, j > "/dev/stderr"
		exit 2
	}
}

# pick(name): a word drawn from the table NAME.
function pick(name) {
	return tab[name, rnd(1000)]
}

function hex4() {
	return sprintf("%x", rnd(65536))
}

# A client address; an eighth are IPv6, in the forms servers log.
function client(    f) {
	if (rnd(8) > 0)
		return sprintf("%d.%d.%d.%d", ipv4a[rnd(nipv4a) + 1], rnd(256), rnd(256), 1 + rnd(254))
	f = rnd(4)
	if (f == 0)
		return "2001:db8:" hex4() ":" hex4() "::" hex4()
	if (f == 1)
		return "2a02:" hex4() ":" hex4() ":" hex4() ":" hex4() ":" hex4() ":" hex4() ":" hex4()
	if (f == 2)
		return "2600:1700:" hex4() ":" hex4() "::" hex4() ":" hex4()
	return sprintf("::ffff:198.51.100.%d", 1 + rnd(254))
}

# A request target for an ordinary line with STATUS; a 206 asks for
# media, a redirect for a path without its slash, a probe for what a
# scanner looks for.
function target(status,    r) {
	if (status == 206)
		return "/media/video/" (1000 + rnd(9000)) ".mp4"
	if (status == 301)
		return "/blog/" (2018 + rnd(9)) "/" sprintf("%02d", 1 + rnd(12))
	if (status == 404 && rnd(3) == 0)
		return probe[rnd(nprobe) + 1]
	r = rnd(10)
	if (r < 4)
		return static[rnd(nstatic) + 1]
	if (r < 6)
		return page[rnd(npage) + 1]
	if (r == 6)
		return "/products/" (10000 + rnd(90000)) "?ref=" (rnd(2) ? "home" : "search")
	if (r == 7)
		return "/api/v1/users/" (1 + rnd(50000)) "/orders?limit=" (10 * (1 + rnd(5))) "&page=" (1 + rnd(20))
	if (r == 8)
		return "/search?q=" words[rnd(nwords) + 1] "+" words[rnd(nwords) + 1] "&page=" (1 + rnd(5))
	return "/blog/" (2018 + rnd(9)) "/" sprintf("%02d", 1 + rnd(12)) "/" words[rnd(nwords) + 1] "-" words[rnd(nwords) + 1] "-" words[rnd(nwords) + 1] "/"
}

# The body size of an answer with STATUS, in the style of the line:
# Apache's %b writes "-" for no body, nginx's $body_bytes_sent 0.
function size(status, apache) {
	if (status == 304 || status == 204 || status == 444 || status == 499)
		return apache ? "-" : "0"
	if (status == 200)
		return 200 + rnd(60000)
	if (status == 206)
		return 65536 * (1 + rnd(16))
	return 150 + rnd(450)
}

# Fields appended after the user agent, on a quarter of the lines.
function trailer(    f, t, u) {
	f = rnd(12)
	if (f >= 3)
		return ""
	t = rnd(2000)
	u = t > 5 ? t - 1 - rnd(5) : t
	if (f == 0)
		return sprintf(" %d.%03d %d.%03d", t / 1000, t % 1000, u / 1000, u % 1000)
	if (f == 1)
		return sprintf(" rt=%d.%03d uct=\"0.%03d\" uht=\"%d.%03d\" urt=\"%d.%03d\"", t / 1000, t % 1000, rnd(5), u / 1000, u % 1000, u / 1000, u % 1000)
	return " " (t * 1000 + rnd(1000))
}

BEGIN {
	if (lines == "")
		lines = 1000
	if (seed == "" || seed % 2147483647 == 0)
		seed = 20251207
	state = seed % 2147483647
	table("status", "200 304 404 301 302 206 403 401 500 499 429 502 503 444", \
		"738 70 55 30 30 15 15 12 8 8 8 5 5 1")
	# The shape of a line: ordinary, with \" or \x22 in the request, or
	# one of the three kinds of 400.
	table("shape", "plain apacheq nginxq norequest tls space", "980 3 3 6 5 3")
	table("method", "GET POST HEAD PUT DELETE OPTIONS PATCH", "850 80 35 10 10 10 5")
	table("proto", "HTTP/1.1 HTTP/2.0 HTTP/1.0", "700 250 50")
	if (describe) {
		# The mix in words, for a report.
		print "Combined Log Format; ordinary lines (98.6%) with status per mille 200 738, 304 70, 404 55, 301 30, 302 30, 206 15, 403 15, 401 12, 500 8, 499 8, 429 8, 502 5, 503 5, 444 1, 400 for the rest (1.4%: \"-\" requests, TLS bytes, spaces in the target); 0.6% with \\\" or \\x22 in the request; 1 in 8 clients IPv6; a quarter with trailing fields"
		exit
	}
	nipv4a = split("203 198 192 66 72 81 85 91 104 151 176 185 188 212 217 5 31 37 46 62", ipv4a, " ")
	nstatic = split("/favicon.ico /robots.txt /static/css/main.3f9a1c.css /static/js/app.8b2e47.js " \
		"/static/js/vendor.c01d9e.js /static/img/logo.svg /static/img/hero-1600.webp " \
		"/static/fonts/inter-var.woff2 /apple-touch-icon.png /sitemap.xml", static, " ")
	npage = split("/ /about/ /pricing/ /contact/ /blog/ /docs/getting-started/ " \
		"/docs/api/authentication/ /careers/ /login /account/settings/ /cart/ /checkout/", page, " ")
	nprobe = split("/wp-login.php /.env /xmlrpc.php /.git/config /phpmyadmin/index.php " \
		"/cgi-bin/luci/;stok=/locale /vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php " \
		"/admin/config.php /boaform/admin/formLogin /actuator/health", probe, " ")
	nwords = split("release notes pricing plan backup restore kernel upgrade garden winter " \
		"recipe bread coffee travel budget laptop battery review guide install", words, " ")
	nusers = split("alice bob deploy admin j.smith monitor", users, " ")
	nrefs = split("https://www.google.com/ https://www.bing.com/ https://duckduckgo.com/ " \
		"https://t.co/x7Kp2LmQ https://news.ycombinator.com/item?id=41234567 " \
		"https://www.example.com/ https://www.example.com/blog/ https://www.example.com/pricing/ " \
		"https://www.example.com/search?q=backup+restore https://l.facebook.com/", refs, " ")
	# User agents, spaces inside and no quotes, drawn by their numbers:
	# browsers most, then crawlers and scripts.
	table("agent", "1 2 3 4 5 6 7 8 9 10 11", "300 150 100 50 150 60 30 30 30 20 80")
	agents[1] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
	agents[2] = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36"
	agents[3] = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"
	agents[4] = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"
	agents[5] = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
	agents[6] = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
	agents[7] = "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"
	agents[8] = "curl/8.5.0"
	agents[9] = "python-requests/2.31.0"
	agents[10] = "Go-http-client/1.1"
	agents[11] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"
	# The pool of clients, drawn once.
	for (i = 0; i < 4000; i++)
		pool[i] = client()
	seconds = 0
	for (n = 0; n < lines; n++) {
		# About three lines a second; the stamp is formatted when it
		# changes, which saves a tenth of the time.
		if (rnd(3) == 0 || n == 0) {
			seconds++
			stamp = sprintf("[%02d/Dec/2026:%02d:%02d:%02d +0000]", 1 + int(seconds / 86400),
				int(seconds / 3600) % 24, int(seconds / 60) % 60, seconds % 60)
		}
		user = rnd(30) == 0 ? users[rnd(nusers) + 1] : "-"
		apache = rnd(5) < 2
		shape = pick("shape")
		head = pool[rnd(4000)] " - " user " " stamp " "
		if (shape == "norequest") {
			count[400]++
			print head "\"-\" 400 0 \"-\" \"-\""
			continue
		}
		if (shape == "tls") {
			count[400]++
			printf "%s\"\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03\\x%02X\\x%02X\\x%02X\" 400 %d \"-\" \"-\"\n",
				head, rnd(256), rnd(256), rnd(256), apache ? 226 : 157
			continue
		}
		if (shape == "space") {
			count[400]++
			printf "%s\"GET /files/%s report %d.pdf HTTP/1.1\" 400 %d \"-\" \"%s\"%s\n", head,
				words[rnd(nwords) + 1], 2000 + rnd(27), 150 + rnd(200), agents[pick("agent")], trailer()
			continue
		}
		status = pick("status")
		count[status]++
		if (shape == "apacheq")
			request = "GET /search?q=\\\"" words[rnd(nwords) + 1] "\\\"&exact=1"
		else if (shape == "nginxq")
			request = "GET /search?q=\\x22" words[rnd(nwords) + 1] "\\x22&exact=1"
		else
			request = pick("method") " " target(status)
		request = request " " pick("proto")
		referer = rnd(5) < 2 ? "-" : refs[rnd(nrefs) + 1]
		printf "%s\"%s\" %d %s \"%s\" \"%s\"%s\n", head, request, status, size(status, apache),
			referer, agents[pick("agent")], trailer()
	}
	if (truth != "") {
		nc = split("200 304 404 301 302 206 403 401 500 499 429 502 503 444 400", order, " ")
		for (k = 1; k <= nc; k++)
			if (count[order[k]] > 0)
				printf "%d\t%s\n", count[order[k]], order[k] > truth
		close(truth)
	}
}
