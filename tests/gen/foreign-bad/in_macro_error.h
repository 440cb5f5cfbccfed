/* expect: 8:9: unexpected '' in constant expression */
#include <linux/types.h>
#include <linux/ioctl.h>

struct ok_arg {
	__u32 a;
};
#define BAD_IOC _IOC(_IOC_WRITE, '~', 1 +, sizeof(struct ok_arg))
