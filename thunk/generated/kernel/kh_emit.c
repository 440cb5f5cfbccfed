// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Generated from structs/khttp.h by thunkgen; do not edit, run `make gen`.
 * What: measure and emit, kernel -> user buffer, per record and ABI.
 */
#include "kh_thunks.h"

size_t kh_measure_http_version(size_t off, const struct kh_http_version *src __maybe_unused)
{
	return off;
}

void kh_emit_http_version(struct kh_emitter *e __maybe_unused, struct kh_http_version *dst,
			  const struct kh_http_version *src)
{
	dst->major = (__u16)src->major;
	dst->minor = (__u16)src->minor;
}

size_t kh_measure_byte_range(size_t off, const struct kh_byte_range *src __maybe_unused)
{
	return off;
}

void kh_emit_byte_range(struct kh_emitter *e __maybe_unused, struct kh_byte_range *dst,
			const struct kh_byte_range *src)
{
	dst->start = (__u64)src->start;
	dst->length = (__u64)src->length;
}

size_t kh_measure_known_header(size_t off, const struct kh_known_header *src)
{
	off = kh_measure_string(off, src->value, src->value_length);
	return off;
}

void kh_emit_known_header(struct kh_emitter *e, struct kh_known_header *dst,
			  const struct kh_known_header *src)
{
	dst->value_length = (__u16)src->value_length;
	kh_emit_string(e, &dst->value, sizeof(dst->value), &dst->value_length,
		       sizeof(dst->value_length), src->value, src->value_length, 0);
}

size_t kh_measure_unknown_header(size_t off, const struct kh_unknown_header *src)
{
	off = kh_measure_string(off, src->name, src->name_length);
	off = kh_measure_string(off, src->value, src->value_length);
	return off;
}

void kh_emit_unknown_header(struct kh_emitter *e, struct kh_unknown_header *dst,
			    const struct kh_unknown_header *src)
{
	dst->name_length = (__u16)src->name_length;
	dst->value_length = (__u16)src->value_length;
	kh_emit_string(e, &dst->name, sizeof(dst->name), &dst->name_length,
		       sizeof(dst->name_length), src->name, src->name_length, 0);
	kh_emit_string(e, &dst->value, sizeof(dst->value), &dst->value_length,
		       sizeof(dst->value_length), src->value, src->value_length, 0);
}

size_t kh_measure_cooked_url(size_t off, const struct kh_cooked_url *src)
{
	off = kh_measure_string(off, src->full_url, src->full_url_length);
	off = kh_measure_string(off, src->host, src->host_length);
	off = kh_measure_string(off, src->abs_path, src->abs_path_length);
	off = kh_measure_string(off, src->query_string, src->query_string_length);
	return off;
}

void kh_emit_cooked_url(struct kh_emitter *e, struct kh_cooked_url *dst,
			const struct kh_cooked_url *src)
{
	dst->full_url_length = (__u16)src->full_url_length;
	dst->host_length = (__u16)src->host_length;
	dst->abs_path_length = (__u16)src->abs_path_length;
	dst->query_string_length = (__u16)src->query_string_length;
	kh_emit_string(e, &dst->full_url, sizeof(dst->full_url), &dst->full_url_length,
		       sizeof(dst->full_url_length), src->full_url, src->full_url_length, 0);
	kh_emit_string(e, &dst->host, sizeof(dst->host), &dst->host_length,
		       sizeof(dst->host_length), src->host, src->host_length, 0);
	kh_emit_string(e, &dst->abs_path, sizeof(dst->abs_path), &dst->abs_path_length,
		       sizeof(dst->abs_path_length), src->abs_path, src->abs_path_length, 0);
	kh_emit_string(e, &dst->query_string, sizeof(dst->query_string), &dst->query_string_length,
		       sizeof(dst->query_string_length), src->query_string,
		       src->query_string_length, 0);
}

size_t kh_measure_transport_address(size_t off, const struct kh_transport_address *src)
{
	if (src->remote && kh_sockaddr_size(*(const __u16 *)src->remote))
		off += (size_t)(kh_sockaddr_size(*(const __u16 *)src->remote));
	if (src->local && kh_sockaddr_size(*(const __u16 *)src->local))
		off += (size_t)(kh_sockaddr_size(*(const __u16 *)src->local));
	return off;
}

void kh_emit_transport_address(struct kh_emitter *e, struct kh_transport_address *dst,
			       const struct kh_transport_address *src)
{
	if (src->remote && kh_sockaddr_size(*(const __u16 *)src->remote)) {
		char *v = kh_emit_alloc(e, kh_sockaddr_size(*(const __u16 *)src->remote), 1, 1);

		kh_emit_ptr(e, &dst->remote, sizeof(dst->remote), v,
			    (size_t)(kh_sockaddr_size(*(const __u16 *)src->remote)), 0);
		memcpy(v, ((const char *)src->remote),
		       (size_t)(kh_sockaddr_size(*(const __u16 *)src->remote)));
	}
	if (src->local && kh_sockaddr_size(*(const __u16 *)src->local)) {
		char *v = kh_emit_alloc(e, kh_sockaddr_size(*(const __u16 *)src->local), 1, 1);

		kh_emit_ptr(e, &dst->local, sizeof(dst->local), v,
			    (size_t)(kh_sockaddr_size(*(const __u16 *)src->local)), 0);
		memcpy(v, ((const char *)src->local),
		       (size_t)(kh_sockaddr_size(*(const __u16 *)src->local)));
	}
}

size_t kh_measure_request_headers(size_t off, const struct kh_request_headers *src)
{
	if (src->unknown_header_count && src->unknown_headers) {
		off = kh_align_up(off, __alignof__(struct kh_unknown_header));
		off += (size_t)src->unknown_header_count * sizeof(struct kh_unknown_header);
		for (size_t i = 0; i < (size_t)src->unknown_header_count; i++)
			off = kh_measure_unknown_header(off, &src->unknown_headers[i]);
	}
	if (src->trailer_count && src->trailers) {
		off = kh_align_up(off, __alignof__(struct kh_unknown_header));
		off += (size_t)src->trailer_count * sizeof(struct kh_unknown_header);
		for (size_t i = 0; i < (size_t)src->trailer_count; i++)
			off = kh_measure_unknown_header(off, &src->trailers[i]);
	}
	for (unsigned int i0 = 0; i0 < KH_HEADER_REQUEST_MAXIMUM; i0++)
		off = kh_measure_known_header(off, &src->known_headers[i0]);
	return off;
}

void kh_emit_request_headers(struct kh_emitter *e, struct kh_request_headers *dst,
			     const struct kh_request_headers *src)
{
	dst->unknown_header_count = (__u16)src->unknown_header_count;
	if (src->unknown_header_count && src->unknown_headers) {
		struct kh_unknown_header *v = kh_emit_alloc(e, src->unknown_header_count,
							    sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->unknown_headers, sizeof(dst->unknown_headers), v,
			    (size_t)src->unknown_header_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->unknown_header_count, sizeof(dst->unknown_header_count));
		for (size_t i = 0; i < (size_t)src->unknown_header_count; i++)
			kh_emit_unknown_header(e, &v[i], &src->unknown_headers[i]);
	}
	dst->trailer_count = (__u16)src->trailer_count;
	if (src->trailer_count && src->trailers) {
		struct kh_unknown_header *v = kh_emit_alloc(e, src->trailer_count, sizeof(*v),
							    __alignof__(*v));

		kh_emit_ptr(e, &dst->trailers, sizeof(dst->trailers), v,
			    (size_t)src->trailer_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->trailer_count, sizeof(dst->trailer_count));
		for (size_t i = 0; i < (size_t)src->trailer_count; i++)
			kh_emit_unknown_header(e, &v[i], &src->trailers[i]);
	}
	for (unsigned int i0 = 0; i0 < KH_HEADER_REQUEST_MAXIMUM; i0++)
		kh_emit_known_header(e, &dst->known_headers[i0], &src->known_headers[i0]);
}

size_t kh_measure_response_headers(size_t off, const struct kh_response_headers *src)
{
	if (src->unknown_header_count && src->unknown_headers) {
		off = kh_align_up(off, __alignof__(struct kh_unknown_header));
		off += (size_t)src->unknown_header_count * sizeof(struct kh_unknown_header);
		for (size_t i = 0; i < (size_t)src->unknown_header_count; i++)
			off = kh_measure_unknown_header(off, &src->unknown_headers[i]);
	}
	if (src->trailer_count && src->trailers) {
		off = kh_align_up(off, __alignof__(struct kh_unknown_header));
		off += (size_t)src->trailer_count * sizeof(struct kh_unknown_header);
		for (size_t i = 0; i < (size_t)src->trailer_count; i++)
			off = kh_measure_unknown_header(off, &src->trailers[i]);
	}
	for (unsigned int i0 = 0; i0 < KH_HEADER_RESPONSE_MAXIMUM; i0++)
		off = kh_measure_known_header(off, &src->known_headers[i0]);
	return off;
}

void kh_emit_response_headers(struct kh_emitter *e, struct kh_response_headers *dst,
			      const struct kh_response_headers *src)
{
	dst->unknown_header_count = (__u16)src->unknown_header_count;
	if (src->unknown_header_count && src->unknown_headers) {
		struct kh_unknown_header *v = kh_emit_alloc(e, src->unknown_header_count,
							    sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->unknown_headers, sizeof(dst->unknown_headers), v,
			    (size_t)src->unknown_header_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->unknown_header_count, sizeof(dst->unknown_header_count));
		for (size_t i = 0; i < (size_t)src->unknown_header_count; i++)
			kh_emit_unknown_header(e, &v[i], &src->unknown_headers[i]);
	}
	dst->trailer_count = (__u16)src->trailer_count;
	if (src->trailer_count && src->trailers) {
		struct kh_unknown_header *v = kh_emit_alloc(e, src->trailer_count, sizeof(*v),
							    __alignof__(*v));

		kh_emit_ptr(e, &dst->trailers, sizeof(dst->trailers), v,
			    (size_t)src->trailer_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->trailer_count, sizeof(dst->trailer_count));
		for (size_t i = 0; i < (size_t)src->trailer_count; i++)
			kh_emit_unknown_header(e, &v[i], &src->trailers[i]);
	}
	for (unsigned int i0 = 0; i0 < KH_HEADER_RESPONSE_MAXIMUM; i0++)
		kh_emit_known_header(e, &dst->known_headers[i0], &src->known_headers[i0]);
}

size_t kh_measure_data_chunk(size_t off, const struct kh_data_chunk *src)
{
	switch (src->type) {
	case KH_CHUNK_FROM_MEMORY: {
		if (src->u.memory.length && src->u.memory.buffer)
			off += (size_t)src->u.memory.length;
		break;
	}
	case KH_CHUNK_FROM_FILE: {
		break;
	}
	case KH_CHUNK_FROM_FRAGMENT_CACHE: {
		off = kh_measure_string(off, src->u.fragment.name, src->u.fragment.name_length);
		break;
	}
	default:
		break;
	}
	return off;
}

void kh_emit_data_chunk(struct kh_emitter *e, struct kh_data_chunk *dst,
			const struct kh_data_chunk *src)
{
	dst->type = (__u32)src->type;
	switch (src->type) {
	case KH_CHUNK_FROM_MEMORY: {
		if (src->u.memory.length && src->u.memory.buffer) {
			char *v = kh_emit_alloc(e, src->u.memory.length, 1, 1);

			kh_emit_ptr(e, &dst->u.memory.buffer, sizeof(dst->u.memory.buffer), v,
				    (size_t)src->u.memory.length, 0);
			kh_emit_count(e, &dst->u.memory.length, sizeof(dst->u.memory.length));
			memcpy(v, ((const char *)src->u.memory.buffer),
			       (size_t)src->u.memory.length);
		}
		dst->u.memory.length = (__u32)src->u.memory.length;
		break;
	}
	case KH_CHUNK_FROM_FILE: {
		kh_emit_byte_range(e, &dst->u.file.range, &src->u.file.range);
		dst->u.file.fd = (__s32)src->u.file.fd;
		break;
	}
	case KH_CHUNK_FROM_FRAGMENT_CACHE: {
		dst->u.fragment.name_length = (__u16)src->u.fragment.name_length;
		kh_emit_string(e, &dst->u.fragment.name, sizeof(dst->u.fragment.name),
			       &dst->u.fragment.name_length, sizeof(dst->u.fragment.name_length),
			       src->u.fragment.name, src->u.fragment.name_length, 0);
		break;
	}
	default:
		break;
	}
}

size_t kh_measure_request_timing(size_t off, const struct kh_request_timing *src __maybe_unused)
{
	return off;
}

void kh_emit_request_timing(struct kh_emitter *e __maybe_unused, struct kh_request_timing *dst,
			    const struct kh_request_timing *src)
{
	dst->accepted_ns = (__u64)src->accepted_ns;
	dst->headers_parsed_ns = (__u64)src->headers_parsed_ns;
	dst->header_bytes = (__u32)src->header_bytes;
}

size_t kh_measure_request_tcp(size_t off, const struct kh_request_tcp *src __maybe_unused)
{
	return off;
}

void kh_emit_request_tcp(struct kh_emitter *e __maybe_unused, struct kh_request_tcp *dst,
			 const struct kh_request_tcp *src)
{
	dst->rtt_us = (__u32)src->rtt_us;
	dst->mss = (__u32)src->mss;
	dst->bytes_acked = (__u64)src->bytes_acked;
}

size_t kh_measure_request_info(size_t off, const struct kh_request_info *src)
{
	if (src->length && src->info) {
		switch (src->type) {
		case KH_REQUEST_INFO_TIMING: {
			off = kh_align_up(off, __alignof__(struct kh_request_timing));
			off += sizeof(struct kh_request_timing);
			break;
		}
		case KH_REQUEST_INFO_TCP: {
			off = kh_align_up(off, __alignof__(struct kh_request_tcp));
			off += sizeof(struct kh_request_tcp);
			break;
		}
		default:
			break;
		}
	}
	return off;
}

void kh_emit_request_info(struct kh_emitter *e, struct kh_request_info *dst,
			  const struct kh_request_info *src)
{
	dst->type = (__u32)src->type;
	dst->length = (__u32)src->length;
	if (src->length && src->info) {
		switch (src->type) {
		case KH_REQUEST_INFO_TIMING: {
			struct kh_request_timing *v = kh_emit_alloc(e, 1, sizeof(*v),
								    __alignof__(*v));

			kh_emit_ptr(e, &dst->info, sizeof(dst->info), v, sizeof(*v), 0);
			kh_emit_request_timing(e, v, src->info);
			dst->length = sizeof(struct kh_request_timing);
			break;
		}
		case KH_REQUEST_INFO_TCP: {
			struct kh_request_tcp *v = kh_emit_alloc(e, 1, sizeof(*v), __alignof__(*v));

			kh_emit_ptr(e, &dst->info, sizeof(dst->info), v, sizeof(*v), 0);
			kh_emit_request_tcp(e, v, src->info);
			dst->length = sizeof(struct kh_request_tcp);
			break;
		}
		default:
			dst->length = 0;
			break;
		}
	}
}

size_t kh_measure_request(size_t off, const struct kh_request *src)
{
	off = kh_measure_string(off, src->unknown_verb, src->unknown_verb_length);
	off = kh_measure_string(off, src->raw_url, src->raw_url_length);
	off = kh_measure_cooked_url(off, &src->cooked_url);
	off = kh_measure_transport_address(off, &src->address);
	off = kh_measure_request_headers(off, &src->headers);
	if (src->entity_chunk_count && src->entity_chunks) {
		off = kh_align_up(off, __alignof__(struct kh_data_chunk));
		off += (size_t)src->entity_chunk_count * sizeof(struct kh_data_chunk);
		for (size_t i = 0; i < (size_t)src->entity_chunk_count; i++)
			off = kh_measure_data_chunk(off, &src->entity_chunks[i]);
	}
	if (src->request_info_count && src->request_info) {
		off = kh_align_up(off, __alignof__(struct kh_request_info));
		off += (size_t)src->request_info_count * sizeof(struct kh_request_info);
		for (size_t i = 0; i < (size_t)src->request_info_count; i++)
			off = kh_measure_request_info(off, &src->request_info[i]);
	}
	return off;
}

