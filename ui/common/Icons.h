#pragma once
// The icons compiled in from resources/ (Qt's resource system).
#include <QIcon>

namespace cosingan::ui {

// resources/icons/actions/NAME.svg (navigate, brush, fill, polygon, undo, redo, lungs, train,
// pause, play, stop), drawn in the theme's button-text colour so that they read on dark and light
// themes alike.
QIcon actionIcon(const char* name);

// The application icon (resources/icons/app/cosingan-studio.svg).
QIcon applicationIcon();

}  // namespace cosingan::ui
