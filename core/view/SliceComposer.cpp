#include "SliceComposer.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace cosingan {

LabelDisplay::LabelDisplay() {
    for (const auto& style : defaultLabelStyles()) colours[size_t(style.label)] = style.rgb;
}

void composeSlice(const CtVolume& volume, const LabelMap* labels, int k, const WindowLevel& window,
                  const LabelDisplay& display, uint8_t* rgbx, const PixelRect& requested) {
    const int cols = volume.columns(), rows = volume.rows();
    PixelRect r = requested;
    r.x = std::clamp(r.x, 0, cols);
    r.y = std::clamp(r.y, 0, rows);
    r.width = std::clamp(r.width, 0, cols - r.x);
    r.height = std::clamp(r.height, 0, rows - r.y);
    if (r.isEmpty() || k < 0 || k >= volume.slices()) return;

    // Grey: window the rectangle (OpenCV's saturating convert) and expand to RGBX.
    cv::Mat hu(rows, cols, CV_16SC1, const_cast<int16_t*>(volume.slice(k)));
    cv::Mat grey;
    const double alpha = 255.0 / std::max(1.0, window.width);
    hu(cv::Rect(r.x, r.y, r.width, r.height)).convertTo(grey, CV_8U, alpha, -window.low() * alpha);
    cv::Mat out(rows, cols, CV_8UC4, rgbx);
    cv::Mat outRoi = out(cv::Rect(r.x, r.y, r.width, r.height));
    cv::cvtColor(grey, outRoi, cv::COLOR_GRAY2RGBA);

    if (!labels || !display.showLabels || labels->geometry().size != volume.geometry().size) return;

    // Labels: fill blends with the chosen opacity; outlines are the label's own boundary pixels
    // (a pixel whose 4-neighbourhood leaves the label), computed with a one-pixel margin so that
    // dirty-rectangle updates draw the same outline as a full redraw.
    const int mx0 = std::max(0, r.x - 1), my0 = std::max(0, r.y - 1);
    const int mx1 = std::min(cols, r.x + r.width + 1), my1 = std::min(rows, r.y + r.height + 1);
    cv::Mat lab(rows, cols, CV_8UC1, const_cast<uint8_t*>(labels->slice(k)));
    cv::Mat labRoi = lab(cv::Rect(mx0, my0, mx1 - mx0, my1 - my0));
    cv::Mat boundary;
    if (display.outlineOnly) {
        // A pixel is on a boundary when the minimum or maximum of its cross neighbourhood differs.
        cv::Mat kernel = cv::getStructuringElement(cv::MORPH_CROSS, cv::Size(3, 3));
        cv::Mat lo, hi;
        cv::erode(labRoi, lo, kernel, cv::Point(-1, -1), 1, cv::BORDER_REPLICATE);
        cv::dilate(labRoi, hi, kernel, cv::Point(-1, -1), 1, cv::BORDER_REPLICATE);
        boundary = (lo != labRoi) | (hi != labRoi);
    }
    const float a = std::clamp(display.opacity, 0.0f, 1.0f);
    for (int y = r.y; y < r.y + r.height; ++y) {
        const uint8_t* lrow = labels->slice(k) + size_t(y) * size_t(cols);
        uint8_t* orow = rgbx + (size_t(y) * size_t(cols)) * 4;
        const uint8_t* brow = display.outlineOnly ? boundary.ptr<uint8_t>(y - my0) : nullptr;
        for (int x = r.x; x < r.x + r.width; ++x) {
            const uint8_t l = lrow[x];
            if (l == 0 || l >= kLabelCount || !display.visible[l]) continue;
            const auto& c = display.colours[l];
            uint8_t* p = orow + size_t(x) * 4;
            if (display.outlineOnly) {
                if (!brow[x - mx0]) continue;
                p[0] = c[0]; p[1] = c[1]; p[2] = c[2];
            } else {
                p[0] = uint8_t(p[0] + (c[0] - p[0]) * a);
                p[1] = uint8_t(p[1] + (c[1] - p[1]) * a);
                p[2] = uint8_t(p[2] + (c[2] - p[2]) * a);
            }
        }
    }
}

std::vector<uint8_t> composeSlice(const CtVolume& volume, const LabelMap* labels, int k, const WindowLevel& window,
                                  const LabelDisplay& display) {
    std::vector<uint8_t> out(volume.geometry().sliceVoxels() * 4, 255);
    composeSlice(volume, labels, k, window, display, out.data(), PixelRect::whole(volume.columns(), volume.rows()));
    return out;
}

}  // namespace cosingan
