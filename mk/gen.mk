# thunkgen (gen/) and the files it writes into thunk/generated/, in two rooms
# (gen/out.c decides which file goes where): kernel/, compiled into khttp.ko
# (and into the user-space tests of the same code); user/, only user-space
# programs (the test suites and khtrace).
GEN_SRCS := $(wildcard gen/*.c)
GEN_HDRS := $(wildcard gen/*.h) thunk/runtime/kh_layout.h
THUNKGEN := $(BUILD)/thunkgen
SPEC := structs/khttp.h
GEN_DIR := thunk/generated
GEN_KERNEL = $(GEN_DIR)/kernel
GEN_USER = $(GEN_DIR)/user
# thunkgen's example driver: its compat handler, generated (checked in)
DRIVER_DIR := examples/driver
DRIVER_GEN := $(DRIVER_DIR)/generated

.PHONY: gen gen-tool check-gen check-gen-tests check-corpus check-driver gen-report gen-lint
gen-tool: $(THUNKGEN)

# the runtime a --driver output carries, compiled into thunkgen as strings
GEN_RUNTIME := $(addprefix thunk/runtime/,kh_rt.h kh_rt_user.h kh_rt.c kh_rt_backend.h kh_layout.h \
	kh_ioctl_desc.h)

$(BUILD)/gen_runtime.c: $(GEN_RUNTIME) gen/embed.awk
	@mkdir -p $(BUILD)
	{ echo '#include "driver.h"'; echo 'const struct rt_file driver_runtime[] = {'; \
	  awk -f gen/embed.awk $(GEN_RUNTIME); echo '	{ 0, 0 },'; echo '};'; } >$@.tmp
	mv $@.tmp $@

$(THUNKGEN): $(GEN_SRCS) $(GEN_HDRS) $(BUILD)/gen_runtime.c
	@mkdir -p $(BUILD)
	$(CC) $(CFLAGS_HOST) -D_GNU_SOURCE -Igen -o $@ $(GEN_SRCS) $(BUILD)/gen_runtime.c

# writes only files whose text changes, so a second run changes nothing
gen: $(THUNKGEN)
	@mkdir -p $(GEN_DIR)
	$(THUNKGEN) -o $(GEN_DIR) $(SPEC)
	@mkdir -p $(DRIVER_GEN)
	$(THUNKGEN) --policy $(DRIVER_DIR)/demodrv.policy --driver demodrv -o $(DRIVER_GEN) \
		$(DRIVER_DIR)/demodrv.h

gen-report: $(THUNKGEN)
	@$(THUNKGEN) --report $(SPEC)

gen-lint: $(THUNKGEN)
	@$(THUNKGEN) --lint $(SPEC)

# CI: the checked-in output must be what the generator writes now
check-gen: gen
	@git diff --exit-code --stat -- $(GEN_DIR) $(DRIVER_GEN) || \
	  { echo "thunk/generated or $(DRIVER_GEN) is stale: run make gen and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- $(GEN_DIR) $(DRIVER_GEN))" || \
	  { echo "generated files are untracked: commit them"; \
	    git status --short -- $(GEN_DIR) $(DRIVER_GEN); exit 1; }
	@echo "check-gen: generated code is up to date"

# thunkgen's own tests: bad specs, a foreign driver header, repeatability
# (the foreign header's asserts compile -m32/-mx32: gcc-multilib)
check-gen-tests: $(THUNKGEN)
	@tools/deps build vm
	THUNKGEN=$(THUNKGEN) BUILD=$(BUILD) tests/gen/run

# real uapi headers of Debian's linux-headers (6.1, 6.12), read unmodified:
# every struct's layout and command number checked by the compiler in 3 ABIs
check-corpus: $(THUNKGEN)
	@tools/deps build vm
	THUNKGEN=$(THUNKGEN) BUILD=$(BUILD) tests/corpus/run

# the example driver's generated compat handler (examples/driver, docs/thunkgen.md
# "Using thunkgen on your driver"): built with Kbuild for 6.1 and 6.12, loaded in
# the VM, driven from -m64, -m32 and -mx32 programs (tests/driver/run)
check-driver:
	@tools/deps build vm
	BUILD=$(BUILD) tests/driver/run
