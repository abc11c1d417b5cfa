#pragma once
// Engine checks: plain C++ + LibTorch test bodies, run by the Qt Test suite in the full build and
// by cosingan-engine-tests in the engine-only build (where there is no Qt, e.g. on a GPU server,
// with --device cuda). A failed REQUIRE throws CheckFailure with file, line and expression.
#include <torch/torch.h>

#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace cosingan::test {

struct CheckFailure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

#define REQUIRE(cond)                                                                                               \
    do {                                                                                                          \
        if (!(cond))                                                                                              \
            throw ::cosingan::test::CheckFailure(std::string(__FILE__) + ":" + std::to_string(__LINE__) + ": " #cond); \
    } while (0)

#define REQUIRE_MSG(cond, msg)                                                                                        \
    do {                                                                                                            \
        if (!(cond)) {                                                                                              \
            std::ostringstream os_;                                                                                 \
            os_ << __FILE__ << ":" << __LINE__ << ": " #cond " — " << msg;                                          \
            throw ::cosingan::test::CheckFailure(os_.str());                                                        \
        }                                                                                                           \
    } while (0)

#define REQUIRE_NEAR(a, b, tol)                                                                                      \
    REQUIRE_MSG(std::fabs(double(a) - double(b)) <= double(tol), (a) << " vs " << (b) << " (tolerance " << (tol) << ")")

struct CheckContext {
    torch::Device device = torch::kCPU;
    std::string scratch;  // a writable folder for the check's files
    std::function<void(const std::string&)> log = [](const std::string&) {};
};

struct EngineCheck {
    std::string name;
    std::function<void(const CheckContext&)> run;
};

// All checks that need only the engine (synthetic data).
const std::vector<EngineCheck>& engineChecks();

}  // namespace cosingan::test
