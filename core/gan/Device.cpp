#include "Device.h"

// With a CUDA LibTorch and the CUDA toolkit: the GPU name and allocator statistics (Debian's CPU
// LibTorch ships the ATen/cuda headers but no CUDA runtime to compile them with).
#if __has_include(<cuda_runtime_api.h>) && __has_include(<ATen/cuda/CUDAContext.h>) && \
    __has_include(<c10/cuda/CUDACachingAllocator.h>)
#include <ATen/cuda/CUDAContext.h>
#include <c10/cuda/CUDACachingAllocator.h>
#define COSINGAN_HAVE_CUDA_HEADERS 1
#else
#define COSINGAN_HAVE_CUDA_HEADERS 0
#endif

#include "Training.h"

#include "util/UserMessage.h"

#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <dlfcn.h>
#include <unistd.h>
#include <malloc.h>
#include <fstream>
#include <sstream>
#include <cstdlib>
#include <stdexcept>
#include <thread>

namespace cosingan::gan {

namespace {
using SetThreadsFn = void (*)(int);
using GetConfigFn = char* (*)();
using GetThreadsFn = int (*)();

template <typename Fn>
Fn blasSymbol(const char* name) {
    return reinterpret_cast<Fn>(dlsym(RTLD_DEFAULT, name));
}

std::string blasLibraryPath() {
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line)) {
        const auto pos = line.find('/');
        if (pos == std::string::npos) continue;
        const std::string path = line.substr(pos);
        if (path.find("libblas") != std::string::npos || path.find("libopenblas") != std::string::npos ||
            path.find("libmkl") != std::string::npos)
            return path;
    }
    return {};
}
}  // namespace

std::vector<std::string> availableDevices() {
    std::vector<std::string> d{"cpu"};
    if (torch::cuda::is_available()) d.push_back("cuda");
    return d;
}

torch::Device resolveDevice(const std::string& name) {
    if (name.empty() || name == "cpu") return torch::Device(torch::kCPU);
    if (name.rfind("cuda", 0) == 0) {
        if (!torch::cuda::is_available())
            throw UserError(COSINGAN_MESSAGE("Messages", "CUDA was requested but LibTorch sees no CUDA device (this build "
                                                         "or machine is CPU-only)."),
                            {});
        torch::Device d(name);
        if (d.has_index() && d.index() >= int(torch::cuda::device_count()))
            throw UserError(COSINGAN_MESSAGE("Messages", "There is no CUDA device %1."), {std::to_string(d.index())});
        return d;
    }
    throw UserInputError(COSINGAN_MESSAGE("Messages", "Unknown device '%1' (cpu, cuda, cuda:N)."), {name});
}

void configureThreads(int torchThreads, int blasThreads) {
    // Default (measured, docs/benchmarks.md): every core for LibTorch's own kernels (oneDNN
    // convolutions) and one OpenBLAS thread: OpenBLAS is called from inside LibTorch's parallel
    // regions, so its own pool on top oversubscribed the cores.
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int intra = torchThreads > 0 ? torchThreads : cores;
    at::set_num_threads(intra);
    const int blas = blasThreads > 0 ? blasThreads : (intra > 1 ? 1 : cores);
    if (auto setBlas = blasSymbol<SetThreadsFn>("openblas_set_num_threads")) setBlas(blas);
}

void requireDeterminism(bool on) {
    if (on) setenv("CUBLAS_WORKSPACE_CONFIG", ":4096:8", 0);  // must precede the first cuBLAS call
    at::globalContext().setDeterministicCuDNN(on);
    at::globalContext().setBenchmarkCuDNN(!on);  // training shapes are fixed: let cuDNN pick its fastest
    at::globalContext().setDeterministicAlgorithms(on, /*warn_only=*/true);
}

std::string deviceLabel(const torch::Device& device) {
    if (!device.is_cuda()) return "CPU, " + std::to_string(at::get_num_threads()) + " thread(s)";
#if COSINGAN_HAVE_CUDA_HEADERS
    const int index = device.has_index() ? device.index() : 0;
    return std::string("CUDA: ") + at::cuda::getDeviceProperties(index)->name;
#else
    return "CUDA";
#endif
}

double memoryInUseMb(const torch::Device& device) {
    if (device.is_cuda()) {
#if COSINGAN_HAVE_CUDA_HEADERS
        const int index = device.has_index() ? device.index() : 0;
        const auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(index);
        return double(stats.reserved_bytes[0].current) / (1024.0 * 1024.0);
#else
        return -1;
#endif
    }
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    if (!(statm >> pages >> resident)) return -1;
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

std::string libTorchVersion() { return TORCH_VERSION; }

std::string runtimeSummary() {
    std::ostringstream s;
    s << "LibTorch " << TORCH_VERSION << ", " << at::get_num_threads() << " intra-op thread(s)";
    const std::string parallel = at::get_parallel_info();
    if (parallel.find("OpenMP") != std::string::npos) s << " (OpenMP)";
    if (auto cfg = blasSymbol<GetConfigFn>("openblas_get_config")) {
        s << ", OpenBLAS " << cfg();
        if (auto threads = blasSymbol<GetThreadsFn>("openblas_get_num_threads")) s << " with " << threads() << " thread(s)";
    } else {
        const std::string path = blasLibraryPath();
        s << ", BLAS " << (path.empty() ? std::string("unknown") : path);
    }
    const std::string blasPath = blasLibraryPath();
    if (!blasPath.empty()) s << " [" << blasPath << "]";
    s << ", oneDNN " << (at::hasMKLDNN() ? "yes" : "no");
    if (torch::cuda::is_available()) s << ", CUDA devices " << int(torch::cuda::device_count());
    return s.str();
}

}  // namespace cosingan::gan
