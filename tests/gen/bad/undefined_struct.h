/* expect: 5:15: struct later is declared but never defined */
#include "kh_annotate.h"
struct later;
struct s {
	struct later l;
};
