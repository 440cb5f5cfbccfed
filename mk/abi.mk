# Layout conformance suites: the generator's layout tables against the
# compiler, libffi and the object files' DWARF and data (docs/conformance.md).
#
# The suites and their oracles are written once (tests/support/layout/) and
# built per ABI; each ABI's expected layout (its pahole golden) lives in the
# room of its callers: tests/abi64/ (LP64: x86_64), tests/abi32/ (ILP32:
# i386, x32).
#
#   make check-abi      the three below, one after the other
#   make check-abi-x86_64 / check-abi-i386 / check-abi-x32
#                       one ABI: deps, build, run its suites, negative tests,
#                       pahole golden; then the same on the second spec
#                       tests/support/layout/spec/abi_torture.h (layout corner
#                       cases khttp lacks) unless ABI_NO_TORTURE=1
#   make check-abi-torture   the second spec only, all ABIs
#   make update-golden  rewrite tests/abi{64,32}/golden/pahole-<abi>.txt (and torture/)
#
# On another spec's generated output:
#   make check-abi GEN_DIR=path/to/generated SPEC_HDR_DIR=path/to/headers \
#                  ABI_GOLDEN_DIR=path/to/golden ABI_OUT=build/abi-myspec

BUILD ?= build
CC ?= cc
GEN_DIR ?= thunk/generated
GEN_USER ?= $(GEN_DIR)/user
# may be a list of directories (the spec header and what it includes)
SPEC_HDR_DIR ?= structs
ABI_OUT ?= $(BUILD)/abi
# the pahole goldens live in each ABI's room (tests/abi64, tests/abi32);
# ABI_GOLDEN_DIR, when set, holds all three instead
ABI_GOLDEN_DIR ?=
ABI_GOLDEN_SUB ?=
# table entries the negative tests corrupt (negative: from the end)
ABI_MUTATE ?= 1 -1
QEMU_I386 ?= qemu-i386
PAHOLE ?= pahole
# the contract's own struct, included by every probe, is not part of a spec
PAHOLE_FLAGS ?= --exclude=kh_layout_entry
# structs the libffi oracle leaves out (it prints them); exported to the suites
ABI_FFI_SKIP ?=
export ABI_FFI_SKIP

# the suites and their oracles: one source, built for every ABI
ABI_SRC := tests/support/layout
ABI_ALL := x86_64 i386 x32
# the ABIs whose run-time suite runs here (x32: no x32 on the host, no
# qemu-user for it; its layout is checked through its object files)
ABI_RUNS := x86_64 i386
ABI_M_x86_64 := -m64
ABI_M_i386 := -m32
ABI_M_x32 := -mx32
# the ABI's name in the layout tables (kh_layout_abi_names): the targets name
# the architecture gcc builds for, the tables the kernel's ABI (ia32)
ABI_LAYOUT_i386 := ia32
abi_layout = $(or $(ABI_LAYOUT_$(1)),$(1))
# the rooms: LP64 callers, ILP32 callers
ABI_ROOM_x86_64 := tests/abi64
ABI_ROOM_i386 := tests/abi32
ABI_ROOM_x32 := tests/abi32
# how a run-time suite of that ABI is started
ABI_EXEC_x86_64 :=
ABI_EXEC_i386 := $(QEMU_I386)
abi_golden = $(or $(ABI_GOLDEN_DIR),$(ABI_ROOM_$(1))/golden$(ABI_GOLDEN_SUB))

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

ABI_MAKE = $(MAKE) --no-print-directory -f $(firstword $(MAKEFILE_LIST))

# --- the targets: one per ABI, check-abi runs the three ----------------------
.PHONY: check-abi update-golden $(ABI_ALL:%=check-abi-%) $(ABI_ALL:%=abi-run-%) \
	$(ABI_ALL:%=abi-build-%)

check-abi:
	@tools/deps build abi
	+@set -e; for a in $(ABI_ALL); do $(ABI_MAKE) check-abi-$$a ABI_DEPS_DONE=1; done
	@echo "check-abi: passed ($(ABI_ALL))"

# the khttp spec, then (unless ABI_NO_TORTURE=1) the second spec, for one ABI
$(ABI_ALL:%=check-abi-%): check-abi-%:
	@$(if $(ABI_DEPS_DONE),true,tools/deps build abi)
	+@$(ABI_MAKE) abi-run-$*
	+@if [ -z "$(ABI_NO_TORTURE)" ]; then $(ABI_MAKE) abi-torture-gen && \
		echo "== check-abi-$*: second spec $(ABI_TORTURE_SPEC)" && \
		$(ABI_MAKE) abi-run-$* $(ABI_TORTURE_ARGS); fi

