# gen-codes.awk - prints n status codes, one a line, in the mix a web
# server's access log has: mostly 200, then 304, 404, 301, 302, 403, 401,
# 500, 503, 206 and a few 499.  Deterministic: the same n and seed give
# the same bytes with any awk.
#
#   awk -v n=1000000 -v seed=20250915 -f gen-codes.awk
#   awk -v describe=1 -f gen-codes.awk      (prints the mix instead)
#
# The generator is Park and Miller's minimal standard LCG; its products
# stay below 2^53, so awk's doubles compute it exactly.
BEGIN {
	if (n == "")
		n = 1000
	if (seed == "" || seed % 2147483647 == 0)
		seed = 20250915
	ncodes = split("200 304 404 301 302 403 401 500 503 206 499", code, " ")
	split("710 80 60 40 30 20 20 15 10 10 5", weight, " ")
	# pick[0..999]: each code as many times as its weight per mille.
	j = 0
	for (k = 1; k <= ncodes; k++)
		for (w = 0; w < weight[k]; w++)
			pick[j++] = code[k]
	if (describe) {
		# The mix in words, for a report.
		for (k = 1; k <= ncodes; k++)
			printf "%s%s %g%%", (k > 1 ? ", " : ""), code[k], weight[k] / 10
		print ""
		exit
	}
	state = seed % 2147483647
	for (i = 0; i < n; i++) {
		state = (state * 48271) % 2147483647
		print pick[state % 1000]
	}
}
