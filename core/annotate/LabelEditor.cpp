#include "LabelEditor.h"

#include "LungProposal.h"

#include <cmath>

namespace cosingan {

LabelEditor::LabelEditor(size_t undoBudgetBytes) : history_(undoBudgetBytes) {}

void LabelEditor::attach(const CtVolume* ct, LabelMap* labels) {
    cancel();
    ct_ = ct;
    labels_ = labels;
    history_.clear();
}

void LabelEditor::setTool(ToolKind tool) {
    if (tool != tool_) cancel();
    tool_ = tool;
}

EditTool* LabelEditor::activeTool() {
    switch (tool_) {
    case ToolKind::Brush: return &brush_;
    case ToolKind::Fill: return &fill_;
    case ToolKind::Polygon: return &polygon_;
    default: return nullptr;
    }
}

bool LabelEditor::busy() const { return recorder_ != nullptr || polygon_.busy(); }

std::vector<PointF> LabelEditor::toolOutline() const { return tool_ == ToolKind::Polygon ? polygon_.outline() : std::vector<PointF>{}; }

EditedArea LabelEditor::press(int k, PointF p, bool erase) {
    EditTool* tool = activeTool();
    if (!tool || !attached() || k < 0 || k >= labels_->slices()) return {};
    if (polygon_.busy() && k != gestureSlice_) polygon_.cancel();  // a polygon belongs to one slice
    if (!recorder_) recorder_ = std::make_unique<ChangeRecorder>(*labels_);
    gestureSlice_ = k;
    gestureErase_ = erase;
    if (!polygon_.busy()) gestureStart_ = p;
    lastRefusal_.clear();
    ToolContext ctx{*ct_, *labels_, k, activeLabel_, erase, policy_, *recorder_};
    tool->press(ctx, p);
    return {k, recorder_->dirty(k)};
}

EditedArea LabelEditor::drag(PointF p) {
    EditTool* tool = activeTool();
    if (!tool || !recorder_) return {};
    ToolContext ctx{*ct_, *labels_, gestureSlice_, activeLabel_, gestureErase_, policy_, *recorder_};
    tool->drag(ctx, p);
    return {gestureSlice_, recorder_->dirty(gestureSlice_)};
}

EditedArea LabelEditor::release(PointF p) {
    EditTool* tool = activeTool();
    if (!tool || !recorder_) return {};
    ToolContext ctx{*ct_, *labels_, gestureSlice_, activeLabel_, gestureErase_, policy_, *recorder_};
    if (!tool->release(ctx, p)) return {gestureSlice_, recorder_->dirty(gestureSlice_)};
    return commit(tool->name());
}

EditedArea LabelEditor::complete() {
    EditTool* tool = activeTool();
    if (!tool || !recorder_) return {};
    ToolContext ctx{*ct_, *labels_, gestureSlice_, activeLabel_, gestureErase_, policy_, *recorder_};
    if (!tool->complete(ctx)) {
        if (!tool->busy()) recorder_.reset();  // e.g. a polygon of fewer than three points: nothing to do
        return {};
    }
    return commit(tool->name());
}

void LabelEditor::cancel() {
    polygon_.cancel();
    if (recorder_ && labels_) {
        // Put back whatever an unfinished gesture changed.
        LabelChange partial = recorder_->finish("cancelled");
        partial.apply(*labels_);
    }
    recorder_.reset();
}

EditedArea LabelEditor::commit(const std::string& description) {
    const int k = gestureSlice_;
    const PixelRect dirty = recorder_->dirty(k);
    LabelChange change = recorder_->finish(description);
    recorder_.reset();
    lastRefusal_ = change.isEmpty() ? explainRefusal(k) : std::string();
    if (!change.isEmpty()) {
        if (onCommit) onCommit(change);
        history_.push(std::move(change));
    }
    return {k, dirty};
}

std::string LabelEditor::explainRefusal(int k) const {
    static const char* names[] = {"background", "left lung", "right lung", "infection"};
    const int x = int(std::floor(gestureStart_.x)), y = int(std::floor(gestureStart_.y));
    if (!labels_->geometry().contains(x, y, k)) return "the gesture began outside the image";
    const int16_t hu = ct_->at(x, y, k);
    const uint8_t current = labels_->at(x, y, k), value = gestureErase_ ? 0 : activeLabel_;
    if (policy_.rangeEnabled && (hu < policy_.huMin || hu > policy_.huMax))
        return "the pixel is " + std::to_string(hu) + " HU, outside the editable range " + std::to_string(policy_.huMin) +
               ".." + std::to_string(policy_.huMax) + " HU (Tools: Range)";
    if (!policy_.allows(hu, current, value))
        return std::string("the pixel is ") + names[current] + " and the paint-over rule allows only " +
               (policy_.paintOver == PaintOver::BackgroundOnly ? "background" : "the lungs") + " (Tools: Paint over)";
    if (current == value) return std::string("the pixels are already ") + names[value];
    return "the masking policy kept every pixel as it was";
}

uint8_t LabelEditor::labelAt(int k, int x, int y) const {
    if (!attached() || !labels_->geometry().contains(x, y, k)) return 0;
    return labels_->at(x, y, k);
}

EditedArea LabelEditor::setSliceLabels(int k, const std::vector<uint8_t>& labels, const std::string& description) {
    if (!attached() || labels.size() != labels_->geometry().sliceVoxels()) return {};
    cancel();
    recorder_ = std::make_unique<ChangeRecorder>(*labels_);
    gestureSlice_ = k;
    recorder_->touch(k, PixelRect::whole(labels_->columns(), labels_->rows()));
    labels_->setSlice(k, labels);
    return commit(description);
}

EditedArea LabelEditor::proposeLungs(int k, std::string* note) {
    if (!attached()) return {};
    const auto& g = ct_->geometry();
    const LungProposal p = cosingan::proposeLungs(ct_->slice(k), g.size[0], g.size[1], g.spacing[0], g.spacing[1], labels_->slice(k));
    if (note) *note = p.note;
    return setSliceLabels(k, p.labels, "automatic lungs");
}

std::vector<EditedArea> LabelEditor::proposeLungsOnAllSlices(const std::function<bool(int, int)>& progress) {
    if (!attached()) return {};
    cancel();
    const auto& g = ct_->geometry();
    ChangeRecorder recorder(*labels_);
    for (int k = 0; k < labels_->slices(); ++k) {
        if (progress && !progress(k, labels_->slices())) break;
        const LungProposal p = cosingan::proposeLungs(ct_->slice(k), g.size[0], g.size[1], g.spacing[0], g.spacing[1], labels_->slice(k));
        if (p.lungComponents == 0) continue;
        recorder.touch(k, PixelRect::whole(labels_->columns(), labels_->rows()));
        labels_->setSlice(k, p.labels);
    }
    LabelChange change = recorder.finish("automatic lungs on all slices");
    if (change.isEmpty()) return {};
    if (onCommit) onCommit(change);
    std::vector<EditedArea> areas = areasOf(&change);
    history_.push(std::move(change));
    return areas;
}

void LabelEditor::replaceAll(const LabelMap& labels, const std::string& description) {
    if (!attached() || labels.geometry().size != labels_->geometry().size) return;
    cancel();
    ChangeRecorder recorder(*labels_);
    for (int k = 0; k < labels_->slices(); ++k) recorder.touch(k, PixelRect::whole(labels_->columns(), labels_->rows()));
    labels_->voxels() = labels.voxels();
    LabelChange change = recorder.finish(description);
    if (change.isEmpty()) return;
    if (onCommit) onCommit(change);
    history_.push(std::move(change));
}

std::vector<EditedArea> LabelEditor::areasOf(const LabelChange* change) const {
    std::vector<EditedArea> areas;
    if (change)
        for (const auto& d : change->slices) areas.push_back({d.slice, d.rect});
    return areas;
}

std::vector<EditedArea> LabelEditor::undo() {
    if (!attached() || busy()) return {};
    const LabelChange* c = history_.undo(*labels_);
    if (c && onCommit) onCommit(*c);  // the journal records undo as the same toggle
    return areasOf(c);
}

std::vector<EditedArea> LabelEditor::redo() {
    if (!attached() || busy()) return {};
    const LabelChange* c = history_.redo(*labels_);
    if (c && onCommit) onCommit(*c);
    return areasOf(c);
}

}  // namespace cosingan
