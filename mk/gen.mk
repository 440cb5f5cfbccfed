# thunkgen (gen/) and the files it writes into thunk/generated/.
GEN_SRCS := $(wildcard gen/*.c)
GEN_HDRS := $(wildcard gen/*.h) thunk/runtime/kh_layout.h
THUNKGEN := $(BUILD)/thunkgen
SPEC := structs/khttp.h
GEN_DIR := thunk/generated

.PHONY: gen gen-tool check-gen check-gen-tests check-corpus gen-report gen-lint
gen-tool: $(THUNKGEN)

$(THUNKGEN): $(GEN_SRCS) $(GEN_HDRS)
	@mkdir -p $(BUILD)
	$(CC) $(CFLAGS_HOST) -D_GNU_SOURCE -o $@ $(GEN_SRCS)

# writes only files whose text changes, so a second run changes nothing
gen: $(THUNKGEN)
	@mkdir -p $(GEN_DIR)
	$(THUNKGEN) -o $(GEN_DIR) $(SPEC)

gen-report: $(THUNKGEN)
	@$(THUNKGEN) --report $(SPEC)

gen-lint: $(THUNKGEN)
	@$(THUNKGEN) --lint $(SPEC)

# CI: the checked-in output must be what the generator writes now
check-gen: gen
	@git diff --exit-code --stat -- $(GEN_DIR) || \
	  { echo "thunk/generated is stale: run make gen and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- $(GEN_DIR))" || \
	  { echo "thunk/generated has untracked files: commit them"; git status --short -- $(GEN_DIR); exit 1; }
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
