// SPDX-License-Identifier: GPL-2.0
/*
 * khttp: the HTTP/1.0 and 1.1 request parser (RFC 9110, RFC 9112).
 *
 * It reads a buffer from its start and either finds one whole request,
 * asks for more bytes, or names the 4xx/5xx status the kernel answers with.
 * It is strict where leniency lets requests be smuggled: CR LF only, no
 * whitespace before the colon, no obs-fold, no Content-Length together with
 * Transfer-Encoding, no differing Content-Lengths, chunked the final coding
 * (else 400; another coding before it 501). Tokens are ASCII
 * (khttp_token.c), Host is an authority (khttp_authority.c).
 * A partial request is parsed on from where the last call stopped
 * (struct khttp_parse_pos): the line scan resumes in the unterminated line,
 * the header section is parsed once it is whole, a chunked body is
 * scanned by the incremental decoder as it arrives and decoded in place
 * once, when all of it is there; one too large to come with the request
 * is decoded as it streams to receive-body (khttp_dechunk_feed). The bytes the
 * parser examines are counted (the parse_bytes parameter): a test holds
 * them to a bound however the bytes arrive.
 */
#include <linux/kernel.h>
#include <linux/moduleparam.h>
#include <linux/percpu.h>
#include <linux/string.h>
#include <linux/sysfs.h>
#include "khttp_internal.h"
#include "khttp_headers.h"
#include "khttp_token.h"
#include "khttp_authority.h"

#define KHTTP_MAX_REQUEST_LINE	8192
#define KHTTP_CHUNK_LINE_MAX	1024	/* a chunk-size line with its extensions */
#define KHTTP_TRAILER_LINE_MAX	8192
#define KHTTP_PARSE_NEXT		100	/* inside: on to the next phase */

/* field-value bytes: VCHAR, SP, HTAB, obs-text */
static bool is_field_char(unsigned char c)
{
	return c == '\t' || (c >= 0x20 && c != 0x7f);
}

/* request-target bytes: visible ASCII, no obs-text, no fragment (RFC 9112 3.2) */
static bool is_target_char(unsigned char c)
{
	return c > 0x20 && c < 0x7f && c != '#';
}

/* bytes examined by the parser, per CPU: /sys/module/khttp/parameters/parse_bytes */
static DEFINE_PER_CPU(u64, khttp_parse_work);

static int parse_bytes_get(char *buf, const struct kernel_param *kp)
{
	u64 sum = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		sum += per_cpu(khttp_parse_work, cpu);
	return sysfs_emit(buf, "%llu\n", sum);
}

static const struct kernel_param_ops parse_bytes_ops = { .get = parse_bytes_get };
module_param_cb(parse_bytes, &parse_bytes_ops, NULL, 0444);
MODULE_PARM_DESC(parse_bytes, "bytes the HTTP parser examined (a work counter for tests)");

static void parse_work(size_t n)
{
	this_cpu_add(khttp_parse_work, n);
}

static const char *find_crlf(const char *p, const char *end)
{
	const char *from = p;

	for (; p + 1 < end; p++) {
		if (p[0] == '\r' && p[1] == '\n')
			break;
		if (p[0] == '\n' || p[0] == '\r') {
			parse_work(p + 1 - from);
			return ERR_PTR(-400);	/* a bare LF or CR */
		}
	}
	parse_work(p - from);
	if (p + 1 < end)
		return p;
	return p < end && *p == '\n' ? ERR_PTR(-400) : NULL;	/* a bare LF last */
}

/*
 * The line end of the line at p, the search resumed after the *scanned
 * bytes of it an earlier call examined (they hold no line end); *scanned
 * grows when none is found yet, and goes to 0 with a line end.
 */
static const char *find_crlf_from(const char *p, const char *end, size_t *scanned)
{
	const char *eol = find_crlf(p + *scanned, end);

	if (!eol && end - p > 1)
		*scanned = end - p - 1;	/* the last byte may be a CR of a CR LF */
	else if (eol)
		*scanned = 0;
	return eol;
}

