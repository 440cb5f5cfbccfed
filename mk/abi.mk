# Layout conformance suites: the generator's layout tables against the
# compiler, libffi and the object files' DWARF and data (docs/conformance.md).
#
#   make check-abi      deps, build, run all suites, negative tests, pahole goldens
#   make update-golden  rewrite tests/abi/golden/pahole-<abi>.txt (and torture/)
#   make check-abi-torture   the same suites on tests/abi/spec/abi_torture.h, a
#                       spec of layout corner cases khttp lacks (part of check-abi
#                       unless ABI_NO_TORTURE=1)
#
# On another spec's generated output:
#   make check-abi GEN_DIR=path/to/generated SPEC_HDR_DIR=path/to/headers \
#                  ABI_GOLDEN_DIR=path/to/golden ABI_OUT=build/abi-myspec

BUILD ?= build
CC ?= cc
GEN_DIR ?= thunk/generated
# may be a list of directories (the spec header and what it includes)
SPEC_HDR_DIR ?= structs
ABI_OUT ?= $(BUILD)/abi
ABI_GOLDEN_DIR ?= tests/abi/golden
# table entries the negative tests corrupt (negative: from the end)
ABI_MUTATE ?= 1 -1
QEMU_I386 ?= qemu-i386
PAHOLE ?= pahole
# the contract's own struct, included by every probe, is not part of a spec
PAHOLE_FLAGS ?= --exclude=kh_layout_entry
# structs the libffi oracle leaves out (it prints them); exported to the suites
ABI_FFI_SKIP ?=
export ABI_FFI_SKIP

ABI_SRC := tests/abi
ABI_ALL := x86_64 i386 x32
ABI_RUNS := x86_64 i386
ABI_M_x86_64 := -m64
ABI_M_i386 := -m32
ABI_M_x32 := -mx32

ABI_WARN := -Wall -Wextra
ABI_CFLAGS := -std=c11 -O1 -g $(ABI_WARN) -Ithunk/runtime -I$(ABI_SRC) -MMD -MP
# the probe uses __typeof__: gnu11; -g and unused types kept for the DWARF oracle
ABI_PROBE_CFLAGS := -std=gnu11 -O0 -g -fno-eliminate-unused-debug-types $(ABI_WARN) \
	$(addprefix -I,$(SPEC_HDR_DIR)) -Ithunk/runtime -MMD -MP

ABI_SUITE_MODS := suite_abi layout_view oracle_probe oracle_ffi table_shape
ABI_OBJ_MODS := suite_obj layout_view oracle_probe oracle_dwarf dwarf_walk probe_elf \
	elf_abi table_shape
ABI_SUITE_LIBS := -lcmocka -lffi
ABI_OBJ_LIBS := -lcmocka -ldw -lelf

abi_probe = $(ABI_OUT)/probe-$(1).o
ABI_PROBES := $(foreach a,$(ABI_ALL),$(call abi_probe,$(a)))
ABI_PAHOLE := $(foreach a,$(ABI_ALL),$(ABI_OUT)/pahole-$(a).txt)

.PHONY: check-abi abi-run abi-build update-golden

ABI_MAKE = $(MAKE) --no-print-directory -f $(firstword $(MAKEFILE_LIST))

check-abi:
	@tools/deps build abi
	+@$(ABI_MAKE) abi-run
	+@if [ -z "$(ABI_NO_TORTURE)" ]; then $(ABI_MAKE) check-abi-torture; fi

# --- the second spec: layout corner cases ------------------------------------
THUNKGEN ?= $(BUILD)/thunkgen
ABI_TORTURE_SPEC := $(ABI_SRC)/spec/abi_torture.h
ABI_TORTURE_OUT := $(BUILD)/abi-torture
# what libffi cannot express is not checked there (docs/conformance.md):
# tt_anon (C11 anonymous members have no entry of their own in the tables),
# tt_packed and tt_attrs (packed, aligned(N), __aligned_u64)
ABI_TORTURE_ARGS := GEN_DIR=$(ABI_TORTURE_OUT)/gen SPEC_HDR_DIR="$(ABI_SRC)/spec structs" \
	ABI_OUT=$(ABI_TORTURE_OUT)/out ABI_GOLDEN_DIR=tests/abi/golden/torture \
	ABI_FFI_SKIP="tt_anon tt_packed tt_attrs" ABI_MUTATE="1 -1"

