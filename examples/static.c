// SPDX-License-Identifier: MIT
/*
 * static: serves the files of a directory. Answers with a file-range chunk
 * (the kernel sends the file itself, no copy through this process) and a
 * cache policy (repeated GETs can be answered from the kernel's cache
 * without waking this worker).
 *	static [-n COUNT] [-t TTL] DIR [URL]   (URL default http://+:8080/)
 * Paths under the prefix map to DIR; a directory gives its index.html;
 * ".." is refused (403); a missing file is 404.
 */
#define _POSIX_C_SOURCE 200809L	/* getopt, sigaction, open_memstream under -std=c11 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>
#include "khttp_api.h"

static volatile sig_atomic_t stop;
/* cleared on the first -EOPNOTSUPP for a file chunk: see send_file() */
static bool kernel_sends_files = true;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static const char *content_type(const char *path)
{
	static const char *const types[][2] = {
		{ ".html", "text/html" }, { ".css", "text/css" },
		{ ".js", "text/javascript" }, { ".txt", "text/plain" },
		{ ".json", "application/json" }, { ".svg", "image/svg+xml" },
		{ ".png", "image/png" }, { ".jpg", "image/jpeg" },
	};
	const char *dot = strrchr(path, '.');
	size_t i;

	for (i = 0; dot && i < sizeof(types) / sizeof(types[0]); i++)
		if (!strcmp(dot, types[i][0]))
			return types[i][1];
	return "application/octet-stream";
}

/* the path of the file under dir for the request's path below the prefix */
static int map_path(const char *dir, const char *prefix_path, const struct kh_request *req,
		    char *out, size_t len)
{
	const char *p = req->cooked_url.abs_path;
	size_t n = req->cooked_url.abs_path_length, skip = strlen(prefix_path);
	struct stat st;

	if (n >= skip && !strncmp(p, prefix_path, skip)) {
		p += skip;
		n -= skip;
	}
	for (size_t i = 0; i + 1 < n; i++)
		if (p[i] == '.' && p[i + 1] == '.')
			return 403;	/* no way out of dir */
	if ((size_t)snprintf(out, len, "%s/%.*s", dir, (int)n, p) >= len)
		return 404;
	if (!stat(out, &st) && S_ISDIR(st.st_mode))
		strncat(out, "/index.html", len - strlen(out) - 1);
	return 0;
}

static int send_error(khttp *h, khttp_response *r, uint64_t id, unsigned int status)
{
	static const char forbidden[] = "forbidden\n", missing[] = "not found\n";

	khttp_response_reset(r);
	khttp_response_set_status(r, status, NULL);
	khttp_response_set_header(r, KH_HEADER_CONTENT_TYPE, "text/plain");
	if (status == 403)
		khttp_response_add_memory(r, forbidden, sizeof(forbidden) - 1);
	else
		khttp_response_add_memory(r, missing, sizeof(missing) - 1);
	return khttp_response_send(h, r, id, 0, NULL);
}

/*
 * Sends the file as a file-range chunk. Until khttp.ko implements file
 * chunks (issue 6) it answers -EOPNOTSUPP: then the library copies the
 * ranges into memory chunks (khttp_response_inline_files) and we send
 * again. We remember that and copy right away for the next requests; the
 * same binary takes the fast path on a module that has it.
 */
static int send_file(khttp *h, khttp_response *r, uint64_t id)
{
	int err = -EOPNOTSUPP;

	if (kernel_sends_files) {
		err = khttp_response_send(h, r, id, 0, NULL);
		if (err == -EOPNOTSUPP) {
			kernel_sends_files = false;
			fprintf(stderr, "static: this khttp.ko has no file chunks yet: "
				"sending copies in memory chunks\n");
		}
	}
	if (err == -EOPNOTSUPP) {
		err = khttp_response_inline_files(r);
		if (!err)
			err = khttp_response_send(h, r, id, 0, NULL);
	}
	return err;
}

static int serve(khttp *h, khttp_response *r, const char *dir, const char *prefix_path,
		 const struct kh_request *req, unsigned int ttl)
{
	char path[4096];
	struct stat st;
	int status = map_path(dir, prefix_path, req, path, sizeof(path)), fd, err;

	if (status)
		return send_error(h, r, req->request_id, status);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		if (fd >= 0)
			close(fd);
		return send_error(h, r, req->request_id, 404);
	}
	khttp_response_reset(r);
	khttp_response_set_header(r, KH_HEADER_CONTENT_TYPE, content_type(path));
	khttp_response_set_header(r, KH_HEADER_SERVER, "khttp-static");
	if (st.st_size)
		khttp_response_add_file(r, fd, 0, (uint64_t)st.st_size);
	if (ttl)
		khttp_response_set_cache_policy(r, KH_CACHE_TIME_TO_LIVE, ttl);
	err = send_file(h, r, req->request_id);
	close(fd);	/* the kernel took its own reference while sending */
	return err;
}

int main(int argc, char **argv)
{
	struct sigaction sa = { .sa_handler = on_signal };
	const char *url = "http://+:8080/", *dir, *prefix_path;
	unsigned int ttl = 60;
	struct kh_request *req;
	khttp_response *resp;
	long left = -1;
	size_t cap = 0;
	void *buf = NULL;
	int err, added, opt;
	khttp *h;

	while ((opt = getopt(argc, argv, "n:t:")) != -1) {
		if (opt == 'n') {
			left = atol(optarg);
		} else if (opt == 't') {
			ttl = (unsigned int)atol(optarg);
		} else {
			fprintf(stderr, "usage: static [-n COUNT] [-t TTL] DIR [URL]\n");
			return 2;
		}
	}
	if (optind >= argc) {
		fprintf(stderr, "usage: static [-n COUNT] [-t TTL] DIR [URL]\n");
		return 2;
	}
	dir = argv[optind];
	if (optind + 1 < argc)
		url = argv[optind + 1];
	/* the prefix's path: what follows scheme://host[:port] */
	prefix_path = strstr(url, "://");
	prefix_path = prefix_path ? strchr(prefix_path + 3, '/') : NULL;
	if (!prefix_path)
		prefix_path = "/";
	err = khttp_open(&h, 0);
	if (!err)
		err = khttp_queue_create(h, "static", NULL);
	if (err) {
		fprintf(stderr, "static: %s: %s\n", KHTTP_DEVICE, khttp_strerror(err));
		return 1;
	}
	err = khttp_add_url(h, url, 0);
	added = !err;
	if (err && err != -EEXIST) {
		fprintf(stderr, "static: add %s: %s\n", url, khttp_strerror(err));
		return 1;
	}
	resp = khttp_response_new();
	if (!resp)
		return 1;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	printf("static: serving %s on %s\n", dir, url);
	fflush(stdout);
	while (!stop && left != 0) {
		err = khttp_receive_request(h, 0, &buf, &cap, &req);
		if (err == -EINTR)
			continue;
		if (err) {
			fprintf(stderr, "static: receive: %s\n", khttp_strerror(err));
			if (khttp_receive_fatal(err))
				break;
			/* a passing shortage: not a spin */
			nanosleep(&(struct timespec){ .tv_nsec = 10000000 }, NULL);
			continue;
		}
		err = serve(h, resp, dir, prefix_path, req, ttl);
		if (err)
			fprintf(stderr, "static: send: %s\n", khttp_strerror(err));
		if (left > 0)
			left--;
	}
	if (added)
		khttp_remove_url(h, url);
	khttp_response_free(resp);
	free(buf);
	khttp_close(h);
	return err && err != -EINTR ? 1 : 0;
}
