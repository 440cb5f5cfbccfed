# SPDX-License-Identifier: GPL-2.0 OR MIT
# The runtime files a --driver output carries (thunk/runtime/...), as C
# strings compiled into thunkgen: build/gen_runtime.c, see mk/gen.mk.
FNR == 1 {
	if (NR > 1)
		print "\t},"
	n = split(FILENAME, parts, "/")
	printf "\t{ \"%s\",\n", parts[n]
}
{
	gsub(/\\/, "&&")
	gsub(/"/, "\\\"")
	printf "\t\t\"%s\\n\"\n", $0
}
END {
	print "\t},"
}
