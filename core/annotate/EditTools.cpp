#include "EditTools.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace cosingan {

namespace {

// The lung label around a region (majority of left/right lung pixels on its border ring), so that
// erasing infection gives the lung back rather than leaving a hole.
uint8_t lungAround(const ToolContext& ctx, const PixelRect& r) {
    const int cols = ctx.labels.columns(), rows = ctx.labels.rows();
    const uint8_t* s = ctx.labels.slice(ctx.slice);
    int left = 0, right = 0;
    const PixelRect ring = PixelRect{r.x - 2, r.y - 2, r.width + 4, r.height + 4}.clipped(cols, rows);
    for (int y = ring.y; y < ring.bottom(); ++y)
        for (int x = ring.x; x < ring.right(); ++x) {
            const bool inside = x >= r.x && x < r.right() && y >= r.y && y < r.bottom();
            if (inside) continue;
            const uint8_t l = s[size_t(y) * size_t(cols) + size_t(x)];
            left += l == 1;
            right += l == 2;
        }
    if (left == 0 && right == 0) return 0;
    return left >= right ? 1 : 2;
}

}  // namespace

void applyLabel(ToolContext& ctx, int x, int y, uint8_t lungUnderneath) {
    const size_t i = size_t(y) * size_t(ctx.labels.columns()) + size_t(x);
    uint8_t& current = ctx.labels.slice(ctx.slice)[i];
    const int16_t hu = ctx.ct.slice(ctx.slice)[i];
    if (ctx.erase) {
        // The eraser removes the active label (all labels when the active one is background).
        if (ctx.label != 0 && current != ctx.label) return;
        if (current == 0 || !ctx.policy.allows(hu, current, 0)) return;
        current = (current == uint8_t(Label::Infection)) ? lungUnderneath : 0;
        return;
    }
    if (current == ctx.label || !ctx.policy.allows(hu, current, ctx.label)) return;
    current = ctx.label;
}

PixelRect applyMask(ToolContext& ctx, const std::vector<uint8_t>& mask, const PixelRect& bounds) {
    const int cols = ctx.labels.columns();
    const PixelRect r = bounds.clipped(cols, ctx.labels.rows());
    if (r.isEmpty()) return r;
    ctx.recorder.touch(ctx.slice, r);
    const uint8_t lung = ctx.erase ? lungAround(ctx, r) : 0;
    for (int y = r.y; y < r.bottom(); ++y)
        for (int x = r.x; x < r.right(); ++x)
            if (mask[size_t(y) * size_t(cols) + size_t(x)]) applyLabel(ctx, x, y, lung);
    return r;
}

void BrushTool::dab(ToolContext& ctx, PointF c) {
    const double r = std::max(0.5, diameter / 2.0);
    const int cols = ctx.labels.columns(), rows = ctx.labels.rows();
    const PixelRect box = PixelRect{int(std::floor(c.x - r)), int(std::floor(c.y - r)), int(std::ceil(2 * r)) + 2,
                                    int(std::ceil(2 * r)) + 2}.clipped(cols, rows);
    if (box.isEmpty()) return;
    ctx.recorder.touch(ctx.slice, box);
    const uint8_t lung = ctx.erase ? lungAround(ctx, box) : 0;
    for (int y = box.y; y < box.bottom(); ++y)
        for (int x = box.x; x < box.right(); ++x) {
            const double dx = x + 0.5 - c.x, dy = y + 0.5 - c.y;
            const bool inside = shape == BrushShape::Round ? dx * dx + dy * dy <= r * r
                                                           : std::fabs(dx) <= r && std::fabs(dy) <= r;
            if (inside) applyLabel(ctx, x, y, lung);
        }
}

void BrushTool::press(ToolContext& ctx, PointF p) {
    last_ = p;
    dab(ctx, p);
}

