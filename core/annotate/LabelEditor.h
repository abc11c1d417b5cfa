#pragma once
// The editing model behind the Annotate workspace (ITK-SNAP's Logic/Model layer): the active tool
// and label, the brush, the masking policy and the undo history, operating on a study's label map.
// Qt-free; the view turns events into these calls and redraws the rectangles they return.
#include "EditTools.h"
#include "UndoHistory.h"

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace cosingan {

enum class ToolKind { Navigate, Brush, Fill, Polygon };

struct EditedArea {
    int slice = -1;
    PixelRect rect;
};

class LabelEditor {
public:
    explicit LabelEditor(size_t undoBudgetBytes = 64u << 20);

    // The study to edit (pointers stay owned by the caller); clears the history.
    void attach(const CtVolume* ct, LabelMap* labels);
    bool attached() const { return ct_ && labels_; }

    ToolKind tool() const { return tool_; }
    void setTool(ToolKind tool);
    uint8_t activeLabel() const { return activeLabel_; }
    void setActiveLabel(uint8_t label) { activeLabel_ = label < kLabelCount ? label : activeLabel_; }
    MaskingPolicy& policy() { return policy_; }
    const MaskingPolicy& policy() const { return policy_; }
    BrushTool& brush() { return brush_; }
    const BrushTool& brush() const { return brush_; }

    // Pointer gestures on slice k in continuous pixel coordinates (pixel (i, j) covers
    // [i, i+1) x [j, j+1)). They return the area to redraw; a completed gesture is one undo step.
    EditedArea press(int k, PointF p, bool erase);
    EditedArea drag(PointF p);
    EditedArea release(PointF p);
    EditedArea complete();  // completes a pending polygon
    void cancel();
    bool busy() const;
    std::vector<PointF> toolOutline() const;

    uint8_t labelAt(int k, int x, int y) const;

    // Why the last completed gesture changed no pixel (empty when it changed some): the HU range,
    // the paint-over rule or "already that label", judged at the pixel where the gesture began.
    const std::string& lastRefusal() const { return lastRefusal_; }

    // Whole-slice and whole-volume edits, each one undo step.
    EditedArea proposeLungs(int k, std::string* note = nullptr);
    // Lungs on every slice where the proposal finds them (slices without lungs keep their labels),
    // painted infection kept; one undo step. progress(done, total) returns false to stop: what was
    // proposed so far is kept as the step. Returns the slices that got lungs.
    std::vector<EditedArea> proposeLungsOnAllSlices(const std::function<bool(int, int)>& progress = {});
    EditedArea setSliceLabels(int k, const std::vector<uint8_t>& labels, const std::string& description);
    void replaceAll(const LabelMap& labels, const std::string& description);

    // Undo/redo; they return every slice area that changed.
    std::vector<EditedArea> undo();
    std::vector<EditedArea> redo();
    const UndoHistory& history() const { return history_; }

    // Called with every committed change (the autosave journal listens here).
    std::function<void(const LabelChange&)> onCommit;

private:
    EditTool* activeTool();
    EditedArea commit(const std::string& description);
    std::string explainRefusal(int k) const;
    std::vector<EditedArea> areasOf(const LabelChange* change) const;

    const CtVolume* ct_ = nullptr;
    LabelMap* labels_ = nullptr;
    ToolKind tool_ = ToolKind::Navigate;
    uint8_t activeLabel_ = uint8_t(Label::Infection);
    MaskingPolicy policy_;
    BrushTool brush_;
    FloodFillTool fill_;
    PolygonTool polygon_;
    UndoHistory history_;
    std::unique_ptr<ChangeRecorder> recorder_;
    int gestureSlice_ = -1;
    PointF gestureStart_{};
    std::string lastRefusal_;
    bool gestureErase_ = false;
};

}  // namespace cosingan
