// cosingan-engine-tests: the engine checks without Qt (engine-only build, e.g. on a GPU server).
//   cosingan-engine-tests [--device cuda] [--filter TEXT]
#include "EngineCheck.h"
#include "util/AtomicFile.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <unistd.h>

using namespace cosingan::test;

int main(int argc, char** argv) {
    std::string device = "cpu", filter;
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--device")) device = argv[++i];
        else if (!std::strcmp(argv[i], "--filter")) filter = argv[++i];
    }
    const std::filesystem::path scratch = std::filesystem::temp_directory_path() / ("cosingan-engine-tests-" + std::to_string(::getpid()));
    int failed = 0, passed = 0;
    for (const auto& check : engineChecks()) {
        if (!filter.empty() && check.name.find(filter) == std::string::npos) continue;
        const std::filesystem::path dir = scratch / std::to_string(passed + failed);
        std::filesystem::create_directories(dir);
        CheckContext ctx;
        ctx.device = torch::Device(device);
        ctx.scratch = dir.string();
        ctx.log = [](const std::string& s) { std::printf("    %s\n", s.c_str()); };
        const auto t0 = std::chrono::steady_clock::now();
        try {
            check.run(ctx);
            ++passed;
            std::printf("PASS  %-66s %6.2f s\n", check.name.c_str(),
                        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        } catch (const std::exception& e) {
            ++failed;
            std::printf("FAIL  %s\n      %s\n", check.name.c_str(), e.what());
        }
        std::fflush(stdout);
    }
    cosingan::removeTree(scratch.string());
    std::printf("%d passed, %d failed (device %s)\n", passed, failed, device.c_str());
    return failed ? 1 : 0;
}
