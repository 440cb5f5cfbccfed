# make demo: khttp end to end on a fresh Debian 12 machine. Installs what it
# needs (tools/deps), builds libkhttp and its examples for -m64/-m32/-mx32
# and khtrace, boots Debian's 6.1 kernel under QEMU with khttp.ko, and there
# (tools/demo-guest.sh) runs the 32-bit `static` example worker on a small
# site: pages fetched with busybox wget, the worker's ioctls as strace and
# khtrace print them, the kernel's counters (khstat). Exits 0 when every
# page came back as served.
.PHONY: demo demo-deps
DEMO_KERNEL ?= 6.1

demo-deps:
	@tools/deps build vm

demo: demo-deps
	@$(MAKE) -s lib-guest khtrace
	@echo "=== libkhttp: $(LIB_OUT)/{lib64,lib32,libx32}; examples: $(EX_OUT)/{native,ia32,x32}"
	@echo "=== booting Debian's $(DEMO_KERNEL) kernel with khttp.ko (tools/vm)"
	BUILD=$(BUILD) tools/vm --kernel $(DEMO_KERNEL) --tag demo --timeout 120 --add $(LIB_OUT)/guest/static-ia32 \
		--add $(LIB_OUT)/guest/khstat-ia32 --add $(KHTRACE) --add tools/demo-guest.sh \
		--run 'sh /add/demo-guest.sh'
