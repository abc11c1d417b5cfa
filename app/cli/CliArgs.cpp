#include "CliArgs.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <sstream>

namespace cosingan::cli {

CliArgs::CliArgs(const std::vector<std::string>& args, const std::set<std::string>& flags) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.size() > 2 && a.compare(0, 2, "--") == 0) {
            std::string name = a.substr(2), value;
            size_t eq = name.find('=');
            if (eq != std::string::npos) {
                value = name.substr(eq + 1);
                name = name.substr(0, eq);
            } else if (flags.count(name)) {
                value = "1";
            } else {
                if (i + 1 >= args.size()) throw UsageError("option --" + name + " needs a value");
                value = args[++i];
            }
            options_.emplace(name, value);
        } else {
            positionals_.push_back(a);
        }
    }
}

bool CliArgs::has(const std::string& name) const { return options_.count(name) > 0; }

std::string CliArgs::get(const std::string& name, const std::string& fallback) const {
    auto range = options_.equal_range(name);
    if (range.first == range.second) return fallback;
    return std::prev(range.second)->second;  // the last one wins
}

std::string CliArgs::require(const std::string& name) const {
    if (!has(name)) throw UsageError("missing option --" + name);
    return get(name);
}

std::vector<std::string> CliArgs::getAll(const std::string& name) const {
    std::vector<std::string> out;
    auto range = options_.equal_range(name);
    for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
    return out;
}

int CliArgs::getInt(const std::string& name, int fallback) const {
    return getInt(name, fallback, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
}

double CliArgs::getDouble(const std::string& name, double fallback) const {
    return getDouble(name, fallback, -std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
}

int CliArgs::getInt(const std::string& name, int fallback, int min, int max) const {
    if (!has(name)) return fallback;
    const std::string v = get(name);
    char* end = nullptr;
    errno = 0;
    const long r = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end || errno == ERANGE) throw UsageError("option --" + name + " needs a whole number, not '" + v + "'");
    if (r < min || r > max)
        throw UsageError("option --" + name + " must be between " + std::to_string(min) + " and " + std::to_string(max) +
                         ", not " + v);
    return int(r);
}

double CliArgs::getDouble(const std::string& name, double fallback, double min, double max) const {
    if (!has(name)) return fallback;
    const std::string v = get(name);
    char* end = nullptr;
    const double r = std::strtod(v.c_str(), &end);
    if (v.empty() || *end || !std::isfinite(r)) throw UsageError("option --" + name + " needs a number, not '" + v + "'");
    if (r < min || r > max) {
        std::ostringstream range;
        range << "option --" << name << " must be between " << min << " and " << max << ", not " << v;
        throw UsageError(range.str());
    }
    return r;
}

unsigned long long CliArgs::getSeed(const std::string& name, unsigned long long fallback) const {
    if (!has(name)) return fallback;
    const std::string v = get(name);
    char* end = nullptr;
    errno = 0;
    const unsigned long long r = std::strtoull(v.c_str(), &end, 10);
    if (v.empty() || *end || errno == ERANGE || v.find('-') != std::string::npos)
        throw UsageError("option --" + name + " needs a whole number from 0 to 18446744073709551615, not '" + v + "'");
    return r;
}

void CliArgs::rejectUnknown(const std::set<std::string>& known) const {
    for (const auto& kv : options_)
        if (!known.count(kv.first)) throw UsageError("unknown option --" + kv.first);
}

}  // namespace cosingan::cli
