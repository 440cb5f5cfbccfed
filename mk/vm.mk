# The module in Debian's kernels under QEMU (issue 4, docs/vm.md).
#   make vmtest          the VM suite on 6.1 and 6.12, then the harness's
#                        negative self-test (inject_warn=1 must be caught)
#   make vmtest-6.1      one kernel only (also vmtest-6.12)
#   make vmtest-negative the negative self-test only
#   make vmtest-race     the race group on 6.1 and 6.12: 2 vCPUs, slub_debug=FZPU,
#                        each kernel with the default preemption and preempt=full
#   make vmtest-stress-6.1 issue 13's races on 2 vCPUs with slub_debug, then
#                        again with preempt=full (also vmtest-stress-6.12);
#                        KH_STRESS_SECS seconds each (default 40; longer by
#                        setting it, e.g. KH_STRESS_SECS=600)
#   make vmtest-debug    the debug kernel (KASAN, KFENCE, lockdep, PROVE_RCU,
#                        kmemleak; tools/debug-kernel builds it once, outside
#                        the clone): the whole suite, the race group and the
#                        stress group (KH_DEBUG_STRESS_SECS each, default 600,
#                        default preemption and preempt=full), 2 vCPUs; fails on
#                        any checker report
#   make vmtest-debug-cached  vmtest-debug if the debug kernel is built and
#                        current, else one line saying it was skipped (not in make test)
#   make vm-checkpatch   checkpatch.pl --strict on tests/vm/ and the example driver
#                        (kernel/: make check-style)

VM := BUILD=$(BUILD) tools/vm
VM_KERNELS := 6.1 6.12

.PHONY: vmtest vmtest-negative vm-checkpatch vmtest-debug vmtest-debug-cached $(VM_KERNELS:%=vmtest-%) \
	$(VM_KERNELS:%=vmtest-stress-%) vmtest-race $(VM_KERNELS:%=vmtest-race-%)

vmtest: vm-checkpatch $(VM_KERNELS:%=vmtest-%) $(VM_KERNELS:%=vmtest-stress-%) vmtest-race \
	vmtest-negative
	@echo "vmtest: passed on $(VM_KERNELS) (and the stress and race groups); negative self-test caught the warning"

$(VM_KERNELS:%=vmtest-%): vmtest-%:
	$(VM) --kernel $*

# Two workers race for one request id (issue 22): a boot of their own with
# 2 vCPUs, red zones and poisoning checked on every free, once more with
# full preemption (Debian's kernels are PREEMPT_DYNAMIC).
VM_RACE := --tests race --smp 2 --append slub_debug=FZPU --timeout 600
vmtest-race: $(VM_KERNELS:%=vmtest-race-%)

$(VM_KERNELS:%=vmtest-race-%): vmtest-race-%:
	$(VM) --kernel $* $(VM_RACE) --tag race
	$(VM) --kernel $* $(VM_RACE) --append preempt=full --tag race-preempt

# a use-after-free shows as a slub_debug report or a refcount warning,
# which tools/vm fails on; the timeout leaves room for a slow host
KH_STRESS_SECS ?= 40
VM_STRESS = KH_STRESS_SECS=$(KH_STRESS_SECS) $(VM) --tests stress --smp 2 \
	--timeout $$(($(KH_STRESS_SECS) + 240))

$(VM_KERNELS:%=vmtest-stress-%): vmtest-stress-%:
	$(VM_STRESS) --kernel $* --tag stress --append 'slub_debug=FZPU'
	$(VM_STRESS) --kernel $* --tag stress-preempt --append 'slub_debug=FZPU preempt=full'

# The debug kernel (issue 13; docs/vm.md "Debug kernel"). tools/vm fails on
# any KASAN/KFENCE/lockdep/RCU report in the log, on kmemleak's scan after
# the module is unloaded, and when lockdep switched itself off.
KH_DEBUG_STRESS_SECS ?= 600
# --icount: under load the APIC timer check failed and the boot hung (4 of 4
# boots at a load of 20; 1 of 1 passed with it)
VM_DEBUG := $(VM) --kernel debug --smp 2 --mem 1024 --icount
vmtest-debug:
	tools/debug-kernel >/dev/null
	KH_STRESS_SECS=$(KH_DEBUG_STRESS_SECS) $(VM_DEBUG) --tests stress --tag debug-stress \
		--timeout $$(($(KH_DEBUG_STRESS_SECS) + 1200))
	KH_STRESS_SECS=$(KH_DEBUG_STRESS_SECS) $(VM_DEBUG) --tests stress --append preempt=full \
		--tag debug-stress-preempt --timeout $$(($(KH_DEBUG_STRESS_SECS) + 1200))
	$(VM_DEBUG) --tests race --append slub_debug=FZPU --tag debug-race --timeout 5400
	$(VM_DEBUG) --tag debug --timeout 5400
	@echo "vmtest-debug: passed (suite, race, 2 x $(KH_DEBUG_STRESS_SECS) s stress; no checker reports)"

vmtest-debug-cached:
	@if tools/debug-kernel --check; then \
		$(MAKE) --no-print-directory vmtest-debug; \
	else \
		echo "vmtest-debug: SKIPPED: no current debug kernel in $$(tools/debug-kernel --dir)" \
			"(build it once with tools/debug-kernel, see docs/vm.md)"; \
	fi

# A module that WARNs at load must make tools/vm fail and name the WARNING.
vmtest-negative: $(VM_KERNELS:%=vmtest-%)
	@mkdir -p $(BUILD)/vm
	@echo "vmtest: negative self-test: booting with inject_warn=1, expecting FAIL"
	@if $(VM) --kernel 6.1 --tests native --param inject_warn=1 --tag negative \
		>$(BUILD)/vm/negative.log 2>&1; then \
		cat $(BUILD)/vm/negative.log; \
		echo "vmtest: FAIL: tools/vm passed a module that WARNs at load"; exit 1; \
	fi
	@if ! grep -q '^vm: kernel log: .*WARNING: .*khttp_init' $(BUILD)/vm/negative.log; then \
		cat $(BUILD)/vm/negative.log; \
		echo "vmtest: FAIL: tools/vm failed but did not name the WARNING"; exit 1; \
	fi
	@grep '^vm: kernel log: .*WARNING' $(BUILD)/vm/negative.log
	@echo "vmtest: negative self-test OK (tools/vm failed and named the WARNING)"

# tests/vm is user space: no __printf() there
vm-checkpatch: $(VM_CHECKPATCH)
	$(VM_CHECKPATCH) --no-tree --strict --quiet --terse -f examples/driver/*.c
	$(VM_CHECKPATCH) --no-tree --strict --quiet --terse --ignore PREFER_DEFINED_ATTRIBUTE_MACRO \
		-f tests/vm/*.[ch] tests/driver/*.c
