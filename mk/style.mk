# The kernel-bound code's static checks (tools/check-style):
#   make check-style    sparse (kbuild C=2, Debian's 6.1 headers), checkpatch.pl
#                       --strict and kernel-doc -none on kernel/ and on every
#                       thunk/ file compiled into khttp.ko (generated code and
#                       runtime); kernel-doc on khttp_internal.h's functions
#   make check-style STYLE_KERNEL=6.12    against the 6.12 headers
STYLE_KERNEL ?= 6.1

# checkpatch.pl is not in the headers packages: take it (and the two data
# files it reads) out of Debian's linux-source-6.1 once (~15 s), cached.
# (kernel-doc is in the headers packages.)
VM_CHECKPATCH_DIR := $(BUILD)/vm/cache/checkpatch
VM_CHECKPATCH := $(VM_CHECKPATCH_DIR)/scripts/checkpatch.pl

$(VM_CHECKPATCH):
	@echo "style: fetching checkpatch.pl from Debian's linux-source-6.1"
	@set -e; t=$(VM_CHECKPATCH_DIR).tmp; rm -rf $$t; mkdir -p $$t; chmod 755 $$t; \
	(cd $$t && apt-get download -q linux-source-6.1 >/dev/null 2>&1) || \
	{ apt-get update -q >/dev/null 2>&1 || true; \
	  cd $$t && apt-get download -q linux-source-6.1 >/dev/null 2>&1; }; \
	dpkg-deb --fsys-tarfile $$t/linux-source-6.1_*.deb | \
	tar -xO --wildcards './usr/src/linux-source-*.tar.xz' | \
	tar -xJ -C $$t --strip-components=1 --wildcards '*/scripts/checkpatch.pl' \
		'*/scripts/spelling.txt' '*/scripts/const_structs.checkpatch'; \
	rm -f $$t/*.deb; rm -rf $(VM_CHECKPATCH_DIR); mv $$t $(VM_CHECKPATCH_DIR)

.PHONY: check-style style-deps
style-deps:
	@tools/deps style

check-style: $(VM_CHECKPATCH) | style-deps
	BUILD=$(BUILD) tools/check-style $(VM_CHECKPATCH) $(STYLE_KERNEL)
