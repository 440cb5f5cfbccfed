# Debian packages (issue 19, docs/packaging.md).
#   make khttpctl    build/khttpctl/khttpctl: the admin CLI on the shared libkhttp (64-bit)
#   make deb         dpkg-buildpackage (debhelper, dh-dkms), unsigned, into build/deb/:
#                    khttp-dkms (all), libkhttp0 and libkhttp-dev (amd64 and i386),
#                    khttp-tools (amd64); then lintian (no errors; every warning
#                    must be one docs/packaging.md explains)
#   make check-deb   tools/check-deb: install the packages on this machine, DKMS
#                    builds for Debian's 6.1 and 6.12, boot each with the DKMS
#                    module, a non-root i386 worker of the khttp group on the
#                    packaged library, khttpctl show lists it; purge leaves nothing

KHTTPCTL := $(BUILD)/khttpctl/khttpctl
DEB_OUT := $(BUILD)/deb
DEB_VERSION := $(LIB_VERSION)

.PHONY: khttpctl deb check-deb deb-deps

khttpctl: $(KHTTPCTL)

# linked like an installed program: pkg-config flags, the shared library
$(KHTTPCTL): tools/khttpctl/khttpctl.c $(LIB_FILES_native)
	@mkdir -p $(dir $@)
	$(CC) $(EX_CFLAGS) $(LIB_EXTRA_CFLAGS) $(LIB_EXTRA_LDFLAGS) -o $@ $< \
		$$(PKG_CONFIG_PATH=$(LIB_OUT)/lib64/pkgconfig pkg-config --cflags --libs khttp)

deb-deps:
	@tools/deps build deb

# the tree as git knows it (tracked and new files, not build/), built twice:
# amd64 and the arch-independent khttp-dkms, then i386 with gcc -m32
deb: deb-deps
	@rm -rf $(DEB_OUT) && mkdir -p $(DEB_OUT)/src/khttp-$(DEB_VERSION)
	@git ls-files -z --cached --others --exclude-standard | grep -zv '^build/' | \
		xargs -0 cp --parents -t $(DEB_OUT)/src/khttp-$(DEB_VERSION)
	cd $(DEB_OUT)/src/khttp-$(DEB_VERSION) && \
		env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL dpkg-buildpackage -b -us -uc \
		>../build-amd64.log 2>&1 || { tail -n 40 ../build-amd64.log; exit 1; }
	cd $(DEB_OUT)/src/khttp-$(DEB_VERSION) && \
		env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL dpkg-buildpackage -B -ai386 -d -us -uc \
		>../build-i386.log 2>&1 || { tail -n 40 ../build-i386.log; exit 1; }
	@mv $(DEB_OUT)/src/*.deb $(DEB_OUT)/
	@tools/deb-lint $(DEB_OUT) docs/packaging.md
	@ls -1 $(DEB_OUT)/*.deb

check-deb: deb
	@BUILD=$(BUILD) tools/check-deb
