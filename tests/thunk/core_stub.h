/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* The scripted core of the entry-thunk suite (core_stub.c). */
#ifndef TH_CORE_STUB_H
#define TH_CORE_STUB_H

#include "kh_thunks.h"

struct core_script {
	long ret;			/* what every handler returns */
	const struct kh_request *request;	/* what receive-request hands out */
	int calls;
	int last_abi;
	void *last_args;		/* the native argument graph of the last call */
};

extern struct core_script core;

#endif
