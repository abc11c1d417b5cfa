#include "UserMessage.h"

namespace cosingan {

std::string fillMessage(const std::string& t, const std::vector<std::string>& arguments) {
    std::string out;
    out.reserve(t.size() + 64);
    for (size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
            const size_t k = size_t(t[i + 1] - '1');
            if (k < arguments.size()) {
                out += arguments[k];
                ++i;
                continue;
            }
        }
        out += t[i];
    }
    // An empty first argument (no noun before a file name) leaves no blank at the start.
    const size_t first = out.find_first_not_of(' ');
    return first == std::string::npos ? std::string() : out.substr(first);
}

}  // namespace cosingan
