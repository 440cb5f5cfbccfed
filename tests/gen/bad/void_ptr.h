/* expect: 4:8: 'blob': a void pointer needs KH_BYTES, KH_SOCKADDR or KH_SWITCH */
#include "kh_annotate.h"
struct s {
	void *blob;
};
