/* expect: 6:11: expected a type, got 'my_handle_t' */
#include <linux/types.h>
#include <linux/ioctl.h>

struct bad_type {
	__u32 a;	my_handle_t h;
};
#define BAD_IOC _IOW('~', 1, struct bad_type)
