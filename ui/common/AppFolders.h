#pragma once
// Folders the application itself creates and owns (and may therefore move or replace in).
#include <QString>

namespace cosingan::ui {

// Where a training writes its model when the user does not choose a folder.
QString defaultModelsFolder();

}  // namespace cosingan::ui
