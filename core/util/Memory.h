#pragma once
// Process-wide memory tuning for long training and evaluation loops.
namespace cosingan {

// glibc returns large freed blocks to the system at once and maps fresh ones on the next
// allocation: at every iteration of a training loop that is a storm of page faults (a third of the
// CPU time was system time). Keeps freed memory in the heap instead (on), or returns to glibc's
// defaults (off: the app does so when its training ends, to give the memory back).
void retainFreedMemory(bool on = true);

}  // namespace cosingan
