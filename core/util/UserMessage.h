#pragma once
// An error a person reads, in English (what()) and as a template with arguments (%1, %2, ...), so
// that a user interface can show it in the user's language: the UI looks the template up in its
// "Messages" translations and fills in the same arguments (ui/common/MessageText.h). Templates
// are written as COSINGAN_MESSAGE("Messages", "..."), which lupdate reads as QT_TRANSLATE_NOOP;
// core stays free of Qt. An error made from a plain string has no template and is shown as is.
#include <stdexcept>
#include <string>
#include <vector>

#define COSINGAN_MESSAGE(context, text) text

namespace cosingan {

// The template with %1..%9 replaced by the arguments, in one pass (an argument's own "%2" stays).
std::string fillMessage(const std::string& messageTemplate, const std::vector<std::string>& arguments);

class UserError : public std::runtime_error {
public:
    explicit UserError(const std::string& text) : std::runtime_error(text) {}
    UserError(const char* messageTemplate, std::vector<std::string> arguments)
        : std::runtime_error(fillMessage(messageTemplate, arguments)), template_(messageTemplate),
          arguments_(std::move(arguments)) {}

    const char* messageTemplate() const { return template_; }  // nullptr: a plain message
    const std::vector<std::string>& arguments() const { return arguments_; }

private:
    const char* template_ = nullptr;
    std::vector<std::string> arguments_;
};

}  // namespace cosingan
