# bench/http (issue 9), not a test: khttp against nginx in one guest boot
# (Debian's kernel under QEMU, 2 vCPUs): wrk at 1 and 16 connections,
# keep-alive and Connection: close, on 64 B .. 100 KiB and a SPECweb-style
# mix; nginx, the kernel cache, a static worker and a memory worker per ABI;
# the ioctl round trip per ABI. docs/bench.md. slub_debug=- undoes the
# slab debugging tools/vm turns on for the tests (it poisons and checks
# every allocation: a cost khttp pays per request, nginx far less). The last line it prints:
#   cache/nginx=R1 worker64/nginx=R2 worker_i386/worker64=R3 worker_x32/worker64=R4
#   make bench-http BENCH_HTTP_DUR=2 BENCH_HTTP_RUNS=3 BENCH_HTTP_SERVERS='nginx cache'
# make bench-http-perf: perf record/stat in the guest, per server.
# make bench-noop: only the no-op ioctl against getppid() per ABI (a minute).
ifndef KH_BENCH_HTTP_MK
KH_BENCH_HTTP_MK := 1

BH_OUT := $(BUILD)/bench/http
BH_KERNEL ?= 6.1
BENCH_HTTP_DUR ?= 2
BENCH_HTTP_RUNS ?= 3
BENCH_HTTP_SERVERS ?=
BENCH_HTTP_PERF ?= nginx cache static-x86_64 static-i386 memory-x86_64 memory-i386
BENCH_HTTP_PERF_DUR ?= 10
# the file the profiled cell asks for: /64, /1k, /10k or /100k
BENCH_HTTP_PERF_PATH ?= /1k
# and how many keep-alive connections wrk keeps (1: the wake-up chain alone)
BENCH_HTTP_PERF_CONNS ?= 16
# bench-noop: rounds of the three ABIs' no-op loops; 1: perf record them too
BENCH_NOOP_RUNS ?= 3
BENCH_NOOP_PERF ?=
# tools/vm's directory for the boot: another checkout's runs do not clash
BH_TAG ?= bench
# more tools/vm options, e.g. BH_VM_ARGS='--module old/khttp.ko' (an A/B
# of two builds of the module on the same host minutes apart)
BH_VM_ARGS ?=
# the guest's kernel command line: with 2 vCPUs under TCG the kernel finds
# the TSC unsynchronised and falls back to the HPET, whose every read (the
# TCP stack's, wrk's clock_gettime without vDSO) is an emulated MMIO access;
# hardware has the TSC (docs/bench.md)
BH_APPEND ?= slub_debug=- clocksource=tsc tsc=reliable
BH_CFLAGS := -std=c11 -D_GNU_SOURCE -static -s -O2 -Wall -Wextra -Werror -Istructs
BH_SRCS := $(wildcard bench/http/*.c)
BH_ABIS := x86_64:-m64 i386:-m32 x32:-mx32
BH_BINS := $(foreach a,$(BH_ABIS),$(BH_OUT)/add/khb-$(firstword $(subst :, ,$(a))))

# one static program per ABI: raw ioctls on structs/khttp.h
$(BH_OUT)/add/khb-%: $(BH_SRCS) bench/http/khb.h structs/khttp.h
	@mkdir -p $(dir $@)
	$(CC) $(word 2,$(subst :, ,$(filter $*:%,$(BH_ABIS)))) $(BH_CFLAGS) -o $@ $(BH_SRCS)

# nginx's binary only, out of Debian's package: installing the package
# would start a server on this machine (its libraries are the host's)
$(BH_OUT)/pkg/nginx:
	@set -e; d=$(BH_OUT)/pkg/dl; rm -rf $$d; mkdir -p $$d; chmod 755 $$d; \
	(cd $$d && apt-get download -q nginx >/dev/null 2>&1) || \
	{ apt-get update -q >/dev/null 2>&1 || true; cd $$d && apt-get download -q nginx >/dev/null; }; \
	dpkg-deb --fsys-tarfile $$d/nginx_*.deb | tar -xO ./usr/sbin/nginx >$@.tmp; \
	chmod 755 $@.tmp; mv $@.tmp $@; rm -rf $$d

.PHONY: bench-http bench-http-perf bench-noop bench-http-deps check-bench-report
# report.sh on made-up guest logs: a cell that measured nothing fails the
# run, a loaded host is marked (no VM, seconds)
check-bench-report:
	@sh tests/bench/report_selftest.sh $(BUILD)/tests/bench

# what a fresh machine lacks: the compilers and QEMU (tools/deps), wrk,
# gnuplot and perf (linux-perf: bench-http-perf packs it into the guest)
BH_DEPS := wrk:wrk gnuplot:gnuplot-nox perf:linux-perf
bench-http-deps:
	@tools/deps build vm
	@missing=; for d in $(BH_DEPS); do command -v $${d%%:*} >/dev/null || missing="$$missing $${d#*:}"; done; \
	[ -z "$$missing" ] || { echo "bench-http: installing$$missing"; \
	  apt='apt-get -o DPkg::Lock::Timeout=900 -y -q --no-install-recommends'; \
	  DEBIAN_FRONTEND=noninteractive $$apt install $$missing >/dev/null || \
	  { apt-get update -q >/dev/null 2>&1 || true; DEBIAN_FRONTEND=noninteractive $$apt install $$missing >/dev/null; }; }
# BENCH_HTTP_NO_DEPS=1: the packages are there (docs/bench.md, real hardware)
$(BH_BINS) $(BH_OUT)/pkg/nginx: | $(if $(BENCH_HTTP_NO_DEPS),,bench-http-deps)

# one guest boot: $(1) what guest.sh is told (KHB_... variables), $(2) the
# binaries packed into /opt/bin next to wrk and nginx
define BH_BOOT
	cp bench/http/guest.sh bench/http/nginx.conf $(BH_OUT)/add/
	bench/http/pack.sh $(BH_OUT) $(BH_OUT)/pkg/nginx $(2)
	@start=$$(date +%s); \
	echo "bench-http: host load before: $$(cut -d' ' -f1-3 /proc/loadavg)," \
		"other QEMUs running: $$(pgrep -c qemu-system || true)" | tee $(BH_OUT)/host.log; \
	busy0=$$(awk '/^cpu / { print $$2 + $$3 + $$4 + $$7 + $$8 + $$9; exit }' /proc/stat); \
	BUILD=$(BUILD) tools/vm --kernel $(BH_KERNEL) --tag $(BH_TAG) --smp 2 --mem 1024 \
		--timeout 3600 --append '$(BH_APPEND)' $(BH_VM_ARGS) --add $(BH_OUT)/add:/add/bench --add $(BH_OUT)/opt:/opt \
		--add $(BH_OUT)/etc:/etc --keep-log $(BH_OUT)/serial.log \
		--run '$(1) sh /add/bench/guest.sh' \
		>$(BH_OUT)/run.log 2>$(BH_OUT)/vm.log; rc=$$?; \
	busy1=$$(awk '/^cpu / { print $$2 + $$3 + $$4 + $$7 + $$8 + $$9; exit }' /proc/stat); \
	cat $(BH_OUT)/vm.log; \
	echo "bench-http: host load after: $$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a $(BH_OUT)/host.log; \
	times >$(BH_OUT)/times.txt; \
	bench/http/others.sh $$busy0 $$busy1 $$(( $$(date +%s) - start )) <$(BH_OUT)/times.txt | tee -a $(BH_OUT)/host.log; \
	echo "bench-http: wall time $$(( $$(date +%s) - start )) s (build, pack, boot, bench)"; \
	[ $$rc -eq 0 ] || { tail -n 30 $(BH_OUT)/run.log; exit 1; }
endef

bench-http: bench-http-deps $(BH_BINS) $(BH_OUT)/pkg/nginx
	@echo "bench-http: one guest boot; about 20 min under TCG with the defaults"
	$(call BH_BOOT,KHB_DUR=$(BENCH_HTTP_DUR) KHB_RUNS=$(BENCH_HTTP_RUNS) KHB_SERVERS="$(BENCH_HTTP_SERVERS)")
	bench/http/report.sh $(BH_OUT)/run.log $(BUILD)/bench $(BH_OUT)/host.log

# perf in the guest: where the time of a keep-alive cell (BENCH_HTTP_PERF_PATH,
# BENCH_HTTP_PERF_CONNS) goes, per server; build/bench/perf/<server>.txt (docs/bench.md)
bench-http-perf: bench-http-deps $(BH_BINS) $(BH_OUT)/pkg/nginx
	@echo "bench-http-perf: one guest boot, $(BENCH_HTTP_PERF_DUR) s x 2 per server"
	$(call BH_BOOT,KHB_PROFILE="$(BENCH_HTTP_PERF)" KHB_PROFILE_DUR=$(BENCH_HTTP_PERF_DUR) KHB_PROFILE_PATH=$(BENCH_HTTP_PERF_PATH) KHB_PROFILE_CONNS=$(BENCH_HTTP_PERF_CONNS),$$(command -v perf))
	bench/http/profile.sh $(BH_OUT)/run.log $(BUILD)/bench/perf

# the no-op ioctl's cost against getppid() per ABI, the same boot as
# bench-http's (its round trip's last lines) without the servers;
# BENCH_NOOP_PERF=1 adds each ABI's perf profile (build/bench/http/noop.txt)
bench-noop: bench-http-deps $(BH_BINS) $(BH_OUT)/pkg/nginx
	@echo "bench-noop: one guest boot, $(BENCH_NOOP_RUNS) rounds of 3 ABIs"
	$(call BH_BOOT,KHB_NOOP=$(BENCH_NOOP_RUNS) KHB_NOOP_PERF=$(BENCH_NOOP_PERF),$(if $(BENCH_NOOP_PERF),$$(command -v perf)))
	@tr -d '\r' <$(BH_OUT)/run.log | sed -n '/^KHB noop_profile_begin/,/^KHB noop_profile_end/p' >$(BH_OUT)/noop.txt
	@tr -d '\r' <$(BH_OUT)/run.log | awk -f bench/http/noop.awk

endif
