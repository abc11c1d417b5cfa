#pragma once
// The engine's runtime as the app and the CLI see it, without LibTorch's headers: thread counts,
// determinism and what runs where. The torch::Device side is in Device.h (engine-internal).
#include <string>

namespace cosingan::gan {

// Intra-op threads for LibTorch (0 = one per core) and threads for OpenBLAS (0 = leave as is).
void configureThreads(int torchThreads, int blasThreads);

// Deterministic kernels (cuDNN, cuBLAS, scatter-adds) so that CUDA runs repeat bit for bit, at some
// cost in speed; off lets cuDNN benchmark its algorithms for the (fixed) training shapes. CPU
// kernels are deterministic for a given thread count either way.
void requireDeterminism(bool on);

// "LibTorch 1.13.1, 2 intra-op threads (OpenMP), OpenBLAS 0.3.21 (pthread, 1 thread), AVX2, oneDNN".
std::string runtimeSummary();
// "1.13.1": the LibTorch the engine was built against.
std::string libTorchVersion();

}  // namespace cosingan::gan
