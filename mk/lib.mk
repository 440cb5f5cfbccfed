# libkhttp, its examples and tests (issue 7, docs/lib.md).
#   make lib          static + shared library, -m64/-m32/-mx32, pkg-config files:
#                     build/lib/{lib64,lib32,libx32}/, headers in build/lib/include/khttp/
#   make examples     hello, echo, static, khstat per ABI, static binaries:
#                     build/examples/{native,ia32,x32}/ (linked through pkg-config)
#   make lib-guest    what tools/vm's "lib" group runs: build/lib/guest/<prog>-<abi>
#   make check-lib    host part: unit tests (64-bit, i386 under qemu-i386; shared
#                     and static), pkg-config builds, README's example, exported
#                     symbols. The VM part is the "lib" group of make vmtest.
#   make install-lib  PREFIX=/usr/local DESTDIR=: Debian multiarch layout

LIB_OUT := $(BUILD)/lib
LIB_ABS := $(abspath $(LIB_OUT))
LIB_SRCS := $(wildcard lib/*.c)
LIB_HDRS := $(wildcard lib/*.h) structs/khttp.h structs/kh_annotate.h
LIB_PUBLIC := lib/khttp_api.h structs/khttp.h structs/kh_annotate.h
LIB_SOVER := 0
LIB_VERSION := 0.1.0
# abi name : compiler flag : library directory : Debian multiarch directory
LIB_ABIS := native:-m64:lib64:x86_64-linux-gnu ia32:-m32:lib32:i386-linux-gnu \
	x32:-mx32:libx32:x86_64-linux-gnux32
# LIB_EXTRA_CFLAGS/LDFLAGS: a distribution's flags on top (debian/rules: hardening)
LIB_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -g -Wall -Wextra -Werror \
	-fPIC -fvisibility=hidden -Ilib -Istructs -I$(LIB_OUT)/gen
EX_PROGS := hello echo static khstat
EX_OUT := $(BUILD)/examples
EX_CFLAGS := -std=c11 -O2 -Wall -Wextra -Werror
LIBT_SRCS := $(wildcard tests/lib/*.c)
LIBT_HDRS := $(wildcard tests/lib/*.h)
LIBU_SRCS := tests/lib/unit/unit_main.c
lib_field = $(word $(2),$(subst :, ,$(1)))

.PHONY: lib examples lib-guest check-lib install-lib lib-headers lib-deps

lib-deps:
	@tools/deps build

# enum kh_stat's names, taken from the spec so that a new counter is named
# without touching lib/: "KH_STAT_BYTES_IN = 10," -> [KH_STAT_BYTES_IN] = "bytes_in",
$(LIB_OUT)/gen/kh_stat_names.h: structs/khttp.h mk/lib.mk
	@mkdir -p $(dir $@)
	@awk '/^enum kh_stat \{/ { on = 1; print "static const char *const kh_stat_names[] = {"; next } \
	     on && /^\};/ { print "};"; exit } \
	     on && match($$0, /KH_STAT_[A-Z0-9_]+/) { n = substr($$0, RSTART, RLENGTH); \
		if (n == "KH_STAT_COUNT") next; \
		printf "\t[%s] = \"%s\",\n", n, tolower(substr(n, 9)) }' $< >$@.tmp
	@grep -q '\[KH_STAT_' $@.tmp || { echo "lib: no enum kh_stat in $<"; exit 1; }
	@mv $@.tmp $@

# the installed header set, in the build tree
LIB_INC := $(addprefix $(LIB_OUT)/include/khttp/,$(notdir $(LIB_PUBLIC)))
$(LIB_OUT)/include/khttp/%.h: lib/%.h
	@mkdir -p $(dir $@) && cp $< $@
$(LIB_OUT)/include/khttp/%.h: structs/%.h
	@mkdir -p $(dir $@) && cp $< $@
lib-headers: $(LIB_INC)

# $(1): abi name, $(2): flag, $(3): library directory
define LIB_ABI
$(LIB_OUT)/obj/$(3)/%.o: lib/%.c $(LIB_HDRS) $(LIB_OUT)/gen/kh_stat_names.h | lib-deps
	@mkdir -p $$(dir $$@)
	$$(CC) $(2) $(LIB_CFLAGS) $(LIB_EXTRA_CFLAGS) -c -o $$@ $$<

$(LIB_OUT)/$(3)/libkhttp.a: $(patsubst lib/%.c,$(LIB_OUT)/obj/$(3)/%.o,$(LIB_SRCS))
	@mkdir -p $$(dir $$@)
	rm -f $$@ && ar rcs $$@ $$^

$(LIB_OUT)/$(3)/libkhttp.so.$(LIB_VERSION): $(patsubst lib/%.c,$(LIB_OUT)/obj/$(3)/%.o,$(LIB_SRCS))
	@mkdir -p $$(dir $$@)
	$$(CC) $(2) $(LIB_EXTRA_LDFLAGS) -shared -Wl,-soname,libkhttp.so.$(LIB_SOVER) -Wl,--no-undefined \
		-o $$@ $$^
	ln -sf libkhttp.so.$(LIB_VERSION) $(LIB_OUT)/$(3)/libkhttp.so.$(LIB_SOVER)
	ln -sf libkhttp.so.$(LIB_SOVER) $(LIB_OUT)/$(3)/libkhttp.so

# the build tree's pkg-config file points at the build tree; install-lib rewrites it
$(LIB_OUT)/$(3)/pkgconfig/khttp.pc: mk/lib.mk
	@mkdir -p $$(dir $$@)
	@printf '%s\n' 'prefix=$(LIB_ABS)' 'includedir=$$$${prefix}/include' \
		'libdir=$$$${prefix}/$(3)' '' 'Name: khttp' \
		'Description: user API of khttp.ko (HTTP.sys for Linux), $(1) ABI ($(2))' \
		'Version: $(LIB_VERSION)' 'Cflags: $(2) -I$$$${includedir}/khttp' \
		'Libs: $(2) -L$$$${libdir} -lkhttp' >$$@

LIB_FILES_$(1) := $(LIB_OUT)/$(3)/libkhttp.a $(LIB_OUT)/$(3)/libkhttp.so.$(LIB_VERSION) \
	$(LIB_OUT)/$(3)/pkgconfig/khttp.pc $(LIB_INC)
lib-$(1): $$(LIB_FILES_$(1))

# examples link like a user's program: flags from pkg-config, static
$(EX_OUT)/$(1)/%: examples/%.c $$(LIB_FILES_$(1))
	@mkdir -p $$(dir $$@)
	$$(CC) $(EX_CFLAGS) -static -o $$@ $$< \
		$$$$(PKG_CONFIG_PATH=$(LIB_OUT)/$(3)/pkgconfig pkg-config --cflags --libs khttp)

# the library's tests in the VM, static
$(LIB_OUT)/tests/khlib-$(1): $(LIBT_SRCS) $(LIBT_HDRS) $$(LIB_FILES_$(1))
	@mkdir -p $$(dir $$@)
	$$(CC) $(2) $(EX_CFLAGS) -D_GNU_SOURCE -static -pthread -Itests/lib \
		-I$(LIB_OUT)/include/khttp -o $$@ $(LIBT_SRCS) -L$(LIB_OUT)/$(3) -lkhttp

# unit tests on the host, against the shared and the static library
$(LIB_OUT)/tests/khunit-$(1)-shared: $(LIBU_SRCS) $$(LIB_FILES_$(1))
	@mkdir -p $$(dir $$@)
	$$(CC) $(2) $(EX_CFLAGS) -I$(LIB_OUT)/include/khttp -o $$@ $(LIBU_SRCS) \
		-L$(LIB_OUT)/$(3) -Wl,-rpath,$(LIB_ABS)/$(3) -lkhttp
$(LIB_OUT)/tests/khunit-$(1)-static: $(LIBU_SRCS) $$(LIB_FILES_$(1))
	@mkdir -p $$(dir $$@)
	$$(CC) $(2) $(EX_CFLAGS) -static -I$(LIB_OUT)/include/khttp -o $$@ $(LIBU_SRCS) \
		-L$(LIB_OUT)/$(3) -lkhttp
endef
$(foreach a,$(LIB_ABIS),$(eval $(call LIB_ABI,$(call lib_field,$(a),1),$(call lib_field,$(a),2),$(call lib_field,$(a),3))))

LIB_NAMES := $(foreach a,$(LIB_ABIS),$(call lib_field,$(a),1))
.PHONY: $(LIB_NAMES:%=lib-%)
lib: $(LIB_NAMES:%=lib-%)

EX_BINS := $(foreach n,$(LIB_NAMES),$(foreach p,$(EX_PROGS),$(EX_OUT)/$(n)/$(p)))
examples: $(EX_BINS)

# tools/vm's "lib" group: examples and tests, flat, <prog>-<abi>
lib-guest: $(EX_BINS) $(LIB_NAMES:%=$(LIB_OUT)/tests/khlib-%) \
	$(LIB_NAMES:%=$(LIB_OUT)/tests/khunit-%-static) tests/lib/guest.sh
	@rm -rf $(LIB_OUT)/guest && mkdir -p $(LIB_OUT)/guest
	@for n in $(LIB_NAMES); do for p in $(EX_PROGS); do \
		strip -o $(LIB_OUT)/guest/$$p-$$n $(EX_OUT)/$$n/$$p; done; \
		strip -o $(LIB_OUT)/guest/khlib-$$n $(LIB_OUT)/tests/khlib-$$n; \
		strip -o $(LIB_OUT)/guest/khunit-$$n $(LIB_OUT)/tests/khunit-$$n-static; done
	@cp tests/lib/guest.sh $(LIB_OUT)/guest/khlib-guest.sh

check-lib: lib examples
	@tests/lib/check-host $(LIB_OUT) $(EX_OUT)

install-lib: lib
	@test -n "$(PREFIX)" || { echo "install-lib: set PREFIX"; exit 1; }
	install -d $(DESTDIR)$(PREFIX)/include/khttp
	install -m 644 $(LIB_PUBLIC) $(DESTDIR)$(PREFIX)/include/khttp/
	@set -e; for a in $(LIB_ABIS); do \
		d=$$(echo $$a | cut -d: -f3); m=$$(echo $$a | cut -d: -f4); \
		dst=$(DESTDIR)$(PREFIX)/lib/$$m; install -d $$dst/pkgconfig; \
		echo "install $$d -> $$dst"; \
		install -m 644 $(LIB_OUT)/$$d/libkhttp.a $$dst/; \
		install -m 755 $(LIB_OUT)/$$d/libkhttp.so.$(LIB_VERSION) $$dst/; \
		ln -sf libkhttp.so.$(LIB_VERSION) $$dst/libkhttp.so.$(LIB_SOVER); \
		ln -sf libkhttp.so.$(LIB_SOVER) $$dst/libkhttp.so; \
		sed -e 's|^prefix=.*|prefix=$(PREFIX)|' -e "s|^libdir=.*|libdir=\$${prefix}/lib/$$m|" \
			$(LIB_OUT)/$$d/pkgconfig/khttp.pc >$$dst/pkgconfig/khttp.pc; \
	done
