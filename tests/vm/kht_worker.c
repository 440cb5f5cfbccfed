// SPDX-License-Identifier: GPL-2.0
/*
 * A forked worker of the test's ABI: the suites that need a worker of
 * their own (kht_surface.c, kht_send.c) start and stop it the same way.
 */
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include "kht.h"
#include "kht_worker.h"

pid_t kht_worker_start(const char *queue, const char *url, kht_serve_fn *serve)
{
	static char buf[65536] __attribute__((aligned(8)));
	struct kh_queue_args q = { .flags = KH_QUEUE_CREATE | KH_QUEUE_OPEN, .name = queue,
				   .name_length = strlen(queue) };
	struct kh_url_args u = { .url = url, .url_length = strlen(url) };
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC);
	pid_t pid;

	if (fd < 0 || ioctl(fd, KH_IOC_QUEUE, &q) || ioctl(fd, KH_IOC_ADD_URL, &u))
		return -1;
	pid = fork();
	if (pid) {
		close(fd);
		return pid;
	}
	for (;;) {
		struct kh_receive_request_args rr = { .buffer_length = sizeof(buf),
						      .buffer = (void *)buf };

		if (ioctl(fd, KH_IOC_RECEIVE_REQUEST, &rr))
			_exit(1);
		serve(fd, (void *)buf, rr.request_id);
	}
}

void kht_worker_stop(pid_t *pid, const char *queue, const char *url)
{
	struct kh_queue_args q = { .flags = KH_QUEUE_OPEN, .name = queue,
				   .name_length = strlen(queue) };
	struct kh_url_args u = { .url = url, .url_length = strlen(url) };
	int fd;

	if (*pid <= 0)
		return;
	kill(*pid, SIGKILL);
	waitpid(*pid, NULL, 0);
	*pid = 0;
	fd = open(KHT_DEV, O_RDWR | O_CLOEXEC);
	if (fd >= 0 && !ioctl(fd, KH_IOC_QUEUE, &q))
		ioctl(fd, KH_IOC_REMOVE_URL, &u);
	close(fd);
}

void kht_mem_chunk(struct kh_data_chunk *c, const void *p, size_t n)
{
	*c = (struct kh_data_chunk){ .type = KH_CHUNK_FROM_MEMORY };
	c->u.memory.buffer = (void *)p;
	c->u.memory.length = n;
}

void kht_file_chunk(struct kh_data_chunk *c, int fd, __u64 start, __u64 length)
{
	*c = (struct kh_data_chunk){ .type = KH_CHUNK_FROM_FILE };
	c->u.file.fd = fd;
	c->u.file.range.start = start;
	c->u.file.range.length = length;
}

/* every tenant's counters: the administrator's step */
static int stats_admin(char *buf, size_t len)
{
	struct kh_stats_args a = { .counter_count = KH_STAT_COUNT, .counters = (__u64 *)buf };
	int fd = open(KHT_DEV, O_RDWR | O_CLOEXEC), rc;

	if (len != KH_STAT_COUNT * sizeof(__u64))
		return -1;
	rc = ioctl(fd, KH_IOC_STATS, &a);
	close(fd);
	return rc || a.counters_returned != KH_STAT_COUNT;
}

KHT_ADMIN_STEP(stats_admin);

int kht_stats(__u64 *c)
{
	return kht_admin_run(stats_admin, (char *)c, KH_STAT_COUNT * sizeof(*c));
}
