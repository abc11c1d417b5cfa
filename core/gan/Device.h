#pragma once
// Choosing the device and the CPU thread counts, and saying which BLAS and threads are in use.
#include <torch/torch.h>

#include <string>

namespace cosingan::gan {

// "cpu", "cuda", "cuda:N". Throws std::runtime_error when CUDA is asked for but not available.
torch::Device resolveDevice(const std::string& name);

// Intra-op threads for LibTorch (0 = one per core) and threads for OpenBLAS (0 = leave as is).
void configureThreads(int torchThreads, int blasThreads);

// Deterministic kernels (cuDNN, cuBLAS, scatter-adds) so that CUDA runs repeat bit for bit, at some
// cost in speed; off lets cuDNN benchmark its algorithms for the (fixed) training shapes. CPU
// kernels are deterministic for a given thread count either way.
void requireDeterminism(bool on);


// What the user is told the training runs on: "CPU, 2 threads" or "CUDA: NVIDIA H200".
std::string deviceLabel(const torch::Device& device);
// Memory in use, MB: on CUDA what LibTorch's allocator holds on that device; on the CPU the process's
// resident memory. -1 when it cannot be told.
double memoryInUseMb(const torch::Device& device);

// "LibTorch 1.13.1, 2 intra-op threads (OpenMP), OpenBLAS 0.3.21 (pthread, 1 thread), AVX2, oneDNN".
std::string runtimeSummary();

}  // namespace cosingan::gan
