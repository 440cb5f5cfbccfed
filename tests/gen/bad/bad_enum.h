/* expect: 4:10: KH_ENUM names 'colour', which is no enum */
#include "kh_annotate.h"
struct s {
	__u32 c KH_ENUM(colour);
};
