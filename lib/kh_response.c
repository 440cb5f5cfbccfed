// SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT
/* libkhttp: the response builder's life, status line, flags and cache policy. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "kh_response.h"

char *kh_strdup(const char *s, int *err)
{
	char *d;

	if (!s)
		return NULL;
	d = strdup(s);
	if (!d)
		*err = -ENOMEM;
	return d;
}

static void response_init(struct khttp_response *r)
{
	memset(&r->resp, 0, sizeof(r->resp));
	r->resp.version.major = 1;
	r->resp.version.minor = 1;
	r->resp.status_code = 200;
	r->resp.headers.unknown_headers = r->unknown;
	r->resp.entity_chunks = r->chunks;
	r->has_policy = false;
	memset(&r->policy, 0, sizeof(r->policy));
}

KH_API khttp_response *khttp_response_new(void)
{
	struct khttp_response *r = calloc(1, sizeof(*r));

	if (r)
		response_init(r);
	return r;
}

KH_API void khttp_response_reset(khttp_response *r)
{
	if (!r)
		return;
	kh_response_free_headers(r);
	kh_response_free_chunks(r);
	free(r->reason);
	r->reason = NULL;
	response_init(r);	/* the arrays stay allocated for the next response */
}

KH_API void khttp_response_free(khttp_response *r)
{
	if (!r)
		return;
	khttp_response_reset(r);
	free(r->unknown);
	free(r->chunks);
	free(r->chunk_owned);
	free(r);
}

KH_API int khttp_response_set_status(khttp_response *r, unsigned int status,
				     const char *reason)
{
	uint32_t len = 0;
	char *copy;
	int err = 0;

	if (!r || status < 100 || status > 999)
		return -EINVAL;
	if (reason) {
		err = kh_strlen(reason, KH_MAX_REASON, &len);
		if (err)
			return err;
	}
	copy = kh_strdup(reason, &err);
	if (err)
		return err;
	free(r->reason);
	r->reason = copy;
	r->resp.status_code = (__u16)status;
	r->resp.reason = copy;
	r->resp.reason_length = (__u16)len;
	return 0;
}

KH_API int khttp_response_set_flags(khttp_response *r, unsigned int flags)
{
	if (!r || (flags & ~KH_RESPONSE_FLAGS_ALL))
		return -EINVAL;
	r->resp.flags = flags;
	return 0;
}

KH_API int khttp_response_set_cache_policy(khttp_response *r, unsigned int policy,
					   uint32_t seconds)
{
	if (!r || policy > KH_CACHE_TIME_TO_LIVE)
		return -EINVAL;
	r->policy.policy = policy;
	r->policy.seconds_to_live = policy == KH_CACHE_TIME_TO_LIVE ? seconds : 0;
	r->has_policy = policy != KH_CACHE_NONE;
	return 0;
}

KH_API const struct kh_response *khttp_response_view(const khttp_response *r)
{
	return r ? &r->resp : NULL;
}

KH_API const struct kh_cache_policy *khttp_response_policy(const khttp_response *r)
{
	return r && r->has_policy ? &r->policy : NULL;
}

KH_API int khttp_response_send(khttp *h, const khttp_response *r, uint64_t request_id,
			       unsigned int flags, uint32_t *bytes_sent)
{
	if (!r)
		return -EINVAL;
	return khttp_send_response(h, request_id, flags, &r->resp, khttp_response_policy(r),
				   NULL, bytes_sent);
}
