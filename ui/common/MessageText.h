#pragma once
// What an error or a refusal says, in the user's language where the engine marked it for
// translation (core/util/UserMessage.h: the "Messages" context of the translations), in English
// otherwise; arguments marked for translation (nouns such as "the mask") are translated with it.
#include "util/UserMessage.h"

#include <QString>

#include <exception>

namespace cosingan::ui {

QString messageText(const std::exception& error);
// A refusal that is not an error, or a notice; a sentence gets a capital, a phrase to put into a
// sentence of the UI's own (`sentence` false) keeps its first letter.
QString translatedMessage(const UserMessage& message, bool sentence = true);

}  // namespace cosingan::ui
