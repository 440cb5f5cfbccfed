/* SPDX-License-Identifier: GPL-2.0 */
/* A forked worker of the test's ABI and the chunks it sends (kht_worker.c). */
#ifndef KHT_WORKER_H
#define KHT_WORKER_H

#include <stddef.h>
#include <sys/types.h>
#include "khttp.h"

typedef void kht_serve_fn(int fd, const struct kh_request *r, __u64 id);

/* a child that takes url's requests from queue (created) and serves them; its pid or -1 */
pid_t kht_worker_start(const char *queue, const char *url, kht_serve_fn *serve);
/* the child goes, and url with it, so the next ABI's run can take the port */
void kht_worker_stop(pid_t *pid, const char *queue, const char *url);

void kht_mem_chunk(struct kh_data_chunk *c, const void *p, size_t n);
void kht_file_chunk(struct kh_data_chunk *c, int fd, __u64 start, __u64 length);
/* the global counters (enum kh_stat) */
int kht_stats(__u64 *c);

#endif /* KHT_WORKER_H */