void kh_emit_request(struct kh_emitter *e, struct kh_request *dst, const struct kh_request *src)
{
	dst->flags = (__u32)src->flags;
	dst->connection_id = (__u64)src->connection_id;
	dst->request_id = (__u64)src->request_id;
	dst->url_context = (__u64)src->url_context;
	kh_emit_http_version(e, &dst->version, &src->version);
	dst->verb = (__u32)src->verb;
	dst->unknown_verb_length = (__u16)src->unknown_verb_length;
	dst->raw_url_length = (__u16)src->raw_url_length;
	kh_emit_string(e, &dst->unknown_verb, sizeof(dst->unknown_verb), &dst->unknown_verb_length,
		       sizeof(dst->unknown_verb_length), src->unknown_verb,
		       src->unknown_verb_length, 0);
	kh_emit_string(e, &dst->raw_url, sizeof(dst->raw_url), &dst->raw_url_length,
		       sizeof(dst->raw_url_length), src->raw_url, src->raw_url_length, 0);
	kh_emit_cooked_url(e, &dst->cooked_url, &src->cooked_url);
	kh_emit_transport_address(e, &dst->address, &src->address);
	kh_emit_request_headers(e, &dst->headers, &src->headers);
	dst->bytes_received = (__u64)src->bytes_received;
	dst->entity_chunk_count = (__u16)src->entity_chunk_count;
	if (src->entity_chunk_count && src->entity_chunks) {
		struct kh_data_chunk *v = kh_emit_alloc(e, src->entity_chunk_count, sizeof(*v),
							__alignof__(*v));

		kh_emit_ptr(e, &dst->entity_chunks, sizeof(dst->entity_chunks), v,
			    (size_t)src->entity_chunk_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->entity_chunk_count, sizeof(dst->entity_chunk_count));
		for (size_t i = 0; i < (size_t)src->entity_chunk_count; i++)
			kh_emit_data_chunk(e, &v[i], &src->entity_chunks[i]);
	}
	dst->raw_connection_id = (__u64)src->raw_connection_id;
	dst->request_info_count = (__u16)src->request_info_count;
	if (src->request_info_count && src->request_info) {
		struct kh_request_info *v = kh_emit_alloc(e, src->request_info_count, sizeof(*v),
							  __alignof__(*v));

		kh_emit_ptr(e, &dst->request_info, sizeof(dst->request_info), v,
			    (size_t)src->request_info_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->request_info_count, sizeof(dst->request_info_count));
		for (size_t i = 0; i < (size_t)src->request_info_count; i++)
			kh_emit_request_info(e, &v[i], &src->request_info[i]);
	}
}

size_t kh_measure_multiple_known_headers(size_t off, const struct kh_multiple_known_headers *src)
{
	if (src->known_header_count && src->known_headers) {
		off = kh_align_up(off, __alignof__(struct kh_known_header));
		off += (size_t)src->known_header_count * sizeof(struct kh_known_header);
		for (size_t i = 0; i < (size_t)src->known_header_count; i++)
			off = kh_measure_known_header(off, &src->known_headers[i]);
	}
	return off;
}

void kh_emit_multiple_known_headers(struct kh_emitter *e, struct kh_multiple_known_headers *dst,
				    const struct kh_multiple_known_headers *src)
{
	dst->header_id = (__u32)src->header_id;
	dst->flags = (__u32)src->flags;
	dst->known_header_count = (__u16)src->known_header_count;
	if (src->known_header_count && src->known_headers) {
		struct kh_known_header *v = kh_emit_alloc(e, src->known_header_count, sizeof(*v),
							  __alignof__(*v));

		kh_emit_ptr(e, &dst->known_headers, sizeof(dst->known_headers), v,
			    (size_t)src->known_header_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->known_header_count, sizeof(dst->known_header_count));
		for (size_t i = 0; i < (size_t)src->known_header_count; i++)
			kh_emit_known_header(e, &v[i], &src->known_headers[i]);
	}
}

size_t kh_measure_cache_key(size_t off, const struct kh_cache_key *src)
{
	off = kh_measure_string(off, src->key, src->key_length);
	return off;
}

void kh_emit_cache_key(struct kh_emitter *e, struct kh_cache_key *dst,
		       const struct kh_cache_key *src)
{
	dst->key_length = (__u16)src->key_length;
	kh_emit_string(e, &dst->key, sizeof(dst->key), &dst->key_length, sizeof(dst->key_length),
		       src->key, src->key_length, 0);
}

size_t kh_measure_response_info(size_t off, const struct kh_response_info *src)
{
	if (src->length && src->info) {
		switch (src->type) {
		case KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS: {
			off = kh_align_up(off, __alignof__(struct kh_multiple_known_headers));
			off += sizeof(struct kh_multiple_known_headers);
			off = kh_measure_multiple_known_headers(off, src->info);
			break;
		}
		case KH_RESPONSE_INFO_CACHE_KEY: {
			off = kh_align_up(off, __alignof__(struct kh_cache_key));
			off += sizeof(struct kh_cache_key);
			off = kh_measure_cache_key(off, src->info);
			break;
		}
		default:
			break;
		}
	}
	return off;
}

void kh_emit_response_info(struct kh_emitter *e, struct kh_response_info *dst,
			   const struct kh_response_info *src)
{
	dst->type = (__u32)src->type;
	dst->length = (__u32)src->length;
	if (src->length && src->info) {
		switch (src->type) {
		case KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS: {
			struct kh_multiple_known_headers *v = kh_emit_alloc(e, 1, sizeof(*v),
									    __alignof__(*v));

			kh_emit_ptr(e, &dst->info, sizeof(dst->info), v, sizeof(*v), 0);
			kh_emit_multiple_known_headers(e, v, src->info);
			dst->length = sizeof(struct kh_multiple_known_headers);
			break;
		}
		case KH_RESPONSE_INFO_CACHE_KEY: {
			struct kh_cache_key *v = kh_emit_alloc(e, 1, sizeof(*v), __alignof__(*v));

			kh_emit_ptr(e, &dst->info, sizeof(dst->info), v, sizeof(*v), 0);
			kh_emit_cache_key(e, v, src->info);
			dst->length = sizeof(struct kh_cache_key);
			break;
		}
		default:
			dst->length = 0;
			break;
		}
	}
}

size_t kh_measure_response(size_t off, const struct kh_response *src)
{
	off = kh_measure_string(off, src->reason, src->reason_length);
	off = kh_measure_response_headers(off, &src->headers);
	if (src->entity_chunk_count && src->entity_chunks) {
		off = kh_align_up(off, __alignof__(struct kh_data_chunk));
		off += (size_t)src->entity_chunk_count * sizeof(struct kh_data_chunk);
		for (size_t i = 0; i < (size_t)src->entity_chunk_count; i++)
			off = kh_measure_data_chunk(off, &src->entity_chunks[i]);
	}
	if (src->response_info_count && src->response_info) {
		off = kh_align_up(off, __alignof__(struct kh_response_info));
		off += (size_t)src->response_info_count * sizeof(struct kh_response_info);
		for (size_t i = 0; i < (size_t)src->response_info_count; i++)
			off = kh_measure_response_info(off, &src->response_info[i]);
	}
	return off;
}

void kh_emit_response(struct kh_emitter *e, struct kh_response *dst, const struct kh_response *src)
{
	dst->flags = (__u32)src->flags;
	kh_emit_http_version(e, &dst->version, &src->version);
	dst->status_code = (__u16)src->status_code;
	dst->reason_length = (__u16)src->reason_length;
	kh_emit_string(e, &dst->reason, sizeof(dst->reason), &dst->reason_length,
		       sizeof(dst->reason_length), src->reason, src->reason_length, 0);
	kh_emit_response_headers(e, &dst->headers, &src->headers);
	dst->entity_chunk_count = (__u16)src->entity_chunk_count;
	if (src->entity_chunk_count && src->entity_chunks) {
		struct kh_data_chunk *v = kh_emit_alloc(e, src->entity_chunk_count, sizeof(*v),
							__alignof__(*v));

		kh_emit_ptr(e, &dst->entity_chunks, sizeof(dst->entity_chunks), v,
			    (size_t)src->entity_chunk_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->entity_chunk_count, sizeof(dst->entity_chunk_count));
		for (size_t i = 0; i < (size_t)src->entity_chunk_count; i++)
			kh_emit_data_chunk(e, &v[i], &src->entity_chunks[i]);
	}
	dst->response_info_count = (__u16)src->response_info_count;
	if (src->response_info_count && src->response_info) {
		struct kh_response_info *v = kh_emit_alloc(e, src->response_info_count, sizeof(*v),
							   __alignof__(*v));

		kh_emit_ptr(e, &dst->response_info, sizeof(dst->response_info), v,
			    (size_t)src->response_info_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->response_info_count, sizeof(dst->response_info_count));
		for (size_t i = 0; i < (size_t)src->response_info_count; i++)
			kh_emit_response_info(e, &v[i], &src->response_info[i]);
	}
}

size_t kh_measure_cache_policy(size_t off, const struct kh_cache_policy *src __maybe_unused)
{
	return off;
}

void kh_emit_cache_policy(struct kh_emitter *e __maybe_unused, struct kh_cache_policy *dst,
			  const struct kh_cache_policy *src)
{
	dst->policy = (__u32)src->policy;
	dst->seconds_to_live = (__u32)src->seconds_to_live;
}

size_t kh_measure_log_data(size_t off, const struct kh_log_data *src)
{
	off = kh_measure_string(off, src->user_name, src->user_name_length);
	off = kh_measure_string(off, src->uri_query, src->uri_query_length);
	return off;
}

void kh_emit_log_data(struct kh_emitter *e, struct kh_log_data *dst, const struct kh_log_data *src)
{
	dst->type = (__u32)src->type;
	dst->user_name_length = (__u16)src->user_name_length;
	dst->uri_query_length = (__u16)src->uri_query_length;
	kh_emit_string(e, &dst->user_name, sizeof(dst->user_name), &dst->user_name_length,
		       sizeof(dst->user_name_length), src->user_name, src->user_name_length, 0);
	kh_emit_string(e, &dst->uri_query, sizeof(dst->uri_query), &dst->uri_query_length,
		       sizeof(dst->uri_query_length), src->uri_query, src->uri_query_length, 0);
	dst->bytes_sent = (__u64)src->bytes_sent;
	dst->bytes_received = (__u64)src->bytes_received;
	dst->time_taken_ms = (__u32)src->time_taken_ms;
	dst->protocol_status = (__u16)src->protocol_status;
	dst->sub_status = (__u16)src->sub_status;
}

size_t kh_measure_version_args(size_t off, const struct kh_version_args *src __maybe_unused)
{
	return off;
}

void kh_emit_version_args(struct kh_emitter *e __maybe_unused, struct kh_version_args *dst,
			  const struct kh_version_args *src)
{
	dst->major = (__u32)src->major;
	dst->minor = (__u32)src->minor;
	dst->patch = (__u32)src->patch;
	dst->abi = (__u32)src->abi;
}

size_t kh_measure_queue_args(size_t off, const struct kh_queue_args *src)
{
	off = kh_measure_string(off, src->name, src->name_length);
	return off;
}

void kh_emit_queue_args(struct kh_emitter *e, struct kh_queue_args *dst,
			const struct kh_queue_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->name_length = (__u32)src->name_length;
	kh_emit_string(e, &dst->name, sizeof(dst->name), &dst->name_length,
		       sizeof(dst->name_length), src->name, src->name_length, 0);
	dst->queue_id = (__u64)src->queue_id;
}

size_t kh_measure_url_args(size_t off, const struct kh_url_args *src)
{
	off = kh_measure_string(off, src->url, src->url_length);
	return off;
}

void kh_emit_url_args(struct kh_emitter *e, struct kh_url_args *dst, const struct kh_url_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->url_context = (__u64)src->url_context;
	dst->url_length = (__u32)src->url_length;
	kh_emit_string(e, &dst->url, sizeof(dst->url), &dst->url_length, sizeof(dst->url_length),
		       src->url, src->url_length, 0);
}

size_t kh_measure_receive_request_args(size_t off,
				       const struct kh_receive_request_args *src __maybe_unused)
{
	return off;
}

void kh_emit_receive_request_args(struct kh_emitter *e __maybe_unused,
				  struct kh_receive_request_args *dst,
				  const struct kh_receive_request_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
	dst->buffer_length = (__u32)src->buffer_length;
	dst->bytes_returned = (__u32)src->bytes_returned;
	dst->bytes_needed = (__u32)src->bytes_needed;
}

size_t kh_measure_receive_body_args(size_t off, const struct kh_receive_body_args *src)
{
	if (src->buffer_length && src->buffer)
		off += (size_t)src->buffer_length;
	return off;
}

void kh_emit_receive_body_args(struct kh_emitter *e, struct kh_receive_body_args *dst,
			       const struct kh_receive_body_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
	dst->buffer_length = (__u32)src->buffer_length;
	if (src->buffer_length && src->buffer) {
		char *v = kh_emit_alloc(e, src->buffer_length, 1, 1);

		kh_emit_ptr(e, &dst->buffer, sizeof(dst->buffer), v, (size_t)src->buffer_length,
			    KH_PTR_OUT);
		kh_emit_count(e, &dst->buffer_length, sizeof(dst->buffer_length));
		memcpy(v, ((const char *)src->buffer), (size_t)src->buffer_length);
	}
	dst->bytes_returned = (__u32)src->bytes_returned;
}

size_t kh_measure_send_response_args(size_t off, const struct kh_send_response_args *src)
{
	if (src->response) {
		off = kh_align_up(off, __alignof__(struct kh_response));
		off += sizeof(struct kh_response);
		off = kh_measure_response(off, src->response);
	}
	if (src->cache_policy) {
		off = kh_align_up(off, __alignof__(struct kh_cache_policy));
		off += sizeof(struct kh_cache_policy);
	}
	if (src->log_data) {
		off = kh_align_up(off, __alignof__(struct kh_log_data));
		off += sizeof(struct kh_log_data);
		off = kh_measure_log_data(off, src->log_data);
	}
	return off;
}

void kh_emit_send_response_args(struct kh_emitter *e, struct kh_send_response_args *dst,
				const struct kh_send_response_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
	if (src->response) {
		struct kh_response *v = kh_emit_alloc(e, 1, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->response, sizeof(dst->response), v, sizeof(*v), 0);
		kh_emit_response(e, v, src->response);
	}
	if (src->cache_policy) {
		struct kh_cache_policy *v = kh_emit_alloc(e, 1, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->cache_policy, sizeof(dst->cache_policy), v, sizeof(*v),
			    KH_PTR_OPTIONAL);
		kh_emit_cache_policy(e, v, src->cache_policy);
	}
	if (src->log_data) {
		struct kh_log_data *v = kh_emit_alloc(e, 1, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->log_data, sizeof(dst->log_data), v, sizeof(*v),
			    KH_PTR_OPTIONAL);
		kh_emit_log_data(e, v, src->log_data);
	}
	dst->bytes_sent = (__u32)src->bytes_sent;
}

size_t kh_measure_send_body_args(size_t off, const struct kh_send_body_args *src)
{
	if (src->chunk_count && src->chunks) {
		off = kh_align_up(off, __alignof__(struct kh_data_chunk));
		off += (size_t)src->chunk_count * sizeof(struct kh_data_chunk);
		for (size_t i = 0; i < (size_t)src->chunk_count; i++)
			off = kh_measure_data_chunk(off, &src->chunks[i]);
	}
	if (src->log_data) {
		off = kh_align_up(off, __alignof__(struct kh_log_data));
		off += sizeof(struct kh_log_data);
		off = kh_measure_log_data(off, src->log_data);
	}
	return off;
}

