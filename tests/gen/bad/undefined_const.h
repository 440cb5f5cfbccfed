/* expect: 4:12: 'NOPE' is not a known constant */
#include "kh_annotate.h"
struct s {
	char name[NOPE];
};
