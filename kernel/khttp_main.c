// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: module init/exit and the /dev/khttp misc device.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/bug.h>
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/poll.h>
#include <linux/slab.h>
#include <net/net_namespace.h>
#include "khttp_internal.h"

struct workqueue_struct *khttp_wq;

static bool inject_warn;
module_param(inject_warn, bool, 0444);
MODULE_PARM_DESC(inject_warn,
		 "Test only: WARN_ON at load (negative self-test of tools/vm)");

static int khttp_open(struct inode *inode, struct file *file)
{
	struct khttp_file *kf = kzalloc(sizeof(*kf), GFP_KERNEL_ACCOUNT);
	struct net *net = khttp_caller_net();

	if (!kf)
		return -ENOMEM;
	kf->file = file;
	kf->net_cookie = net->net_cookie;
	kf->nstats = khttp_netstats_get(net);
	spin_lock_init(&kf->out_lock);
	file->private_data = kf;
	khttp_admin_open(kf);
	return nonseekable_open(inode, file);
}

static int khttp_release(struct inode *inode, struct file *file)
{
	struct khttp_file *kf = file->private_data;

	khttp_admin_release(kf);
	khttp_file_release_reqs(kf);
	khttp_file_out_release(kf);
	khttp_netstats_put(kf->nstats);
	kfree(kf);
	return 0;
}

/*
 * The access log: one line per answered request, consumed by reading. On
 * a file attached to a queue, that queue's log: its owner's or a
 * grantee's, checked when the file was attached. Else the global log: it
 * holds every tenant's URLs, an administrator's, as the opener's
 * credentials say (a read() must not trust the reader's).
 */
static ssize_t khttp_read(struct file *file, char __user *buf, size_t count,
			  loff_t *pos)
{
	struct khttp_file *kf = file->private_data;
	struct khttp_queue *q = READ_ONCE(kf->queue);	/* bound: the file's reference */

	if (q)
		return khttp_log_read(q->log, buf, count);
	if (!file_ns_capable(file, &init_user_ns, CAP_NET_ADMIN))
		return -EPERM;
	return khttp_log_read(NULL, buf, count);
}

static __poll_t khttp_poll(struct file *file, poll_table *wait)
{
	struct khttp_file *kf = file->private_data;
	__poll_t mask = khttp_queue_poll(kf, file, wait);

	if (!(mask & EPOLLERR))	/* room for output: khttp_conn.c */
		mask |= khttp_conn_out_poll(kf, file, wait);
	return mask;
}

static const struct file_operations khttp_fops = {
	.owner		= THIS_MODULE,
	.open		= khttp_open,
	.release	= khttp_release,
	.poll		= khttp_poll,
	.read		= khttp_read,
	.unlocked_ioctl	= khttp_unlocked_ioctl,
#ifdef CONFIG_COMPAT
	.compat_ioctl	= khttp_compat_ioctl,
#endif
};

static struct miscdevice khttp_misc = {
	.minor	= MISC_DYNAMIC_MINOR,
	.name	= "khttp",
	.fops	= &khttp_fops,
};

/*
 * A network namespace comes: its counters (KH_STATS_NET). It goes: its
 * prefixes, reservations and listeners, its connections and its cache
 * entries go first (nothing of ours holds a count on it), then its counters
 * (its last connection frees them).
 */
static void __net_exit khttp_net_exit(struct net *net)
{
	struct khttp_cache_scope s = { .net = net->net_cookie };

	khttp_urls_net_exit(net);
	khttp_conns_net_exit(net);
	khttp_cache_flush(&s, "", 0, false);
	khttp_netstats_exit(net);	/* freed with its last connection */
}

static struct pernet_operations khttp_net_ops = {
	.init = khttp_netstats_init,
	.exit = khttp_net_exit,
	.id = &khttp_net_id,
	.size = sizeof(struct khttp_net),
};

static int __init khttp_init(void)
{
	int ret;

	WARN_ON(inject_warn);

	/* unbound: a connection's work may sleep in a worker's copy or alloc */
	khttp_wq = alloc_workqueue("khttp", WQ_UNBOUND | WQ_MEM_RECLAIM, 0);
	if (!khttp_wq)
		return -ENOMEM;
	ret = register_pernet_subsys(&khttp_net_ops);
	if (ret) {
		destroy_workqueue(khttp_wq);
		return ret;
	}
	ret = misc_register(&khttp_misc);
	if (ret) {
		pr_err("misc_register failed: %d\n", ret);
		unregister_pernet_subsys(&khttp_net_ops);
		destroy_workqueue(khttp_wq);
		return ret;
	}
	pr_info("version %u.%u.%u loaded\n", KH_VERSION_MAJOR,
		KH_VERSION_MINOR, KH_VERSION_PATCH);
	return 0;
}

/* no file is open (each holds the module): ports, connections, queues go */
static void __exit khttp_exit(void)
{
	misc_deregister(&khttp_misc);
	unregister_pernet_subsys(&khttp_net_ops);	/* each namespace's exit */
	khttp_urls_exit();
	khttp_conns_exit();
	khttp_queues_exit();
	khttp_cache_exit();
	destroy_workqueue(khttp_wq);
	pr_info("unloaded\n");
}

module_init(khttp_init);
module_exit(khttp_exit);

MODULE_DESCRIPTION("khttp: an in-kernel HTTP request queue driven by ioctls");
MODULE_LICENSE("GPL");