void kh_emit_send_body_args(struct kh_emitter *e, struct kh_send_body_args *dst,
			    const struct kh_send_body_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
	dst->chunk_count = (__u16)src->chunk_count;
	if (src->chunk_count && src->chunks) {
		struct kh_data_chunk *v = kh_emit_alloc(e, src->chunk_count, sizeof(*v),
							__alignof__(*v));

		kh_emit_ptr(e, &dst->chunks, sizeof(dst->chunks), v,
			    (size_t)src->chunk_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->chunk_count, sizeof(dst->chunk_count));
		for (size_t i = 0; i < (size_t)src->chunk_count; i++)
			kh_emit_data_chunk(e, &v[i], &src->chunks[i]);
	}
	if (src->log_data) {
		struct kh_log_data *v = kh_emit_alloc(e, 1, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->log_data, sizeof(dst->log_data), v, sizeof(*v),
			    KH_PTR_OPTIONAL);
		kh_emit_log_data(e, v, src->log_data);
	}
	dst->bytes_sent = (__u32)src->bytes_sent;
}

size_t kh_measure_cancel_args(size_t off, const struct kh_cancel_args *src __maybe_unused)
{
	return off;
}

void kh_emit_cancel_args(struct kh_emitter *e __maybe_unused, struct kh_cancel_args *dst,
			 const struct kh_cancel_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
}

size_t kh_measure_wait_disconnect_args(size_t off,
				       const struct kh_wait_disconnect_args *src __maybe_unused)
{
	return off;
}

void kh_emit_wait_disconnect_args(struct kh_emitter *e __maybe_unused,
				  struct kh_wait_disconnect_args *dst,
				  const struct kh_wait_disconnect_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->connection_id = (__u64)src->connection_id;
}

size_t kh_measure_flush_cache_args(size_t off, const struct kh_flush_cache_args *src)
{
	off = kh_measure_string(off, src->url, src->url_length);
	return off;
}

void kh_emit_flush_cache_args(struct kh_emitter *e, struct kh_flush_cache_args *dst,
			      const struct kh_flush_cache_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->url_length = (__u32)src->url_length;
	kh_emit_string(e, &dst->url, sizeof(dst->url), &dst->url_length, sizeof(dst->url_length),
		       src->url, src->url_length, 0);
}

size_t kh_measure_stats_args(size_t off, const struct kh_stats_args *src)
{
	if (src->counter_count && src->counters) {
		off = kh_align_up(off, __alignof__(__u64));
		off += (size_t)src->counter_count * sizeof(__u64);
	}
	return off;
}

void kh_emit_stats_args(struct kh_emitter *e, struct kh_stats_args *dst,
			const struct kh_stats_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->counter_count = (__u32)src->counter_count;
	if (src->counter_count && src->counters) {
		__u64 *v = kh_emit_alloc(e, src->counter_count, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->counters, sizeof(dst->counters), v,
			    (size_t)src->counter_count * sizeof(*v), KH_PTR_OUT);
		kh_emit_count(e, &dst->counter_count, sizeof(dst->counter_count));
		memcpy(v, src->counters, (size_t)src->counter_count * sizeof(*v));
	}
	dst->counters_returned = (__u32)src->counters_returned;
}

size_t kh_measure_limits_args(size_t off, const struct kh_limits_args *src __maybe_unused)
{
	return off;
}

void kh_emit_limits_args(struct kh_emitter *e __maybe_unused, struct kh_limits_args *dst,
			 const struct kh_limits_args *src)
{
	dst->mask = (__u32)src->mask;
	dst->max_connections = (__u32)src->max_connections;
	dst->queue_length = (__u32)src->queue_length;
	dst->max_header_bytes = (__u32)src->max_header_bytes;
	dst->max_body_bytes = (__u64)src->max_body_bytes;
	dst->idle_timeout_ms = (__u32)src->idle_timeout_ms;
	dst->header_timeout_ms = (__u32)src->header_timeout_ms;
}

size_t kh_measure_admin_entry(size_t off, const struct kh_admin_entry *src __maybe_unused)
{
	return off;
}

void kh_emit_admin_entry(struct kh_emitter *e __maybe_unused, struct kh_admin_entry *dst,
			 const struct kh_admin_entry *src)
{
	dst->kind = (__u32)src->kind;
	dst->abi = (__u32)src->abi;
	dst->id = (__u64)src->id;
	dst->queue_id = (__u64)src->queue_id;
	dst->pid = (__u32)src->pid;
	dst->port = (__u32)src->port;
	for (unsigned int i0 = 0; i0 < 3; i0++)
		dst->value[i0] = (__u64)src->value[i0];
	memcpy(dst->name, src->name, sizeof(dst->name));
}

size_t kh_measure_admin_list_args(size_t off, const struct kh_admin_list_args *src)
{
	if (src->entry_count && src->entries) {
		off = kh_align_up(off, __alignof__(struct kh_admin_entry));
		off += (size_t)src->entry_count * sizeof(struct kh_admin_entry);
	}
	return off;
}

void kh_emit_admin_list_args(struct kh_emitter *e, struct kh_admin_list_args *dst,
			     const struct kh_admin_list_args *src)
{
	dst->kind = (__u32)src->kind;
	dst->flags = (__u32)src->flags;
	dst->start = (__u32)src->start;
	dst->entry_count = (__u32)src->entry_count;
	if (src->entry_count && src->entries) {
		struct kh_admin_entry *v = kh_emit_alloc(e, src->entry_count, sizeof(*v),
							 __alignof__(*v));

		kh_emit_ptr(e, &dst->entries, sizeof(dst->entries), v,
			    (size_t)src->entry_count * sizeof(*v), KH_PTR_OUT);
		kh_emit_count(e, &dst->entry_count, sizeof(dst->entry_count));
		for (size_t i = 0; i < (size_t)src->entry_count; i++)
			kh_emit_admin_entry(e, &v[i], &src->entries[i]);
	}
	dst->entries_returned = (__u32)src->entries_returned;
	dst->entries_total = (__u32)src->entries_total;
}

size_t kh_measure_queue_access_args(size_t off, const struct kh_queue_access_args *src)
{
	if (src->uid_count && src->uids) {
		off = kh_align_up(off, __alignof__(__u32));
		off += (size_t)src->uid_count * sizeof(__u32);
	}
	if (src->gid_count && src->gids) {
		off = kh_align_up(off, __alignof__(__u32));
		off += (size_t)src->gid_count * sizeof(__u32);
	}
	return off;
}

void kh_emit_queue_access_args(struct kh_emitter *e, struct kh_queue_access_args *dst,
			       const struct kh_queue_access_args *src)
{
	dst->mode = (__u32)src->mode;
	dst->uid_count = (__u16)src->uid_count;
	dst->gid_count = (__u16)src->gid_count;
	if (src->uid_count && src->uids) {
		__u32 *v = kh_emit_alloc(e, src->uid_count, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->uids, sizeof(dst->uids), v,
			    (size_t)src->uid_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->uid_count, sizeof(dst->uid_count));
		memcpy(v, src->uids, (size_t)src->uid_count * sizeof(*v));
	}
	if (src->gid_count && src->gids) {
		__u32 *v = kh_emit_alloc(e, src->gid_count, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->gids, sizeof(dst->gids), v,
			    (size_t)src->gid_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->gid_count, sizeof(dst->gid_count));
		memcpy(v, src->gids, (size_t)src->gid_count * sizeof(*v));
	}
}

size_t kh_measure_reservation_args(size_t off, const struct kh_reservation_args *src)
{
	off = kh_measure_string(off, src->url, src->url_length);
	return off;
}

void kh_emit_reservation_args(struct kh_emitter *e, struct kh_reservation_args *dst,
			      const struct kh_reservation_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->uid = (__u32)src->uid;
	dst->gid = (__u32)src->gid;
	dst->url_length = (__u32)src->url_length;
	kh_emit_string(e, &dst->url, sizeof(dst->url), &dst->url_length, sizeof(dst->url_length),
		       src->url, src->url_length, 0);
}

size_t kh_measure_http_version_ia32(size_t off, const struct kh_http_version *src __maybe_unused)
{
	return off;
}

void kh_emit_http_version_ia32(struct kh_emitter *e __maybe_unused, struct kh_http_version *dst,
			       const struct kh_http_version *src)
{
	dst->major = (__u16)src->major;
	dst->minor = (__u16)src->minor;
}

size_t kh_measure_byte_range_ia32(size_t off, const struct kh_byte_range *src __maybe_unused)
{
	return off;
}

void kh_emit_byte_range_ia32(struct kh_emitter *e __maybe_unused, struct kh_byte_range_ia32 *dst,
			     const struct kh_byte_range *src)
{
	dst->start = (__u64)src->start;
	dst->length = (__u64)src->length;
}

size_t kh_measure_known_header_ia32(size_t off, const struct kh_known_header *src)
{
	off = kh_measure_string(off, src->value, src->value_length);
	return off;
}

void kh_emit_known_header_ia32(struct kh_emitter *e, struct kh_known_header_ia32 *dst,
			       const struct kh_known_header *src)
{
	dst->value_length = (__u16)src->value_length;
	kh_emit_string(e, &dst->value, sizeof(dst->value), &dst->value_length,
		       sizeof(dst->value_length), src->value, src->value_length, 0);
}

size_t kh_measure_unknown_header_ia32(size_t off, const struct kh_unknown_header *src)
{
	off = kh_measure_string(off, src->name, src->name_length);
	off = kh_measure_string(off, src->value, src->value_length);
	return off;
}

void kh_emit_unknown_header_ia32(struct kh_emitter *e, struct kh_unknown_header_ia32 *dst,
				 const struct kh_unknown_header *src)
{
	dst->name_length = (__u16)src->name_length;
	dst->value_length = (__u16)src->value_length;
	kh_emit_string(e, &dst->name, sizeof(dst->name), &dst->name_length,
		       sizeof(dst->name_length), src->name, src->name_length, 0);
	kh_emit_string(e, &dst->value, sizeof(dst->value), &dst->value_length,
		       sizeof(dst->value_length), src->value, src->value_length, 0);
}

size_t kh_measure_cooked_url_ia32(size_t off, const struct kh_cooked_url *src)
{
	off = kh_measure_string(off, src->full_url, src->full_url_length);
	off = kh_measure_string(off, src->host, src->host_length);
	off = kh_measure_string(off, src->abs_path, src->abs_path_length);
	off = kh_measure_string(off, src->query_string, src->query_string_length);
	return off;
}

void kh_emit_cooked_url_ia32(struct kh_emitter *e, struct kh_cooked_url_ia32 *dst,
			     const struct kh_cooked_url *src)
{
	dst->full_url_length = (__u16)src->full_url_length;
	dst->host_length = (__u16)src->host_length;
	dst->abs_path_length = (__u16)src->abs_path_length;
	dst->query_string_length = (__u16)src->query_string_length;
	kh_emit_string(e, &dst->full_url, sizeof(dst->full_url), &dst->full_url_length,
		       sizeof(dst->full_url_length), src->full_url, src->full_url_length, 0);
	kh_emit_string(e, &dst->host, sizeof(dst->host), &dst->host_length,
		       sizeof(dst->host_length), src->host, src->host_length, 0);
	kh_emit_string(e, &dst->abs_path, sizeof(dst->abs_path), &dst->abs_path_length,
		       sizeof(dst->abs_path_length), src->abs_path, src->abs_path_length, 0);
	kh_emit_string(e, &dst->query_string, sizeof(dst->query_string), &dst->query_string_length,
		       sizeof(dst->query_string_length), src->query_string,
		       src->query_string_length, 0);
}

size_t kh_measure_transport_address_ia32(size_t off, const struct kh_transport_address *src)
{
	if (src->remote && kh_sockaddr_size(*(const __u16 *)src->remote))
		off += (size_t)(kh_sockaddr_size(*(const __u16 *)src->remote));
	if (src->local && kh_sockaddr_size(*(const __u16 *)src->local))
		off += (size_t)(kh_sockaddr_size(*(const __u16 *)src->local));
	return off;
}

void kh_emit_transport_address_ia32(struct kh_emitter *e, struct kh_transport_address_ia32 *dst,
				    const struct kh_transport_address *src)
{
	if (src->remote && kh_sockaddr_size(*(const __u16 *)src->remote)) {
		char *v = kh_emit_alloc(e, kh_sockaddr_size(*(const __u16 *)src->remote), 1, 1);

		kh_emit_ptr(e, &dst->remote, sizeof(dst->remote), v,
			    (size_t)(kh_sockaddr_size(*(const __u16 *)src->remote)), 0);
		memcpy(v, ((const char *)src->remote),
		       (size_t)(kh_sockaddr_size(*(const __u16 *)src->remote)));
	}
	if (src->local && kh_sockaddr_size(*(const __u16 *)src->local)) {
		char *v = kh_emit_alloc(e, kh_sockaddr_size(*(const __u16 *)src->local), 1, 1);

		kh_emit_ptr(e, &dst->local, sizeof(dst->local), v,
			    (size_t)(kh_sockaddr_size(*(const __u16 *)src->local)), 0);
		memcpy(v, ((const char *)src->local),
		       (size_t)(kh_sockaddr_size(*(const __u16 *)src->local)));
	}
}

size_t kh_measure_request_headers_ia32(size_t off, const struct kh_request_headers *src)
{
	if (src->unknown_header_count && src->unknown_headers) {
		off = kh_align_up(off, __alignof__(struct kh_unknown_header_ia32));
		off += (size_t)src->unknown_header_count * sizeof(struct kh_unknown_header_ia32);
		for (size_t i = 0; i < (size_t)src->unknown_header_count; i++)
			off = kh_measure_unknown_header_ia32(off, &src->unknown_headers[i]);
	}
	if (src->trailer_count && src->trailers) {
		off = kh_align_up(off, __alignof__(struct kh_unknown_header_ia32));
		off += (size_t)src->trailer_count * sizeof(struct kh_unknown_header_ia32);
		for (size_t i = 0; i < (size_t)src->trailer_count; i++)
			off = kh_measure_unknown_header_ia32(off, &src->trailers[i]);
	}
	for (unsigned int i0 = 0; i0 < KH_HEADER_REQUEST_MAXIMUM; i0++)
		off = kh_measure_known_header_ia32(off, &src->known_headers[i0]);
	return off;
}

void kh_emit_request_headers_ia32(struct kh_emitter *e, struct kh_request_headers_ia32 *dst,
				  const struct kh_request_headers *src)
{
	dst->unknown_header_count = (__u16)src->unknown_header_count;
	if (src->unknown_header_count && src->unknown_headers) {
		struct kh_unknown_header_ia32 *v = kh_emit_alloc(e, src->unknown_header_count,
								 sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->unknown_headers, sizeof(dst->unknown_headers), v,
			    (size_t)src->unknown_header_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->unknown_header_count, sizeof(dst->unknown_header_count));
		for (size_t i = 0; i < (size_t)src->unknown_header_count; i++)
			kh_emit_unknown_header_ia32(e, &v[i], &src->unknown_headers[i]);
	}
	dst->trailer_count = (__u16)src->trailer_count;
	if (src->trailer_count && src->trailers) {
		struct kh_unknown_header_ia32 *v = kh_emit_alloc(e, src->trailer_count, sizeof(*v),
								 __alignof__(*v));

		kh_emit_ptr(e, &dst->trailers, sizeof(dst->trailers), v,
			    (size_t)src->trailer_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->trailer_count, sizeof(dst->trailer_count));
		for (size_t i = 0; i < (size_t)src->trailer_count; i++)
			kh_emit_unknown_header_ia32(e, &v[i], &src->trailers[i]);
	}
	for (unsigned int i0 = 0; i0 < KH_HEADER_REQUEST_MAXIMUM; i0++)
		kh_emit_known_header_ia32(e, &dst->known_headers[i0], &src->known_headers[i0]);
}

