#pragma once
// A sentence a person reads, in English (english(), an error's what()) and as a template with
// arguments (%1, %2, ...), so that a user interface can show it in the user's language: the UI
// looks the template up in its "Messages" translations and fills in the same arguments
// (ui/common/MessageText.h). Templates are written as COSINGAN_MESSAGE("Messages", "..."), which
// lupdate reads as QT_TRANSLATE_NOOP; core stays free of Qt. A message made from a plain string
// has no template and is shown as is. A message can be another's argument in its encoded() form
// (a place in a training, inside "Resuming at %1"): it is filled in, and translated, as a message.
#include <stdexcept>
#include <string>
#include <vector>

#define COSINGAN_MESSAGE(context, text) text

namespace cosingan {

// The template with %1..%9 replaced by the arguments (an encoded message by its English text), in
// one pass (an argument's own "%2" stays), without leading blanks.
std::string fillMessage(const std::string& messageTemplate, const std::vector<std::string>& arguments);

class UserMessage {
public:
    UserMessage() = default;  // no message ("nothing to say")
    UserMessage(std::string messageTemplate, std::vector<std::string> arguments)
        : template_(std::move(messageTemplate)), arguments_(std::move(arguments)) {}
    static UserMessage plain(std::string text) {
        UserMessage m;
        m.plain_ = std::move(text);
        return m;
    }
    virtual ~UserMessage() = default;

    bool empty() const { return template_.empty() && plain_.empty(); }
    std::string english() const { return template_.empty() ? plain_ : fillMessage(template_, arguments_); }
    // nullptr: a plain message. A template may also come from another process (the DICOM check).
    const char* messageTemplate() const { return template_.empty() ? nullptr : template_.c_str(); }
    const std::vector<std::string>& arguments() const { return arguments_; }

    // One string that holds the template and the arguments (or the plain text), to pass as an
    // argument of another message or through a pipe; decoded() gives the message back.
    std::string encoded() const;
    static UserMessage decoded(const std::string& text);
    static bool isEncoded(const std::string& text) { return !text.empty() && text[0] == '\x01'; }

private:
    std::string template_;
    std::vector<std::string> arguments_;
    std::string plain_;
};

// Something went wrong with a file, a folder or a model (a std::runtime_error).
class UserError : public std::runtime_error, public UserMessage {
public:
    explicit UserError(const std::string& text) : std::runtime_error(text), UserMessage(plain(text)) {}
    UserError(const char* messageTemplate, std::vector<std::string> arguments)
        : UserError(UserMessage(messageTemplate, std::move(arguments))) {}
    explicit UserError(const UserMessage& message) : std::runtime_error(message.english()), UserMessage(message) {}
};

// The user asked for something impossible: parameters or input that cannot be used (a
// std::invalid_argument, as callers that tell usage errors apart expect).
class UserInputError : public std::invalid_argument, public UserMessage {
public:
    explicit UserInputError(const std::string& text) : std::invalid_argument(text), UserMessage(plain(text)) {}
    UserInputError(const char* messageTemplate, std::vector<std::string> arguments)
        : UserInputError(UserMessage(messageTemplate, std::move(arguments))) {}
    explicit UserInputError(const UserMessage& message)
        : std::invalid_argument(message.english()), UserMessage(message) {}
};

}  // namespace cosingan
