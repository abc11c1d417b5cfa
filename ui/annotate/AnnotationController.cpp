#include "AnnotationController.h"

#include "ui/common/Icons.h"

#include "SliceView.h"
#include "annotate/AutosaveJournal.h"
#include "ui/common/StudioDocument.h"
#include "ui/common/MessageText.h"

#include <QAction>
#include <QProgressDialog>
#include <QActionGroup>
#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace cosingan::ui {

namespace {
QRect toQRect(const PixelRect& r) { return QRect(r.x, r.y, r.width, r.height); }
}  // namespace

AnnotationController::AnnotationController(StudioDocument* document, SliceView* view, QObject* parent, Journal journal)
    : QObject(parent), document_(document), view_(view), journaling_(journal == Journal::On) {
    buildActions();
    editor_.onCommit = [this](const LabelChange& change) {
        if (!journal_) return;
        journal_->append(change);
        if (journal_->recordsSinceSnapshot() >= 500) journal_->start(document_->labels(), document_->studyId().toStdString());
    };
    connect(view_, &SliceView::toolPressed, this, &AnnotationController::onPressed);
    connect(view_, &SliceView::toolMoved, this, &AnnotationController::onMoved);
    connect(view_, &SliceView::toolReleased, this, &AnnotationController::onReleased);
    connect(view_, &SliceView::toolDoubleClicked, this, [this] { show(editor_.complete()); syncView(); reportRefusal(); });
    connect(view_, &SliceView::brushSizeStepRequested, this, [this](int steps) {
        setBrushDiameter(editor_.brush().diameter * (steps > 0 ? 1.25 : 0.8));
    });
    connect(document_, &StudioDocument::studyChanged, this, &AnnotationController::attachStudy);
    connect(document_, &StudioDocument::sliceChanged, this, [this] {
        if (editor_.busy()) editor_.cancel();  // a polygon belongs to the slice it was drawn on
        syncView();
    });
    attachStudy();
}

AnnotationController::~AnnotationController() = default;

QString AnnotationController::autosaveFolderFor(const QString& studyId) {
    const QByteArray hash = QCryptographicHash::hash(studyId.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("autosave/") + hash);
}

void AnnotationController::attachStudy() {
    editor_.attach(&document_->volume(), &document_->mutableLabels());
    journal_.reset();
    if (document_->hasVolume() && journaling_) {
        // Keep what an earlier (crashed) run journaled for this study aside, for recovery.
        const QString folder = autosaveFolderFor(document_->studyId());
        if (QDir(folder).exists()) {
            QDir(folder + QStringLiteral(".previous")).removeRecursively();
            QDir().rename(folder, folder + QStringLiteral(".previous"));
        }
        journal_ = std::make_unique<AutosaveJournal>(folder.toStdString());
        restartAutosave();
    }
    undo_->setEnabled(false);
    redo_->setEnabled(false);
    syncView();
}

void AnnotationController::restartAutosave() {
    if (!journal_) return;
    try {
        journal_->start(document_->labels(), document_->studyId().toStdString());
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(tr("Autosave is off: %1").arg(messageText(e)));
        journal_.reset();
    }
}

void AnnotationController::discardAutosave() {
    if (journal_) journal_->discard();
    journal_.reset();
}

void AnnotationController::onPressed(const QPointF& p, Qt::MouseButton button, Qt::KeyboardModifiers mods) {
    if (!document_->hasVolume()) return;
    const int k = document_->slice();
    if ((mods & Qt::ControlModifier) && button == Qt::LeftButton) {  // pick the label under the cursor
        setActiveLabel(editor_.labelAt(k, int(std::floor(p.x())), int(std::floor(p.y()))));
        return;
    }
    if (button != Qt::LeftButton) return;  // the right button adjusts the window (SliceView)
    const bool erase = mods & Qt::ShiftModifier;
    gesture_ = true;
    show(editor_.press(k, {p.x(), p.y()}, erase));
    syncView();
}

