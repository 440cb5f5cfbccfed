/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/*
 * The annotation language of thunkgen (gen/), see docs/annotations.md.
 *
 * Every annotation expands to nothing, so an annotated header stays plain C
 * that gcc -m64, -m32 and -mx32 (and the kernel) compile as it is. thunkgen
 * reads the header text itself and takes the annotations as the facts a
 * compiler cannot know: what a pointer points to, how many, which way data
 * flows, which union arm is live, which values are legal.
 *
 * Field annotations stand after the declarator, before the ';':
 *	const char *name KH_STRING(name_length);
 */
#ifndef KH_ANNOTATE_H
#define KH_ANNOTATE_H

/* direction of a field of an ioctl argument (default: in) */
#define KH_IN
#define KH_OUT
#define KH_INOUT

/* pointers */
#define KH_COUNT(count_field)		/* array of count_field elements */
#define KH_BYTES(length_field)		/* pointee is length_field bytes */
#define KH_STRING(length_field)		/* char string of length_field bytes, no NUL needed */
#define KH_CSTRING(max)			/* NUL-terminated string, at most max bytes */
#define KH_OPTIONAL			/* a NULL pointer is allowed */
#define KH_SOCKADDR			/* socket address, size given by its family */
#define KH_EMIT(length_field)		/* out buffer: the kernel lays the pointee graph out here */
#define KH_SWITCH(disc_field)		/* void * blob: type chosen by disc_field ... */
#define KH_CASE(value, type)		/* ... value -> pointee type */
/*
 * on a KH_OUT KH_BYTES(len) buffer of an ioctl's argument: the driver writes at
 * most len bytes and sets len to the full length; NULL (any len) is passed on
 * as NULL; min(len before, len after) bytes go back, before the struct
 */
#define KH_OUT_TRUNC
#define KH_NO_WRITEBACK			/* never copied back to the caller */
#define KH_PARTIAL			/* emitted even when the out buffer is too small */

/* unions */
#define KH_SELECT(disc_field)		/* live arm chosen by disc_field ... */
#define KH_SELECT_HOOK(hook)		/* ... or by a driver hook at run time */
#define KH_WHEN(value)			/* this arm is live when the discriminator == value */

/* values */
#define KH_ENUM(enum_name)		/* must be a value of enum enum_name */
#define KH_FLAGS(mask)			/* no bits outside mask */
#define KH_MAX(limit)			/* count or length at most limit */
#define KH_RESERVED			/* must be zero */
#define KH_NONZERO			/* must not be zero */
#define KH_FD				/* a file descriptor of the caller */

/*
 * Per-ioctl policy, at file scope. Results go back to the caller on success;
 * KH_COPYBACK_ON names errors that copy back too (e.g. ENOSPC with the size
 * needed).
 */
#define KH_IOCTL_POLICY(cmd, ...)	_Static_assert(1, #cmd)
#define KH_COPYBACK_ON(...)
#define KH_COPYBACK_ALWAYS

#endif /* KH_ANNOTATE_H */
