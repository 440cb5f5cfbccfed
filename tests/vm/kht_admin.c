// SPDX-License-Identifier: GPL-2.0
/*
 * KH_IOC_ADMIN_LIST (khttpctl show): a queue, its prefix, its port and its
 * worker (this process, this ABI) are listed; paging by start; a bad
 * entries pointer is -EFAULT, an unknown kind -EINVAL.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "kht.h"

#define ADM_PORT	8093
#define ADM_URL		"http://*:8093/adm-" KHT_ABI_NAME "/"
#define ADM_QUEUE	"adm-" KHT_ABI_NAME

/* one KH_IOC_ADMIN_LIST call and the entries it wrote */
struct adm_call {
	struct kh_admin_list_args a;
	struct kh_admin_entry ents[KH_MAX_ADMIN_ENTRIES];
};

static struct adm_call adm_call;
static struct kh_admin_entry *const adm_ents = adm_call.ents;

/* khttpctl show: the administrator's step */
static int adm_list_admin(char *buf, size_t len)
{
	struct adm_call *c = (struct adm_call *)buf;
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC), rc;

	if (len != sizeof(*c) || fd < 0)
		return -1;
	c->a.entries = c->ents;
	rc = ioctl(fd, KH_IOC_ADMIN_LIST, &c->a);
	close(fd);
	return rc;
}

KHT_ADMIN_STEP(adm_list_admin);

/* every entry of kind (up to KH_MAX_ADMIN_ENTRIES); -1 on an error */
static int adm_list(__u32 kind, __u32 start)
{
	memset(&adm_call, 0xa5, sizeof(adm_call));
	adm_call.a = (struct kh_admin_list_args){
		.kind = kind, .start = start, .entry_count = KH_MAX_ADMIN_ENTRIES,
	};
	if (kht_admin_run(adm_list_admin, (char *)&adm_call, sizeof(adm_call)))
		return -1;
	return adm_call.a.entries_returned;
}

static const struct kh_admin_entry *adm_find(int n, const char *name, __u32 port)
{
	int i;

	for (i = 0; i < n; i++)
		if ((!name || !strcmp(adm_ents[i].name, name)) &&
		    (!port || adm_ents[i].port == port))
			return &adm_ents[i];
	return NULL;
}

static int t_admin_list(char *why, size_t len)
{
	int fd = kht_bound_fd(ADM_QUEUE, ADM_URL), n, rc = -1;
	const struct kh_admin_entry *e;
	__u64 qid;

	if (fd < 0)
		return kht_fail(why, len, "bind: %s", strerror(errno));
	n = adm_list(KH_ADMIN_QUEUE, 0);
	e = n < 0 ? NULL : adm_find(n, ADM_QUEUE, 0);
	if (!e || e->kind != KH_ADMIN_QUEUE || e->id == 0) {
		kht_fail(why, len, "queue not listed (%d, %s)", n, strerror(errno));
		goto out;
	}
	qid = e->id;
	n = adm_list(KH_ADMIN_URL, 0);
	e = n < 0 ? NULL : adm_find(n, ADM_URL, 0);
	if (!e || e->queue_id != qid || e->port != ADM_PORT) {
		kht_fail(why, len, "prefix not listed with its queue and port");
		goto out;
	}
	n = adm_list(KH_ADMIN_LISTENER, 0);
	if (n < 0 || !adm_find(n, NULL, ADM_PORT)) {
		kht_fail(why, len, "port %d not listed", ADM_PORT);
		goto out;
	}
	n = adm_list(KH_ADMIN_WORKER, 0);
	e = n < 0 ? NULL : adm_find(n, ADM_QUEUE, 0);
	if (!e || e->pid != (__u32)getpid() || e->abi != KHT_ABI || e->queue_id != qid) {
		kht_fail(why, len, "worker not listed with pid %d, abi %d", (int)getpid(),
			 KHT_ABI);
		goto out;
	}
	rc = 0;
out:
	kht_unbind(fd, ADM_URL);
	return rc;
}

/* start past the end: nothing returned, the total still right */
static int t_admin_page_admin(char *why, size_t len)
{
	struct kh_admin_list_args a = {
		.kind = KH_ADMIN_QUEUE, .start = 1000, .entry_count = 1, .entries = adm_ents,
	};
	int fd = kht_bound_fd(ADM_QUEUE, NULL), rc = 0;

	if (fd < 0)
		return kht_fail(why, len, "bind: %s", strerror(errno));
	if (ioctl(fd, KH_IOC_ADMIN_LIST, &a) || a.entries_returned || !a.entries_total)
		rc = kht_fail(why, len, "start 1000: returned %u total %u", a.entries_returned,
			      a.entries_total);
	close(fd);
	return rc;
}

KHT_ADMIN_STEP(t_admin_page_admin);

/* khttpctl show: the administrator's */
static int t_admin_page(char *why, size_t len)
{
	return kht_admin_run(t_admin_page_admin, why, len);
}

/* a bad entries pointer is -EFAULT, an unknown kind -EINVAL, nothing written */
static int t_admin_bad_admin(char *why, size_t len)
{
	struct kh_admin_list_args a = {
		.kind = KH_ADMIN_QUEUE, .entry_count = 4, .entries = (void *)16,
		.entries_returned = 77,
	};
	int fd = kht_bound_fd(ADM_QUEUE, NULL), rc = 0;

	if (fd < 0)
		return kht_fail(why, len, "bind: %s", strerror(errno));
	if (ioctl(fd, KH_IOC_ADMIN_LIST, &a) != -1 || errno != EFAULT || a.entries_returned != 77)
		rc = kht_fail(why, len, "bad pointer: errno %d, returned %u", errno,
			      a.entries_returned);
	a.entries = adm_ents;
	a.kind = KH_ADMIN_KIND_MAX;
	if (!rc && (ioctl(fd, KH_IOC_ADMIN_LIST, &a) != -1 || errno != EINVAL))
		rc = kht_fail(why, len, "unknown kind: errno %d", errno);
	close(fd);
	return rc;
}

KHT_ADMIN_STEP(t_admin_bad_admin);

/* khttpctl show: the administrator's */
static int t_admin_bad(char *why, size_t len)
{
	return kht_admin_run(t_admin_bad_admin, why, len);
}

const struct kht_test kht_admin_tests[] = {
	{ "admin_list", t_admin_list },
	{ "admin_page", t_admin_page },
	{ "admin_bad", t_admin_bad },
};

const size_t kht_nadmin_tests = KHT_ARRAY_SIZE(kht_admin_tests);
