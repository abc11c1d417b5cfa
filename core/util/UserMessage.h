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

// The template with %1..%9 replaced by the arguments, in one pass (an argument's own "%2" stays),
// without leading blanks.
std::string fillMessage(const std::string& messageTemplate, const std::vector<std::string>& arguments);

// The translatable part of an error, whatever standard exception it is.
class TranslatableMessage {
public:
    virtual ~TranslatableMessage() = default;
    const char* messageTemplate() const { return template_; }  // nullptr: a plain message
    const std::vector<std::string>& arguments() const { return arguments_; }

protected:
    TranslatableMessage() = default;
    TranslatableMessage(const char* messageTemplate, std::vector<std::string> arguments)
        : template_(messageTemplate), arguments_(std::move(arguments)) {}

private:
    const char* template_ = nullptr;
    std::vector<std::string> arguments_;
};

// Something went wrong with a file, a folder or a model (a std::runtime_error).
class UserError : public std::runtime_error, public TranslatableMessage {
public:
    explicit UserError(const std::string& text) : std::runtime_error(text) {}
    UserError(const char* messageTemplate, std::vector<std::string> arguments)
        : std::runtime_error(fillMessage(messageTemplate, arguments)),
          TranslatableMessage(messageTemplate, std::move(arguments)) {}
};

// The user asked for something impossible: parameters or input that cannot be used (a
// std::invalid_argument, as callers that tell usage errors apart expect).
class UserInputError : public std::invalid_argument, public TranslatableMessage {
public:
    explicit UserInputError(const std::string& text) : std::invalid_argument(text) {}
    UserInputError(const char* messageTemplate, std::vector<std::string> arguments)
        : std::invalid_argument(fillMessage(messageTemplate, arguments)),
          TranslatableMessage(messageTemplate, std::move(arguments)) {}
};

}  // namespace cosingan