.PHONY: check-abi-torture abi-torture-gen
abi-torture-gen: $(THUNKGEN)
	@mkdir -p $(ABI_TORTURE_OUT)/gen
	$(THUNKGEN) -o $(ABI_TORTURE_OUT)/gen $(ABI_TORTURE_SPEC)

check-abi-torture: abi-torture-gen
	@echo "== check-abi: second spec $(ABI_TORTURE_SPEC)"
	+@$(ABI_MAKE) abi-run $(ABI_TORTURE_ARGS)

# --- objects ---------------------------------------------------------------
# $(1): abi
define abi_objs
$(ABI_OUT)/$(1)/%.o: $(ABI_SRC)/%.c
	@mkdir -p $$(@D)
	$$(CC) $$(ABI_M_$(1)) $$(ABI_CFLAGS) -c $$< -o $$@

$(ABI_OUT)/$(1)/layout_view-mut%.o: $(ABI_SRC)/layout_view.c
	@mkdir -p $$(@D)
	$$(CC) $$(ABI_M_$(1)) $$(ABI_CFLAGS) -DKH_LAYOUT_MUTATE=$$* -c $$< -o $$@

$(ABI_OUT)/$(1)/kh_layout_tables.o: $(GEN_DIR)/kh_layout_tables.c
	@mkdir -p $$(@D)
	$$(CC) $$(ABI_M_$(1)) $$(ABI_CFLAGS) -c $$< -o $$@

$(call abi_probe,$(1)): $(GEN_DIR)/kh_layout_probe.c
	@mkdir -p $$(@D)
	$$(CC) $$(ABI_M_$(1)) $$(ABI_PROBE_CFLAGS) -c $$< -o $$@

$(ABI_OUT)/pahole-$(1).txt: $(call abi_probe,$(1)) mk/abi.mk
	$$(PAHOLE) $$(PAHOLE_FLAGS) $$< > $$@
endef
$(foreach a,$(ABI_ALL),$(eval $(call abi_objs,$(a))))

# --- suites ----------------------------------------------------------------
# per-ABI suite: $(1) abi, $(2) name suffix, $(3) layout_view object
define abi_suite
$(ABI_OUT)/abi-$(1)$(2): $(patsubst %,$(ABI_OUT)/$(1)/%.o,$(filter-out layout_view,$(ABI_SUITE_MODS))) \
		$(3) $(ABI_OUT)/$(1)/kh_layout_tables.o $(call abi_probe,$(1))
	$$(CC) $$(ABI_M_$(1)) $$^ $$(ABI_SUITE_LIBS) -o $$@
endef
$(foreach a,$(ABI_RUNS),$(eval $(call abi_suite,$(a),,$(ABI_OUT)/$(a)/layout_view.o)))
$(foreach a,$(ABI_RUNS),$(foreach m,$(ABI_MUTATE),\
	$(eval $(call abi_suite,$(a),-mut$(m),$(ABI_OUT)/$(a)/layout_view-mut$(m).o))))

# the object-file suite runs on the host (x86_64) and reads every ABI's probe object
define abi_objsuite
$(ABI_OUT)/abi-obj$(1): $(patsubst %,$(ABI_OUT)/x86_64/%.o,$(filter-out layout_view,$(ABI_OBJ_MODS))) \
		$(2) $(ABI_OUT)/x86_64/kh_layout_tables.o
	$$(CC) -m64 $$^ $$(ABI_OBJ_LIBS) -o $$@
endef
$(eval $(call abi_objsuite,,$(ABI_OUT)/x86_64/layout_view.o))
$(foreach m,$(ABI_MUTATE),$(eval $(call abi_objsuite,-mut$(m),$(ABI_OUT)/x86_64/layout_view-mut$(m).o)))

ABI_BINS := $(foreach a,$(ABI_RUNS),$(ABI_OUT)/abi-$(a)) $(ABI_OUT)/abi-obj
ABI_MUT_BINS := $(foreach m,$(ABI_MUTATE),\
	$(foreach a,$(ABI_RUNS),$(ABI_OUT)/abi-$(a)-mut$(m)) $(ABI_OUT)/abi-obj-mut$(m))

