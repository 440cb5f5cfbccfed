# check-kcompat (issue 18, docs/kcompat.md): thunkgen's generated compat thunks
# for real drivers (vgem, vivid, uinput, evdev, dm-mod) held byte for byte
# against the kernel's own compat code, one boot of Debian's 6.1 and 6.12 each
.PHONY: check-kcompat
check-kcompat: $(THUNKGEN)
	BUILD=$(BUILD) tests/kcompat/run
