/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/host: the calling task's namespaces, as khttp_caller_net() reads
 * them (current->nsproxy->net_ns). url_env.c points it at its namespace.
 */
#ifndef KSHIM_LINUX_NSPROXY_H
#define KSHIM_LINUX_NSPROXY_H

struct net;

struct nsproxy {
	struct net *net_ns;
};

struct task_struct {
	struct nsproxy *nsproxy;
};

extern struct task_struct kshim_task;
#define current (&kshim_task)

#endif
