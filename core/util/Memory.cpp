#include "Memory.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace cosingan {

void retainFreedMemory(bool on) {
#ifdef __GLIBC__
    mallopt(M_MMAP_MAX, on ? 0 : 65536);                  // large blocks from the heap, not fresh mappings
    mallopt(M_TRIM_THRESHOLD, on ? 1 << 30 : 128 * 1024);  // do not shrink the heap after every free
    mallopt(M_TOP_PAD, on ? 256 << 20 : 0);
    if (!on) malloc_trim(0);
#else
    (void)on;
#endif
}

}  // namespace cosingan
