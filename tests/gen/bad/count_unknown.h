/* expect: 6:18: KH_COUNT names 'n', which is no member of s */
#include "kh_annotate.h"
struct e { int x; };
struct s {
	unsigned int count;
	struct e *items KH_COUNT(n);
};