static bool token_in_list(const char *v, size_t len, const char *tok)
{
	size_t n = strlen(tok), i = 0;

	while (i < len) {
		size_t s, e;

		while (i < len && (v[i] == ' ' || v[i] == '\t' || v[i] == ','))
			i++;
		s = i;
		while (i < len && v[i] != ',')
			i++;
		e = i;
		while (e > s && (v[e - 1] == ' ' || v[e - 1] == '\t'))
			e--;
		if (e - s == n && !strncasecmp(v + s, tok, n))
			return true;
	}
	return false;
}

/*
 * absolute-form "http://" authority [ path-abempty [ "?" query ] ]: the
 * authority by the Host grammar, but no empty host (RFC 9110 4.2.1)
 */
static int check_absolute(const char *a, size_t len)
{
	const char *end = a + len, *p = a;
	struct khttp_authority auth;

	while (p < end && *p != '/' && *p != '?')
		p++;
	return khttp_authority_parse(a, p - a, false, &auth);
}

static int parse_request_line(const char *p, const char *eol, struct khttp_parsed *r)
{
	const char *sp1, *sp2;

	if (eol - p > KHTTP_MAX_REQUEST_LINE)
		return -414;
	sp1 = memchr(p, ' ', eol - p);
	if (!sp1 || sp1 == p || sp1 - p > 32)
		return -400;
	for (r->method = p; p < sp1; p++)
		if (!khttp_is_tchar(*p))
			return -400;
	r->method_len = sp1 - r->method;
	sp2 = memchr(sp1 + 1, ' ', eol - sp1 - 1);
	if (!sp2 || sp2 == sp1 + 1)
		return -400;
	for (p = sp1 + 1; p < sp2; p++)
		if (!is_target_char(*p))
			return -400;
	r->target = sp1 + 1;
	r->target_len = sp2 - r->target;
	if (r->target[0] != '/' && !(r->target_len == 1 && r->target[0] == '*') &&
	    (r->target_len < 7 || strncasecmp(r->target, "http://", 7)))
		return -400;
	p = sp2 + 1;
	if (eol - p != 8 || memcmp(p, "HTTP/", 5) || !khttp_is_digit(p[5]) || p[6] != '.' ||
	    !khttp_is_digit(p[7]))
		return -400;
	r->major = p[5] - '0';
	r->minor = p[7] - '0';
	if (r->major != 1)
		return -505;
	r->verb = khttp_verb(r->method, r->method_len);
	if (r->target[0] == '*' && r->verb != KH_VERB_OPTIONS)
		return -400;	/* asterisk-form is OPTIONS' only (RFC 9112 3.2.4) */
	if (r->target[0] == 'h' || r->target[0] == 'H')
		return check_absolute(r->target + 7, r->target_len - 7);
	return 0;
}

/* Content-Length: 1*DIGIT, the same in every copy */
static int parse_length(const struct khttp_hdr *h, struct khttp_parsed *r)
{
	u64 v = 0;
	int i;

	if (!h->value_len)
		return -400;
	for (i = 0; i < h->value_len; i++) {
		if (!khttp_is_digit(h->value[i]) || v > (U64_MAX - 9) / 10)
			return -400;
		v = v * 10 + (h->value[i] - '0');
	}
	if (r->has_length && r->content_length != v)
		return -400;
	r->has_length = true;
	r->content_length = v;
	return 0;
}

/*
 * Transfer-Encoding, all its fields as one list: chunked must be the final
 * coding (else 400 and close, RFC 9112 6.3), and only once; a coding
 * before it is one the kernel does not implement: 501.
 */
static int check_te(const struct khttp_te *te, struct khttp_parsed *r)
{
	r->chunked = te->last_chunked;
	if (!r->chunked)
		return -400;
	return te->other ? -501 : 0;
}

static int check_host(const struct khttp_hdr *h)
{
	struct khttp_authority a;

	return khttp_authority_parse(h->value, h->value_len, true, &a);
}

