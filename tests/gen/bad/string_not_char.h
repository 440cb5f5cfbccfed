/* expect: 5:17: 'v': a string must point to char */
#include "kh_annotate.h"
struct s {
	__u32 n;
	const __u32 *v KH_STRING(n);
};
