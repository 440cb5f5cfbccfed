# The module in Debian's kernels under QEMU (issue 4, docs/vm.md).
#   make vmtest          the VM suite on 6.1 and 6.12, then the harness's
#                        negative self-test (inject_warn=1 must be caught)
#   make vmtest-6.1      one kernel only (also vmtest-6.12)
#   make vmtest-negative the negative self-test only

VM := BUILD=$(BUILD) tools/vm
VM_KERNELS := 6.1 6.12

.PHONY: vmtest vmtest-negative $(VM_KERNELS:%=vmtest-%)

vmtest: $(VM_KERNELS:%=vmtest-%) vmtest-negative
	@echo "vmtest: passed on $(VM_KERNELS); negative self-test caught the warning"

$(VM_KERNELS:%=vmtest-%): vmtest-%:
	$(VM) --kernel $*

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
