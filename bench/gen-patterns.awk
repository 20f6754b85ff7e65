# gen-patterns.awk - prints n patterns for -e, one a line, each of a shape known to cost PCRE2 many steps or much work a step, for the pattern benchmark.
#
#   awk -v n=32 -v seed=20261207 -f gen-patterns.awk > patterns.txt
#   awk -v describe=1 -f gen-patterns.awk      (prints the families instead)
#
# Deterministic: the same n and seed give the same bytes (the generator
# computes exactly in awk's doubles, and the benchmark runs it under
# LC_ALL=C), so that every run of the benchmark tries the same patterns.  Pattern i
# is of family i mod 8, its counts and atoms drawn from the seed:
#
#   0  lookaheads that scan the whole subject possessively, (?=\X*+),
#      (?=.*+), (?=[\s\S]*+x) and the like, as many as fit into a group
#      repeated 10 to 40 times, tried at every place of a subject or, as
#      in the pattern that once took 1.8 s, after ^(?=.{N}): each step may
#      scan a whole description;
#   1  the same with classes of several Unicode properties,
#      (?=[\p{L}\p{N}\p{M}\p{P}\p{S}\p{Z}]*+), each character of the scan
#      tested against every property;
#   2  quantified alternations one after the other, (\w|\s)*(\w|\s)*[#@]:
#      every split of a subject between them is tried;
#   3  alternatives that match the same characters, (?:\w|\w)*, nested
#      quantifiers, (?:(?:\w|\s)+)+: exponentially many ways to fail;
#   4  optional items repeated, (?:\w?\w?\s?){1,N}[#@];
#   5  one to three captures, (.*), (.+), (\w+), and backreferences to
#      them, (.+).\1\1: every length of every capture is tried, and
#      compared caseless, as all patterns are;
#   6  groups of optional or starred items repeated 20 to 40 times,
#      (?:\w*\s?){30}[#@];
#   7  scanning lookaheads inside a quantified alternation, so that each
#      of its many steps scans too.
#
# Every pattern ends in [#@], which no phrase, alias or description
# holds, so that matching fails only after trying every way, and every
# one is at most max (256) bytes, the program's limit
# (PATTERN_LENGTH_MAX in src/pattern.h).  The generator is Park and
# Miller's minimal standard LCG, as in gen-codes.awk.

# rnd(n): the next number of the sequence, reduced to 0..n-1.
function rnd(n) {
	state = (state * 48271) % 2147483647
	return state % n
}

# pick(list): a word of the space-separated LIST at random.
function pick(list,    w, k) {
	k = split(list, w, " ")
	return w[rnd(k) + 1]
}

# nth(list): the word of the space-separated LIST for the round, so that
# a family's rounds take its words in turn and repeat none before the
# last.
function nth(list,    w, k) {
	k = split(list, w, " ")
	return w[round % k + 1]
}

# fill(head, tail, atoms): head, then atoms of the space-separated ATOMS
# drawn at random for as long as they fit, then tail, within max bytes.
function fill(head, tail, atoms,    s, a) {
	s = head
	for (;;) {
		a = pick(atoms)
		if (length(s) + length(a) + length(tail) > max)
			break
		s = s a
	}
	return s tail
}

# props(): a class of 3 to 6 Unicode properties, general categories or
# scripts, in a lookahead that scans with it.
function props(    k, s) {
	s = "(?=["
	for (k = 3 + rnd(4); k > 0; k--)
		s = s "\\p{" pick("L N M P S Z Lu Ll Latin Common Greek Han") "}"
	return s "]*+)"
}

function family(f,    s, k, alt) {
	if (f == 0) {
		s = ""
		if (rnd(2))
			s = "^(?=.{" (100 + rnd(300)) "})"
		return fill(s "(?:(?:", ")?){" (10 + rnd(31)) "}[#@]",
			"(?=\\X*+) (?=.*+) (?=[\\s\\S]*+x) (?=\\X*+\\X) (?=[\\s\\S]*+) (?=\\S*+\\s*+\\X*+)")
	}
	if (f == 1) {
		s = "(?:(?:"
		for (k = 0; k < 6; k++)
			alt = alt " " props()
		return fill(s, ")?){" (20 + rnd(21)) "}[#@]", alt)
	}
	if (f == 2) {
		s = ""
		for (k = 2 + rnd(3); k > 0; k--)
			s = s "(" pick("\\w \\s \\S . \\p{L} [a-z]") "|" \
				pick("\\w \\s \\S . \\p{L} [a-z]") ")*"
		return s "[#@]"
	}
	if (f == 3)
		return nth("(?:\\w|\\w)*(?:\\w|\\w)*[#@] (?:(?:\\w|\\s)+)+[#@] (?:\\w*\\s?)*[#@] (?:\\w|\\p{L}|[a-z])+(?:\\s|\\w)*[#@] ^(?:(?:.|.)*){3}[#@] (?:(?:\\w+)*\\s?)*[#@]")
	if (f == 4) {
		s = pick("\\w* . ^")
		return s "(?:\\w?\\w?\\s?){1," (4 + rnd(27)) "}[#@]"
	}
	if (f == 5) {
		s = ""
		for (k = 1; k <= 1 + round % 3; k++)
			s = s pick("(.*) (.+) (\\w+) (.*?) (\\S+)") pick(". .* \\s")
		for (k = 1 + rnd(2); k > 0; k--)
			s = s "\\" (1 + rnd(1 + round % 3))
		return s "[#@]"
	}
	if (f == 6)
		return "(?:" nth("\\w*\\s? .? \\w?\\s? [^#@]? \\S*\\s* (?:\\w|\\s)?") \
			"){" (20 + rnd(21)) "}[#@]"
	return fill("(?:", "\\w|\\s)*(?:\\w|\\s)*[#@]",
		"(?=\\X*+) (?=.*+) (?=[\\s\\S]*+x)")
}

BEGIN {
	if (n == "")
		n = 32
	if (max == "")
		max = 256
	if (seed == "" || seed % 2147483647 == 0)
		seed = 20261207
	if (describe) {
		print "8 families: possessive scans in lookaheads; Unicode property scans; " \
			"(\\w|\\s)*(\\w|\\s)*; (?:\\w|\\w)* and nested quantifiers; " \
			"(?:\\w?\\w?\\s?){1,N}; backreferences; groups repeated {20,40}; " \
			"scans inside alternations"
		exit
	}
	state = seed % 2147483647
	for (i = 0; i < n; i++) {
		round = int(i / 8)
		p = family(i % 8)
		if (length(p) > max) {
			printf "gen-patterns.awk: pattern %d is %d bytes, over %d\n", \
				i, length(p), max > "/dev/stderr"
			exit 1
		}
		print p
	}
}
