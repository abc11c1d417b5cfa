#include "SidePanel.h"

#include <QScrollArea>
#include <QStyle>

#include <algorithm>

namespace cosingan::ui {

QScrollArea* scrollingSidePanel(QWidget* panel, QWidget* parent) {
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int bar = scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    scroll->setFixedWidth(std::max(320, panel->minimumSizeHint().width() + bar + 6));
    return scroll;
}

}  // namespace cosingan::ui