/* one field line "name: value" between p and eol */
static int parse_field(const char *p, const char *eol, struct khttp_hdr *h)
{
	const char *colon = memchr(p, ':', eol - p), *v, *e;

	if (p == eol || *p == ' ' || *p == '\t')
		return -400;	/* obs-fold or an empty name */
	if (!colon || colon == p)
		return -400;
	for (h->name = p; p < colon; p++)
		if (!khttp_is_tchar(*p))
			return -400;	/* includes whitespace before the colon */
	for (v = colon + 1; v < eol && (*v == ' ' || *v == '\t'); v++)
		;
	for (e = eol; e > v && (e[-1] == ' ' || e[-1] == '\t'); e--)
		;
	for (p = v; p < e; p++)
		if (!is_field_char(*p))
			return -400;	/* NUL, CR, DEL and other controls */
	if (colon - h->name > 255 || e - v > KH_MAX_HEADER_VALUE)
		return -431;
	h->name_len = colon - h->name;
	h->value = v;
	h->value_len = e - v;
	h->id = khttp_request_header_id(h->name, h->name_len);
	return 0;
}

static int parse_headers(const char *p, const char *end, struct khttp_parsed *r)
{
	struct khttp_te te = { 0 };
	bool host = false;
	int err;

	for (;;) {
		const char *eol = find_crlf(p, end);
		struct khttp_hdr *h;

		if (IS_ERR(eol))
			return PTR_ERR(eol);
		if (eol == p)
			break;
		if (r->nhdr == KHTTP_PARSE_MAX_HEADERS)
			return -431;
		h = &r->hdr[r->nhdr++];
		err = parse_field(p, eol, h);
		if (err)
			return err;
		p = eol + 2;
		switch (h->id) {
		case KH_HEADER_CONTENT_LENGTH:
			err = parse_length(h, r);
			break;
		case KH_HEADER_TRANSFER_ENCODING:
			err = khttp_te_codings(h->value, h->value_len, &te);
			r->chunked = true;	/* framed by it (checked below), not by a length */
			break;
		case KH_HEADER_HOST:
			err = host ? -400 : check_host(h);
			host = true;
			break;
		case KH_HEADER_CONNECTION:
			if (token_in_list(h->value, h->value_len, "close"))
				r->keep_alive = false;
			else if (token_in_list(h->value, h->value_len, "keep-alive"))
				r->keep_alive = true;
			break;
		case KH_HEADER_EXPECT:
			if (h->value_len != 12 || strncasecmp(h->value, "100-continue", 12))
				err = -417;
			else
				r->expect_continue = true;
			break;
		}
		if (err)
			return err;
	}
	if (r->minor >= 1 && !host)
		return -400;
	if (r->chunked && r->has_length)
		return -400;	/* a smuggling pattern: never guess which one wins */
	if (r->chunked) {
		err = check_te(&te, r);
		if (err)
			return err;
	}
	if (r->chunked && r->minor == 0)
		return -400;
	return 0;
}

/* a chunk-size line between p and eol: 1*HEXDIG, extensions checked and ignored */
static int parse_chunk_size(const char *p, const char *eol, u64 *size)
{
	const char *q;

	*size = 0;
	for (q = p; q < eol && khttp_is_hex(*q); q++) {
		if (*size >> 59)
			return -413;
		*size = *size * 16 + hex_to_bin(*q);
	}
	if (q == p || !khttp_chunk_ext_ok(q, eol - q))
		return -400;
	return 0;
}

/*
 * The chunked body from p: its encoded end, or KHTTP_PARSE_MORE when
 * incomplete; -413 past max_body, KHTTP_PARSE_STREAM past along (it cannot
 * come with the request).
 */
static int scan_chunked(char *p, char *end, u64 max_body, u64 along, bool decode,
			struct khttp_parsed *r, char **done)
{
	char *out = p;
	u64 total = 0;

