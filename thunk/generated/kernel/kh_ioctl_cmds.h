/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Generated from structs/khttp.h by thunkgen; do not edit, run `make gen`.
 * What: ioctl command numbers per ABI.
 */
#ifndef KH_IOCTL_CMDS_H
#define KH_IOCTL_CMDS_H

#include "kh_ioctl_desc.h"

/* _IOC size differs between ABIs: the number a caller of each ABI passes */
#define KH_IOC_VERSION_X86_64	0x8010bd01U	/* size 16 */
#define KH_IOC_VERSION_IA32	0x8010bd01U	/* size 16 */
#define KH_IOC_VERSION_X32	0x8010bd01U	/* size 16 */
#define KH_IOC_QUEUE_X86_64	0xc018bd02U	/* size 24 */
#define KH_IOC_QUEUE_IA32	0xc014bd02U	/* size 20 */
#define KH_IOC_QUEUE_X32	0xc018bd02U	/* size 24 */
#define KH_IOC_ADD_URL_X86_64	0x4020bd03U	/* size 32 */
#define KH_IOC_ADD_URL_IA32	0x4014bd03U	/* size 20 */
#define KH_IOC_ADD_URL_X32	0x4018bd03U	/* size 24 */
#define KH_IOC_REMOVE_URL_X86_64	0x4020bd04U	/* size 32 */
#define KH_IOC_REMOVE_URL_IA32	0x4014bd04U	/* size 20 */
#define KH_IOC_REMOVE_URL_X32	0x4018bd04U	/* size 24 */
#define KH_IOC_RECEIVE_REQUEST_X86_64	0xc028bd05U	/* size 40 */
#define KH_IOC_RECEIVE_REQUEST_IA32	0xc01cbd05U	/* size 28 */
#define KH_IOC_RECEIVE_REQUEST_X32	0xc020bd05U	/* size 32 */
#define KH_IOC_RECEIVE_BODY_X86_64	0xc028bd06U	/* size 40 */
#define KH_IOC_RECEIVE_BODY_IA32	0xc018bd06U	/* size 24 */
#define KH_IOC_RECEIVE_BODY_X32	0xc020bd06U	/* size 32 */
#define KH_IOC_SEND_RESPONSE_X86_64	0xc030bd07U	/* size 48 */
#define KH_IOC_SEND_RESPONSE_IA32	0xc01cbd07U	/* size 28 */
#define KH_IOC_SEND_RESPONSE_X32	0xc020bd07U	/* size 32 */
#define KH_IOC_SEND_BODY_X86_64	0xc030bd08U	/* size 48 */
#define KH_IOC_SEND_BODY_IA32	0xc01cbd08U	/* size 28 */
#define KH_IOC_SEND_BODY_X32	0xc020bd08U	/* size 32 */
#define KH_IOC_CANCEL_X86_64	0x4010bd09U	/* size 16 */
#define KH_IOC_CANCEL_IA32	0x400cbd09U	/* size 12 */
#define KH_IOC_CANCEL_X32	0x4010bd09U	/* size 16 */
#define KH_IOC_WAIT_DISCONNECT_X86_64	0x4010bd0aU	/* size 16 */
#define KH_IOC_WAIT_DISCONNECT_IA32	0x400cbd0aU	/* size 12 */
#define KH_IOC_WAIT_DISCONNECT_X32	0x4010bd0aU	/* size 16 */
#define KH_IOC_FLUSH_CACHE_X86_64	0x4010bd0bU	/* size 16 */
#define KH_IOC_FLUSH_CACHE_IA32	0x400cbd0bU	/* size 12 */
#define KH_IOC_FLUSH_CACHE_X32	0x400cbd0bU	/* size 12 */
#define KH_IOC_STATS_X86_64	0xc018bd0cU	/* size 24 */
#define KH_IOC_STATS_IA32	0xc010bd0cU	/* size 16 */
#define KH_IOC_STATS_X32	0xc010bd0cU	/* size 16 */
#define KH_IOC_LIMITS_X86_64	0xc020bd0dU	/* size 32 */
#define KH_IOC_LIMITS_IA32	0xc020bd0dU	/* size 32 */
#define KH_IOC_LIMITS_X32	0xc020bd0dU	/* size 32 */
#define KH_IOC_ADD_RESERVATION_X86_64	0x4018bd10U	/* size 24 */
#define KH_IOC_ADD_RESERVATION_IA32	0x4014bd10U	/* size 20 */
#define KH_IOC_ADD_RESERVATION_X32	0x4014bd10U	/* size 20 */
#define KH_IOC_REMOVE_RESERVATION_X86_64	0x4018bd11U	/* size 24 */
#define KH_IOC_REMOVE_RESERVATION_IA32	0x4014bd11U	/* size 20 */
#define KH_IOC_REMOVE_RESERVATION_X32	0x4014bd11U	/* size 20 */
#define KH_IOC_QUEUE_ACCESS_X86_64	0x4018bd12U	/* size 24 */
#define KH_IOC_QUEUE_ACCESS_IA32	0x4010bd12U	/* size 16 */
#define KH_IOC_QUEUE_ACCESS_X32	0x4010bd12U	/* size 16 */
#define KH_IOC_ADMIN_LIST_X86_64	0xc020bd20U	/* size 32 */
#define KH_IOC_ADMIN_LIST_IA32	0xc01cbd20U	/* size 28 */
#define KH_IOC_ADMIN_LIST_X32	0xc01cbd20U	/* size 28 */

#define KH_IOCTL_COUNT 17
extern const struct kh_ioctl_desc kh_ioctl_table[KH_IOCTL_COUNT];

#endif /* KH_IOCTL_CMDS_H */
