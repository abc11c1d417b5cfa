#include "MessageText.h"

#include "util/UserMessage.h"

#include <QCoreApplication>

namespace cosingan::ui {

QString messageText(const std::exception& error) {
    const auto* user = dynamic_cast<const TranslatableMessage*>(&error);
    if (!user || !user->messageTemplate()) return QString::fromStdString(error.what());
    const QString translated = QCoreApplication::translate("Messages", user->messageTemplate());
    // Arguments marked for translation too (a noun such as "the mask", a kind of path) are shown
    // translated; a file name or a figure has no entry and stays as it is.
    std::vector<std::string> arguments;
    for (const std::string& a : user->arguments())
        arguments.push_back(a.empty() ? a : QCoreApplication::translate("Messages", a.c_str()).toStdString());
    QString text = QString::fromStdString(fillMessage(translated.toStdString(), arguments));
    if (!text.isEmpty()) text[0] = text[0].toUpper();  // a sentence that starts with a noun ("the mask ...")
    return text;
}

}  // namespace cosingan::ui
