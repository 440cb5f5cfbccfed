// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * check-kcompat's two sides (kc.h). Built -m32 and -mx32 as the kernel side:
 *	kc-ia32 run DIR		each case: set up, build the image, save it
 *				(DIR/<drv>.<ioctl>.<case>.in), call the real
 *				kernel, save the result (.k)
 * and -m64, once per driver, with that driver's generated compat handler
 * (thunkgen --driver kc<drv>: its user-space shim, <prefix>_compat_ioctl_user,
 * whose core of each ioctl is the real native ioctl on the captured graph):
 *	kc64-<drv> check DIR ABI	each case: set up, load the saved image at
 *				the same address, run the generated compat thunk,
 *				compare with .k byte for byte
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <unistd.h>

#include "kc.h"

#ifdef KC_THUNK
#include KC_COMPAT_H	/* "kc<drv>_compat.h" */
extern const struct kc_driver KC_THUNK;
#endif

struct kc_rec {
	uint32_t magic, abi;
	uint64_t cmd, arg;
	int64_t ret;
	int32_t err, pad;
};

#define KC_MAGIC 0x6b63696dU

int kc_fd = -1;

int kc_open(const char *path, int flags)
{
	kc_fd = open(path, flags);
	return kc_fd;
}

static unsigned char *img(void)
{
	void *p = mmap(KC_PTR(KC_BASE), KC_SIZE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);

	if (p == MAP_FAILED) {
		perror("kc: mmap");
		exit(2);
	}
	return p;
}

static void __attribute__((unused)) pattern(unsigned char *m)
{
	for (unsigned long i = 0; i < KC_SIZE; i++)
		m[i] = (unsigned char)(0xa5 ^ (i * 7));
}

static void path_of(char *buf, size_t n, const char *dir, const char *drv,
		    const struct kc_case *c, const char *ext)
{
	snprintf(buf, n, "%s/%s.%s.%s.%s", dir, drv, c->ioctl, c->name, ext);
}

static int __attribute__((unused)) save(const char *path, const struct kc_rec *r, const unsigned char *m)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(r, sizeof(*r), 1, f) != 1 || fwrite(m, KC_SIZE, 1, f) != 1) {
		perror(path);
		exit(2);
	}
	return fclose(f);
}

static int __attribute__((unused)) load(const char *path, struct kc_rec *r, unsigned char *m)
{
	FILE *f = fopen(path, "rb");
	int ok;

	if (!f)
		return -1;
	ok = fread(r, sizeof(*r), 1, f) == 1 && fread(m, KC_SIZE, 1, f) == 1 &&
	     r->magic == KC_MAGIC;
	fclose(f);
	return ok ? 0 : -1;
}

/* every fd the case made (the device, fds an ioctl returned) */
static void finish(const struct kc_case *c)
{
	for (int fd = 3; fd < 256; fd++)
		close(fd);
	kc_fd = -1;
	if (c->teardown)
		c->teardown();
}

#ifndef KC_THUNK
static const struct kc_driver *drivers[] = { &kc_drm, &kc_v4l2, &kc_uinput, &kc_input, &kc_dm,
						 &kc_loop };

