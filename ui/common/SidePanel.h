#pragma once
// A workspace's side panel in a vertical scroll area, as wide as its content needs (fonts and
// styles differ) plus the scroll bar, at least 320 px: on a laptop screen it scrolls, never clips.
class QScrollArea;
class QWidget;

namespace cosingan::ui {

QScrollArea* scrollingSidePanel(QWidget* panel, QWidget* parent);

}  // namespace cosingan::ui
