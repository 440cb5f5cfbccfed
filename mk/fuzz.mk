# libFuzzer targets, one per capture entry point: every ioctl argument
# struct of the spec in every ABI, through the generated capture functions
# (tests/fuzz/, docs/fuzz-and-xabi.md). clang, ASan + UBSan.
#   make fuzz                   each target FUZZ_SECONDS (30), corpus kept in build/fuzz/corpus
#   make check-fuzz             CI: each target FUZZ_CI_RUNS executions from fresh seeds
#   make fuzz FUZZ_ONLY='kh_send_response_args.ia32'   some targets only
FUZZ_OUT := $(BUILD)/fuzz
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 30
FUZZ_CI_RUNS ?= 300
FUZZ_JOBS ?= $(shell nproc)
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS := -std=gnu11 -O1 -g -Wall -Wextra -Istructs -Ithunk/runtime -Itests/support/usim -I$(GEN_KERNEL) -I$(GEN_USER) -Itests/fuzz
# the ioctl argument structs, straight from the spec
FUZZ_TYPES := $(shell sed -n 's/^struct \(kh_[a-z0-9_]*_args\) {.*/\1/p' $(SPEC))
FUZZ_ABIS := x86_64 ia32 x32
FUZZ_TARGETS := $(foreach t,$(FUZZ_TYPES),$(foreach a,$(FUZZ_ABIS),$(t).$(a)))
FUZZ_BINS := $(FUZZ_TARGETS:%=$(FUZZ_OUT)/bin/%)
fuzz_abi_index = $(if $(filter ia32,$(1)),1,$(if $(filter x32,$(1)),2,0))

# the same runtime and generated code the kernel builds, with coverage
FUZZ_LIB_SRCS := thunk/runtime/kh_rt.c tests/support/usim/kh_usim.c \
	$(GEN_KERNEL)/kh_capture.c $(GEN_KERNEL)/kh_emit.c $(GEN_USER)/kh_test_graphs.c \
	$(GEN_USER)/kh_layout_tables.c $(GEN_USER)/kh_ioctl_table.c tests/fuzz/fz_common.c
FUZZ_LIB := $(FUZZ_OUT)/libfz.a
FUZZ_HDRS := $(wildcard thunk/runtime/*.h tests/support/usim/*.h $(GEN_KERNEL)/*.h $(GEN_USER)/*.h structs/*.h tests/fuzz/*.h)

.PHONY: fuzz check-fuzz fuzz-build fuzz-deps
fuzz-deps:
	@tools/deps fuzz

$(FUZZ_OUT)/obj/%.o: %.c $(FUZZ_HDRS) | fuzz-deps
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(FUZZ_SAN) -c -o $@ $<

$(FUZZ_LIB): $(FUZZ_LIB_SRCS:%.c=$(FUZZ_OUT)/obj/%.o)
	rm -f $@ && ar rcs $@ $^

$(FUZZ_OUT)/bin/%: tests/fuzz/fz_capture.c $(FUZZ_LIB) $(FUZZ_HDRS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Werror -fsanitize=fuzzer $(FUZZ_SAN) \
	  -DFZ_TYPE='"$(basename $*)"' -DFZ_ABI=$(call fuzz_abi_index,$(subst .,,$(suffix $*))) \
	  -o $@ $< $(FUZZ_LIB)

$(FUZZ_OUT)/fz_seed: tests/fuzz/fz_seed.c $(FUZZ_LIB) $(FUZZ_HDRS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Werror $(FUZZ_SAN) -o $@ $< $(FUZZ_LIB)

fuzz-build: $(FUZZ_BINS) $(FUZZ_OUT)/fz_seed

FUZZ_RUN = FUZZ_OUT=$(FUZZ_OUT) FUZZ_JOBS=$(FUZZ_JOBS) tests/fuzz/run.sh

fuzz: fuzz-build
	$(FUZZ_RUN) --regress tests/fuzz/regress --seconds $(FUZZ_SECONDS) --corpus $(FUZZ_OUT)/corpus \
	  $(or $(FUZZ_ONLY),$(FUZZ_TARGETS))

check-fuzz: fuzz-build
	$(FUZZ_RUN) --regress tests/fuzz/regress --runs $(FUZZ_CI_RUNS) $(FUZZ_TARGETS)
