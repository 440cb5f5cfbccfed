/* SPDX-License-Identifier: GPL-2.0 */
/* tests/host: the environment of khttp_url.c on the host (url_env.c) */
#ifndef URL_ENV_H
#define URL_ENV_H

extern unsigned int kshim_uid, kshim_gid;
extern struct net url_env_net;
extern bool url_env_admin;
extern int url_env_listeners, url_env_flushes;

#endif
