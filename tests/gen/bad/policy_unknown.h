/* expect: 4:1: KH_IOCTL_POLICY names 'NOT_AN_IOCTL', which is no ioctl */
#include "kh_annotate.h"
struct s { __u32 x; };
KH_IOCTL_POLICY(NOT_AN_IOCTL, KH_COPYBACK_ALWAYS);
