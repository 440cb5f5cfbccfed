/* expect: 9:4: union 'u' differs between ABIs or holds pointers */
#include "kh_annotate.h"
struct s {
	__u32 type;
	union {
		__u64 big;
		__u32 small;
		struct s *next;
	} u;
};