	for (;;) {
		const char *eol = find_crlf(p, end);
		u64 size;
		int err;

		if (IS_ERR(eol))
			return PTR_ERR(eol);
		if (!eol)
			return end - p > KHTTP_CHUNK_LINE_MAX ? -400 : KHTTP_PARSE_MORE;
		err = parse_chunk_size(p, eol, &size);
		if (err)
			return err;
		p = (char *)eol + 2;
		if (!size)
			break;
		total += size;
		if (total > max_body)
			return -413;
		if (total > along)
			return KHTTP_PARSE_STREAM;
		if ((u64)(end - p) < size + 2)
			return KHTTP_PARSE_MORE;
		if (p[size] != '\r' || p[size + 1] != '\n')
			return -400;
		if (decode)
			memmove(out, p, size);
		out += size;
		p += size + 2;
	}
	/* trailer section */
	for (;;) {
		const char *eol = find_crlf(p, end);
		int err;

		if (IS_ERR(eol))
			return PTR_ERR(eol);
		if (!eol)
			return KHTTP_PARSE_MORE;
		if (eol == p)
			break;
		if (r->ntrailer == KH_MAX_HEADERS)
			return -431;
		err = parse_field(p, eol, &r->trailer[r->ntrailer]);
		if (err)
			return err;
		r->ntrailer++;
		p = (char *)eol + 2;
	}
	*done = p + 2;
	r->body_len = total;
	return KHTTP_PARSE_DONE;
}

/**
 * khttp_parse_reset() - make the next khttp_parse() start afresh
 * @r: the parse state
 */
void khttp_parse_reset(struct khttp_parsed *r)
{
	r->pos.phase = KHTTP_PP_START;
}

/*
 * The request line and the header section, whole in buf (pos.start,
 * pos.head_len), into r: again when the buffer moved, r's pointers into
 * it with them.
 */
static int parse_head(char *buf, struct khttp_parsed *r)
{
	const char *line = buf + r->pos.start, *end = buf + r->pos.head_len;
	const char *eol = find_crlf(line, end);
	int err;

	memset(r, 0, offsetof(struct khttp_parsed, pos));
	if (IS_ERR_OR_NULL(eol))	/* it was whole before */
		return -400;
	err = parse_request_line(line, eol, r);
	if (err)
		return err;
	r->keep_alive = r->minor >= 1;
	r->header_len = r->pos.head_len;
	err = parse_headers(eol + 2, end, r);
	r->body = buf + r->header_len;
	return err;
}

/* r's pointers into a buffer that moved: what was parsed, again */
static int parse_again(char *buf, struct khttp_parsed *r)
{
	const char *line = buf + r->pos.start, *eol;

	if (r->pos.phase >= KHTTP_PP_LENGTH)
		return parse_head(buf, r);
	eol = find_crlf(line, buf + r->pos.line);
	return IS_ERR_OR_NULL(eol) ? -400 : parse_request_line(line, eol, r);
}

/* the request line, once it is whole; KHTTP_PARSE_MORE before */
static int parse_line(char *buf, char *end, struct khttp_parsed *r)
{
	struct khttp_parse_pos *ps = &r->pos;
	const char *p, *eol;
	int err;

	/* empty lines before a request are ignored */
	while (!ps->scanned && end - (buf + ps->line) >= 2 && buf[ps->line] == '\r' &&
	       buf[ps->line + 1] == '\n')
		ps->line += 2;
	ps->start = ps->line;
	p = buf + ps->line;
	eol = find_crlf_from(p, end, &ps->scanned);
	if (IS_ERR(eol))
		return PTR_ERR(eol);
	if (!eol)
		return end - p > KHTTP_MAX_REQUEST_LINE ? -414 : KHTTP_PARSE_MORE;
	err = parse_request_line(p, eol, r);	/* a bad one is refused at once */
	if (err)
		return err;
	ps->line = eol + 2 - buf;
	ps->phase = KHTTP_PP_HEADERS;
	return KHTTP_PARSE_NEXT;
}

/*
 * The header section's end, the lines scanned as they arrive; then the
 * whole section parsed once, and how the body comes.
 */
static int parse_section(char *buf, char *end, size_t max_header, u64 max_body,
			 struct khttp_parsed *r)
{
	struct khttp_parse_pos *ps = &r->pos;
	const char *eol;
	int err;

