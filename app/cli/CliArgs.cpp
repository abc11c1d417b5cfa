#include "CliArgs.h"

#include <cstdlib>

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
    if (!has(name)) return fallback;
    std::string v = get(name);
    char* end = nullptr;
    long r = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end) throw UsageError("option --" + name + " needs a whole number, not '" + v + "'");
    return int(r);
}

double CliArgs::getDouble(const std::string& name, double fallback) const {
    if (!has(name)) return fallback;
    std::string v = get(name);
    char* end = nullptr;
    double r = std::strtod(v.c_str(), &end);
    if (v.empty() || *end) throw UsageError("option --" + name + " needs a number, not '" + v + "'");
    return r;
}

void CliArgs::rejectUnknown(const std::set<std::string>& known) const {
    for (const auto& kv : options_)
        if (!known.count(kv.first)) throw UsageError("unknown option --" + kv.first);
}

}  // namespace cosingan::cli