static int run(const char *dir)
{
	unsigned char *m = img();
	char path[512];
#if defined(__x86_64__) && defined(__ILP32__)
	int abi = 2;	/* x32: enum kh_layout_abi */
#else
	int abi = 1;	/* i386 */
#endif
	for (unsigned int d = 0; d < sizeof(drivers) / sizeof(drivers[0]); d++) {
		const struct kc_driver *drv = drivers[d];

		for (int i = 0; i < drv->ncases; i++) {
			const struct kc_case *c = &drv->cases[i];
			struct kc_call k = { 0, KC_ARG };
			struct kc_rec r = { KC_MAGIC, (uint32_t)abi, 0, 0, 0, 0, 0 };

			if (c->setup() < 0) {
				printf("KCOMPAT SETUP-FAIL %s %s %s: %s\n", drv->name, c->ioctl,
				       c->name, strerror(errno));
				finish(c);
				continue;
			}
			pattern(m);
			c->build(&k);
			r.cmd = k.cmd;
			r.arg = k.arg;
			path_of(path, sizeof(path), dir, drv->name, c, "in");
			save(path, &r, m);
			errno = 0;
			mprotect(KC_PTR(KC_RO), 0x1000, PROT_READ);
			r.ret = ioctl(kc_fd, k.cmd, k.arg);
			r.err = r.ret < 0 ? errno : 0;
			mprotect(KC_PTR(KC_RO), 0x1000, PROT_READ | PROT_WRITE);
			path_of(path, sizeof(path), dir, drv->name, c, "k");
			save(path, &r, m);
			finish(c);
		}
	}
	return 0;
}
#else
static int check(const char *dir, const char *abiname, const char *kver)
{
	const struct kc_driver *drv = &KC_THUNK;
	unsigned char *m = img();
	unsigned char *want = malloc(KC_SIZE);
	char path[512];
	int abi = !strcmp(abiname, "ia32") ? 1 : 2;	/* the generated *_LAYOUT_IA32, _X32 */
	int total = 0, same = 0, miss = 0;
	const char *last = NULL;
	int ncase = 0, nsame = 0;

	for (int i = 0; i <= drv->ncases; i++) {
		const struct kc_case *c = i < drv->ncases ? &drv->cases[i] : NULL;
		struct kc_rec in, k, t;
		long ret;
		int diff = 0;

		if (last && (!c || strcmp(c->ioctl, last))) {
			printf("KCOMPAT-SUM %s %s %s %s cases %d identical %d\n", kver, abiname,
			       drv->name, last, ncase, nsame);
			ncase = nsame = 0;
		}
		if (!c)
			break;
		last = c->ioctl;
		ncase++;
		total++;
		path_of(path, sizeof(path), dir, drv->name, c, "k");
		if (load(path, &k, want)) {
			printf("KCOMPAT %s %s %s %s %s MISSING\n", kver, abiname, drv->name,
			       c->ioctl, c->name);
			miss++;
			continue;
		}
		path_of(path, sizeof(path), dir, drv->name, c, "in");
		if (load(path, &in, m) || (int)in.abi != abi) {
			printf("KCOMPAT %s %s %s %s %s MISSING\n", kver, abiname, drv->name,
			       c->ioctl, c->name);
			miss++;
			continue;
		}
		if (c->setup() < 0) {
			printf("KCOMPAT %s %s %s %s %s SETUP-FAIL %s\n", kver, abiname, drv->name,
			       c->ioctl, c->name, strerror(errno));
			finish(c);
			continue;
		}
		mprotect(KC_PTR(KC_RO), 0x1000, PROT_READ);
		ret = KC_CALL(kc_fd, abi, (unsigned int)in.cmd, KC_PTR(in.arg));
		mprotect(KC_PTR(KC_RO), 0x1000, PROT_READ | PROT_WRITE);
		finish(c);
		t = in;
		t.ret = ret < 0 ? -1 : ret;
		t.err = ret < 0 ? (int)-ret : 0;
		printf("KCOMPAT %s %s %s %s %s ", kver, abiname, drv->name, c->ioctl, c->name);
		if (t.ret != k.ret || t.err != k.err) {
			printf("DIFF ret kernel %lld/%s thunk %lld/%s", (long long)k.ret,
			       k.err ? strerror(k.err) : "0", (long long)t.ret,
			       t.err ? strerror(t.err) : "0");
			diff = 1;
		}
		for (unsigned long o = 0; o < KC_SIZE; o++) {
			if (m[o] == want[o])
				continue;
			if (!diff)
				printf("DIFF");
			printf(" byte +0x%lx kernel %02x thunk %02x", o, want[o], m[o]);
			if (++diff > 6)
				break;
		}
		if (!diff) {
			printf("SAME ret %lld errno %d\n", (long long)t.ret, t.err);
			same++;
			nsame++;
		} else {
			printf("\n");
		}
	}
	printf("KCOMPAT-TOTAL %s %s %s cases %d identical %d missing %d\n", kver, abiname,
	       drv->name, total, same, miss);
	return same == total ? 0 : 1;
}
#endif

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
#ifndef KC_THUNK
	if (argc == 3 && !strcmp(argv[1], "run"))
		return run(argv[2]);
	fprintf(stderr, "usage: %s run DIR\n", argv[0]);
#else
	if (argc == 5 && !strcmp(argv[1], "check"))
		return check(argv[2], argv[3], argv[4]);
	fprintf(stderr, "usage: %s check DIR ia32|x32 KVER\n", argv[0]);
#endif
	return 2;
}
