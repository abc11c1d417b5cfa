#pragma once
// Choosing the device and saying what it is (engine-internal: LibTorch's types). Thread counts,
// determinism and the runtime summary, which the app and the CLI use, are in Runtime.h.
#include "Runtime.h"

#include <torch/torch.h>

#include <string>

namespace cosingan::gan {

// "cpu", "cuda", "cuda:N". Throws std::runtime_error when CUDA is asked for but not available.
torch::Device resolveDevice(const std::string& name);

// What the user is told the training runs on: "CPU, 2 threads" or "CUDA: NVIDIA H200".
std::string deviceLabel(const torch::Device& device);
// Memory in use, MB: on CUDA what LibTorch's allocator holds on that device; on the CPU the process's
// resident memory. -1 when it cannot be told.
double memoryInUseMb(const torch::Device& device);

}  // namespace cosingan::gan
