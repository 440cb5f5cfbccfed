# The reference interpreter of the thunk tables (tests/support/interp/) and the
# differential suite that holds the generated thunks against it (issue 3):
# built like the thunk library, with ASan and UBSan, on top of it. Read from
# mk/thunk.mk's THUNK_TESTS line, before the rest of mk/thunk.mk: names
# defined further down there are spelled out here.
ifndef KH_INTERP_MK
KH_INTERP_MK := 1

INTERP_SRCS := tests/support/interp/kh_interp.c tests/support/interp/kh_interp_out.c $(GEN_USER)/kh_ptables.c
INTERP_HDRS := $(wildcard tests/support/interp/*.h) $(GEN_USER)/kh_ptables.h
INTERP_LIB := $(THUNK_OUT)/libkhinterp.a

$(THUNK_OUT)/interp/%.o: %.c $(THUNK_HDRS) $(INTERP_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(THUNK_CFLAGS) -Itests/support/interp $(THUNK_SAN) -c -o $@ $<

$(INTERP_LIB): $(INTERP_SRCS:%.c=$(THUNK_OUT)/interp/%.o)
	rm -f $@ && ar rcs $@ $^

# an explicit rule: t_diff needs the interpreter besides what the other suites link
$(THUNK_OUT)/t_diff: tests/thunk/t_diff.c tests/thunk/harness.c $(INTERP_LIB) $(THUNK_LIB) \
		$(THUNK_HDRS) $(INTERP_HDRS) tests/thunk/harness.h
	$(CC) $(THUNK_CFLAGS) -Itests/support/interp $(THUNK_SAN) -Itests/thunk -o $@ $(filter %.c,$^) \
		$(INTERP_LIB) $(THUNK_LIB) -lcmocka

.PHONY: interp-lib
interp-lib: $(INTERP_LIB)

endif
