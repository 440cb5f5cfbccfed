// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host: what khttp_url.c calls in other kernel/ files, for the host
 * tests of the URL registry and router: one network namespace per test
 * setting, a caller with kshim_uid/kshim_gid, listeners that always open.
 */
#include "kshim.h"
#include "khttp_internal.h"
#include "url_env.h"

unsigned int kshim_uid = 1000, kshim_gid = 1000;
struct net url_env_net = { .net_cookie = 1 };
bool url_env_admin;
int url_env_listeners, url_env_flushes;

static char listener;

static struct nsproxy url_env_ns = { .net_ns = &url_env_net };
struct task_struct kshim_task = { .nsproxy = &url_env_ns };	/* current */

bool khttp_net_admin(struct net *net)
{
	return url_env_admin;
}

struct khttp_listener *khttp_listener_get(struct net *net, const struct khttp_addr *addr,
					  u16 port, int *err)
{
	url_env_listeners++;
	return (struct khttp_listener *)&listener;
}

void khttp_listener_put(struct khttp_listener *l)
{
	url_env_listeners--;
}

int khttp_cache_flush(const struct khttp_cache_scope *s, const char *prefix, size_t len, bool path)
{
	url_env_flushes++;
	return 0;
}

void khttp_queue_put(struct khttp_queue *q)
{
	q->ref.refcount--;
}

void khttp_listeners_list(struct khttp_admin_list *l)
{
}

struct kh_admin_entry *khttp_admin_next(struct khttp_admin_list *l)
{
	return NULL;
}

void khttp_admin_name(struct kh_admin_entry *e, const char *s, size_t len)
{
}

