// SPDX-License-Identifier: GPL-2.0
/* tests/host: reads the cases of tests/conformance/cases (see cases.h) */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cases.h"

/* \r \n \t \0 \\ \s \xHH; returns the length */
static size_t unescape(const char *s, char *out)
{
	size_t n = 0;

	while (*s) {
		if (*s != '\\' || !s[1]) {
			out[n++] = *s++;
			continue;
		}
		s++;
		switch (*s) {
		case 'r': out[n++] = '\r'; break;
		case 'n': out[n++] = '\n'; break;
		case 't': out[n++] = '\t'; break;
		case '0': out[n++] = '\0'; break;
		case 's': out[n++] = ' '; break;
		case 'x': {
			char h[3] = { s[1], s[1] ? s[2] : 0, 0 };

			out[n++] = (char)strtoul(h, NULL, 16);
			s += 2;
			break;
		}
		default: out[n++] = *s; break;
		}
		s++;
	}
	return n;
}

static int load_file(const char *path, const char *base, struct hcase **all, int *n, int *cap)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t lcap = 0;
	ssize_t len;
	struct hcase *c = NULL;

	if (!f)
		return -1;
	while ((len = getline(&line, &lcap, f)) >= 0) {
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = 0;
		if (!strncmp(line, "case ", 5)) {
			if (*n == *cap) {
				*cap = *cap ? *cap * 2 : 256;
				*all = realloc(*all, *cap * sizeof(**all));
			}
			c = &(*all)[(*n)++];
			memset(c, 0, sizeof(*c));
			c->status = -1;
			snprintf(c->name, sizeof(c->name), "%.127s", line + 5);
			snprintf(c->file, sizeof(c->file), "%.63s", base);
		} else if (!c) {
			continue;
		} else if (!strncmp(line, "req ", 4)) {
			c->req = realloc(c->req, c->req_len + len);
			c->req_len += unescape(line + 4, c->req + c->req_len);
		} else if (!strncmp(line, "status ", 7)) {
			c->status = atoi(line + 7);
			c->incomplete = strstr(line, "incomplete") != NULL;
		} else if (!strncmp(line, "prime ", 6)) {
			c->prime = 1;
		} else if (!strncmp(line, "worker ", 7) && c->nworker < CASE_MAX_LINES) {
			c->worker[c->nworker] = malloc(len);
			c->worker_len[c->nworker] = unescape(line + 7, c->worker[c->nworker]);
			c->nworker++;
		}
	}
	free(line);
	fclose(f);
	return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

int cases_load(const char *dir, struct hcase **out)
{
	struct dirent **ents;
	int k, ne, n = 0, cap = 0;
	char path[4096];

	*out = NULL;
	ne = scandir(dir, &ents, NULL, by_name);
	if (ne < 0)
		return -1;
	for (k = 0; k < ne; k++) {
		size_t l = strlen(ents[k]->d_name);

		if (l > 4 && !strcmp(ents[k]->d_name + l - 4, ".txt")) {
			snprintf(path, sizeof(path), "%s/%s", dir, ents[k]->d_name);
			if (load_file(path, ents[k]->d_name, out, &n, &cap) < 0)
				n = -1;
		}
		free(ents[k]);
	}
	free(ents);
	return n;
}

void cases_free(struct hcase *c, int n)
{
	for (int i = 0; i < n; i++) {
		free(c[i].req);
		for (int w = 0; w < c[i].nworker; w++)
			free(c[i].worker[w]);
	}
	free(c);
}
