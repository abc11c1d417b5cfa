#pragma once
// The engine's preset descriptions (core/gan/GanPresets.cpp) in the user's language. The engine is
// plain C++ without Qt, so the texts are registered here for the translators, word for word.
#include <QString>

#include <string>

namespace cosingan::ui {

// The description of a preset, translated when a translation exists.
QString presetDescriptionText(const std::string& preset);

// True when the engine's description text of this preset is registered for translation here (a
// test keeps the two in step).
bool presetDescriptionRegistered(const std::string& preset);

}  // namespace cosingan::ui
