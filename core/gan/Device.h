#pragma once
// Choosing the device and the CPU thread counts, and saying which BLAS and threads are in use.
#include <torch/torch.h>

#include <string>

namespace cosingan::gan {

// "cpu", "cuda", "cuda:N". Throws std::runtime_error when CUDA is asked for but not available.
torch::Device resolveDevice(const std::string& name);
bool cudaAvailable();

// Intra-op threads for LibTorch (0 = one per core) and one thread for OpenBLAS, whose own pool
// would otherwise oversubscribe the cores (stack-notes.md).
void configureThreads(int torchThreads);

// "LibTorch 1.13.1, 2 intra-op threads (OpenMP), OpenBLAS 0.3.21 (pthread, 1 thread), AVX2, oneDNN".
std::string runtimeSummary();

}  // namespace cosingan::gan
