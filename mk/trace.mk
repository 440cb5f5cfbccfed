# Tracing khttp's ioctls (issue 8, docs/tracing.md).
#   make khtrace       build/khtrace/khtrace (static x86_64; traces all three ABIs)
#   make check-trace   in the VM on 6.1 and 6.12: a worker of each ABI under
#                      strace -X raw, under khtrace and the module's own
#                      trace; tests/trace/compare checks they agree

KHTRACE_DIR := $(BUILD)/khtrace
KHTRACE := $(KHTRACE_DIR)/khtrace
# static by default (tools/vm copies it into the guest); debian/rules links it shared
KHTRACE_LINK ?= -static
KHTRACE_SRCS := $(wildcard tools/khtrace/*.c) $(GEN_USER)/kh_decode.c
KHTRACE_HDRS := $(wildcard tools/khtrace/*.h) $(GEN_KERNEL)/kh_decode.h \
		thunk/runtime/kh_layout.h
KHTW_ABIS := native:-m64 ia32:-m32 x32:-mx32
KHTW := $(foreach a,$(KHTW_ABIS),$(KHTRACE_DIR)/khtw-$(firstword $(subst :, ,$(a))))
TRACE_KERNELS ?= 6.1 6.12

.PHONY: khtrace check-trace $(TRACE_KERNELS:%=check-trace-%)

khtrace: $(KHTRACE)

$(KHTRACE): $(KHTRACE_SRCS) $(KHTRACE_HDRS)
	@mkdir -p $(KHTRACE_DIR)
	$(CC) -std=gnu11 -O2 -g -Wall -Wextra -Werror $(KHTRACE_LINK) -Itools/khtrace \
		-I$(GEN_KERNEL) -Ithunk/runtime -o $@ $(KHTRACE_SRCS)

# the worker, built like tests/vm's programs: static, one per ABI
$(KHTRACE_DIR)/khtw-%: tests/trace/khtw.c structs/khttp.h structs/kh_annotate.h
	@mkdir -p $(KHTRACE_DIR)
	$(CC) $(word 2,$(subst :, ,$(filter $*:%,$(KHTW_ABIS)))) -static -s -O2 -Wall -Wextra \
		-Werror -Istructs -o $@ $<

check-trace: $(TRACE_KERNELS:%=check-trace-%)
	@echo "check-trace: strace, khtrace and the module's trace agree on $(TRACE_KERNELS)"

$(TRACE_KERNELS:%=check-trace-%): check-trace-%: $(KHTRACE) $(KHTW)
	@mkdir -p $(KHTRACE_DIR)
	BUILD=$(BUILD) tools/vm --kernel $* --tag trace --add $(KHTRACE) \
		$(foreach p,$(KHTW),--add $(p)) --add tests/trace/guest.sh \
		--run 'sh /add/guest.sh' >$(KHTRACE_DIR)/vm-$*.out
	tests/trace/compare $(KHTRACE_DIR)/vm-$*.out $(GEN_KERNEL)/kh_ioctl_cmds.h