size_t kh_measure_response_headers_ia32(size_t off, const struct kh_response_headers *src)
{
	if (src->unknown_header_count && src->unknown_headers) {
		off = kh_align_up(off, __alignof__(struct kh_unknown_header_ia32));
		off += (size_t)src->unknown_header_count * sizeof(struct kh_unknown_header_ia32);
		for (size_t i = 0; i < (size_t)src->unknown_header_count; i++)
			off = kh_measure_unknown_header_ia32(off, &src->unknown_headers[i]);
	}
	if (src->trailer_count && src->trailers) {
		off = kh_align_up(off, __alignof__(struct kh_unknown_header_ia32));
		off += (size_t)src->trailer_count * sizeof(struct kh_unknown_header_ia32);
		for (size_t i = 0; i < (size_t)src->trailer_count; i++)
			off = kh_measure_unknown_header_ia32(off, &src->trailers[i]);
	}
	for (unsigned int i0 = 0; i0 < KH_HEADER_RESPONSE_MAXIMUM; i0++)
		off = kh_measure_known_header_ia32(off, &src->known_headers[i0]);
	return off;
}

void kh_emit_response_headers_ia32(struct kh_emitter *e, struct kh_response_headers_ia32 *dst,
				   const struct kh_response_headers *src)
{
	dst->unknown_header_count = (__u16)src->unknown_header_count;
	if (src->unknown_header_count && src->unknown_headers) {
		struct kh_unknown_header_ia32 *v = kh_emit_alloc(e, src->unknown_header_count,
								 sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->unknown_headers, sizeof(dst->unknown_headers), v,
			    (size_t)src->unknown_header_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->unknown_header_count, sizeof(dst->unknown_header_count));
		for (size_t i = 0; i < (size_t)src->unknown_header_count; i++)
			kh_emit_unknown_header_ia32(e, &v[i], &src->unknown_headers[i]);
	}
	dst->trailer_count = (__u16)src->trailer_count;
	if (src->trailer_count && src->trailers) {
		struct kh_unknown_header_ia32 *v = kh_emit_alloc(e, src->trailer_count, sizeof(*v),
								 __alignof__(*v));

		kh_emit_ptr(e, &dst->trailers, sizeof(dst->trailers), v,
			    (size_t)src->trailer_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->trailer_count, sizeof(dst->trailer_count));
		for (size_t i = 0; i < (size_t)src->trailer_count; i++)
			kh_emit_unknown_header_ia32(e, &v[i], &src->trailers[i]);
	}
	for (unsigned int i0 = 0; i0 < KH_HEADER_RESPONSE_MAXIMUM; i0++)
		kh_emit_known_header_ia32(e, &dst->known_headers[i0], &src->known_headers[i0]);
}

size_t kh_measure_data_chunk_ia32(size_t off, const struct kh_data_chunk *src)
{
	switch (src->type) {
	case KH_CHUNK_FROM_MEMORY: {
		if (src->u.memory.length && src->u.memory.buffer)
			off += (size_t)src->u.memory.length;
		break;
	}
	case KH_CHUNK_FROM_FILE: {
		break;
	}
	case KH_CHUNK_FROM_FRAGMENT_CACHE: {
		off = kh_measure_string(off, src->u.fragment.name, src->u.fragment.name_length);
		break;
	}
	default:
		break;
	}
	return off;
}

void kh_emit_data_chunk_ia32(struct kh_emitter *e, struct kh_data_chunk_ia32 *dst,
			     const struct kh_data_chunk *src)
{
	dst->type = (__u32)src->type;
	switch (src->type) {
	case KH_CHUNK_FROM_MEMORY: {
		if (src->u.memory.length && src->u.memory.buffer) {
			char *v = kh_emit_alloc(e, src->u.memory.length, 1, 1);

			kh_emit_ptr(e, &dst->u.memory.buffer, sizeof(dst->u.memory.buffer), v,
				    (size_t)src->u.memory.length, 0);
			kh_emit_count(e, &dst->u.memory.length, sizeof(dst->u.memory.length));
			memcpy(v, ((const char *)src->u.memory.buffer),
			       (size_t)src->u.memory.length);
		}
		dst->u.memory.length = (__u32)src->u.memory.length;
		break;
	}
	case KH_CHUNK_FROM_FILE: {
		kh_emit_byte_range_ia32(e, &dst->u.file.range, &src->u.file.range);
		dst->u.file.fd = (__s32)src->u.file.fd;
		break;
	}
	case KH_CHUNK_FROM_FRAGMENT_CACHE: {
		dst->u.fragment.name_length = (__u16)src->u.fragment.name_length;
		kh_emit_string(e, &dst->u.fragment.name, sizeof(dst->u.fragment.name),
			       &dst->u.fragment.name_length, sizeof(dst->u.fragment.name_length),
			       src->u.fragment.name, src->u.fragment.name_length, 0);
		break;
	}
	default:
		break;
	}
}

size_t kh_measure_request_timing_ia32(size_t off,
				      const struct kh_request_timing *src __maybe_unused)
{
	return off;
}

void kh_emit_request_timing_ia32(struct kh_emitter *e __maybe_unused,
				 struct kh_request_timing_ia32 *dst,
				 const struct kh_request_timing *src)
{
	dst->accepted_ns = (__u64)src->accepted_ns;
	dst->headers_parsed_ns = (__u64)src->headers_parsed_ns;
	dst->header_bytes = (__u32)src->header_bytes;
}

size_t kh_measure_request_tcp_ia32(size_t off, const struct kh_request_tcp *src __maybe_unused)
{
	return off;
}

void kh_emit_request_tcp_ia32(struct kh_emitter *e __maybe_unused, struct kh_request_tcp_ia32 *dst,
			      const struct kh_request_tcp *src)
{
	dst->rtt_us = (__u32)src->rtt_us;
	dst->mss = (__u32)src->mss;
	dst->bytes_acked = (__u64)src->bytes_acked;
}

size_t kh_measure_request_info_ia32(size_t off, const struct kh_request_info *src)
{
	if (src->length && src->info) {
		switch (src->type) {
		case KH_REQUEST_INFO_TIMING: {
			off = kh_align_up(off, __alignof__(struct kh_request_timing_ia32));
			off += sizeof(struct kh_request_timing_ia32);
			break;
		}
		case KH_REQUEST_INFO_TCP: {
			off = kh_align_up(off, __alignof__(struct kh_request_tcp_ia32));
			off += sizeof(struct kh_request_tcp_ia32);
			break;
		}
		default:
			break;
		}
	}
	return off;
}

void kh_emit_request_info_ia32(struct kh_emitter *e, struct kh_request_info_ia32 *dst,
			       const struct kh_request_info *src)
{
	dst->type = (__u32)src->type;
	dst->length = (__u32)src->length;
	if (src->length && src->info) {
		switch (src->type) {
		case KH_REQUEST_INFO_TIMING: {
			struct kh_request_timing_ia32 *v = kh_emit_alloc(e, 1, sizeof(*v),
									 __alignof__(*v));

			kh_emit_ptr(e, &dst->info, sizeof(dst->info), v, sizeof(*v), 0);
			kh_emit_request_timing_ia32(e, v, src->info);
			dst->length = sizeof(struct kh_request_timing_ia32);
			break;
		}
		case KH_REQUEST_INFO_TCP: {
			struct kh_request_tcp_ia32 *v = kh_emit_alloc(e, 1, sizeof(*v),
								      __alignof__(*v));

			kh_emit_ptr(e, &dst->info, sizeof(dst->info), v, sizeof(*v), 0);
			kh_emit_request_tcp_ia32(e, v, src->info);
			dst->length = sizeof(struct kh_request_tcp_ia32);
			break;
		}
		default:
			dst->length = 0;
			break;
		}
	}
}

size_t kh_measure_request_ia32(size_t off, const struct kh_request *src)
{
	off = kh_measure_string(off, src->unknown_verb, src->unknown_verb_length);
	off = kh_measure_string(off, src->raw_url, src->raw_url_length);
	off = kh_measure_cooked_url_ia32(off, &src->cooked_url);
	off = kh_measure_transport_address_ia32(off, &src->address);
	off = kh_measure_request_headers_ia32(off, &src->headers);
	if (src->entity_chunk_count && src->entity_chunks) {
		off = kh_align_up(off, __alignof__(struct kh_data_chunk_ia32));
		off += (size_t)src->entity_chunk_count * sizeof(struct kh_data_chunk_ia32);
		for (size_t i = 0; i < (size_t)src->entity_chunk_count; i++)
			off = kh_measure_data_chunk_ia32(off, &src->entity_chunks[i]);
	}
	if (src->request_info_count && src->request_info) {
		off = kh_align_up(off, __alignof__(struct kh_request_info_ia32));
		off += (size_t)src->request_info_count * sizeof(struct kh_request_info_ia32);
		for (size_t i = 0; i < (size_t)src->request_info_count; i++)
			off = kh_measure_request_info_ia32(off, &src->request_info[i]);
	}
	return off;
}

void kh_emit_request_ia32(struct kh_emitter *e, struct kh_request_ia32 *dst,
			  const struct kh_request *src)
{
	dst->flags = (__u32)src->flags;
	dst->connection_id = (__u64)src->connection_id;
	dst->request_id = (__u64)src->request_id;
	dst->url_context = (__u64)src->url_context;
	kh_emit_http_version_ia32(e, &dst->version, &src->version);
	dst->verb = (__u32)src->verb;
	dst->unknown_verb_length = (__u16)src->unknown_verb_length;
	dst->raw_url_length = (__u16)src->raw_url_length;
	kh_emit_string(e, &dst->unknown_verb, sizeof(dst->unknown_verb), &dst->unknown_verb_length,
		       sizeof(dst->unknown_verb_length), src->unknown_verb,
		       src->unknown_verb_length, 0);
	kh_emit_string(e, &dst->raw_url, sizeof(dst->raw_url), &dst->raw_url_length,
		       sizeof(dst->raw_url_length), src->raw_url, src->raw_url_length, 0);
	kh_emit_cooked_url_ia32(e, &dst->cooked_url, &src->cooked_url);
	kh_emit_transport_address_ia32(e, &dst->address, &src->address);
	kh_emit_request_headers_ia32(e, &dst->headers, &src->headers);
	dst->bytes_received = (__u64)src->bytes_received;
	dst->entity_chunk_count = (__u16)src->entity_chunk_count;
	if (src->entity_chunk_count && src->entity_chunks) {
		struct kh_data_chunk_ia32 *v = kh_emit_alloc(e, src->entity_chunk_count, sizeof(*v),
							     __alignof__(*v));

		kh_emit_ptr(e, &dst->entity_chunks, sizeof(dst->entity_chunks), v,
			    (size_t)src->entity_chunk_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->entity_chunk_count, sizeof(dst->entity_chunk_count));
		for (size_t i = 0; i < (size_t)src->entity_chunk_count; i++)
			kh_emit_data_chunk_ia32(e, &v[i], &src->entity_chunks[i]);
	}
	dst->raw_connection_id = (__u64)src->raw_connection_id;
	dst->request_info_count = (__u16)src->request_info_count;
	if (src->request_info_count && src->request_info) {
		struct kh_request_info_ia32 *v = kh_emit_alloc(e, src->request_info_count,
							       sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->request_info, sizeof(dst->request_info), v,
			    (size_t)src->request_info_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->request_info_count, sizeof(dst->request_info_count));
		for (size_t i = 0; i < (size_t)src->request_info_count; i++)
			kh_emit_request_info_ia32(e, &v[i], &src->request_info[i]);
	}
}

size_t kh_measure_multiple_known_headers_ia32(size_t off,
					      const struct kh_multiple_known_headers *src)
{
	if (src->known_header_count && src->known_headers) {
		off = kh_align_up(off, __alignof__(struct kh_known_header_ia32));
		off += (size_t)src->known_header_count * sizeof(struct kh_known_header_ia32);
		for (size_t i = 0; i < (size_t)src->known_header_count; i++)
			off = kh_measure_known_header_ia32(off, &src->known_headers[i]);
	}
	return off;
}

void kh_emit_multiple_known_headers_ia32(struct kh_emitter *e,
					 struct kh_multiple_known_headers_ia32 *dst,
					 const struct kh_multiple_known_headers *src)
{
	dst->header_id = (__u32)src->header_id;
	dst->flags = (__u32)src->flags;
	dst->known_header_count = (__u16)src->known_header_count;
	if (src->known_header_count && src->known_headers) {
		struct kh_known_header_ia32 *v = kh_emit_alloc(e, src->known_header_count,
							       sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->known_headers, sizeof(dst->known_headers), v,
			    (size_t)src->known_header_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->known_header_count, sizeof(dst->known_header_count));
		for (size_t i = 0; i < (size_t)src->known_header_count; i++)
			kh_emit_known_header_ia32(e, &v[i], &src->known_headers[i]);
	}
}

size_t kh_measure_cache_key_ia32(size_t off, const struct kh_cache_key *src)
{
	off = kh_measure_string(off, src->key, src->key_length);
	return off;
}

void kh_emit_cache_key_ia32(struct kh_emitter *e, struct kh_cache_key_ia32 *dst,
			    const struct kh_cache_key *src)
{
	dst->key_length = (__u16)src->key_length;
	kh_emit_string(e, &dst->key, sizeof(dst->key), &dst->key_length, sizeof(dst->key_length),
		       src->key, src->key_length, 0);
}

size_t kh_measure_response_info_ia32(size_t off, const struct kh_response_info *src)
{
	if (src->length && src->info) {
		switch (src->type) {
		case KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS: {
			off = kh_align_up(off, __alignof__(struct kh_multiple_known_headers_ia32));
			off += sizeof(struct kh_multiple_known_headers_ia32);
			off = kh_measure_multiple_known_headers_ia32(off, src->info);
			break;
		}
		case KH_RESPONSE_INFO_CACHE_KEY: {
			off = kh_align_up(off, __alignof__(struct kh_cache_key_ia32));
			off += sizeof(struct kh_cache_key_ia32);
			off = kh_measure_cache_key_ia32(off, src->info);
			break;
		}
		default:
			break;
		}
	}
	return off;
}

void kh_emit_response_info_ia32(struct kh_emitter *e, struct kh_response_info_ia32 *dst,
				const struct kh_response_info *src)
{
	dst->type = (__u32)src->type;
	dst->length = (__u32)src->length;
	if (src->length && src->info) {
		switch (src->type) {
		case KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS: {
			struct kh_multiple_known_headers_ia32 *v = kh_emit_alloc(e, 1, sizeof(*v),
										 __alignof__(*v));

			kh_emit_ptr(e, &dst->info, sizeof(dst->info), v, sizeof(*v), 0);
			kh_emit_multiple_known_headers_ia32(e, v, src->info);
			dst->length = sizeof(struct kh_multiple_known_headers_ia32);
			break;
		}
		case KH_RESPONSE_INFO_CACHE_KEY: {
			struct kh_cache_key_ia32 *v = kh_emit_alloc(e, 1, sizeof(*v),
								    __alignof__(*v));

			kh_emit_ptr(e, &dst->info, sizeof(dst->info), v, sizeof(*v), 0);
			kh_emit_cache_key_ia32(e, v, src->info);
			dst->length = sizeof(struct kh_cache_key_ia32);
			break;
		}
		default:
			dst->length = 0;
			break;
		}
	}
}

size_t kh_measure_response_ia32(size_t off, const struct kh_response *src)
{
	off = kh_measure_string(off, src->reason, src->reason_length);
	off = kh_measure_response_headers_ia32(off, &src->headers);
	if (src->entity_chunk_count && src->entity_chunks) {
		off = kh_align_up(off, __alignof__(struct kh_data_chunk_ia32));
		off += (size_t)src->entity_chunk_count * sizeof(struct kh_data_chunk_ia32);
		for (size_t i = 0; i < (size_t)src->entity_chunk_count; i++)
			off = kh_measure_data_chunk_ia32(off, &src->entity_chunks[i]);
	}
	if (src->response_info_count && src->response_info) {
		off = kh_align_up(off, __alignof__(struct kh_response_info_ia32));
		off += (size_t)src->response_info_count * sizeof(struct kh_response_info_ia32);
		for (size_t i = 0; i < (size_t)src->response_info_count; i++)
			off = kh_measure_response_info_ia32(off, &src->response_info[i]);
	}
	return off;
}

