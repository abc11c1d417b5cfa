#pragma once
// Turns the slice view's pointer events into LabelEditor calls and the editor's changes into
// dirty-rectangle repaints; owns the editing actions (tools, labels, undo/redo, brush size, masking
// switches, automatic lungs) with their shortcuts, and the crash-safe autosave journal.
#include "annotate/LabelEditor.h"

#include <QObject>
#include <QVector>

#include <memory>

class QAction;
class QActionGroup;

namespace cosingan {
class AutosaveJournal;
}

namespace cosingan::ui {

class StudioDocument;
class SliceView;

class AnnotationController : public QObject {
    Q_OBJECT
public:
    // journal: keep a crash-safe autosave journal of the document's labels (the study's editor);
    // an editor of scratch labels (the Synthesise condition canvas) keeps none.
    enum class Journal { On, Off };
    AnnotationController(StudioDocument* document, SliceView* view, QObject* parent = nullptr, Journal journal = Journal::On);
    ~AnnotationController() override;

    LabelEditor& editor() { return editor_; }
    // Actions grouped for the menus and the tool panel.
    QList<QAction*> toolActions() const;
    QList<QAction*> labelActions() const;
    QList<QAction*> editActions() const;  // undo, redo, brush size, masking switches, lungs
    QAction* undoAction() const { return undo_; }
    QAction* redoAction() const { return redo_; }
    QAction* lungsAction() const { return lungs_; }
    QAction* allLungsAction() const { return allLungs_; }
    QAction* rangeAction() const { return range_; }
    QAction* paintOverAction() const { return paintOver_; }

    void setTool(ToolKind tool);
    void setActiveLabel(int label);
    void setBrushDiameter(double pixels);
    void setPolicy(const MaskingPolicy& policy);
    // Every action on or off: two editors in one window never share a shortcut (only the visible
    // workspace's editor is on).
    void setActionsEnabled(bool on);
    void undo();
    void redo();
    void proposeLungs();
    // On every slice, with a progress dialog that can stop it (what was done stays, one undo step).
    void proposeLungsOnAllSlices();
    // Replaces the whole label map (import), as one undo step.
    void replaceLabels(const LabelMap& labels, const QString& description);
    void replaceSliceLabels(int k, const std::vector<uint8_t>& labels, const QString& description);

    // Autosave: where this study's journal lives, and (re)starting it from the current labels.
    static QString autosaveFolderFor(const QString& studyId);
    void restartAutosave();
    void discardAutosave();

Q_SIGNALS:
    void stateChanged();  // tool, label, brush or policy changed
    void statusMessage(const QString& text);

private:
    void attachStudy();
    void onPressed(const QPointF& p, Qt::MouseButton button, Qt::KeyboardModifiers mods);
    void onMoved(const QPointF& p, Qt::MouseButtons buttons, Qt::KeyboardModifiers mods);
    void onReleased(const QPointF& p, Qt::MouseButton button, Qt::KeyboardModifiers mods);
    void show(const EditedArea& area);
    void reportRefusal();  // a gesture that changed nothing says why in the status bar
    void showAll(const std::vector<EditedArea>& areas, const QString& verb);
    void syncView();
    void buildActions();

    StudioDocument* document_;
    SliceView* view_;
    LabelEditor editor_;
    std::unique_ptr<AutosaveJournal> journal_;
    bool gesture_ = false;
    bool journaling_ = true;
    QActionGroup* toolGroup_ = nullptr;
    QActionGroup* labelGroup_ = nullptr;
    QList<QAction*> toolActions_, labelActions_, editActions_;
    QAction* undo_ = nullptr;
    QAction* redo_ = nullptr;
    QAction* lungs_ = nullptr;
    QAction* allLungs_ = nullptr;
    QAction* range_ = nullptr;
    QAction* paintOver_ = nullptr;
};

}  // namespace cosingan::ui
