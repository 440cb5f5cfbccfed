/* expect: 5:1: '#pragma pack(push, 1)' is not supported: it may change layouts */
#include <linux/types.h>
#include <linux/ioctl.h>

#pragma pack(push, 1)
struct bad_packed {
	__u8 a;
	__u32 b;
};
#pragma pack(pop)
#define BAD_IOC _IOW('~', 1, struct bad_packed)