void AnnotationController::onMoved(const QPointF& p, Qt::MouseButtons, Qt::KeyboardModifiers) {
    if (!gesture_) return;
    show(editor_.drag({p.x(), p.y()}));
    if (editor_.tool() == ToolKind::Polygon) syncView();
}

void AnnotationController::onReleased(const QPointF& p, Qt::MouseButton, Qt::KeyboardModifiers) {
    if (!gesture_) return;
    gesture_ = false;
    show(editor_.release({p.x(), p.y()}));
    syncView();
    reportRefusal();
}

void AnnotationController::reportRefusal() {
    if (!editor_.busy() && !editor_.lastRefusal().empty())
        Q_EMIT statusMessage(tr("Nothing changed: %1").arg(QString::fromStdString(editor_.lastRefusal())));
}

void AnnotationController::show(const EditedArea& area) {
    if (area.slice >= 0 && !area.rect.isEmpty()) document_->notifyLabelsEdited(area.slice, toQRect(area.rect));
    undo_->setEnabled(editor_.history().canUndo());
    redo_->setEnabled(editor_.history().canRedo());
    undo_->setText(editor_.history().canUndo() ? tr("&Undo %1").arg(QString::fromStdString(editor_.history().nextUndoDescription()))
                                               : tr("&Undo"));
    redo_->setText(editor_.history().canRedo() ? tr("&Redo %1").arg(QString::fromStdString(editor_.history().nextRedoDescription()))
                                               : tr("&Redo"));
}

void AnnotationController::showAll(const std::vector<EditedArea>& areas, const QString& verb) {
    if (areas.empty()) {
        show({});
        return;
    }
    for (const auto& a : areas) show(a);
    if (areas.size() == 1 && areas.front().slice != document_->slice())
        Q_EMIT statusMessage(tr("%1 on slice %2").arg(verb).arg(areas.front().slice + 1));
}

void AnnotationController::undo() { showAll(editor_.undo(), tr("Undone")); }
void AnnotationController::redo() { showAll(editor_.redo(), tr("Redone")); }

void AnnotationController::proposeLungs() {
    if (!document_->hasVolume()) return;
    std::string note;
    show(editor_.proposeLungs(document_->slice(), &note));
    Q_EMIT statusMessage(tr("Automatic lungs: %1 — correct them with the brush; Ctrl+Z undoes").arg(QString::fromStdString(note)));
}

