/* expect: 7:19: arm 'b' of a selected union needs KH_WHEN */
#include "kh_annotate.h"
struct s {
	__u32 type;
	union {
		__u64 a KH_WHEN(1);
		const struct s *b;
	} u KH_SELECT(type);
};