# --- the second spec: layout corner cases ------------------------------------
THUNKGEN ?= $(BUILD)/thunkgen
ABI_TORTURE_SPEC := $(ABI_SRC)/spec/abi_torture.h
ABI_TORTURE_OUT := $(BUILD)/abi-torture
# what libffi cannot express is not checked there (docs/conformance.md):
# tt_anon (C11 anonymous members have no entry of their own in the tables),
# tt_packed and tt_attrs (packed, aligned(N), __aligned_u64)
ABI_TORTURE_ARGS := GEN_DIR=$(ABI_TORTURE_OUT)/gen SPEC_HDR_DIR="$(ABI_SRC)/spec structs" \
	ABI_OUT=$(ABI_TORTURE_OUT)/out ABI_GOLDEN_SUB=/torture \
	ABI_FFI_SKIP="tt_anon tt_packed tt_attrs" ABI_MUTATE="1 -1"

.PHONY: check-abi-torture abi-torture-gen
abi-torture-gen: $(THUNKGEN)
	@mkdir -p $(ABI_TORTURE_OUT)/gen
	$(THUNKGEN) -o $(ABI_TORTURE_OUT)/gen $(ABI_TORTURE_SPEC)

check-abi-torture: abi-torture-gen
	+@set -e; for a in $(ABI_ALL); do $(ABI_MAKE) abi-run-$$a $(ABI_TORTURE_ARGS); done

# --- objects ---------------------------------------------------------------
# $(1): abi
define abi_objs
$(ABI_OUT)/$(1)/%.o: $(ABI_SRC)/%.c
	@mkdir -p $$(@D)
	$$(CC) $$(ABI_M_$(1)) $$(ABI_CFLAGS) -c $$< -o $$@

$(ABI_OUT)/$(1)/layout_view-mut%.o: $(ABI_SRC)/layout_view.c
	@mkdir -p $$(@D)
	$$(CC) $$(ABI_M_$(1)) $$(ABI_CFLAGS) -DKH_LAYOUT_MUTATE=$$* -c $$< -o $$@

$(ABI_OUT)/$(1)/kh_layout_tables.o: $(GEN_USER)/kh_layout_tables.c
	@mkdir -p $$(@D)
	$$(CC) $$(ABI_M_$(1)) $$(ABI_CFLAGS) -c $$< -o $$@

$(call abi_probe,$(1)): $(GEN_USER)/kh_layout_probe.c
	@mkdir -p $$(@D)
	$$(CC) $$(ABI_M_$(1)) $$(ABI_PROBE_CFLAGS) -c $$< -o $$@

$(ABI_OUT)/pahole-$(1).txt: $(call abi_probe,$(1)) mk/abi.mk
	$$(PAHOLE) $$(PAHOLE_FLAGS) $$< > $$@
endef
$(foreach a,$(ABI_ALL),$(eval $(call abi_objs,$(a))))

# --- suites ----------------------------------------------------------------
# the run-time suite of an ABI: $(1) abi, $(2) name suffix, $(3) layout_view object
define abi_suite
$(ABI_OUT)/abi-$(1)$(2): $(patsubst %,$(ABI_OUT)/$(1)/%.o,$(filter-out layout_view,$(ABI_SUITE_MODS))) \
		$(3) $(ABI_OUT)/$(1)/kh_layout_tables.o $(call abi_probe,$(1))
	$$(CC) $$(ABI_M_$(1)) $$^ $$(ABI_SUITE_LIBS) -o $$@
endef
$(foreach a,$(ABI_RUNS),$(eval $(call abi_suite,$(a),,$(ABI_OUT)/$(a)/layout_view.o)))
$(foreach a,$(ABI_RUNS),$(foreach m,$(ABI_MUTATE),\
	$(eval $(call abi_suite,$(a),-mut$(m),$(ABI_OUT)/$(a)/layout_view-mut$(m).o))))

# the object-file suite runs on the host (x86_64) and reads one ABI's probe
# object (abi-obj ABI PROBE.o); one binary serves every ABI
define abi_objsuite
$(ABI_OUT)/abi-obj$(1): $(patsubst %,$(ABI_OUT)/x86_64/%.o,$(filter-out layout_view,$(ABI_OBJ_MODS))) \
		$(2) $(ABI_OUT)/x86_64/kh_layout_tables.o
	$$(CC) -m64 $$^ $$(ABI_OBJ_LIBS) -o $$@
endef
$(eval $(call abi_objsuite,,$(ABI_OUT)/x86_64/layout_view.o))
$(foreach m,$(ABI_MUTATE),$(eval $(call abi_objsuite,-mut$(m),$(ABI_OUT)/x86_64/layout_view-mut$(m).o)))

