#include "MessageText.h"

#include "util/UserMessage.h"

#include <QCoreApplication>

namespace cosingan::ui {

QString messageText(const std::exception& error) {
    const auto* user = dynamic_cast<const UserError*>(&error);
    if (!user || !user->messageTemplate()) return QString::fromStdString(error.what());
    const QString translated = QCoreApplication::translate("Messages", user->messageTemplate());
    return QString::fromStdString(fillMessage(translated.toStdString(), user->arguments()));
}

}  // namespace cosingan::ui