void kh_emit_response_ia32(struct kh_emitter *e, struct kh_response_ia32 *dst,
			   const struct kh_response *src)
{
	dst->flags = (__u32)src->flags;
	kh_emit_http_version_ia32(e, &dst->version, &src->version);
	dst->status_code = (__u16)src->status_code;
	dst->reason_length = (__u16)src->reason_length;
	kh_emit_string(e, &dst->reason, sizeof(dst->reason), &dst->reason_length,
		       sizeof(dst->reason_length), src->reason, src->reason_length, 0);
	kh_emit_response_headers_ia32(e, &dst->headers, &src->headers);
	dst->entity_chunk_count = (__u16)src->entity_chunk_count;
	if (src->entity_chunk_count && src->entity_chunks) {
		struct kh_data_chunk_ia32 *v = kh_emit_alloc(e, src->entity_chunk_count, sizeof(*v),
							     __alignof__(*v));

		kh_emit_ptr(e, &dst->entity_chunks, sizeof(dst->entity_chunks), v,
			    (size_t)src->entity_chunk_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->entity_chunk_count, sizeof(dst->entity_chunk_count));
		for (size_t i = 0; i < (size_t)src->entity_chunk_count; i++)
			kh_emit_data_chunk_ia32(e, &v[i], &src->entity_chunks[i]);
	}
	dst->response_info_count = (__u16)src->response_info_count;
	if (src->response_info_count && src->response_info) {
		struct kh_response_info_ia32 *v = kh_emit_alloc(e, src->response_info_count,
								sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->response_info, sizeof(dst->response_info), v,
			    (size_t)src->response_info_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->response_info_count, sizeof(dst->response_info_count));
		for (size_t i = 0; i < (size_t)src->response_info_count; i++)
			kh_emit_response_info_ia32(e, &v[i], &src->response_info[i]);
	}
}

size_t kh_measure_cache_policy_ia32(size_t off, const struct kh_cache_policy *src __maybe_unused)
{
	return off;
}

void kh_emit_cache_policy_ia32(struct kh_emitter *e __maybe_unused, struct kh_cache_policy *dst,
			       const struct kh_cache_policy *src)
{
	dst->policy = (__u32)src->policy;
	dst->seconds_to_live = (__u32)src->seconds_to_live;
}

size_t kh_measure_log_data_ia32(size_t off, const struct kh_log_data *src)
{
	off = kh_measure_string(off, src->user_name, src->user_name_length);
	off = kh_measure_string(off, src->uri_query, src->uri_query_length);
	return off;
}

void kh_emit_log_data_ia32(struct kh_emitter *e, struct kh_log_data_ia32 *dst,
			   const struct kh_log_data *src)
{
	dst->type = (__u32)src->type;
	dst->user_name_length = (__u16)src->user_name_length;
	dst->uri_query_length = (__u16)src->uri_query_length;
	kh_emit_string(e, &dst->user_name, sizeof(dst->user_name), &dst->user_name_length,
		       sizeof(dst->user_name_length), src->user_name, src->user_name_length, 0);
	kh_emit_string(e, &dst->uri_query, sizeof(dst->uri_query), &dst->uri_query_length,
		       sizeof(dst->uri_query_length), src->uri_query, src->uri_query_length, 0);
	dst->bytes_sent = (__u64)src->bytes_sent;
	dst->bytes_received = (__u64)src->bytes_received;
	dst->time_taken_ms = (__u32)src->time_taken_ms;
	dst->protocol_status = (__u16)src->protocol_status;
	dst->sub_status = (__u16)src->sub_status;
}

size_t kh_measure_version_args_ia32(size_t off, const struct kh_version_args *src __maybe_unused)
{
	return off;
}

void kh_emit_version_args_ia32(struct kh_emitter *e __maybe_unused, struct kh_version_args *dst,
			       const struct kh_version_args *src)
{
	dst->major = (__u32)src->major;
	dst->minor = (__u32)src->minor;
	dst->patch = (__u32)src->patch;
	dst->abi = (__u32)src->abi;
}

size_t kh_measure_queue_args_ia32(size_t off, const struct kh_queue_args *src)
{
	off = kh_measure_string(off, src->name, src->name_length);
	return off;
}

void kh_emit_queue_args_ia32(struct kh_emitter *e, struct kh_queue_args_ia32 *dst,
			     const struct kh_queue_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->name_length = (__u32)src->name_length;
	kh_emit_string(e, &dst->name, sizeof(dst->name), &dst->name_length,
		       sizeof(dst->name_length), src->name, src->name_length, 0);
	dst->queue_id = (__u64)src->queue_id;
}

size_t kh_measure_url_args_ia32(size_t off, const struct kh_url_args *src)
{
	off = kh_measure_string(off, src->url, src->url_length);
	return off;
}

void kh_emit_url_args_ia32(struct kh_emitter *e, struct kh_url_args_ia32 *dst,
			   const struct kh_url_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->url_context = (__u64)src->url_context;
	dst->url_length = (__u32)src->url_length;
	kh_emit_string(e, &dst->url, sizeof(dst->url), &dst->url_length, sizeof(dst->url_length),
		       src->url, src->url_length, 0);
}

size_t kh_measure_receive_request_args_ia32(size_t off,
					    const struct kh_receive_request_args *src
					    __maybe_unused)
{
	return off;
}

void kh_emit_receive_request_args_ia32(struct kh_emitter *e __maybe_unused,
				       struct kh_receive_request_args_ia32 *dst,
				       const struct kh_receive_request_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
	dst->buffer_length = (__u32)src->buffer_length;
	dst->bytes_returned = (__u32)src->bytes_returned;
	dst->bytes_needed = (__u32)src->bytes_needed;
}

size_t kh_measure_receive_body_args_ia32(size_t off, const struct kh_receive_body_args *src)
{
	if (src->buffer_length && src->buffer)
		off += (size_t)src->buffer_length;
	return off;
}

void kh_emit_receive_body_args_ia32(struct kh_emitter *e, struct kh_receive_body_args_ia32 *dst,
				    const struct kh_receive_body_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
	dst->buffer_length = (__u32)src->buffer_length;
	if (src->buffer_length && src->buffer) {
		char *v = kh_emit_alloc(e, src->buffer_length, 1, 1);

		kh_emit_ptr(e, &dst->buffer, sizeof(dst->buffer), v, (size_t)src->buffer_length,
			    KH_PTR_OUT);
		kh_emit_count(e, &dst->buffer_length, sizeof(dst->buffer_length));
		memcpy(v, ((const char *)src->buffer), (size_t)src->buffer_length);
	}
	dst->bytes_returned = (__u32)src->bytes_returned;
}

size_t kh_measure_send_response_args_ia32(size_t off, const struct kh_send_response_args *src)
{
	if (src->response) {
		off = kh_align_up(off, __alignof__(struct kh_response_ia32));
		off += sizeof(struct kh_response_ia32);
		off = kh_measure_response_ia32(off, src->response);
	}
	if (src->cache_policy) {
		off = kh_align_up(off, __alignof__(struct kh_cache_policy));
		off += sizeof(struct kh_cache_policy);
	}
	if (src->log_data) {
		off = kh_align_up(off, __alignof__(struct kh_log_data_ia32));
		off += sizeof(struct kh_log_data_ia32);
		off = kh_measure_log_data_ia32(off, src->log_data);
	}
	return off;
}

void kh_emit_send_response_args_ia32(struct kh_emitter *e, struct kh_send_response_args_ia32 *dst,
				     const struct kh_send_response_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
	if (src->response) {
		struct kh_response_ia32 *v = kh_emit_alloc(e, 1, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->response, sizeof(dst->response), v, sizeof(*v), 0);
		kh_emit_response_ia32(e, v, src->response);
	}
	if (src->cache_policy) {
		struct kh_cache_policy *v = kh_emit_alloc(e, 1, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->cache_policy, sizeof(dst->cache_policy), v, sizeof(*v),
			    KH_PTR_OPTIONAL);
		kh_emit_cache_policy_ia32(e, v, src->cache_policy);
	}
	if (src->log_data) {
		struct kh_log_data_ia32 *v = kh_emit_alloc(e, 1, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->log_data, sizeof(dst->log_data), v, sizeof(*v),
			    KH_PTR_OPTIONAL);
		kh_emit_log_data_ia32(e, v, src->log_data);
	}
	dst->bytes_sent = (__u32)src->bytes_sent;
}

size_t kh_measure_send_body_args_ia32(size_t off, const struct kh_send_body_args *src)
{
	if (src->chunk_count && src->chunks) {
		off = kh_align_up(off, __alignof__(struct kh_data_chunk_ia32));
		off += (size_t)src->chunk_count * sizeof(struct kh_data_chunk_ia32);
		for (size_t i = 0; i < (size_t)src->chunk_count; i++)
			off = kh_measure_data_chunk_ia32(off, &src->chunks[i]);
	}
	if (src->log_data) {
		off = kh_align_up(off, __alignof__(struct kh_log_data_ia32));
		off += sizeof(struct kh_log_data_ia32);
		off = kh_measure_log_data_ia32(off, src->log_data);
	}
	return off;
}

void kh_emit_send_body_args_ia32(struct kh_emitter *e, struct kh_send_body_args_ia32 *dst,
				 const struct kh_send_body_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
	dst->chunk_count = (__u16)src->chunk_count;
	if (src->chunk_count && src->chunks) {
		struct kh_data_chunk_ia32 *v = kh_emit_alloc(e, src->chunk_count, sizeof(*v),
							     __alignof__(*v));

		kh_emit_ptr(e, &dst->chunks, sizeof(dst->chunks), v,
			    (size_t)src->chunk_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->chunk_count, sizeof(dst->chunk_count));
		for (size_t i = 0; i < (size_t)src->chunk_count; i++)
			kh_emit_data_chunk_ia32(e, &v[i], &src->chunks[i]);
	}
	if (src->log_data) {
		struct kh_log_data_ia32 *v = kh_emit_alloc(e, 1, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->log_data, sizeof(dst->log_data), v, sizeof(*v),
			    KH_PTR_OPTIONAL);
		kh_emit_log_data_ia32(e, v, src->log_data);
	}
	dst->bytes_sent = (__u32)src->bytes_sent;
}

size_t kh_measure_cancel_args_ia32(size_t off, const struct kh_cancel_args *src __maybe_unused)
{
	return off;
}

void kh_emit_cancel_args_ia32(struct kh_emitter *e __maybe_unused, struct kh_cancel_args_ia32 *dst,
			      const struct kh_cancel_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
}

size_t kh_measure_wait_disconnect_args_ia32(size_t off,
					    const struct kh_wait_disconnect_args *src
					    __maybe_unused)
{
	return off;
}

void kh_emit_wait_disconnect_args_ia32(struct kh_emitter *e __maybe_unused,
				       struct kh_wait_disconnect_args_ia32 *dst,
				       const struct kh_wait_disconnect_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->connection_id = (__u64)src->connection_id;
}

size_t kh_measure_flush_cache_args_ia32(size_t off, const struct kh_flush_cache_args *src)
{
	off = kh_measure_string(off, src->url, src->url_length);
	return off;
}

void kh_emit_flush_cache_args_ia32(struct kh_emitter *e, struct kh_flush_cache_args_ia32 *dst,
				   const struct kh_flush_cache_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->url_length = (__u32)src->url_length;
	kh_emit_string(e, &dst->url, sizeof(dst->url), &dst->url_length, sizeof(dst->url_length),
		       src->url, src->url_length, 0);
}

size_t kh_measure_stats_args_ia32(size_t off, const struct kh_stats_args *src)
{
	if (src->counter_count && src->counters) {
		off = kh_align_up(off, __alignof__(__u64));
		off += (size_t)src->counter_count * sizeof(__u64);
	}
	return off;
}

void kh_emit_stats_args_ia32(struct kh_emitter *e, struct kh_stats_args_ia32 *dst,
			     const struct kh_stats_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->counter_count = (__u32)src->counter_count;
	if (src->counter_count && src->counters) {
		__u64 *v = kh_emit_alloc(e, src->counter_count, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->counters, sizeof(dst->counters), v,
			    (size_t)src->counter_count * sizeof(*v), KH_PTR_OUT);
		kh_emit_count(e, &dst->counter_count, sizeof(dst->counter_count));
		for (size_t i = 0; i < (size_t)src->counter_count; i++)
			v[i] = (__u64)src->counters[i];
	}
	dst->counters_returned = (__u32)src->counters_returned;
}

size_t kh_measure_limits_args_ia32(size_t off, const struct kh_limits_args *src __maybe_unused)
{
	return off;
}

void kh_emit_limits_args_ia32(struct kh_emitter *e __maybe_unused, struct kh_limits_args_ia32 *dst,
			      const struct kh_limits_args *src)
{
	dst->mask = (__u32)src->mask;
	dst->max_connections = (__u32)src->max_connections;
	dst->queue_length = (__u32)src->queue_length;
	dst->max_header_bytes = (__u32)src->max_header_bytes;
	dst->max_body_bytes = (__u64)src->max_body_bytes;
	dst->idle_timeout_ms = (__u32)src->idle_timeout_ms;
	dst->header_timeout_ms = (__u32)src->header_timeout_ms;
}

size_t kh_measure_admin_entry_ia32(size_t off, const struct kh_admin_entry *src __maybe_unused)
{
	return off;
}

void kh_emit_admin_entry_ia32(struct kh_emitter *e __maybe_unused, struct kh_admin_entry_ia32 *dst,
			      const struct kh_admin_entry *src)
{
	dst->kind = (__u32)src->kind;
	dst->abi = (__u32)src->abi;
	dst->id = (__u64)src->id;
	dst->queue_id = (__u64)src->queue_id;
	dst->pid = (__u32)src->pid;
	dst->port = (__u32)src->port;
	for (unsigned int i0 = 0; i0 < 3; i0++)
		dst->value[i0] = (__u64)src->value[i0];
	memcpy(dst->name, src->name, sizeof(dst->name));
}

size_t kh_measure_admin_list_args_ia32(size_t off, const struct kh_admin_list_args *src)
{
	if (src->entry_count && src->entries) {
		off = kh_align_up(off, __alignof__(struct kh_admin_entry_ia32));
		off += (size_t)src->entry_count * sizeof(struct kh_admin_entry_ia32);
	}
	return off;
}

void kh_emit_admin_list_args_ia32(struct kh_emitter *e, struct kh_admin_list_args_ia32 *dst,
				  const struct kh_admin_list_args *src)
{
	dst->kind = (__u32)src->kind;
	dst->flags = (__u32)src->flags;
	dst->start = (__u32)src->start;
	dst->entry_count = (__u32)src->entry_count;
	if (src->entry_count && src->entries) {
		struct kh_admin_entry_ia32 *v = kh_emit_alloc(e, src->entry_count, sizeof(*v),
							      __alignof__(*v));

		kh_emit_ptr(e, &dst->entries, sizeof(dst->entries), v,
			    (size_t)src->entry_count * sizeof(*v), KH_PTR_OUT);
		kh_emit_count(e, &dst->entry_count, sizeof(dst->entry_count));
		for (size_t i = 0; i < (size_t)src->entry_count; i++)
			kh_emit_admin_entry_ia32(e, &v[i], &src->entries[i]);
	}
	dst->entries_returned = (__u32)src->entries_returned;
	dst->entries_total = (__u32)src->entries_total;
}

