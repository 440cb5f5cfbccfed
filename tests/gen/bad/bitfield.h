/* expect: 4:13: bit-fields are not supported */
#include "kh_annotate.h"
struct s {
	__u32 flag : 1;
};
