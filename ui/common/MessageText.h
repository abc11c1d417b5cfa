#pragma once
// What an error says, in the user's language where the engine marked its message for translation
// (core/util/UserMessage.h: the "Messages" context of the translations), in English otherwise;
// arguments marked for translation (nouns such as "the mask") are translated with it.
#include <QString>

#include <exception>

namespace cosingan::ui {

QString messageText(const std::exception& error);

}  // namespace cosingan::ui