	for (;;) {
		eol = find_crlf_from(buf + ps->line, end, &ps->scanned);
		if (IS_ERR(eol))
			return PTR_ERR(eol);
		if (!eol)	/* a bare LF or CR before the end is an error right away */
			return (size_t)(end - buf) > max_header ? -431 : KHTTP_PARSE_MORE;
		if (eol == buf + ps->line)
			break;
		ps->line = eol + 2 - buf;
	}
	ps->head_len = eol + 2 - buf;
	if (ps->head_len > max_header)
		return -431;
	err = parse_head(buf, r);
	if (err)
		return err;
	if (r->has_length) {
		if (r->content_length > max_body)
			return -413;
		ps->phase = KHTTP_PP_LENGTH;
	} else if (r->chunked) {
		ps->dechunk = (struct khttp_dechunk){ .max = max_body };
		ps->body_in = 0;
		ps->phase = KHTTP_PP_CHUNKED;
	} else {
		r->total_len = r->header_len;
		return KHTTP_PARSE_DONE;
	}
	return KHTTP_PARSE_NEXT;	/* on to the body */
}

/*
 * The chunked body scanned on from where the last call stopped; decoded
 * in place (and its trailers kept) once, when its end is there.
 */
static int parse_chunked(char *buf, char *end, u64 max_body, u64 max_chunked,
			 struct khttp_parsed *r)
{
	struct khttp_parse_pos *ps = &r->pos;
	struct khttp_dechunk *d = &ps->dechunk;
	char *in = r->body + ps->body_in, *done;
	size_t used;

	khttp_dechunk_feed(d, in, end - in, &used, NULL, SIZE_MAX);
	ps->body_in += used;
	if (d->state == KHTTP_DECHUNK_ERROR)
		return -d->status;
	if (d->total > max_chunked)
		return KHTTP_PARSE_STREAM;
	if (d->state != KHTTP_DECHUNK_DONE)
		return KHTTP_PARSE_HEADERS;
	r->ntrailer = 0;
	if (scan_chunked(r->body, end, max_body, max_chunked, true, r, &done))
		return -400;	/* it scanned whole: never */
	r->total_len = done - buf;
	return KHTTP_PARSE_DONE;
}

/* the bytes of the buffer an earlier call of this request examined */
static size_t parsed_to(const struct khttp_parse_pos *ps)
{
	if (ps->phase >= KHTTP_PP_LENGTH)
		return ps->head_len + ps->body_in;
	return ps->line + ps->scanned;
}

/**
 * khttp_parse() - parse one HTTP/1.x request, or go on parsing it
 * @buf: the received bytes, from the request's first byte (a chunked body is decoded in place)
 * @len: how many
 * @max_header: the most bytes of request line and header section
 * @max_body: the largest body accepted
 * @max_chunked: the largest chunked body that comes with the request
 * @r: the result, and where the parse of an incomplete request stopped
 *
 * Return: an enum khttp_parse_result (>= 0), or -(HTTP status) for a request the kernel
 * refuses
 */
int khttp_parse(char *buf, size_t len, size_t max_header, u64 max_body,
		u64 max_chunked, struct khttp_parsed *r)
{
	struct khttp_parse_pos *ps = &r->pos;
	char *end = buf + len;
	int ret = KHTTP_PARSE_NEXT;

	if (ps->phase == KHTTP_PP_START || len < parsed_to(ps)) {
		memset(r, 0, offsetof(struct khttp_parsed, hdr));
		ps->phase = KHTTP_PP_LINE;
	} else if (ps->base != buf && ps->phase > KHTTP_PP_LINE) {
		if (parse_again(buf, r))	/* the buffer moved (it grew) */
			ret = -400;	/* it parsed before: never */
	}
	ps->base = buf;
	while (ret == KHTTP_PARSE_NEXT) {
		switch (ps->phase) {
		case KHTTP_PP_LINE:
			ret = parse_line(buf, end, r);
			break;
		case KHTTP_PP_HEADERS:
			ret = parse_section(buf, end, max_header, max_body, r);
			break;
		case KHTTP_PP_LENGTH:
			ret = KHTTP_PARSE_HEADERS;
			if (len - r->header_len >= r->content_length) {
				r->body_len = r->content_length;
				r->total_len = r->header_len + r->body_len;
				ret = KHTTP_PARSE_DONE;
			}
			break;
		default:
			ret = parse_chunked(buf, end, max_body, max_chunked, r);
			break;
		}
	}
	if (ret != KHTTP_PARSE_MORE && ret != KHTTP_PARSE_HEADERS)
		khttp_parse_reset(r);	/* a result: the next call starts afresh */
	return ret;
}

