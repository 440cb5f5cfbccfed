# bench/thunk (issue 3), not a test: ns per capture and emit of a realistic
# request and response, native and compat, next to memcpy and the table
# interpreter. The same sources as the thunk suites, built -O2 without
# sanitizers. The last line it prints:
#   compat/native=R1 generated/memcpy=R2 interpreter/generated=R3
ifndef KH_BENCH_MK
KH_BENCH_MK := 1

BENCH_OUT := $(BUILD)/bench
BENCH_CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -Werror -Istructs -Ithunk/runtime -Itests/support/usim \
	-I$(GEN_KERNEL) -I$(GEN_USER) -Itests/support/interp -Ibench/thunk
BENCH_SRCS := thunk/runtime/kh_rt.c tests/support/usim/kh_usim.c \
	$(GEN_KERNEL)/kh_capture.c $(GEN_KERNEL)/kh_emit.c $(GEN_USER)/kh_test_graphs.c \
	$(GEN_USER)/kh_layout_tables.c $(GEN_USER)/kh_ptables.c \
	tests/support/interp/kh_interp.c tests/support/interp/kh_interp_out.c \
	bench/thunk/graphs.c bench/thunk/main.c
BENCH_HDRS := $(wildcard thunk/runtime/*.h tests/support/usim/*.h tests/support/interp/*.h $(GEN_KERNEL)/*.h $(GEN_USER)/*.h structs/*.h \
	bench/thunk/*.h)

$(BENCH_OUT)/obj/%.o: %.c $(BENCH_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(BENCH_CFLAGS) -c -o $@ $<

$(BENCH_OUT)/thunk: $(BENCH_SRCS:%.c=$(BENCH_OUT)/obj/%.o)
	$(CC) -o $@ $^

.PHONY: bench
# the thunk benchmark, then khttp against nginx in the VM (mk/bench-http.mk)
bench: $(BENCH_OUT)/thunk
	$(BENCH_OUT)/thunk
	$(MAKE) bench-http

endif
