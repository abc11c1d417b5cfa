#include "DarkTheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace cosingan::ui {

void applyDarkTheme(QApplication& app) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(37, 39, 43), base(26, 27, 30), text(222, 224, 228), disabled(120, 122, 128);
    const QColor accent(64, 140, 220);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(33, 35, 39));
    p.setColor(QPalette::ToolTipBase, QColor(50, 52, 58));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(48, 50, 56));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent.lighter(130));
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Mid, QColor(60, 62, 68));
    p.setColor(QPalette::Dark, QColor(20, 21, 24));
    p.setColor(QPalette::Shadow, QColor(10, 10, 12));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(70, 72, 78));
    app.setPalette(p);
    app.setStyleSheet(QStringLiteral(
        "QToolTip { border: 1px solid #555a63; padding: 4px; }"
        "QGroupBox { border: 1px solid #3c3f46; border-radius: 5px; margin-top: 14px; padding: 8px 6px 6px 6px; }"
        "QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: #9fb4cc; font-weight: bold; }"
        "QTabWidget::pane { border-top: 1px solid #3c3f46; }"
        "QTabBar::tab { padding: 6px 18px; color: #aab2bb; border-bottom: 3px solid transparent; }"
        // The active workspace must be obvious: bright text on a lighter tab, an accent underline.
        "QTabBar::tab:selected { color: white; background: #34373e; border-bottom: 3px solid #4a8cd0; font-weight: bold; }"
        "QTabBar::tab:hover:!selected { color: #e0e4e8; }"
        "QStatusBar { border-top: 1px solid #3c3f46; }"
        // The active tool and label must be visible at a glance.
        "QToolButton:checked { background: #2b4f78; border: 1px solid #4a8cd0; border-radius: 3px; color: white; }"));
}

void applyLightTheme(QApplication& app) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(app.style()->standardPalette());
    app.setStyleSheet(QStringLiteral(
        "QToolTip { border: 1px solid #9aa0a8; padding: 4px; }"
        "QGroupBox { border: 1px solid #c4c8ce; border-radius: 5px; margin-top: 14px; padding: 8px 6px 6px 6px; }"
        "QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: #2d5f93; font-weight: bold; }"
        "QTabBar::tab { padding: 6px 18px; color: #4a5058; border-bottom: 3px solid transparent; }"
        "QTabBar::tab:selected { color: black; background: #e4e8ee; border-bottom: 3px solid #2f74c0; font-weight: bold; }"
        "QToolButton:checked { background: #cfe0f4; border: 1px solid #2f74c0; border-radius: 3px; }"));
}

void applyTheme(QApplication& app, const QString& name) {
    if (name == QLatin1String("light")) applyLightTheme(app);
    else applyDarkTheme(app);
}

}  // namespace cosingan::ui
