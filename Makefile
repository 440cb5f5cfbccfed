# khttp top-level Makefile. Each layer's rules live in mk/<layer>.mk.
#   make gen        regenerate thunk/generated from structs/ (checked in)
#   make test       everything CI runs
#   make check-abi  the layout conformance suites (check-abi-x86_64, -i386, -x32)
#   make check-host   the kernel's HTTP parsers on the host: cmocka + libFuzzer
#   make check-style  sparse, checkpatch --strict, kernel-doc on the module's sources
#   make vmtest     the module in Debian's kernels under QEMU
#   make demo       the main job: see README.md

.DEFAULT_GOAL := all
BUILD ?= build
CC ?= cc
CFLAGS_HOST := -std=c11 -O2 -g -Wall -Wextra -Werror=implicit-function-declaration

.PHONY: all deps test clean
all: gen-tool

deps:
	tools/deps build abi vm

include mk/gen.mk
-include mk/abi.mk
include mk/thunk.mk
include mk/interp.mk
include mk/bench.mk
include mk/bench-http.mk
include mk/xabi.mk
include mk/fuzz.mk
include mk/host.mk
include mk/style.mk
-include mk/vm.mk
-include mk/trace.mk
include mk/demo.mk
include mk/lib.mk
include mk/deb.mk
include mk/kcompat.mk

# the README's test command; .ci/run calls exactly `make test`
test: check-gen check-gen-tests check-style check-host check-corpus check-driver check-kcompat check-abi check-thunk check-xabi check-fuzz check-trace check-lib check-bench-report check-deb $(if $(wildcard mk/vm.mk),vmtest)
	@echo "make test: all suites passed"

clean:
	rm -rf $(BUILD)
