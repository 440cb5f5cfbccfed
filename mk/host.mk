# The kernel's pure HTTP code on the host (tests/host/): the parser with the
# dechunker, token, authority, date/ETag, header-name and range code, built
# from the same kernel/ sources against a thin shim of the kernel's headers
# (tests/host/shim), with ASan and UBSan.
#   make check-host      the cmocka suite (unit cases and the conformance
#                        corpus), then the libFuzzer target for
#                        HOST_FUZZ_RUNS executions (-seed=1) from the seeds:
#                        tests/host/corpus and every case of tests/conformance
#   make fuzz-host       the fuzzer for HOST_FUZZ_SECONDS, corpus kept in
#                        build/host/corpus
HOST_OUT := $(BUILD)/host
HOST_KSRC := $(addprefix kernel/khttp_,parse.c token.c authority.c cond.c headers.c range.c url.c addr.c)
HOST_SRC := tests/host/http_check.c tests/host/shim/kshim.c tests/host/url_env.c
HOST_HDRS := $(wildcard tests/host/*.h tests/host/shim/*.h tests/host/shim/*/*.h kernel/*.h \
	structs/*.h thunk/runtime/*.h)
HOST_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
# the kernel builds without -Wmaybe-uninitialized (W=2 only)
HOST_CFLAGS := -std=gnu11 -D_GNU_SOURCE -O1 -g -Wall -Werror \
	-Itests/host/shim -Itests/host -Ikernel -Istructs -Ithunk/runtime
HOST_FUZZ_RUNS ?= 20000
HOST_FUZZ_SECONDS ?= 60
HOST_FUZZ_ARGS := -max_len=4096 -timeout=10 -print_final_stats=1

.PHONY: check-host fuzz-host host-build
$(HOST_OUT)/t_http: tests/host/t_http.c tests/host/cases.c $(HOST_SRC) $(HOST_KSRC) $(HOST_HDRS)
	@tools/deps build abi
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) -Wno-maybe-uninitialized $(HOST_SAN) -o $@ $(filter %.c,$^) -lcmocka

$(HOST_OUT)/fz_http: tests/host/fz_http.c $(HOST_SRC) $(HOST_KSRC) $(HOST_HDRS) | fuzz-deps
	@mkdir -p $(@D)
	$(FUZZ_CC) $(HOST_CFLAGS) -fsanitize=fuzzer $(HOST_SAN) -o $@ $(filter %.c,$^)

host-build: $(HOST_OUT)/t_http $(HOST_OUT)/fz_http

# seeds: the checked-in ones and the conformance corpus' requests
$(HOST_OUT)/seeds.stamp: $(HOST_OUT)/t_http $(wildcard tests/conformance/cases/*.txt)
	@rm -rf $(HOST_OUT)/seeds && mkdir -p $(HOST_OUT)/seeds
	@$(HOST_OUT)/t_http --seeds $(HOST_OUT)/seeds
	@touch $@

check-host: host-build $(HOST_OUT)/seeds.stamp
	@echo "== check-host: cmocka suite"
	@$(HOST_OUT)/t_http
	@echo "== check-host: fz_http, $(HOST_FUZZ_RUNS) runs after the seeds"
	@rm -rf $(HOST_OUT)/fz-run && mkdir -p $(HOST_OUT)/fz-run/new
	@if ! $(HOST_OUT)/fz_http $(HOST_FUZZ_ARGS) -runs=$(HOST_FUZZ_RUNS) -seed=1 \
		-artifact_prefix=$(HOST_OUT)/fz-run/ $(HOST_OUT)/fz-run/new \
		tests/host/corpus $(HOST_OUT)/seeds > $(HOST_OUT)/fz-run/log 2>&1; then \
		tail -40 $(HOST_OUT)/fz-run/log; echo "check-host: fz_http FAILED (log: $(HOST_OUT)/fz-run/log)"; exit 1; fi
	@grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' $(HOST_OUT)/fz-run/log | sed 's/^/  /'
	@echo "check-host: passed"

fuzz-host: host-build $(HOST_OUT)/seeds.stamp
	@mkdir -p $(HOST_OUT)/corpus
	$(HOST_OUT)/fz_http $(HOST_FUZZ_ARGS) -max_total_time=$(HOST_FUZZ_SECONDS) \
		-artifact_prefix=$(HOST_OUT)/ $(HOST_OUT)/corpus tests/host/corpus $(HOST_OUT)/seeds
