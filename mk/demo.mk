# make demo: what khttp does today, end to end, on a fresh Debian 12 machine:
# regenerate the thunks from the spec, show the layout report and the lint of
# the spec, then boot Debian's kernel with khttp.ko and drive it from
# 64-bit, i386 and x32 processes under strace.
.PHONY: demo
demo: gen
	@echo "=== thunkgen --report (excerpt): kh_request in x86_64 / i386 / x32"
	@$(THUNKGEN) --report $(SPEC) | awk '/^struct kh_request:/,/^$$/' | head -40
	@echo "=== thunkgen --lint summary"
	@$(THUNKGEN) --lint $(SPEC) | tail -1
	@echo "=== khttp.ko in Debian's 6.1 kernel under QEMU"
	$(VM) --kernel 6.1 --add tools/demo-guest.sh --run 'sh /add/demo-guest.sh'