size_t kh_measure_queue_access_args_ia32(size_t off, const struct kh_queue_access_args *src)
{
	if (src->uid_count && src->uids) {
		off = kh_align_up(off, __alignof__(__u32));
		off += (size_t)src->uid_count * sizeof(__u32);
	}
	if (src->gid_count && src->gids) {
		off = kh_align_up(off, __alignof__(__u32));
		off += (size_t)src->gid_count * sizeof(__u32);
	}
	return off;
}

void kh_emit_queue_access_args_ia32(struct kh_emitter *e, struct kh_queue_access_args_ia32 *dst,
				    const struct kh_queue_access_args *src)
{
	dst->mode = (__u32)src->mode;
	dst->uid_count = (__u16)src->uid_count;
	dst->gid_count = (__u16)src->gid_count;
	if (src->uid_count && src->uids) {
		__u32 *v = kh_emit_alloc(e, src->uid_count, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->uids, sizeof(dst->uids), v,
			    (size_t)src->uid_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->uid_count, sizeof(dst->uid_count));
		memcpy(v, src->uids, (size_t)src->uid_count * sizeof(*v));
	}
	if (src->gid_count && src->gids) {
		__u32 *v = kh_emit_alloc(e, src->gid_count, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->gids, sizeof(dst->gids), v,
			    (size_t)src->gid_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->gid_count, sizeof(dst->gid_count));
		memcpy(v, src->gids, (size_t)src->gid_count * sizeof(*v));
	}
}

size_t kh_measure_reservation_args_ia32(size_t off, const struct kh_reservation_args *src)
{
	off = kh_measure_string(off, src->url, src->url_length);
	return off;
}

void kh_emit_reservation_args_ia32(struct kh_emitter *e, struct kh_reservation_args_ia32 *dst,
				   const struct kh_reservation_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->uid = (__u32)src->uid;
	dst->gid = (__u32)src->gid;
	dst->url_length = (__u32)src->url_length;
	kh_emit_string(e, &dst->url, sizeof(dst->url), &dst->url_length, sizeof(dst->url_length),
		       src->url, src->url_length, 0);
}

size_t kh_measure_http_version_x32(size_t off, const struct kh_http_version *src __maybe_unused)
{
	return off;
}

void kh_emit_http_version_x32(struct kh_emitter *e __maybe_unused, struct kh_http_version *dst,
			      const struct kh_http_version *src)
{
	dst->major = (__u16)src->major;
	dst->minor = (__u16)src->minor;
}

size_t kh_measure_byte_range_x32(size_t off, const struct kh_byte_range *src __maybe_unused)
{
	return off;
}

void kh_emit_byte_range_x32(struct kh_emitter *e __maybe_unused, struct kh_byte_range_x32 *dst,
			    const struct kh_byte_range *src)
{
	dst->start = (__u64)src->start;
	dst->length = (__u64)src->length;
}

size_t kh_measure_known_header_x32(size_t off, const struct kh_known_header *src)
{
	off = kh_measure_string(off, src->value, src->value_length);
	return off;
}

void kh_emit_known_header_x32(struct kh_emitter *e, struct kh_known_header_x32 *dst,
			      const struct kh_known_header *src)
{
	dst->value_length = (__u16)src->value_length;
	kh_emit_string(e, &dst->value, sizeof(dst->value), &dst->value_length,
		       sizeof(dst->value_length), src->value, src->value_length, 0);
}

size_t kh_measure_unknown_header_x32(size_t off, const struct kh_unknown_header *src)
{
	off = kh_measure_string(off, src->name, src->name_length);
	off = kh_measure_string(off, src->value, src->value_length);
	return off;
}

void kh_emit_unknown_header_x32(struct kh_emitter *e, struct kh_unknown_header_x32 *dst,
				const struct kh_unknown_header *src)
{
	dst->name_length = (__u16)src->name_length;
	dst->value_length = (__u16)src->value_length;
	kh_emit_string(e, &dst->name, sizeof(dst->name), &dst->name_length,
		       sizeof(dst->name_length), src->name, src->name_length, 0);
	kh_emit_string(e, &dst->value, sizeof(dst->value), &dst->value_length,
		       sizeof(dst->value_length), src->value, src->value_length, 0);
}

size_t kh_measure_cooked_url_x32(size_t off, const struct kh_cooked_url *src)
{
	off = kh_measure_string(off, src->full_url, src->full_url_length);
	off = kh_measure_string(off, src->host, src->host_length);
	off = kh_measure_string(off, src->abs_path, src->abs_path_length);
	off = kh_measure_string(off, src->query_string, src->query_string_length);
	return off;
}

void kh_emit_cooked_url_x32(struct kh_emitter *e, struct kh_cooked_url_x32 *dst,
			    const struct kh_cooked_url *src)
{
	dst->full_url_length = (__u16)src->full_url_length;
	dst->host_length = (__u16)src->host_length;
	dst->abs_path_length = (__u16)src->abs_path_length;
	dst->query_string_length = (__u16)src->query_string_length;
	kh_emit_string(e, &dst->full_url, sizeof(dst->full_url), &dst->full_url_length,
		       sizeof(dst->full_url_length), src->full_url, src->full_url_length, 0);
	kh_emit_string(e, &dst->host, sizeof(dst->host), &dst->host_length,
		       sizeof(dst->host_length), src->host, src->host_length, 0);
	kh_emit_string(e, &dst->abs_path, sizeof(dst->abs_path), &dst->abs_path_length,
		       sizeof(dst->abs_path_length), src->abs_path, src->abs_path_length, 0);
	kh_emit_string(e, &dst->query_string, sizeof(dst->query_string), &dst->query_string_length,
		       sizeof(dst->query_string_length), src->query_string,
		       src->query_string_length, 0);
}

size_t kh_measure_transport_address_x32(size_t off, const struct kh_transport_address *src)
{
	if (src->remote && kh_sockaddr_size(*(const __u16 *)src->remote))
		off += (size_t)(kh_sockaddr_size(*(const __u16 *)src->remote));
	if (src->local && kh_sockaddr_size(*(const __u16 *)src->local))
		off += (size_t)(kh_sockaddr_size(*(const __u16 *)src->local));
	return off;
}

void kh_emit_transport_address_x32(struct kh_emitter *e, struct kh_transport_address_x32 *dst,
				   const struct kh_transport_address *src)
{
	if (src->remote && kh_sockaddr_size(*(const __u16 *)src->remote)) {
		char *v = kh_emit_alloc(e, kh_sockaddr_size(*(const __u16 *)src->remote), 1, 1);

		kh_emit_ptr(e, &dst->remote, sizeof(dst->remote), v,
			    (size_t)(kh_sockaddr_size(*(const __u16 *)src->remote)), 0);
		memcpy(v, ((const char *)src->remote),
		       (size_t)(kh_sockaddr_size(*(const __u16 *)src->remote)));
	}
	if (src->local && kh_sockaddr_size(*(const __u16 *)src->local)) {
		char *v = kh_emit_alloc(e, kh_sockaddr_size(*(const __u16 *)src->local), 1, 1);

		kh_emit_ptr(e, &dst->local, sizeof(dst->local), v,
			    (size_t)(kh_sockaddr_size(*(const __u16 *)src->local)), 0);
		memcpy(v, ((const char *)src->local),
		       (size_t)(kh_sockaddr_size(*(const __u16 *)src->local)));
	}
}

size_t kh_measure_request_headers_x32(size_t off, const struct kh_request_headers *src)
{
	if (src->unknown_header_count && src->unknown_headers) {
		off = kh_align_up(off, __alignof__(struct kh_unknown_header_x32));
		off += (size_t)src->unknown_header_count * sizeof(struct kh_unknown_header_x32);
		for (size_t i = 0; i < (size_t)src->unknown_header_count; i++)
			off = kh_measure_unknown_header_x32(off, &src->unknown_headers[i]);
	}
	if (src->trailer_count && src->trailers) {
		off = kh_align_up(off, __alignof__(struct kh_unknown_header_x32));
		off += (size_t)src->trailer_count * sizeof(struct kh_unknown_header_x32);
		for (size_t i = 0; i < (size_t)src->trailer_count; i++)
			off = kh_measure_unknown_header_x32(off, &src->trailers[i]);
	}
	for (unsigned int i0 = 0; i0 < KH_HEADER_REQUEST_MAXIMUM; i0++)
		off = kh_measure_known_header_x32(off, &src->known_headers[i0]);
	return off;
}

void kh_emit_request_headers_x32(struct kh_emitter *e, struct kh_request_headers_x32 *dst,
				 const struct kh_request_headers *src)
{
	dst->unknown_header_count = (__u16)src->unknown_header_count;
	if (src->unknown_header_count && src->unknown_headers) {
		struct kh_unknown_header_x32 *v = kh_emit_alloc(e, src->unknown_header_count,
								sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->unknown_headers, sizeof(dst->unknown_headers), v,
			    (size_t)src->unknown_header_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->unknown_header_count, sizeof(dst->unknown_header_count));
		for (size_t i = 0; i < (size_t)src->unknown_header_count; i++)
			kh_emit_unknown_header_x32(e, &v[i], &src->unknown_headers[i]);
	}
	dst->trailer_count = (__u16)src->trailer_count;
	if (src->trailer_count && src->trailers) {
		struct kh_unknown_header_x32 *v = kh_emit_alloc(e, src->trailer_count, sizeof(*v),
								__alignof__(*v));

		kh_emit_ptr(e, &dst->trailers, sizeof(dst->trailers), v,
			    (size_t)src->trailer_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->trailer_count, sizeof(dst->trailer_count));
		for (size_t i = 0; i < (size_t)src->trailer_count; i++)
			kh_emit_unknown_header_x32(e, &v[i], &src->trailers[i]);
	}
	for (unsigned int i0 = 0; i0 < KH_HEADER_REQUEST_MAXIMUM; i0++)
		kh_emit_known_header_x32(e, &dst->known_headers[i0], &src->known_headers[i0]);
}

size_t kh_measure_response_headers_x32(size_t off, const struct kh_response_headers *src)
{
	if (src->unknown_header_count && src->unknown_headers) {
		off = kh_align_up(off, __alignof__(struct kh_unknown_header_x32));
		off += (size_t)src->unknown_header_count * sizeof(struct kh_unknown_header_x32);
		for (size_t i = 0; i < (size_t)src->unknown_header_count; i++)
			off = kh_measure_unknown_header_x32(off, &src->unknown_headers[i]);
	}
	if (src->trailer_count && src->trailers) {
		off = kh_align_up(off, __alignof__(struct kh_unknown_header_x32));
		off += (size_t)src->trailer_count * sizeof(struct kh_unknown_header_x32);
		for (size_t i = 0; i < (size_t)src->trailer_count; i++)
			off = kh_measure_unknown_header_x32(off, &src->trailers[i]);
	}
	for (unsigned int i0 = 0; i0 < KH_HEADER_RESPONSE_MAXIMUM; i0++)
		off = kh_measure_known_header_x32(off, &src->known_headers[i0]);
	return off;
}

void kh_emit_response_headers_x32(struct kh_emitter *e, struct kh_response_headers_x32 *dst,
				  const struct kh_response_headers *src)
{
	dst->unknown_header_count = (__u16)src->unknown_header_count;
	if (src->unknown_header_count && src->unknown_headers) {
		struct kh_unknown_header_x32 *v = kh_emit_alloc(e, src->unknown_header_count,
								sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->unknown_headers, sizeof(dst->unknown_headers), v,
			    (size_t)src->unknown_header_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->unknown_header_count, sizeof(dst->unknown_header_count));
		for (size_t i = 0; i < (size_t)src->unknown_header_count; i++)
			kh_emit_unknown_header_x32(e, &v[i], &src->unknown_headers[i]);
	}
	dst->trailer_count = (__u16)src->trailer_count;
	if (src->trailer_count && src->trailers) {
		struct kh_unknown_header_x32 *v = kh_emit_alloc(e, src->trailer_count, sizeof(*v),
								__alignof__(*v));

		kh_emit_ptr(e, &dst->trailers, sizeof(dst->trailers), v,
			    (size_t)src->trailer_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->trailer_count, sizeof(dst->trailer_count));
		for (size_t i = 0; i < (size_t)src->trailer_count; i++)
			kh_emit_unknown_header_x32(e, &v[i], &src->trailers[i]);
	}
	for (unsigned int i0 = 0; i0 < KH_HEADER_RESPONSE_MAXIMUM; i0++)
		kh_emit_known_header_x32(e, &dst->known_headers[i0], &src->known_headers[i0]);
}

size_t kh_measure_data_chunk_x32(size_t off, const struct kh_data_chunk *src)
{
	switch (src->type) {
	case KH_CHUNK_FROM_MEMORY: {
		if (src->u.memory.length && src->u.memory.buffer)
			off += (size_t)src->u.memory.length;
		break;
	}
	case KH_CHUNK_FROM_FILE: {
		break;
	}
	case KH_CHUNK_FROM_FRAGMENT_CACHE: {
		off = kh_measure_string(off, src->u.fragment.name, src->u.fragment.name_length);
		break;
	}
	default:
		break;
	}
	return off;
}

void kh_emit_data_chunk_x32(struct kh_emitter *e, struct kh_data_chunk_x32 *dst,
			    const struct kh_data_chunk *src)
{
	dst->type = (__u32)src->type;
	switch (src->type) {
	case KH_CHUNK_FROM_MEMORY: {
		if (src->u.memory.length && src->u.memory.buffer) {
			char *v = kh_emit_alloc(e, src->u.memory.length, 1, 1);

			kh_emit_ptr(e, &dst->u.memory.buffer, sizeof(dst->u.memory.buffer), v,
				    (size_t)src->u.memory.length, 0);
			kh_emit_count(e, &dst->u.memory.length, sizeof(dst->u.memory.length));
			memcpy(v, ((const char *)src->u.memory.buffer),
			       (size_t)src->u.memory.length);
		}
		dst->u.memory.length = (__u32)src->u.memory.length;
		break;
	}
	case KH_CHUNK_FROM_FILE: {
		kh_emit_byte_range_x32(e, &dst->u.file.range, &src->u.file.range);
		dst->u.file.fd = (__s32)src->u.file.fd;
		break;
	}
	case KH_CHUNK_FROM_FRAGMENT_CACHE: {
		dst->u.fragment.name_length = (__u16)src->u.fragment.name_length;
		kh_emit_string(e, &dst->u.fragment.name, sizeof(dst->u.fragment.name),
			       &dst->u.fragment.name_length, sizeof(dst->u.fragment.name_length),
			       src->u.fragment.name, src->u.fragment.name_length, 0);
		break;
	}
	default:
		break;
	}
}

size_t kh_measure_request_timing_x32(size_t off, const struct kh_request_timing *src __maybe_unused)
{
	return off;
}

void kh_emit_request_timing_x32(struct kh_emitter *e __maybe_unused,
				struct kh_request_timing_x32 *dst,
				const struct kh_request_timing *src)
{
	dst->accepted_ns = (__u64)src->accepted_ns;
	dst->headers_parsed_ns = (__u64)src->headers_parsed_ns;
	dst->header_bytes = (__u32)src->header_bytes;
}

size_t kh_measure_request_tcp_x32(size_t off, const struct kh_request_tcp *src __maybe_unused)
{
	return off;
}

void kh_emit_request_tcp_x32(struct kh_emitter *e __maybe_unused, struct kh_request_tcp_x32 *dst,
			     const struct kh_request_tcp *src)
{
	dst->rtt_us = (__u32)src->rtt_us;
	dst->mss = (__u32)src->mss;
	dst->bytes_acked = (__u64)src->bytes_acked;
}

size_t kh_measure_request_info_x32(size_t off, const struct kh_request_info *src)
{
	if (src->length && src->info) {
		switch (src->type) {
		case KH_REQUEST_INFO_TIMING: {
			off = kh_align_up(off, __alignof__(struct kh_request_timing_x32));
			off += sizeof(struct kh_request_timing_x32);
			break;
		}
		case KH_REQUEST_INFO_TCP: {
			off = kh_align_up(off, __alignof__(struct kh_request_tcp_x32));
			off += sizeof(struct kh_request_tcp_x32);
			break;
		}
		default:
			break;
		}
	}
	return off;
}

