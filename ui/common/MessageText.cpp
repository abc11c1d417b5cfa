#include "MessageText.h"

#include <QCoreApplication>

namespace cosingan::ui {

QString translatedMessage(const UserMessage& message, bool sentence) {
    if (!message.messageTemplate()) return QString::fromStdString(message.english());
    const QString translated = QCoreApplication::translate("Messages", message.messageTemplate());
    // Arguments marked for translation too (a noun such as "the mask", a kind of path) are shown
    // translated; a file name or a figure has no entry and stays as it is; a message passed as an
    // argument is translated as a message (a phrase inside the sentence).
    std::vector<std::string> arguments;
    for (const std::string& a : message.arguments())
        arguments.push_back(a.empty()                      ? a
                            : UserMessage::isEncoded(a) ? translatedMessage(UserMessage::decoded(a), false).toStdString()
                                                        : QCoreApplication::translate("Messages", a.c_str()).toStdString());
    QString text = QString::fromStdString(fillMessage(translated.toStdString(), arguments));
    if (sentence && !text.isEmpty()) text[0] = text[0].toUpper();  // a sentence that starts with a noun ("the mask ...")
    return text;
}

QString messageText(const std::exception& error) {
    const auto* message = dynamic_cast<const UserMessage*>(&error);
    return message ? translatedMessage(*message) : QString::fromStdString(error.what());
}

}  // namespace cosingan::ui
