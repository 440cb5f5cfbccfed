// SPDX-License-Identifier: GPL-2.0
/*
 * The memory worker's bodies: each file read once, on its first request,
 * then answered from memory, as a `hello` worker answers from a constant.
 * A linear table: the bench has about a hundred files.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "khb.h"

#define KHB_MAX_FILES	256

static struct { char *path; char *data; size_t len; } files[KHB_MAX_FILES];
static int nfiles;

static int load(const char *root, const char *path)
{
	char full[512];
	struct stat st;
	int fd;
	char *data;

	snprintf(full, sizeof(full), "%s%s", root, path);
	fd = open(full, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) || nfiles == KHB_MAX_FILES)
		goto fail;
	data = malloc(st.st_size + 1);
	if (!data || read(fd, data, st.st_size) != st.st_size)
		goto fail;
	close(fd);
	files[nfiles].path = strdup(path);
	files[nfiles].data = data;
	files[nfiles].len = st.st_size;
	return nfiles++;
fail:
	if (fd >= 0)
		close(fd);
	return -1;
}

int khb_body(const char *root, const char *path, const char **body, size_t *len)
{
	int i;

	for (i = 0; i < nfiles; i++)
		if (!strcmp(files[i].path, path))
			break;
	if (i == nfiles && (i = load(root, path)) < 0)
		return -1;
	*body = files[i].data;
	*len = files[i].len;
	return 0;
}