void BrushTool::drag(ToolContext& ctx, PointF p) {
    // Dabs at most half a radius apart along the segment from the last position.
    const double dx = p.x - last_.x, dy = p.y - last_.y;
    const double step = std::max(0.5, diameter / 4.0);
    const int n = int(std::ceil(std::hypot(dx, dy) / step));
    for (int i = 1; i <= n; ++i) dab(ctx, {last_.x + dx * i / n, last_.y + dy * i / n});
    last_ = p;
}

bool BrushTool::release(ToolContext& ctx, PointF p) {
    drag(ctx, p);
    return true;
}

void FloodFillTool::press(ToolContext& ctx, PointF p) {
    const int cols = ctx.labels.columns(), rows = ctx.labels.rows();
    const int sx = int(std::floor(p.x)), sy = int(std::floor(p.y));
    if (sx < 0 || sy < 0 || sx >= cols || sy >= rows) return;
    const uint8_t* labels = ctx.labels.slice(ctx.slice);
    const int16_t* hu = ctx.ct.slice(ctx.slice);
    const uint8_t seed = labels[size_t(sy) * size_t(cols) + size_t(sx)];
    // Connectivity: same label as the seed, and inside the HU range when it is on.
    cv::Mat region(rows, cols, CV_8U);
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < cols; ++x) {
            const size_t i = size_t(y) * size_t(cols) + size_t(x);
            const bool inRange = !ctx.policy.rangeEnabled || (hu[i] >= ctx.policy.huMin && hu[i] <= ctx.policy.huMax);
            region.at<uint8_t>(y, x) = labels[i] == seed && inRange ? 1 : 0;
        }
    if (!region.at<uint8_t>(sy, sx)) return;
    cv::Rect bounds;
    cv::floodFill(region, cv::Point(sx, sy), cv::Scalar(2), &bounds, cv::Scalar(0), cv::Scalar(0), 4);
    std::vector<uint8_t> mask(size_t(cols) * size_t(rows), 0);
    for (int y = bounds.y; y < bounds.y + bounds.height; ++y)
        for (int x = bounds.x; x < bounds.x + bounds.width; ++x)
            mask[size_t(y) * size_t(cols) + size_t(x)] = region.at<uint8_t>(y, x) == 2;
    applyMask(ctx, mask, {bounds.x, bounds.y, bounds.width, bounds.height});
}

void PolygonTool::press(ToolContext& ctx, PointF p) {
    (void)ctx;
    dragging_ = true;
    freehand_ = false;
    pressAt_ = p;
    points_.push_back(p);
}

void PolygonTool::drag(ToolContext& ctx, PointF p) {
    (void)ctx;
    if (!dragging_) return;
    const PointF& last = points_.back();
    if (!freehand_ && std::hypot(p.x - pressAt_.x, p.y - pressAt_.y) > 3.0) freehand_ = true;  // a lasso
    if (freehand_ && std::hypot(p.x - last.x, p.y - last.y) >= 1.0) points_.push_back(p);
}

bool PolygonTool::release(ToolContext& ctx, PointF p) {
    (void)p;
    dragging_ = false;
    if (freehand_) return complete(ctx);  // the lasso closes when the button is released
    return false;                         // click polygon: wait for more vertices
}

bool PolygonTool::complete(ToolContext& ctx) {
    // Drop repeated vertices (the double-click that completes a polygon adds one).
    std::vector<cv::Point> poly;
    for (const auto& q : points_) {
        const cv::Point c(int(std::floor(q.x)), int(std::floor(q.y)));  // the pixel clicked
        if (poly.empty() || poly.back() != c) poly.push_back(c);
    }
    points_.clear();
    if (poly.size() < 3) return false;
    const int cols = ctx.labels.columns(), rows = ctx.labels.rows();
    cv::Mat m = cv::Mat::zeros(rows, cols, CV_8U);
    cv::fillPoly(m, std::vector<std::vector<cv::Point>>{poly}, cv::Scalar(1));
    const cv::Rect b = cv::boundingRect(poly) & cv::Rect(0, 0, cols, rows);
    std::vector<uint8_t> mask(m.data, m.data + m.total());
    applyMask(ctx, mask, {b.x, b.y, b.width, b.height});
    return true;
}

}  // namespace cosingan
