/* expect: 7:9: A (x86_64) and B (x86_64) share command number */
#include "kh_annotate.h"
struct a { __u32 x; };
struct b { __u32 y; };
#define M 0xBD
#define A _IOW(M, 1, struct a)
#define B _IOW(M, 1, struct b)