void kh_emit_request_info_x32(struct kh_emitter *e, struct kh_request_info_x32 *dst,
			      const struct kh_request_info *src)
{
	dst->type = (__u32)src->type;
	dst->length = (__u32)src->length;
	if (src->length && src->info) {
		switch (src->type) {
		case KH_REQUEST_INFO_TIMING: {
			struct kh_request_timing_x32 *v = kh_emit_alloc(e, 1, sizeof(*v),
									__alignof__(*v));

			kh_emit_ptr(e, &dst->info, sizeof(dst->info), v, sizeof(*v), 0);
			kh_emit_request_timing_x32(e, v, src->info);
			dst->length = sizeof(struct kh_request_timing_x32);
			break;
		}
		case KH_REQUEST_INFO_TCP: {
			struct kh_request_tcp_x32 *v = kh_emit_alloc(e, 1, sizeof(*v),
								     __alignof__(*v));

			kh_emit_ptr(e, &dst->info, sizeof(dst->info), v, sizeof(*v), 0);
			kh_emit_request_tcp_x32(e, v, src->info);
			dst->length = sizeof(struct kh_request_tcp_x32);
			break;
		}
		default:
			dst->length = 0;
			break;
		}
	}
}

size_t kh_measure_request_x32(size_t off, const struct kh_request *src)
{
	off = kh_measure_string(off, src->unknown_verb, src->unknown_verb_length);
	off = kh_measure_string(off, src->raw_url, src->raw_url_length);
	off = kh_measure_cooked_url_x32(off, &src->cooked_url);
	off = kh_measure_transport_address_x32(off, &src->address);
	off = kh_measure_request_headers_x32(off, &src->headers);
	if (src->entity_chunk_count && src->entity_chunks) {
		off = kh_align_up(off, __alignof__(struct kh_data_chunk_x32));
		off += (size_t)src->entity_chunk_count * sizeof(struct kh_data_chunk_x32);
		for (size_t i = 0; i < (size_t)src->entity_chunk_count; i++)
			off = kh_measure_data_chunk_x32(off, &src->entity_chunks[i]);
	}
	if (src->request_info_count && src->request_info) {
		off = kh_align_up(off, __alignof__(struct kh_request_info_x32));
		off += (size_t)src->request_info_count * sizeof(struct kh_request_info_x32);
		for (size_t i = 0; i < (size_t)src->request_info_count; i++)
			off = kh_measure_request_info_x32(off, &src->request_info[i]);
	}
	return off;
}

void kh_emit_request_x32(struct kh_emitter *e, struct kh_request_x32 *dst,
			 const struct kh_request *src)
{
	dst->flags = (__u32)src->flags;
	dst->connection_id = (__u64)src->connection_id;
	dst->request_id = (__u64)src->request_id;
	dst->url_context = (__u64)src->url_context;
	kh_emit_http_version_x32(e, &dst->version, &src->version);
	dst->verb = (__u32)src->verb;
	dst->unknown_verb_length = (__u16)src->unknown_verb_length;
	dst->raw_url_length = (__u16)src->raw_url_length;
	kh_emit_string(e, &dst->unknown_verb, sizeof(dst->unknown_verb), &dst->unknown_verb_length,
		       sizeof(dst->unknown_verb_length), src->unknown_verb,
		       src->unknown_verb_length, 0);
	kh_emit_string(e, &dst->raw_url, sizeof(dst->raw_url), &dst->raw_url_length,
		       sizeof(dst->raw_url_length), src->raw_url, src->raw_url_length, 0);
	kh_emit_cooked_url_x32(e, &dst->cooked_url, &src->cooked_url);
	kh_emit_transport_address_x32(e, &dst->address, &src->address);
	kh_emit_request_headers_x32(e, &dst->headers, &src->headers);
	dst->bytes_received = (__u64)src->bytes_received;
	dst->entity_chunk_count = (__u16)src->entity_chunk_count;
	if (src->entity_chunk_count && src->entity_chunks) {
		struct kh_data_chunk_x32 *v = kh_emit_alloc(e, src->entity_chunk_count, sizeof(*v),
							    __alignof__(*v));

		kh_emit_ptr(e, &dst->entity_chunks, sizeof(dst->entity_chunks), v,
			    (size_t)src->entity_chunk_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->entity_chunk_count, sizeof(dst->entity_chunk_count));
		for (size_t i = 0; i < (size_t)src->entity_chunk_count; i++)
			kh_emit_data_chunk_x32(e, &v[i], &src->entity_chunks[i]);
	}
	dst->raw_connection_id = (__u64)src->raw_connection_id;
	dst->request_info_count = (__u16)src->request_info_count;
	if (src->request_info_count && src->request_info) {
		struct kh_request_info_x32 *v = kh_emit_alloc(e, src->request_info_count,
							      sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->request_info, sizeof(dst->request_info), v,
			    (size_t)src->request_info_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->request_info_count, sizeof(dst->request_info_count));
		for (size_t i = 0; i < (size_t)src->request_info_count; i++)
			kh_emit_request_info_x32(e, &v[i], &src->request_info[i]);
	}
}

size_t kh_measure_multiple_known_headers_x32(size_t off,
					     const struct kh_multiple_known_headers *src)
{
	if (src->known_header_count && src->known_headers) {
		off = kh_align_up(off, __alignof__(struct kh_known_header_x32));
		off += (size_t)src->known_header_count * sizeof(struct kh_known_header_x32);
		for (size_t i = 0; i < (size_t)src->known_header_count; i++)
			off = kh_measure_known_header_x32(off, &src->known_headers[i]);
	}
	return off;
}

void kh_emit_multiple_known_headers_x32(struct kh_emitter *e,
					struct kh_multiple_known_headers_x32 *dst,
					const struct kh_multiple_known_headers *src)
{
	dst->header_id = (__u32)src->header_id;
	dst->flags = (__u32)src->flags;
	dst->known_header_count = (__u16)src->known_header_count;
	if (src->known_header_count && src->known_headers) {
		struct kh_known_header_x32 *v = kh_emit_alloc(e, src->known_header_count,
							      sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->known_headers, sizeof(dst->known_headers), v,
			    (size_t)src->known_header_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->known_header_count, sizeof(dst->known_header_count));
		for (size_t i = 0; i < (size_t)src->known_header_count; i++)
			kh_emit_known_header_x32(e, &v[i], &src->known_headers[i]);
	}
}

size_t kh_measure_cache_key_x32(size_t off, const struct kh_cache_key *src)
{
	off = kh_measure_string(off, src->key, src->key_length);
	return off;
}

void kh_emit_cache_key_x32(struct kh_emitter *e, struct kh_cache_key_x32 *dst,
			   const struct kh_cache_key *src)
{
	dst->key_length = (__u16)src->key_length;
	kh_emit_string(e, &dst->key, sizeof(dst->key), &dst->key_length, sizeof(dst->key_length),
		       src->key, src->key_length, 0);
}

size_t kh_measure_response_info_x32(size_t off, const struct kh_response_info *src)
{
	if (src->length && src->info) {
		switch (src->type) {
		case KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS: {
			off = kh_align_up(off, __alignof__(struct kh_multiple_known_headers_x32));
			off += sizeof(struct kh_multiple_known_headers_x32);
			off = kh_measure_multiple_known_headers_x32(off, src->info);
			break;
		}
		case KH_RESPONSE_INFO_CACHE_KEY: {
			off = kh_align_up(off, __alignof__(struct kh_cache_key_x32));
			off += sizeof(struct kh_cache_key_x32);
			off = kh_measure_cache_key_x32(off, src->info);
			break;
		}
		default:
			break;
		}
	}
	return off;
}

void kh_emit_response_info_x32(struct kh_emitter *e, struct kh_response_info_x32 *dst,
			       const struct kh_response_info *src)
{
	dst->type = (__u32)src->type;
	dst->length = (__u32)src->length;
	if (src->length && src->info) {
		switch (src->type) {
		case KH_RESPONSE_INFO_MULTIPLE_KNOWN_HEADERS: {
			struct kh_multiple_known_headers_x32 *v = kh_emit_alloc(e, 1, sizeof(*v),
										__alignof__(*v));

			kh_emit_ptr(e, &dst->info, sizeof(dst->info), v, sizeof(*v), 0);
			kh_emit_multiple_known_headers_x32(e, v, src->info);
			dst->length = sizeof(struct kh_multiple_known_headers_x32);
			break;
		}
		case KH_RESPONSE_INFO_CACHE_KEY: {
			struct kh_cache_key_x32 *v = kh_emit_alloc(e, 1, sizeof(*v),
								   __alignof__(*v));

			kh_emit_ptr(e, &dst->info, sizeof(dst->info), v, sizeof(*v), 0);
			kh_emit_cache_key_x32(e, v, src->info);
			dst->length = sizeof(struct kh_cache_key_x32);
			break;
		}
		default:
			dst->length = 0;
			break;
		}
	}
}

size_t kh_measure_response_x32(size_t off, const struct kh_response *src)
{
	off = kh_measure_string(off, src->reason, src->reason_length);
	off = kh_measure_response_headers_x32(off, &src->headers);
	if (src->entity_chunk_count && src->entity_chunks) {
		off = kh_align_up(off, __alignof__(struct kh_data_chunk_x32));
		off += (size_t)src->entity_chunk_count * sizeof(struct kh_data_chunk_x32);
		for (size_t i = 0; i < (size_t)src->entity_chunk_count; i++)
			off = kh_measure_data_chunk_x32(off, &src->entity_chunks[i]);
	}
	if (src->response_info_count && src->response_info) {
		off = kh_align_up(off, __alignof__(struct kh_response_info_x32));
		off += (size_t)src->response_info_count * sizeof(struct kh_response_info_x32);
		for (size_t i = 0; i < (size_t)src->response_info_count; i++)
			off = kh_measure_response_info_x32(off, &src->response_info[i]);
	}
	return off;
}

void kh_emit_response_x32(struct kh_emitter *e, struct kh_response_x32 *dst,
			  const struct kh_response *src)
{
	dst->flags = (__u32)src->flags;
	kh_emit_http_version_x32(e, &dst->version, &src->version);
	dst->status_code = (__u16)src->status_code;
	dst->reason_length = (__u16)src->reason_length;
	kh_emit_string(e, &dst->reason, sizeof(dst->reason), &dst->reason_length,
		       sizeof(dst->reason_length), src->reason, src->reason_length, 0);
	kh_emit_response_headers_x32(e, &dst->headers, &src->headers);
	dst->entity_chunk_count = (__u16)src->entity_chunk_count;
	if (src->entity_chunk_count && src->entity_chunks) {
		struct kh_data_chunk_x32 *v = kh_emit_alloc(e, src->entity_chunk_count, sizeof(*v),
							    __alignof__(*v));

		kh_emit_ptr(e, &dst->entity_chunks, sizeof(dst->entity_chunks), v,
			    (size_t)src->entity_chunk_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->entity_chunk_count, sizeof(dst->entity_chunk_count));
		for (size_t i = 0; i < (size_t)src->entity_chunk_count; i++)
			kh_emit_data_chunk_x32(e, &v[i], &src->entity_chunks[i]);
	}
	dst->response_info_count = (__u16)src->response_info_count;
	if (src->response_info_count && src->response_info) {
		struct kh_response_info_x32 *v = kh_emit_alloc(e, src->response_info_count,
							       sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->response_info, sizeof(dst->response_info), v,
			    (size_t)src->response_info_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->response_info_count, sizeof(dst->response_info_count));
		for (size_t i = 0; i < (size_t)src->response_info_count; i++)
			kh_emit_response_info_x32(e, &v[i], &src->response_info[i]);
	}
}

size_t kh_measure_cache_policy_x32(size_t off, const struct kh_cache_policy *src __maybe_unused)
{
	return off;
}

void kh_emit_cache_policy_x32(struct kh_emitter *e __maybe_unused, struct kh_cache_policy *dst,
			      const struct kh_cache_policy *src)
{
	dst->policy = (__u32)src->policy;
	dst->seconds_to_live = (__u32)src->seconds_to_live;
}

size_t kh_measure_log_data_x32(size_t off, const struct kh_log_data *src)
{
	off = kh_measure_string(off, src->user_name, src->user_name_length);
	off = kh_measure_string(off, src->uri_query, src->uri_query_length);
	return off;
}

void kh_emit_log_data_x32(struct kh_emitter *e, struct kh_log_data_x32 *dst,
			  const struct kh_log_data *src)
{
	dst->type = (__u32)src->type;
	dst->user_name_length = (__u16)src->user_name_length;
	dst->uri_query_length = (__u16)src->uri_query_length;
	kh_emit_string(e, &dst->user_name, sizeof(dst->user_name), &dst->user_name_length,
		       sizeof(dst->user_name_length), src->user_name, src->user_name_length, 0);
	kh_emit_string(e, &dst->uri_query, sizeof(dst->uri_query), &dst->uri_query_length,
		       sizeof(dst->uri_query_length), src->uri_query, src->uri_query_length, 0);
	dst->bytes_sent = (__u64)src->bytes_sent;
	dst->bytes_received = (__u64)src->bytes_received;
	dst->time_taken_ms = (__u32)src->time_taken_ms;
	dst->protocol_status = (__u16)src->protocol_status;
	dst->sub_status = (__u16)src->sub_status;
}

size_t kh_measure_version_args_x32(size_t off, const struct kh_version_args *src __maybe_unused)
{
	return off;
}

void kh_emit_version_args_x32(struct kh_emitter *e __maybe_unused, struct kh_version_args *dst,
			      const struct kh_version_args *src)
{
	dst->major = (__u32)src->major;
	dst->minor = (__u32)src->minor;
	dst->patch = (__u32)src->patch;
	dst->abi = (__u32)src->abi;
}

size_t kh_measure_queue_args_x32(size_t off, const struct kh_queue_args *src)
{
	off = kh_measure_string(off, src->name, src->name_length);
	return off;
}

void kh_emit_queue_args_x32(struct kh_emitter *e, struct kh_queue_args_x32 *dst,
			    const struct kh_queue_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->name_length = (__u32)src->name_length;
	kh_emit_string(e, &dst->name, sizeof(dst->name), &dst->name_length,
		       sizeof(dst->name_length), src->name, src->name_length, 0);
	dst->queue_id = (__u64)src->queue_id;
}

size_t kh_measure_url_args_x32(size_t off, const struct kh_url_args *src)
{
	off = kh_measure_string(off, src->url, src->url_length);
	return off;
}

void kh_emit_url_args_x32(struct kh_emitter *e, struct kh_url_args_x32 *dst,
			  const struct kh_url_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->url_context = (__u64)src->url_context;
	dst->url_length = (__u32)src->url_length;
	kh_emit_string(e, &dst->url, sizeof(dst->url), &dst->url_length, sizeof(dst->url_length),
		       src->url, src->url_length, 0);
}

size_t kh_measure_receive_request_args_x32(size_t off,
					   const struct kh_receive_request_args *src __maybe_unused)
{
	return off;
}

void kh_emit_receive_request_args_x32(struct kh_emitter *e __maybe_unused,
				      struct kh_receive_request_args_x32 *dst,
				      const struct kh_receive_request_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
	dst->buffer_length = (__u32)src->buffer_length;
	dst->bytes_returned = (__u32)src->bytes_returned;
	dst->bytes_needed = (__u32)src->bytes_needed;
}

size_t kh_measure_receive_body_args_x32(size_t off, const struct kh_receive_body_args *src)
{
	if (src->buffer_length && src->buffer)
		off += (size_t)src->buffer_length;
	return off;
}