void AnnotationController::proposeLungsOnAllSlices() {
    if (!document_->hasVolume()) return;
    const int slices = document_->sliceCount();
    QProgressDialog dialog(tr("Proposing lungs on %1 slices…").arg(slices), tr("Stop"), 0, slices, view_);
    dialog.setWindowTitle(tr("Automatic Lungs"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    const std::vector<EditedArea> areas = editor_.proposeLungsOnAllSlices([&dialog](int done, int) {
        dialog.setValue(done);
        return !dialog.wasCanceled();
    });
    dialog.setValue(slices);
    for (const EditedArea& a : areas) show(a);
    if (areas.empty()) show({});
    Q_EMIT statusMessage(tr("Automatic lungs on %1 of %2 slices — Ctrl+Z undoes them all").arg(areas.size()).arg(slices));
}

void AnnotationController::replaceLabels(const LabelMap& labels, const QString& description) {
    editor_.replaceAll(labels, description.toStdString());
    document_->notifyLabelsReplaced();
    show({});
}

void AnnotationController::replaceSliceLabels(int k, const std::vector<uint8_t>& labels, const QString& description) {
    show(editor_.setSliceLabels(k, labels, description.toStdString()));
}

void AnnotationController::setActionsEnabled(bool on) {
    for (const QList<QAction*>* list : {&toolActions_, &labelActions_, &editActions_})
        for (QAction* a : *list) a->setEnabled(on);
    if (on) show({});  // undo/redo follow the history again
}

void AnnotationController::setTool(ToolKind tool) {
    editor_.setTool(tool);
    for (QAction* a : toolActions_) a->setChecked(a->data().toInt() == int(tool));
    syncView();
    Q_EMIT stateChanged();
}

void AnnotationController::setActiveLabel(int label) {
    editor_.setActiveLabel(uint8_t(label));
    for (QAction* a : labelActions_) a->setChecked(a->data().toInt() == label);
    Q_EMIT stateChanged();
}

void AnnotationController::setBrushDiameter(double pixels) {
    editor_.brush().diameter = std::clamp(pixels, 1.0, 200.0);
    syncView();
    Q_EMIT stateChanged();
}

void AnnotationController::setPolicy(const MaskingPolicy& policy) {
    editor_.policy() = policy;
    range_->setChecked(policy.rangeEnabled);
    Q_EMIT stateChanged();
}

void AnnotationController::syncView() {
    const ToolKind t = editor_.tool();
    view_->setNavigationMode(t == ToolKind::Navigate);
    view_->setCursorFootprint(t == ToolKind::Brush ? editor_.brush().diameter / 2.0 : 0.0,
                              editor_.brush().shape == BrushShape::Square);
    QVector<QPointF> outline;
    for (const PointF& q : editor_.toolOutline()) outline << QPointF(q.x, q.y);
    view_->setToolOutline(outline);
}

QList<QAction*> AnnotationController::toolActions() const { return toolActions_; }
QList<QAction*> AnnotationController::labelActions() const { return labelActions_; }
QList<QAction*> AnnotationController::editActions() const { return editActions_; }

void AnnotationController::buildActions() {
    auto make = [this](const QString& text, const QKeySequence& key, const QString& tip) {
        QAction* a = new QAction(text, this);
        if (!key.isEmpty()) a->setShortcut(key);
        a->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        a->setShortcutContext(Qt::WindowShortcut);
        return a;
    };
    toolGroup_ = new QActionGroup(this);
    struct ToolDef { ToolKind kind; const char* icon; QString text; QKeySequence key; QString tip; };
    const ToolDef tools[] = {
        {ToolKind::Navigate, "navigate", tr("Navigate"), QKeySequence(Qt::Key_N), tr("Navigate: drag or right-drag = window/level, Ctrl+right-drag = zoom")},
        {ToolKind::Brush, "brush", tr("Brush"), QKeySequence(Qt::Key_B), tr("Brush: left paints, Shift+left erases the active label; [ ] or Shift+wheel size")},
        {ToolKind::Fill, "fill", tr("Fill"), QKeySequence(Qt::Key_G), tr("Flood fill the connected region under the cursor (Shift+click: erase it)")},
        {ToolKind::Polygon, "polygon", tr("Polygon"), QKeySequence(Qt::Key_P), tr("Polygon: click vertices, double-click or Enter to fill; or drag a freehand lasso")},
    };
    for (const auto& t : tools) {
        QAction* a = make(t.text, t.key, t.tip);
        a->setIcon(actionIcon(t.icon));
        a->setCheckable(true);
        a->setData(int(t.kind));
        toolGroup_->addAction(a);
        connect(a, &QAction::triggered, this, [this, kind = t.kind] { setTool(kind); });
        toolActions_ << a;
    }
    toolActions_.front()->setChecked(true);

    labelGroup_ = new QActionGroup(this);
    const QKeySequence labelKeys[] = {QKeySequence(Qt::Key_0), QKeySequence(Qt::Key_1), QKeySequence(Qt::Key_2), QKeySequence(Qt::Key_3)};
    for (const auto& style : defaultLabelStyles()) {
        const int l = int(style.label);
        const QString name = StudioDocument::defaultLabelName(l);
        QAction* a = make(name, labelKeys[l], tr("Paint %1").arg(name));
        a->setCheckable(true);
        a->setData(l);
        labelGroup_->addAction(a);
        connect(a, &QAction::triggered, this, [this, l] { setActiveLabel(l); });
        labelActions_ << a;
    }
    labelActions_[int(editor_.activeLabel())]->setChecked(true);

    undo_ = make(tr("&Undo"), QKeySequence::Undo, tr("Undo the last edit"));
    redo_ = make(tr("&Redo"), QKeySequence(tr("Ctrl+Shift+Z")), tr("Redo"));
    redo_->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    undo_->setIcon(actionIcon("undo"));
    redo_->setIcon(actionIcon("redo"));
    connect(undo_, &QAction::triggered, this, &AnnotationController::undo);
    connect(redo_, &QAction::triggered, this, &AnnotationController::redo);
    QAction* bigger = make(tr("Larger Brush"), QKeySequence(Qt::Key_BracketRight), tr("Larger brush"));
    QAction* smaller = make(tr("Smaller Brush"), QKeySequence(Qt::Key_BracketLeft), tr("Smaller brush"));
    connect(bigger, &QAction::triggered, this, [this] { setBrushDiameter(editor_.brush().diameter + std::max(1.0, editor_.brush().diameter * 0.2)); });
    connect(smaller, &QAction::triggered, this, [this] { setBrushDiameter(editor_.brush().diameter - std::max(1.0, editor_.brush().diameter * 0.2)); });
    range_ = make(tr("Paint Only in HU Range"), QKeySequence(Qt::Key_R), tr("Paint only where HU lies inside the editable range"));
    range_->setCheckable(true);
    connect(range_, &QAction::toggled, this, [this](bool on) {
        editor_.policy().rangeEnabled = on;
        Q_EMIT stateChanged();
        Q_EMIT statusMessage(on ? tr("Intensity range on: painting only between %1 and %2 HU").arg(editor_.policy().huMin).arg(editor_.policy().huMax)
                                : tr("Intensity range off"));
    });
    paintOver_ = make(tr("Next Paint-Over Rule"), QKeySequence(Qt::Key_D),
                      tr("Cycle what painting may cover: all labels, background only, lungs only"));
    connect(paintOver_, &QAction::triggered, this, [this] {
        MaskingPolicy p = editor_.policy();
        p.paintOver = PaintOver((int(p.paintOver) + 1) % 3);
        setPolicy(p);
        const char* names[] = {QT_TR_NOOP("all labels"), QT_TR_NOOP("background only"), QT_TR_NOOP("lungs only")};
        Q_EMIT statusMessage(tr("Painting over %1").arg(tr(names[int(p.paintOver)])));
    });
    lungs_ = make(tr("Propose &Lungs"), QKeySequence(tr("Ctrl+L")), tr("Propose both lungs on this slice automatically (keeps the infection)"));
    lungs_->setIcon(actionIcon("lungs"));
    connect(lungs_, &QAction::triggered, this, &AnnotationController::proposeLungs);
    allLungs_ = make(tr("Propose Lungs on &All Slices"), QKeySequence(tr("Ctrl+Shift+L")),
                     tr("Propose both lungs on every slice that has them (keeps the infection); one undo step"));
    connect(allLungs_, &QAction::triggered, this, &AnnotationController::proposeLungsOnAllSlices);
    QAction* finish = make(tr("Finish Polygon"), QKeySequence(Qt::Key_Return), tr("Fill the polygon being drawn"));
    connect(finish, &QAction::triggered, this, [this] { show(editor_.complete()); syncView(); reportRefusal(); });
    QAction* cancel = make(tr("Cancel Polygon"), QKeySequence(Qt::Key_Escape), tr("Drop the polygon being drawn"));
    connect(cancel, &QAction::triggered, this, [this] { editor_.cancel(); syncView(); });
    editActions_ = {undo_, redo_, bigger, smaller, range_, paintOver_, lungs_, allLungs_, finish, cancel};
}

}  // namespace cosingan::ui
