/* expect: 6:13: 'info': KH_SWITCH without KH_CASE */
#include "kh_annotate.h"
struct s {
	__u32 type;
	__u32 length;
	void *info KH_BYTES(length) KH_SWITCH(type);
};