/**
 * khttp_dechunk_feed() - decode a streaming chunked body
 * @d: the decoder's state
 * @in: the encoded bytes, from the first one not used yet
 * @in_len: how many
 * @used: out: the bytes of in taken
 * @out: where decoded bytes go, or NULL to skip them
 * @out_len: room in out
 *
 * Decodes chunked body bytes from in into out (NULL: skip them) as they come: returns the
 * bytes put out, *used the bytes of in taken. Stops when out is full, in holds no whole
 * line or chunk end, or at the body's end (d->state KHTTP_DECHUNK_DONE). -EBADMSG for broken
 * framing, -EFBIG past d->max decoded bytes (or a chunk size too large to read), once the
 * bytes before it went out: both leave d in KHTTP_DECHUNK_ERROR (d->status: the HTTP status
 * of the error), and each later call gives the error again. Trailer fields are checked and
 * dropped: the request went to its worker long before. The caller passes in from the first
 * byte not used yet: an unterminated line is searched on from where the last call stopped
 * (d->scanned).
 *
 * Return: the decoded bytes put out, or a negative errno once none are left to give
 */
long khttp_dechunk_feed(struct khttp_dechunk *d, const char *in, size_t in_len, size_t *used,
			char *out, size_t out_len)
{
	const char *p = in, *end = in + in_len, *eol;
	unsigned int status = 400;
	size_t put = 0;
	struct khttp_hdr h;
	u64 size;
	int err = 0, ret;

	if (d->state == KHTTP_DECHUNK_ERROR) {
		*used = 0;
		return d->err;
	}
	while (d->state != KHTTP_DECHUNK_DONE) {
		if (d->state == KHTTP_DECHUNK_DATA) {
			size_t n = min3(d->left, (u64)(end - p), (u64)(out_len - put));

			if (!n)
				break;
			if (out)
				memcpy(out + put, p, n);
			put += n;
			p += n;
			d->left -= n;
			if (!d->left)
				d->state = KHTTP_DECHUNK_DATA_END;
			continue;
		}
		if (d->state == KHTTP_DECHUNK_DATA_END) {
			if (end - p < 2)
				break;
			if (p[0] != '\r' || p[1] != '\n') {
				err = -EBADMSG;
				break;
			}
			p += 2;
			d->state = KHTTP_DECHUNK_SIZE;
			continue;
		}
		eol = find_crlf_from(p, end, &d->scanned);
		if (IS_ERR(eol) ||
		    (!eol && end - p > (d->state == KHTTP_DECHUNK_SIZE ?
					KHTTP_CHUNK_LINE_MAX : KHTTP_TRAILER_LINE_MAX))) {
			err = -EBADMSG;
			break;
		}
		if (!eol)
			break;
		if (d->state == KHTTP_DECHUNK_SIZE) {
			ret = parse_chunk_size(p, eol, &size);
			if (ret || size > d->max - d->total) {
				status = ret ? -ret : 413;
				err = status == 413 ? -EFBIG : -EBADMSG;
				break;
			}
			d->total += size;
			d->left = size;
			d->state = size ? KHTTP_DECHUNK_DATA : KHTTP_DECHUNK_TRAILER;
		} else if (eol == p) {
			d->state = KHTTP_DECHUNK_DONE;
		} else {
			ret = parse_field(p, eol, &h);
			if (ret || ++d->trailers > KH_MAX_HEADERS) {
				status = ret ? -ret : 431;
				err = -EBADMSG;
				break;
			}
		}
		p = eol + 2;
	}
	*used = p - in;
	if (err) {
		d->state = KHTTP_DECHUNK_ERROR;
		d->err = err;
		d->status = status;
	}
	return put ? put : d->err;	/* the bytes before an error first */
}

/**
 * khttp_parsed_header() - a known header of a parsed request
 * @p: the parsed request
 * @id: an enum kh_header_id
 *
 * The first header of p with this known id, or NULL
 *
 * Return: the first header with that id, or NULL
 */
const struct khttp_hdr *khttp_parsed_header(const struct khttp_parsed *p, int id)
{
	int i;

	for (i = 0; i < p->nhdr; i++)
		if (p->hdr[i].id == id)
			return &p->hdr[i];
	return NULL;
}
