#pragma once
// What an error or a refusal says, in the user's language where the engine marked it for
// translation (core/util/UserMessage.h: the "Messages" context of the translations), in English
// otherwise; arguments marked for translation (nouns such as "the mask") are translated with it.
#include "util/UserMessage.h"

#include <QString>

#include <exception>

namespace cosingan::ui {

QString messageText(const std::exception& error);
QString translatedMessage(const UserMessage& message);  // a refusal that is not an error

}  // namespace cosingan::ui
