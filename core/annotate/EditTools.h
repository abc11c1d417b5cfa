#pragma once
// The editing tools as small strategy classes: they turn pointer gestures (in continuous slice
// pixel coordinates) into label changes, through the masking policy, recording what they touch.
// Qt-free: the view only forwards events; tests drive the tools directly.
#include "LabelChange.h"
#include "MaskingPolicy.h"
#include "volume/CtVolume.h"

#include <string>
#include <vector>

namespace cosingan {

struct PointF {
    double x = 0, y = 0;
};

struct ToolContext {
    const CtVolume& ct;
    LabelMap& labels;
    int slice;
    uint8_t label;       // the active label
    bool erase;          // remove the active label instead of painting it
    const MaskingPolicy& policy;
    ChangeRecorder& recorder;
};

class EditTool {
public:
    virtual ~EditTool() = default;
    virtual std::string name() const = 0;
    virtual void press(ToolContext& ctx, PointF p) = 0;
    virtual void drag(ToolContext& ctx, PointF p) { (void)ctx; (void)p; }
    // True when the gesture completed an edit (it is then committed as one undo step).
    virtual bool release(ToolContext& ctx, PointF p) { (void)ctx; (void)p; return true; }
    // Completes a pending edit (polygon: Enter / double-click). True if something was completed.
    virtual bool complete(ToolContext& ctx) { (void)ctx; return false; }
    virtual void cancel() {}
    virtual bool busy() const { return false; }
    // The shape being drawn (polygon vertices), for the view to show.
    virtual std::vector<PointF> outline() const { return {}; }
};

enum class BrushShape { Round, Square };

// Round or square brush; consecutive pointer positions are joined so fast strokes leave no gaps.
class BrushTool : public EditTool {
public:
    std::string name() const override { return "brush"; }
    void press(ToolContext& ctx, PointF p) override;
    void drag(ToolContext& ctx, PointF p) override;
    bool release(ToolContext& ctx, PointF p) override;

    double diameter = 8;  // pixels
    BrushShape shape = BrushShape::Round;

private:
    void dab(ToolContext& ctx, PointF c);
    PointF last_;
};

// Fills the 4-connected region of the label under the seed (within the HU range when on).
class FloodFillTool : public EditTool {
public:
    std::string name() const override { return "fill"; }
    void press(ToolContext& ctx, PointF p) override;
};

// Polygon by clicks (completed by double-click / Enter) or freehand lasso (press, drag, release).
class PolygonTool : public EditTool {
public:
    std::string name() const override { return "polygon"; }
    void press(ToolContext& ctx, PointF p) override;
    void drag(ToolContext& ctx, PointF p) override;
    bool release(ToolContext& ctx, PointF p) override;
    bool complete(ToolContext& ctx) override;
    void cancel() override { points_.clear(); dragging_ = false; }
    bool busy() const override { return !points_.empty(); }
    std::vector<PointF> outline() const override { return points_; }

private:
    std::vector<PointF> points_;
    bool dragging_ = false, freehand_ = false;
    PointF pressAt_;
};

// Sets one pixel to the tool's value if the policy allows; used by every tool.
void applyLabel(ToolContext& ctx, int x, int y, uint8_t lungUnderneath);
// Fills every pixel of a 0/255 mask (columns x rows) through the policy.
PixelRect applyMask(ToolContext& ctx, const std::vector<uint8_t>& mask, const PixelRect& bounds);

}  // namespace cosingan
