#pragma once
// Panel fields give the keyboard back to the image view when an edit is done (Enter, arrows, a
// click elsewhere), and panel buttons, sliders and lists never take it: label digits and tool keys
// then reach their shortcuts instead of being typed into a field ("2" turning 100 HU into 1002).
class QWidget;

namespace cosingan::ui {

void returnFocusAfterEdits(QWidget* panel, QWidget* view);

}  // namespace cosingan::ui
