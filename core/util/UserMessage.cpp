#include "UserMessage.h"

namespace cosingan {

std::string fillMessage(const std::string& t, const std::vector<std::string>& arguments) {
    std::string out;
    out.reserve(t.size() + 64);
    for (size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
            const size_t k = size_t(t[i + 1] - '1');
            if (k < arguments.size()) {
                const std::string& a = arguments[k];
                out += UserMessage::isEncoded(a) ? UserMessage::decoded(a).english() : a;
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

// "\x01" template ("\x02" argument)...; an argument of an encoded message is not itself encoded.
std::string UserMessage::encoded() const {
    if (template_.empty()) return plain_;
    std::string out = "\x01" + template_;
    for (const std::string& a : arguments_) out += '\x02' + (isEncoded(a) ? decoded(a).english() : a);
    return out;
}

UserMessage UserMessage::decoded(const std::string& text) {
    if (!isEncoded(text)) return plain(text);
    std::vector<std::string> parts;
    size_t start = 1;
    for (size_t end; (end = text.find('\x02', start)) != std::string::npos; start = end + 1)
        parts.push_back(text.substr(start, end - start));
    parts.push_back(text.substr(start));
    std::string messageTemplate = std::move(parts.front());
    parts.erase(parts.begin());
    return UserMessage(std::move(messageTemplate), std::move(parts));
}

}  // namespace cosingan
