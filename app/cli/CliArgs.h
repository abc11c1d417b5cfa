#pragma once
// Command-line options of the cosingan tool: "--name value", "--name=value", flags and positionals.
// Plain C++ so that the engine-only build (LibTorch alone) has the same CLI.
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace cosingan::cli {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class CliArgs {
public:
    // flags: option names that take no value (e.g. "json"); every other "--x" takes one value.
    CliArgs(const std::vector<std::string>& args, const std::set<std::string>& flags);

    const std::vector<std::string>& positionals() const { return positionals_; }
    bool has(const std::string& name) const;
    std::string get(const std::string& name, const std::string& fallback = {}) const;
    std::string require(const std::string& name) const;
    std::vector<std::string> getAll(const std::string& name) const;
    int getInt(const std::string& name, int fallback) const;
    double getDouble(const std::string& name, double fallback) const;
    // The same, refusing values outside [min, max] with a UsageError that names the range.
    int getInt(const std::string& name, int fallback, int min, int max) const;
    double getDouble(const std::string& name, double fallback, double min, double max) const;
    // A seed: a whole number 0 .. 2^64-1.
    unsigned long long getSeed(const std::string& name, unsigned long long fallback) const;
    // Throws UsageError naming any option not in `known`.
    void rejectUnknown(const std::set<std::string>& known) const;

private:
    std::vector<std::string> positionals_;
    std::multimap<std::string, std::string> options_;
};

}  // namespace cosingan::cli
