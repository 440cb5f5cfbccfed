/* expect: 4:14: 'name': a char pointer needs KH_STRING or KH_CSTRING */
#include "kh_annotate.h"
struct s {
	const char *name;
};