abi-build: $(ABI_BINS) $(ABI_MUT_BINS) $(ABI_PROBES) $(ABI_PAHOLE)

# --- running ---------------------------------------------------------------
abi-run: abi-build
	@echo "== check-abi: suite x86_64 (gcc -m64, native)"
	@$(ABI_SRC)/run.sh $(ABI_OUT)/abi-x86_64.log $(ABI_OUT)/abi-x86_64
	@echo "== check-abi: suite i386 (gcc -m32, under $(QEMU_I386))"
	@file -b $(ABI_OUT)/abi-i386 | grep -q '^ELF 32-bit LSB .*Intel 80386' || \
		{ echo "check-abi: $(ABI_OUT)/abi-i386 is not ELF32 i386:" >&2; file $(ABI_OUT)/abi-i386 >&2; exit 1; }
	@$(ABI_SRC)/run.sh $(ABI_OUT)/abi-i386.log $(QEMU_I386) $(ABI_OUT)/abi-i386
	@echo "== check-abi: object files x86_64 i386 x32 (DWARF via libdwfl, probe data via libelf)"
	@$(ABI_SRC)/run.sh $(ABI_OUT)/abi-obj.log $(ABI_OUT)/abi-obj $(ABI_PROBES)
	@echo "== check-abi: negative tests (one entry's offset bumped: every oracle must fail)"
	@set -e; for m in $(ABI_MUTATE); do \
		$(ABI_SRC)/expect-fail.sh $(ABI_OUT)/abi-x86_64-mut$$m.log $(ABI_OUT)/abi-x86_64-mut$$m; \
		$(ABI_SRC)/expect-fail.sh $(ABI_OUT)/abi-i386-mut$$m.log $(QEMU_I386) $(ABI_OUT)/abi-i386-mut$$m; \
		$(ABI_SRC)/expect-fail.sh $(ABI_OUT)/abi-obj-mut$$m.log $(ABI_OUT)/abi-obj-mut$$m $(ABI_PROBES); \
	done
	@echo "== check-abi: pahole golden files ($(ABI_GOLDEN_DIR))"
	@set -e; for a in $(ABI_ALL); do \
		if ! diff -u $(ABI_GOLDEN_DIR)/pahole-$$a.txt $(ABI_OUT)/pahole-$$a.txt; then \
			echo "check-abi: the $$a layout differs from $(ABI_GOLDEN_DIR)/pahole-$$a.txt;" \
			     "if intended: make update-golden, and commit the diff" >&2; exit 1; fi; \
		echo "pahole-$$a.txt: unchanged ($$(grep -cE '^(struct|union) .*\{$$' $(ABI_OUT)/pahole-$$a.txt) structs and unions)"; \
	done
	@echo "== check-abi: counts (entries compared with the generator's table, per ABI per oracle)"
	@grep -h '^abi-count:' $(ABI_OUT)/abi-x86_64.log $(ABI_OUT)/abi-i386.log $(ABI_OUT)/abi-obj.log \
		| grep -v 'oracle=shape' | sed 's/^abi-count: /  /'
	@echo "check-abi: passed ($(GEN_DIR))"

update-golden: abi-update-golden
	+@if [ -z "$(ABI_NO_TORTURE)" ]; then $(ABI_MAKE) abi-torture-gen && \
		$(ABI_MAKE) abi-update-golden $(ABI_TORTURE_ARGS); fi

.PHONY: abi-update-golden
abi-update-golden: $(ABI_PAHOLE)
	@mkdir -p $(ABI_GOLDEN_DIR)
	@for a in $(ABI_ALL); do cp $(ABI_OUT)/pahole-$$a.txt $(ABI_GOLDEN_DIR)/pahole-$$a.txt; \
		echo "wrote $(ABI_GOLDEN_DIR)/pahole-$$a.txt"; done

# dependency files are written by the compiler, never made (no built-in rules)
$(ABI_OUT)/%.d: ;
-include $(wildcard $(ABI_OUT)/*/*.d $(ABI_OUT)/*.d)
