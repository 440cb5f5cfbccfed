# User-space build of the generated thunks and their runtime, and the suites
# that prove them (issue: capture/emit thunks). The same generated sources
# the kernel compiles, with kh_rt's backend mapped to a simulated user
# address space (tests/support/usim/kh_usim.c). Built with ASan and UBSan.
THUNK_OUT := $(BUILD)/thunk
THUNK_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
THUNK_CFLAGS := -std=gnu11 -O1 -g -Wall -Wextra -Werror -Istructs -Ithunk/runtime -Itests/support/usim -I$(GEN_KERNEL) -I$(GEN_USER)
# the library: runtime + generated capture/emit + test graphs (no entry thunks:
# they call the core, which each test binary provides)
THUNK_LIB_SRCS := thunk/runtime/kh_rt.c tests/support/usim/kh_usim.c \
	$(GEN_KERNEL)/kh_capture.c $(GEN_KERNEL)/kh_emit.c $(GEN_USER)/kh_test_graphs.c \
	$(GEN_USER)/kh_layout_tables.c $(GEN_USER)/kh_ioctl_table.c
THUNK_LIB := $(THUNK_OUT)/libkhthunk.a
THUNK_HDRS := $(wildcard thunk/runtime/*.h tests/support/usim/*.h $(GEN_KERNEL)/*.h $(GEN_USER)/*.h structs/*.h)

$(THUNK_OUT)/lib/%.o: %.c $(THUNK_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(THUNK_CFLAGS) $(THUNK_SAN) -c -o $@ $<

$(THUNK_LIB): $(THUNK_LIB_SRCS:%.c=$(THUNK_OUT)/lib/%.o)
	rm -f $@ && ar rcs $@ $^

THUNK_TESTS := t_roundtrip t_faults t_entry t_diff
THUNK_TEST_BINS := $(THUNK_TESTS:%=$(THUNK_OUT)/%)
THUNK_TEST_COMMON := tests/thunk/harness.c

$(THUNK_OUT)/t_entry: tests/thunk/t_entry.c tests/thunk/core_stub.c tests/thunk/core_stub.h $(GEN_KERNEL)/kh_entry.c $(THUNK_TEST_COMMON) $(THUNK_LIB) $(THUNK_HDRS) tests/thunk/harness.h
	$(CC) $(THUNK_CFLAGS) $(THUNK_SAN) -Itests/thunk -o $@ $(filter %.c,$^) $(THUNK_LIB) -lcmocka

$(THUNK_OUT)/t_%: tests/thunk/t_%.c $(THUNK_TEST_COMMON) $(THUNK_LIB) $(THUNK_HDRS) tests/thunk/harness.h
	$(CC) $(THUNK_CFLAGS) $(THUNK_SAN) -Itests/thunk -o $@ $(filter %.c,$^) $(THUNK_LIB) -lcmocka

.PHONY: check-thunk thunk-lib
thunk-lib: $(THUNK_LIB)

check-thunk: $(THUNK_TEST_BINS)
	@tools/deps build abi
	@set -e; for t in $(THUNK_TEST_BINS); do echo "== $$t"; ASAN_OPTIONS=detect_leaks=1 $$t; done