void kh_emit_receive_body_args_x32(struct kh_emitter *e, struct kh_receive_body_args_x32 *dst,
				   const struct kh_receive_body_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
	dst->buffer_length = (__u32)src->buffer_length;
	if (src->buffer_length && src->buffer) {
		char *v = kh_emit_alloc(e, src->buffer_length, 1, 1);

		kh_emit_ptr(e, &dst->buffer, sizeof(dst->buffer), v, (size_t)src->buffer_length,
			    KH_PTR_OUT);
		kh_emit_count(e, &dst->buffer_length, sizeof(dst->buffer_length));
		memcpy(v, ((const char *)src->buffer), (size_t)src->buffer_length);
	}
	dst->bytes_returned = (__u32)src->bytes_returned;
}

size_t kh_measure_send_response_args_x32(size_t off, const struct kh_send_response_args *src)
{
	if (src->response) {
		off = kh_align_up(off, __alignof__(struct kh_response_x32));
		off += sizeof(struct kh_response_x32);
		off = kh_measure_response_x32(off, src->response);
	}
	if (src->cache_policy) {
		off = kh_align_up(off, __alignof__(struct kh_cache_policy));
		off += sizeof(struct kh_cache_policy);
	}
	if (src->log_data) {
		off = kh_align_up(off, __alignof__(struct kh_log_data_x32));
		off += sizeof(struct kh_log_data_x32);
		off = kh_measure_log_data_x32(off, src->log_data);
	}
	return off;
}

void kh_emit_send_response_args_x32(struct kh_emitter *e, struct kh_send_response_args_x32 *dst,
				    const struct kh_send_response_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
	if (src->response) {
		struct kh_response_x32 *v = kh_emit_alloc(e, 1, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->response, sizeof(dst->response), v, sizeof(*v), 0);
		kh_emit_response_x32(e, v, src->response);
	}
	if (src->cache_policy) {
		struct kh_cache_policy *v = kh_emit_alloc(e, 1, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->cache_policy, sizeof(dst->cache_policy), v, sizeof(*v),
			    KH_PTR_OPTIONAL);
		kh_emit_cache_policy_x32(e, v, src->cache_policy);
	}
	if (src->log_data) {
		struct kh_log_data_x32 *v = kh_emit_alloc(e, 1, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->log_data, sizeof(dst->log_data), v, sizeof(*v),
			    KH_PTR_OPTIONAL);
		kh_emit_log_data_x32(e, v, src->log_data);
	}
	dst->bytes_sent = (__u32)src->bytes_sent;
}

size_t kh_measure_send_body_args_x32(size_t off, const struct kh_send_body_args *src)
{
	if (src->chunk_count && src->chunks) {
		off = kh_align_up(off, __alignof__(struct kh_data_chunk_x32));
		off += (size_t)src->chunk_count * sizeof(struct kh_data_chunk_x32);
		for (size_t i = 0; i < (size_t)src->chunk_count; i++)
			off = kh_measure_data_chunk_x32(off, &src->chunks[i]);
	}
	if (src->log_data) {
		off = kh_align_up(off, __alignof__(struct kh_log_data_x32));
		off += sizeof(struct kh_log_data_x32);
		off = kh_measure_log_data_x32(off, src->log_data);
	}
	return off;
}

void kh_emit_send_body_args_x32(struct kh_emitter *e, struct kh_send_body_args_x32 *dst,
				const struct kh_send_body_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
	dst->chunk_count = (__u16)src->chunk_count;
	if (src->chunk_count && src->chunks) {
		struct kh_data_chunk_x32 *v = kh_emit_alloc(e, src->chunk_count, sizeof(*v),
							    __alignof__(*v));

		kh_emit_ptr(e, &dst->chunks, sizeof(dst->chunks), v,
			    (size_t)src->chunk_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->chunk_count, sizeof(dst->chunk_count));
		for (size_t i = 0; i < (size_t)src->chunk_count; i++)
			kh_emit_data_chunk_x32(e, &v[i], &src->chunks[i]);
	}
	if (src->log_data) {
		struct kh_log_data_x32 *v = kh_emit_alloc(e, 1, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->log_data, sizeof(dst->log_data), v, sizeof(*v),
			    KH_PTR_OPTIONAL);
		kh_emit_log_data_x32(e, v, src->log_data);
	}
	dst->bytes_sent = (__u32)src->bytes_sent;
}

size_t kh_measure_cancel_args_x32(size_t off, const struct kh_cancel_args *src __maybe_unused)
{
	return off;
}

void kh_emit_cancel_args_x32(struct kh_emitter *e __maybe_unused, struct kh_cancel_args_x32 *dst,
			     const struct kh_cancel_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->request_id = (__u64)src->request_id;
}

size_t kh_measure_wait_disconnect_args_x32(size_t off,
					   const struct kh_wait_disconnect_args *src __maybe_unused)
{
	return off;
}

void kh_emit_wait_disconnect_args_x32(struct kh_emitter *e __maybe_unused,
				      struct kh_wait_disconnect_args_x32 *dst,
				      const struct kh_wait_disconnect_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->connection_id = (__u64)src->connection_id;
}

size_t kh_measure_flush_cache_args_x32(size_t off, const struct kh_flush_cache_args *src)
{
	off = kh_measure_string(off, src->url, src->url_length);
	return off;
}

void kh_emit_flush_cache_args_x32(struct kh_emitter *e, struct kh_flush_cache_args_x32 *dst,
				  const struct kh_flush_cache_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->url_length = (__u32)src->url_length;
	kh_emit_string(e, &dst->url, sizeof(dst->url), &dst->url_length, sizeof(dst->url_length),
		       src->url, src->url_length, 0);
}

size_t kh_measure_stats_args_x32(size_t off, const struct kh_stats_args *src)
{
	if (src->counter_count && src->counters) {
		off = kh_align_up(off, __alignof__(__u64));
		off += (size_t)src->counter_count * sizeof(__u64);
	}
	return off;
}

void kh_emit_stats_args_x32(struct kh_emitter *e, struct kh_stats_args_x32 *dst,
			    const struct kh_stats_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->counter_count = (__u32)src->counter_count;
	if (src->counter_count && src->counters) {
		__u64 *v = kh_emit_alloc(e, src->counter_count, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->counters, sizeof(dst->counters), v,
			    (size_t)src->counter_count * sizeof(*v), KH_PTR_OUT);
		kh_emit_count(e, &dst->counter_count, sizeof(dst->counter_count));
		for (size_t i = 0; i < (size_t)src->counter_count; i++)
			v[i] = (__u64)src->counters[i];
	}
	dst->counters_returned = (__u32)src->counters_returned;
}

size_t kh_measure_limits_args_x32(size_t off, const struct kh_limits_args *src __maybe_unused)
{
	return off;
}

void kh_emit_limits_args_x32(struct kh_emitter *e __maybe_unused, struct kh_limits_args_x32 *dst,
			     const struct kh_limits_args *src)
{
	dst->mask = (__u32)src->mask;
	dst->max_connections = (__u32)src->max_connections;
	dst->queue_length = (__u32)src->queue_length;
	dst->max_header_bytes = (__u32)src->max_header_bytes;
	dst->max_body_bytes = (__u64)src->max_body_bytes;
	dst->idle_timeout_ms = (__u32)src->idle_timeout_ms;
	dst->header_timeout_ms = (__u32)src->header_timeout_ms;
}

size_t kh_measure_admin_entry_x32(size_t off, const struct kh_admin_entry *src __maybe_unused)
{
	return off;
}

void kh_emit_admin_entry_x32(struct kh_emitter *e __maybe_unused, struct kh_admin_entry_x32 *dst,
			     const struct kh_admin_entry *src)
{
	dst->kind = (__u32)src->kind;
	dst->abi = (__u32)src->abi;
	dst->id = (__u64)src->id;
	dst->queue_id = (__u64)src->queue_id;
	dst->pid = (__u32)src->pid;
	dst->port = (__u32)src->port;
	for (unsigned int i0 = 0; i0 < 3; i0++)
		dst->value[i0] = (__u64)src->value[i0];
	memcpy(dst->name, src->name, sizeof(dst->name));
}

size_t kh_measure_admin_list_args_x32(size_t off, const struct kh_admin_list_args *src)
{
	if (src->entry_count && src->entries) {
		off = kh_align_up(off, __alignof__(struct kh_admin_entry_x32));
		off += (size_t)src->entry_count * sizeof(struct kh_admin_entry_x32);
	}
	return off;
}

void kh_emit_admin_list_args_x32(struct kh_emitter *e, struct kh_admin_list_args_x32 *dst,
				 const struct kh_admin_list_args *src)
{
	dst->kind = (__u32)src->kind;
	dst->flags = (__u32)src->flags;
	dst->start = (__u32)src->start;
	dst->entry_count = (__u32)src->entry_count;
	if (src->entry_count && src->entries) {
		struct kh_admin_entry_x32 *v = kh_emit_alloc(e, src->entry_count, sizeof(*v),
							     __alignof__(*v));

		kh_emit_ptr(e, &dst->entries, sizeof(dst->entries), v,
			    (size_t)src->entry_count * sizeof(*v), KH_PTR_OUT);
		kh_emit_count(e, &dst->entry_count, sizeof(dst->entry_count));
		for (size_t i = 0; i < (size_t)src->entry_count; i++)
			kh_emit_admin_entry_x32(e, &v[i], &src->entries[i]);
	}
	dst->entries_returned = (__u32)src->entries_returned;
	dst->entries_total = (__u32)src->entries_total;
}

size_t kh_measure_queue_access_args_x32(size_t off, const struct kh_queue_access_args *src)
{
	if (src->uid_count && src->uids) {
		off = kh_align_up(off, __alignof__(__u32));
		off += (size_t)src->uid_count * sizeof(__u32);
	}
	if (src->gid_count && src->gids) {
		off = kh_align_up(off, __alignof__(__u32));
		off += (size_t)src->gid_count * sizeof(__u32);
	}
	return off;
}

void kh_emit_queue_access_args_x32(struct kh_emitter *e, struct kh_queue_access_args_x32 *dst,
				   const struct kh_queue_access_args *src)
{
	dst->mode = (__u32)src->mode;
	dst->uid_count = (__u16)src->uid_count;
	dst->gid_count = (__u16)src->gid_count;
	if (src->uid_count && src->uids) {
		__u32 *v = kh_emit_alloc(e, src->uid_count, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->uids, sizeof(dst->uids), v,
			    (size_t)src->uid_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->uid_count, sizeof(dst->uid_count));
		memcpy(v, src->uids, (size_t)src->uid_count * sizeof(*v));
	}
	if (src->gid_count && src->gids) {
		__u32 *v = kh_emit_alloc(e, src->gid_count, sizeof(*v), __alignof__(*v));

		kh_emit_ptr(e, &dst->gids, sizeof(dst->gids), v,
			    (size_t)src->gid_count * sizeof(*v), 0);
		kh_emit_count(e, &dst->gid_count, sizeof(dst->gid_count));
		memcpy(v, src->gids, (size_t)src->gid_count * sizeof(*v));
	}
}

size_t kh_measure_reservation_args_x32(size_t off, const struct kh_reservation_args *src)
{
	off = kh_measure_string(off, src->url, src->url_length);
	return off;
}

void kh_emit_reservation_args_x32(struct kh_emitter *e, struct kh_reservation_args_x32 *dst,
				  const struct kh_reservation_args *src)
{
	dst->flags = (__u32)src->flags;
	dst->uid = (__u32)src->uid;
	dst->gid = (__u32)src->gid;
	dst->url_length = (__u32)src->url_length;
	kh_emit_string(e, &dst->url, sizeof(dst->url), &dst->url_length, sizeof(dst->url_length),
		       src->url, src->url_length, 0);
}

static void kh_emit_partial_request(struct kh_request *dst, const struct kh_request *src)
{
	dst->connection_id = src->connection_id;
	dst->request_id = src->request_id;
}

static int kh_to_user_request(struct kh_ctx *c, const struct kh_request *src, __u32 *needed)
{
	size_t size = kh_measure_request(sizeof(struct kh_request), src);
	struct kh_emitter e;
	struct kh_request *dst;
	int err;

	if (size > 0xffffffffu)
		return -E2BIG;
	*needed = (__u32)size;
	if (c->emit_len < sizeof(struct kh_request))
		return -ENOBUFS;
	if (c->emit_len < size) {
		err = kh_emit_begin(&e, c->emit_uaddr, sizeof(struct kh_request));
		if (err)
			return err;
		dst = kh_emit_alloc(&e, 1, sizeof(*dst), __alignof__(*dst));
		kh_emit_partial_request(dst, src);
		err = kh_emit_finish(&e);
		return err ? err : -ENOSPC;
	}
	err = kh_emit_begin(&e, c->emit_uaddr, size);
	if (err)
		return err;
	e.priv = c->priv;
	dst = kh_emit_alloc(&e, 1, sizeof(*dst), __alignof__(*dst));
	kh_emit_request(&e, dst, src);
	return kh_emit_finish(&e);
}

static void kh_emit_partial_request_ia32(struct kh_request_ia32 *dst, const struct kh_request *src)
{
	dst->connection_id = src->connection_id;
	dst->request_id = src->request_id;
}

static int kh_to_user_request_ia32(struct kh_ctx *c, const struct kh_request *src, __u32 *needed)
{
	size_t size = kh_measure_request_ia32(sizeof(struct kh_request_ia32), src);
	struct kh_emitter e;
	struct kh_request_ia32 *dst;
	int err;

	if (size > 0xffffffffu)
		return -E2BIG;
	*needed = (__u32)size;
	if (c->emit_len < sizeof(struct kh_request_ia32))
		return -ENOBUFS;
	if (c->emit_len < size) {
		err = kh_emit_begin(&e, c->emit_uaddr, sizeof(struct kh_request_ia32));
		if (err)
			return err;
		dst = kh_emit_alloc(&e, 1, sizeof(*dst), __alignof__(*dst));
		kh_emit_partial_request_ia32(dst, src);
		err = kh_emit_finish(&e);
		return err ? err : -ENOSPC;
	}
	err = kh_emit_begin(&e, c->emit_uaddr, size);
	if (err)
		return err;
	e.priv = c->priv;
	dst = kh_emit_alloc(&e, 1, sizeof(*dst), __alignof__(*dst));
	kh_emit_request_ia32(&e, dst, src);
	return kh_emit_finish(&e);
}

static void kh_emit_partial_request_x32(struct kh_request_x32 *dst, const struct kh_request *src)
{
	dst->connection_id = src->connection_id;
	dst->request_id = src->request_id;
}

static int kh_to_user_request_x32(struct kh_ctx *c, const struct kh_request *src, __u32 *needed)
{
	size_t size = kh_measure_request_x32(sizeof(struct kh_request_x32), src);
	struct kh_emitter e;
	struct kh_request_x32 *dst;
	int err;

	if (size > 0xffffffffu)
		return -E2BIG;
	*needed = (__u32)size;
	if (c->emit_len < sizeof(struct kh_request_x32))
		return -ENOBUFS;
	if (c->emit_len < size) {
		err = kh_emit_begin(&e, c->emit_uaddr, sizeof(struct kh_request_x32));
		if (err)
			return err;
		dst = kh_emit_alloc(&e, 1, sizeof(*dst), __alignof__(*dst));
		kh_emit_partial_request_x32(dst, src);
		err = kh_emit_finish(&e);
		return err ? err : -ENOSPC;
	}
	err = kh_emit_begin(&e, c->emit_uaddr, size);
	if (err)
		return err;
	e.priv = c->priv;
	dst = kh_emit_alloc(&e, 1, sizeof(*dst), __alignof__(*dst));
	kh_emit_request_x32(&e, dst, src);
	return kh_emit_finish(&e);
}

int kh_request_to_user(struct kh_ctx *c, const struct kh_request *src, __u32 *needed)
{
	if (!c->has_emit)
		return -EINVAL;
	switch (c->abi) {
	case KH_LAYOUT_X86_64:
		return kh_to_user_request(c, src, needed);
	case KH_LAYOUT_IA32:
		return kh_to_user_request_ia32(c, src, needed);
	case KH_LAYOUT_X32:
		return kh_to_user_request_x32(c, src, needed);
	default:
		return -EINVAL;
	}
}