# --- one ABI: build, run, negative tests, golden ------------------------------
# $(1): abi
define abi_run
abi-build-$(1): $(ABI_OUT)/abi-obj $(foreach m,$(ABI_MUTATE),$(ABI_OUT)/abi-obj-mut$(m)) \
		$(call abi_probe,$(1)) $(ABI_OUT)/pahole-$(1).txt \
		$(if $(filter $(1),$(ABI_RUNS)),$(ABI_OUT)/abi-$(1) \
			$(foreach m,$(ABI_MUTATE),$(ABI_OUT)/abi-$(1)-mut$(m)))

abi-run-$(1): abi-build-$(1)
ifneq ($(filter $(1),$(ABI_RUNS)),)
	@echo "== check-abi-$(1): suite (gcc $(ABI_M_$(1))$(if $(ABI_EXEC_$(1)), under $(ABI_EXEC_$(1)), native))"
	$(if $(filter i386,$(1)),@file -b $(ABI_OUT)/abi-i386 | grep -q '^ELF 32-bit LSB .*Intel 80386' || \
		{ echo "check-abi: $(ABI_OUT)/abi-i386 is not ELF32 i386:" >&2; file $(ABI_OUT)/abi-i386 >&2; exit 1; })
	@$(ABI_SRC)/run.sh $(ABI_OUT)/abi-$(1).log $(ABI_EXEC_$(1)) $(ABI_OUT)/abi-$(1)
endif
	@echo "== check-abi-$(1): object file (DWARF via libdwfl, probe data via libelf)"
	@$(ABI_SRC)/run.sh $(ABI_OUT)/abi-obj-$(1).log $(ABI_OUT)/abi-obj $(call abi_layout,$(1)) $(call abi_probe,$(1))
	@echo "== check-abi-$(1): negative tests (one entry's offset bumped: every oracle must fail)"
	@set -e; for m in $(ABI_MUTATE); do \
		$(if $(filter $(1),$(ABI_RUNS)),$(ABI_SRC)/expect-fail.sh $(ABI_OUT)/abi-$(1)-mut$$$$m.log \
			$(ABI_EXEC_$(1)) $(ABI_OUT)/abi-$(1)-mut$$$$m;) \
		$(ABI_SRC)/expect-fail.sh $(ABI_OUT)/abi-obj-$(1)-mut$$$$m.log $(ABI_OUT)/abi-obj-mut$$$$m \
			$(call abi_layout,$(1)) $(call abi_probe,$(1)); \
	done
	@echo "== check-abi-$(1): pahole golden $(call abi_golden,$(1))/pahole-$(1).txt"
	@if ! diff -u $(call abi_golden,$(1))/pahole-$(1).txt $(ABI_OUT)/pahole-$(1).txt; then \
		echo "check-abi: the $(1) layout differs from $(call abi_golden,$(1))/pahole-$(1).txt;" \
		     "if intended: make update-golden, and commit the diff" >&2; exit 1; fi; \
	echo "pahole-$(1).txt: unchanged ($$$$(grep -cE '^(struct|union) .*\{$$$$' $(ABI_OUT)/pahole-$(1).txt) structs and unions)"
	@echo "== check-abi-$(1): counts (entries compared with the generator's table, per oracle)"
	@grep -h '^abi-count:' $(if $(filter $(1),$(ABI_RUNS)),$(ABI_OUT)/abi-$(1).log) $(ABI_OUT)/abi-obj-$(1).log \
		| grep -v 'oracle=shape' | sed 's/^abi-count: /  /'
	@echo "check-abi-$(1): passed ($(GEN_DIR))"
endef
$(foreach a,$(ABI_ALL),$(eval $(call abi_run,$(a))))

update-golden: abi-update-golden
	+@if [ -z "$(ABI_NO_TORTURE)" ]; then $(ABI_MAKE) abi-torture-gen && \
		$(ABI_MAKE) abi-update-golden $(ABI_TORTURE_ARGS); fi

.PHONY: abi-update-golden
abi-update-golden: $(ABI_PAHOLE)
	@set -e; $(foreach a,$(ABI_ALL),mkdir -p $(call abi_golden,$(a)); \
		cp $(ABI_OUT)/pahole-$(a).txt $(call abi_golden,$(a))/pahole-$(a).txt; \
		echo "wrote $(call abi_golden,$(a))/pahole-$(a).txt";)

# dependency files are written by the compiler, never made (no built-in rules)
$(ABI_OUT)/%.d: ;
-include $(wildcard $(ABI_OUT)/*/*.d $(ABI_OUT)/*.d)
