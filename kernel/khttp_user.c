// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: what one user holds, capped per user (effective uid): queues
 * created and ports opened. A user's entry exists while it holds any.
 */
#include <linux/cred.h>
#include <linux/hashtable.h>
#include <linux/module.h>
#include <linux/slab.h>
#include "khttp_internal.h"

static unsigned int max_queues_per_user = 256;
module_param(max_queues_per_user, uint, 0644);
MODULE_PARM_DESC(max_queues_per_user, "Queues one user may have at once (default 256)");

static unsigned int max_ports_per_user = 64;
module_param(max_ports_per_user, uint, 0644);
MODULE_PARM_DESC(max_ports_per_user, "Listening ports one user's URL prefixes may open (default 64)");

struct khttp_user {
	struct hlist_node node;
	kuid_t uid;
	unsigned int n[KHTTP_USER_NCOUNT];
};

static DEFINE_HASHTABLE(khttp_users, 6);
static DEFINE_SPINLOCK(khttp_users_lock);

static unsigned int user_cap(enum khttp_user_count k)
{
	return k == KHTTP_USER_QUEUES ? READ_ONCE(max_queues_per_user) :
	       READ_ONCE(max_ports_per_user);
}

/* under khttp_users_lock */
static struct khttp_user *user_find(kuid_t uid)
{
	struct khttp_user *u;

	hash_for_each_possible(khttp_users, u, node, __kuid_val(uid))
		if (uid_eq(u->uid, uid))
			return u;
	return NULL;
}

/**
 * khttp_user_charge() - charge one object to a user
 * @uid: the user
 * @k: which kind of object
 *
 * One more k for uid: -EDQUOT beyond its cap
 *
 * Return: 0, or -EDQUOT beyond the user's cap
 */
int khttp_user_charge(kuid_t uid, enum khttp_user_count k)
{
	struct khttp_user *u, *fresh = kzalloc(sizeof(*fresh), GFP_KERNEL_ACCOUNT);
	int err = 0;

	spin_lock(&khttp_users_lock);
	u = user_find(uid);
	if (!u && fresh) {
		u = fresh;
		fresh = NULL;
		u->uid = uid;
		hash_add(khttp_users, &u->node, __kuid_val(uid));
	}
	if (!u)
		err = -ENOMEM;
	else if (u->n[k] >= user_cap(k))
		err = -EDQUOT;
	else
		u->n[k]++;
	if (err && u && !u->n[KHTTP_USER_QUEUES] && !u->n[KHTTP_USER_PORTS]) {
		hash_del(&u->node);
		fresh = u;
	}
	spin_unlock(&khttp_users_lock);
	kfree(fresh);
	return err;
}

/**
 * khttp_user_uncharge() - give back what khttp_user_charge() charged
 * @uid: the user
 * @k: which kind of object
 */
void khttp_user_uncharge(kuid_t uid, enum khttp_user_count k)
{
	struct khttp_user *u;

	spin_lock(&khttp_users_lock);
	u = user_find(uid);
	if (!WARN_ON_ONCE(!u || !u->n[k]) && !--u->n[k] && !u->n[!k]) {
		hash_del(&u->node);
		kfree(u);
	}
	spin_unlock(&khttp_users_lock);
}
