# Cross-ABI truth from the real compilers (tests/xabi/, docs/fuzz-and-xabi.md):
# one builder source, compiled -m64, -m32 and -mx32, lays out the same logical
# graphs; the 64-bit harness captures each image with that ABI's generated
# thunks and wants one native graph.
#   make check-xabi               x86_64 (native), i386 (qemu-i386), x32 (tools/vm)
#   make check-xabi XABI_X32=auto x32 only if tools/vm works now, else a SKIP line
#   make check-xabi XABI_X32=skip without the VM: the x32 part prints SKIP
XABI_OUT := $(BUILD)/xabi
XABI_X32 ?= vm
XABI_BUILDER := tests/xabi/xabi_image.c tests/xabi/xabi_graph.c
XABI_BUILDER_DEPS := $(XABI_BUILDER) tests/xabi/xabi_graph.h tests/xabi/xabi_format.h \
	$(wildcard structs/*.h)
# static: qemu-i386 and the VM's initramfs need no shared libraries then
XABI_BCFLAGS := -std=gnu11 -O2 -Wall -Wextra -Werror -static -Istructs -Itests/xabi

# packages first (order-only: installing never forces a rebuild)
xabi-deps:
	@tools/deps build abi $(if $(filter skip,$(XABI_X32)),,vm)

$(XABI_OUT)/image-x86_64: $(XABI_BUILDER_DEPS) | xabi-deps
	@mkdir -p $(dir $@)
	$(CC) -m64 $(XABI_BCFLAGS) -o $@ $(XABI_BUILDER)
$(XABI_OUT)/image-i386: $(XABI_BUILDER_DEPS) | xabi-deps
	@mkdir -p $(dir $@)
	$(CC) -m32 $(XABI_BCFLAGS) -o $@ $(XABI_BUILDER)
$(XABI_OUT)/image-x32: $(XABI_BUILDER_DEPS) | xabi-deps
	@mkdir -p $(dir $@)
	$(CC) -mx32 $(XABI_BCFLAGS) -o $@ $(XABI_BUILDER)

# the dumps; each is rebuilt only when its builder changes
$(XABI_OUT)/x86_64.dump: $(XABI_OUT)/image-x86_64
	$< > $@.tmp && mv $@.tmp $@
$(XABI_OUT)/i386.dump: $(XABI_OUT)/image-i386
	qemu-i386 $< > $@.tmp && mv $@.tmp $@
# x32 runs only in Debian's kernel booted with syscall.x32=y (~10 s)
# (tools/vm builds the module and tests/vm too: with auto, any failure there
# drops the x32 image, and the next make tries again)
$(XABI_OUT)/x32.dump: $(XABI_OUT)/image-x32
	@echo "tools/vm --tag xabi --add $< --run image-x32 > $@"
	@if tools/vm --tag xabi --add $< --run 'image-x32' > $@.tmp; then mv $@.tmp $@; \
	 else rm -f $@ $@.tmp; [ "$(XABI_X32)" = auto ] || exit 1; \
	   echo "xabi: SKIP x32 image: tools/vm failed (XABI_X32=auto)"; fi

XABI_DUMPS := $(XABI_OUT)/x86_64.dump $(XABI_OUT)/i386.dump \
	$(if $(filter skip,$(XABI_X32)),,$(XABI_OUT)/x32.dump)

XABI_HARNESS := tests/xabi/t_xabi.c tests/xabi/xabi_load.c
$(XABI_OUT)/t_xabi: $(XABI_HARNESS) tests/xabi/xabi_load.h $(XABI_BUILDER_DEPS) $(THUNK_LIB) $(THUNK_HDRS) | xabi-deps
	@mkdir -p $(dir $@)
	$(CC) $(THUNK_CFLAGS) $(THUNK_SAN) -Itests/xabi -o $@ $(XABI_HARNESS) $(THUNK_LIB) -lcmocka

.PHONY: check-xabi xabi-dumps xabi-deps
xabi-dumps: $(XABI_DUMPS)

# the list at run time: with auto the x32 dump may not exist
check-xabi: $(XABI_OUT)/t_xabi $(XABI_DUMPS)
	XABI_IMAGES="$(foreach d,$(XABI_DUMPS),$$([ -f $(d) ] && echo $(d)))" \
	  ASAN_OPTIONS=detect_leaks=1 $(XABI_OUT)/t_xabi
