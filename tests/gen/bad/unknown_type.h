/* expect: 4:2: expected a type, got 'frob_t' */
#include "kh_annotate.h"
struct s {
	frob_t x;
};
