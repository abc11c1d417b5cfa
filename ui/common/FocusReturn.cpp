#include "FocusReturn.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>

namespace cosingan::ui {

namespace {

bool isTextField(const QWidget* w) {
    for (; w; w = w->parentWidget())
        if (qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractSpinBox*>(w)) return true;
    return false;
}

// After the event that finished the edit: back to the view, unless the user moved on to another field.
void handBack(QWidget* field, QWidget* view) {
    QTimer::singleShot(0, view, [field = QPointer<QWidget>(field), view] {
        QWidget* now = QApplication::focusWidget();
        const bool stillHere = field && now && (now == field || field->isAncestorOf(now));
        if (!now || stillHere || !isTextField(now)) view->setFocus(Qt::OtherFocusReason);
    });
}

// Return, Enter and Escape belong to the field being edited, not to the window's shortcuts (Return
// would otherwise finish a polygon instead of committing the number); Escape hands the keyboard back.
class FieldKeys : public QObject {
public:
    FieldKeys(QWidget* view, QObject* parent) : QObject(parent), view_(view) {}
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress) return false;
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key != Qt::Key_Return && key != Qt::Key_Enter && key != Qt::Key_Escape) return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return false;
        }
        if (key == Qt::Key_Escape) handBack(static_cast<QWidget*>(watched), view_);
        return false;
    }

private:
    QWidget* view_;
};

}  // namespace

void returnFocusAfterEdits(QWidget* panel, QWidget* view) {
    auto* keys = new FieldKeys(view, panel);
    for (QAbstractSpinBox* s : panel->findChildren<QAbstractSpinBox*>()) {
        s->setKeyboardTracking(false);  // a half-typed number is not applied digit by digit
        s->installEventFilter(keys);
        QObject::connect(s, &QAbstractSpinBox::editingFinished, view, [s, view] { handBack(s, view); });
    }
    for (QLineEdit* e : panel->findChildren<QLineEdit*>()) {
        if (qobject_cast<QAbstractSpinBox*>(e->parentWidget())) continue;
        e->installEventFilter(keys);
        QObject::connect(e, &QLineEdit::editingFinished, view, [e, view] { handBack(e, view); });
    }
    for (QAbstractButton* b : panel->findChildren<QAbstractButton*>()) b->setFocusPolicy(Qt::NoFocus);
    for (QAbstractSlider* s : panel->findChildren<QAbstractSlider*>()) s->setFocusPolicy(Qt::NoFocus);
    for (QComboBox* c : panel->findChildren<QComboBox*>()) c->setFocusPolicy(Qt::NoFocus);
}

}  // namespace cosingan::ui
